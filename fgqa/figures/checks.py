"""Checks of what a report states that no extraction rule can settle: a rate outside
0–100 %, or two different values stated for the same indicator, scope and period.

They do not change any figure (the report said it, the quote shows it); they are
warnings, so a reader looks at both quotes.
"""

from __future__ import annotations

from fgqa import re_cache
from fgqa.lazy_re import lazy_compile
from fgqa.models import Figure

#: compiled through re_cache, kept on disk (an inline re.* call compiled its pattern afresh in every process)
_NUMERAL = lazy_compile(r"[0-9一二三四五六七八九十百千万两]")


def bound_warnings(figures: list[Figure]) -> list[str]:
    warnings: list[str] = []
    for fig in figures:
        if fig.key and fig.key.endswith("_rate") and fig.unit == "%" and fig.kind in ("stated", "derived", "zero_claim"):
            if not 0 <= fig.value <= 100:
                warnings.append(f"{fig.key}: a rate of {_fmt(fig.value)}% (“{fig.quote}”) is outside 0–100 %")
    return warnings


#: what may stand between a cue and its number without changing what it names
_JOINERS = re_cache.compile(r"[\s|,，:：、为是达到约共计了]+$")
#: this many characters of cue name one quantity (直接纠错率 ≠ 综合纠错率, 合同7份 ≠ 文件520份)
CUE_CHARS = 5


def _cue(fig: Figure) -> str:
    head = fig.quote[: max(0, fig.quote.find(_first_digit(fig.quote)))] if _first_digit(fig.quote) else fig.quote
    return _JOINERS.sub("", head)[-CUE_CHARS:]


def _first_digit(quote: str) -> str:
    m = _NUMERAL.search(quote)
    return m.group() if m else ""


def conflict_warnings(figures: list[Figure]) -> list[str]:
    """Two different stated values for one key, scope and period, named by the same words
    (parts of a total are named by their own words, so they are not a conflict)."""
    first: dict[tuple, Figure] = {}
    warned: set[tuple] = set()
    warnings: list[str] = []
    for fig in sorted(figures, key=lambda f: f.span[0]):
        if fig.key is None or fig.kind != "stated":
            continue
        ident = (fig.key, fig.scope, fig.period, fig.unit, _cue(fig))
        seen = first.setdefault(ident, fig)
        if seen.value != fig.value and (ident, fig.value) not in warned:
            warned.add((ident, fig.value))
            where = f" for {fig.scope}" if fig.scope else ""
            warnings.append(f"{fig.key}: the report states two values{where}: {_fmt(seen.value)}{seen.unit} "
                            f"(“{seen.quote}”) and {_fmt(fig.value)}{fig.unit} (“{fig.quote}”)")
    return warnings


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
