"""Every error fgqa raises on purpose, with the data it carries declared as fields.

The CLI prints `fgqa: <message>` on one line and exits with `exit_code` (2). Callers tell
errors apart by class (`isinstance`), never by name, and read their fields, never
attributes attached after the fact.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CallUsage:
    """What one LLM call cost (a failed call too: its error carries one)."""

    #: answered from the response cache, no HTTP request
    cached: bool = False
    prompt_tokens: int = 0
    completion_tokens: int = 0
    #: answers that failed validation and were re-asked
    reasks: int = 0
    #: HTTP requests sent, transport retries included
    requests: int = 0


class FgqaError(Exception):
    """An error caused by the user's input, configuration or endpoint, not by a bug."""

    exit_code = 2


class InputError(FgqaError):
    """A file that cannot be read as a report (missing, binary, too large, wrong type…)."""


class ConfigError(FgqaError):
    """Bad or missing configuration (endpoint, key, model, engine), or an endpoint that
    refuses the configuration (key rejected, model not found)."""


class EndpointError(FgqaError):
    """The LLM endpoint failed in a way retries could not fix (down, rate-limited, malformed)."""

    def __init__(self, message: str, *, provider: str | None = None, attempts: int = 0,
                 usage: CallUsage | None = None) -> None:
        super().__init__(message)
        #: the provider preset in use, when one is (None for a bare base URL)
        self.provider = provider
        #: HTTP requests made for this call, retries included (0: none was sent)
        self.attempts = attempts
        #: tokens and requests the failed call still cost
        self.usage = usage if usage is not None else CallUsage(requests=attempts)


class SchemaError(EndpointError):
    """The model answered, but never with an object that validates (after the re-asks).

    Unlike other endpoint errors, the endpoint is up: only this call's request failed."""


class ReplayMissError(EndpointError):
    """A replayed run sent a request its cassette has no answer for."""
