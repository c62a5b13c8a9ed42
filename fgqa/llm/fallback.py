"""One fallback policy for a run: what fell back to the rules, said once; a circuit breaker.

Every command that can call the endpoint (summarize, ask, eval) goes through the same
rule: a call that fails for good (the endpoint down, rate-limited, answering nonsense)
leaves the rules engine's result in its place, and the run says so **once**, on stderr,
naming what fell back (`RunLog.warning`); with `strict` the failure is an error instead.

The breaker: a run whose endpoint failed `threshold` times makes no more calls — every
later call fails at once with `CircuitOpen`, so a dead endpoint costs seconds per run, not
a timeout per report. A failure is an attempt that could not connect or timed out (each
attempt counts, retries included), or a call whose retries of 429/5xx/malformed answers
ran out (once per call). A schema-violating answer is not one: the endpoint is up.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from fgqa import re_cache
from fgqa.errors import EndpointError

_ATTEMPTS = re_cache.compile(r" after \d+ attempt\(s\)")
#: connection failures or timeouts in one run after which no more calls are made
DEFAULT_THRESHOLD = 3


class CircuitOpen(EndpointError):
    """Not called: the endpoint already failed too often in this run."""


class CircuitBreaker:
    """Counts connection failures and timeouts of one run; opens at `threshold`."""

    def __init__(self, threshold: int = DEFAULT_THRESHOLD):
        self.threshold = max(1, threshold)
        self.failures = 0
        self.reason: str | None = None
        #: opened at once (`trip`), not by counting failures
        self.tripped = False
        self._lock = threading.Lock()
        self._opened = threading.Event()

    @property
    def open(self) -> bool:
        return self.failures >= self.threshold

    def sleep(self, seconds: float) -> None:
        """Wait before a retry, cut short when the breaker opens meanwhile."""
        self._opened.wait(seconds)

    def failed(self, reason: str) -> None:
        """One attempt could not connect or got no answer in time."""
        with self._lock:
            self.failures += 1
            self.reason = self.reason or reason
            if self.open:
                self._opened.set()

    def trip(self, reason: str) -> None:
        """Open now: the endpoint cannot answer at all (it accepts connections, answers nothing)."""
        with self._lock:
            self.failures = max(self.failures, self.threshold)
            self.reason, self.tripped = reason, True
            self._opened.set()

    def succeeded(self) -> None:
        """An answer came: the endpoint is up, earlier failures were transient."""
        with self._lock:
            if not self.open:
                self.failures = 0

    def refusal(self, where: str) -> CircuitOpen:
        if self.tripped:
            return CircuitOpen(f"{where} not called: {self.reason}; no more calls are made")
        return CircuitOpen(f"{where} not called: it failed to connect or answer {self.failures} times in this run "
                           f"({self.reason}); no more calls are made")


@dataclass
class _Fallback:
    reasons: dict[str, None] = field(default_factory=dict)
    reports: dict[str, None] = field(default_factory=dict)
    answers: int = 0
    from_cache: bool = False


class RunLog:
    """What fell back in one run, and the one warning that says so."""

    def __init__(self) -> None:
        self._fallback = _Fallback()
        self._notes: dict[str, None] = {}
        self._lock = threading.Lock()

    def fell_back(self, error: BaseException | str, *, report: str | None = None, answer: bool = False) -> None:
        """A call failed for good (`error`) and the rules' result stands in for it."""
        # the breaker's own refusal is said once, by `warnings`
        # "after 2 attempt(s)" differs from call to call: one outage is one reason
        reason = None if isinstance(error, CircuitOpen) else _short(_ATTEMPTS.sub("", str(error)))
        from_cache = bool(getattr(getattr(error, "usage", None), "cached", False))
        with self._lock:
            f = self._fallback
            if reason:
                f.reasons.setdefault(str(reason), None)
            if report:
                f.reports.setdefault(report, None)
            f.answers += int(answer)
            f.from_cache = f.from_cache or from_cache

    def note(self, message: str | None) -> None:
        """Another run-level warning (the cache turned off …), said once."""
        if message:
            with self._lock:
                self._notes.setdefault(message, None)

    @property
    def fell_back_at_all(self) -> bool:
        return bool(self._fallback.reports or self._fallback.answers)

    def warnings(self, breaker: CircuitBreaker | None = None) -> list[str]:
        """The run's warnings: notes, then one line for every fallback (None of it when
        nothing happened)."""
        out = list(self._notes)
        f = self._fallback
        if not self.fell_back_at_all:
            return out
        what = []
        if f.reports:
            names = list(f.reports)
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            what.append(f"{len(names)} report(s) ({shown})")
        if f.answers:
            what.append(f"{f.answers} answer(s)")
        reasons = list(f.reasons)
        why = "; ".join(reasons[:3]) + (f"; and {len(reasons) - 3} other error(s)" if len(reasons) > 3 else "")
        line = f"llm: {why or 'the endpoint failed'}; the rules engine's result stands in for {' and '.join(what)}"
        if breaker is not None and breaker.tripped:
            line += "; no more calls were made this run"
        elif breaker is not None and breaker.open:
            line += f"; after {breaker.failures} failures of the endpoint no more calls were made this run"
        if f.from_cache:
            line += "; some failures were remembered from an earlier run (--refresh asks again)"
        return [*out, line]


def _short(reason: str, limit: int = 160) -> str:
    """The first line of an error, within `limit` characters: a warning names the failure,
    it does not reprint a validator's report (pydantic's runs to many lines per answer)."""
    # a report flattened onto one line keeps its line breaks as runs of spaces
    first = re.split(r"\n|\s{2,}", reason.strip())[0].strip()
    return first if len(first) <= limit else first[: limit - 1] + "…"
