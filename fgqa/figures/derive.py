"""Rates we compute when a report gives only counts, and checks of the rates it states.

loss rate = lost / concluded (else / cases); correction rate = corrected / concluded
(else / accepted); a coverage from "M of N" (十二个村中,已有九个村聘请了法律顾问 → 9/12). Inputs must be stated counts of the same scope near each other; a
verbal zero (零败诉) is already its own figure and is not divided. When the report states
the rate for the same scope, we do not derive it but warn if it disagrees with its counts.
The formulas, the numerator words and the coverage words are the lexicon's
(fgqa/lexicon/indicators.toml: `formula`, `share_words`, `breakdown`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import ROUND_HALF_UP, Decimal

from fgqa import re_cache
from fgqa.figures.context import sentence_start
from fgqa.figures.scope import LEVEL_SCOPE, WHOLE_SCOPE
from fgqa.lexicon import Lexicon, lexicon
from fgqa.models import Figure

#: inputs further apart than this (characters) are not read as one statement
PAIR_DISTANCE = 260
#: what a table cell's quote holds (its row: 合计 | 187 | 22 | 82 | 5)
_TABLE_CELL = " | "


def percent(part: float, whole: float) -> float:
    """100·part/whole to one decimal, rounded half up as reports round (1/16 → 6.3, not the
    6.2 of Python's round-half-even), computed in decimals so 6.25 is not 6.2499…."""
    exact = Decimal(str(part)) * 100 / Decimal(str(whole))
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _near(a: Figure, b: Figure, text: str) -> bool:
    lo, hi = sorted((a.span, b.span))
    return (hi[0] - lo[1] <= PAIR_DISTANCE and "\n" not in text[lo[1]:hi[0]]) or abs(hi[0] - lo[1]) <= 40


class _NearbyByKey:
    """Figures grouped by key and sorted by start, so the ones near a figure are found by a
    binary search, not a scan of the whole report; they come in the order a scan finds them."""

    def __init__(self, figures: list[Figure]) -> None:
        groups: dict[str | None, list[tuple[int, int, Figure]]] = {}
        for order, fig in enumerate(figures):
            groups.setdefault(fig.key, []).append((fig.span[0], order, fig))
        self._groups = {key: sorted(group, key=lambda item: item[:2]) for key, group in groups.items()}
        self._starts = {key: [item[0] for item in group] for key, group in self._groups.items()}
        #: a figure starting this far before another may still end near it
        self._longest = {key: max(f.span[1] - f.span[0] for _, _, f in group) for key, group in self._groups.items()}

    def near(self, key: str, fig: Figure, text: str) -> list[Figure]:
        """The figures of `key` that `_near` pairs with `fig`, in their original order."""
        group = self._groups.get(key)
        if not group:
            return []
        starts = self._starts[key]
        lo = bisect_left(starts, fig.span[0] - PAIR_DISTANCE - self._longest[key])
        hi = bisect_right(starts, fig.span[1] + PAIR_DISTANCE)
        found = sorted((item for item in group[lo:hi] if _near(item[2], fig, text)), key=lambda item: item[1])
        return [f for _, _, f in found]


def _same_scope(numerator: Figure, other: Figure) -> bool:
    return numerator.scope == other.scope


def _continues_scope(numerator: Figure, other: Figure) -> bool:
    """An unscoped count right after a scoped one continues its statement ("本级共受理复议3例。
    …确认违法1件"); a scoped count is never divided by an unscoped one (以区政府为被告…败诉1件
    over 全区审结40件 is no rate of either)."""
    return numerator.scope is None and other.scope is not None and other.span[1] <= numerator.span[0]


def _stated_precision(value: float) -> float:
    decimals = len(str(value).split(".")[1]) if "." in str(value) else 0
    return 0.5 * 10 ** (-decimals) + 0.05


def derive_rates(figures: list[Figure], text: str, *, lex: Lexicon | None = None) -> tuple[list[Figure], list[str]]:
    derived: list[Figure] = []
    warnings: list[str] = []
    stated = [f for f in figures if f.kind == "stated"]
    nearby = _NearbyByKey(stated)
    totals = [f for f in figures if f.kind == "derived" and f.formula and "+" in f.formula]
    for ind in (lex or lexicon()).rate_formulas():
        assert ind.formula is not None
        rate_key, num_key, den_keys = ind.key, ind.formula.numerator, ind.formula.denominators
        cue = ind.formula.numerator_words
        numerators = [f for f in stated + totals if f.key == num_key and num_key] + [
            f for f in stated if f.key is None and cue is not None and cue.search(f.quote)]
        paired = [(num, den) for num in numerators
                  if (den := _denominator(num, nearby, den_keys, text)) is not None and den.value]
        for num, den in _nearest_numerator_each(paired):
            value = percent(num.value, den.value)
            formula = f"{_fmt(num.value)}/{_fmt(den.value)}"
            scope = num.scope or den.scope
            rate = next((r for r in nearby.near(rate_key, num, text) if r.scope == scope), None)
            if rate is None and _TABLE_CELL in num.quote + den.quote and any(
                    r.key == rate_key and r.scope == scope and r.unit == "%" for r in stated):
                continue  # a table's total row beside the rate the prose states for the same scope
            if rate is not None:
                if abs(rate.value - value) > _stated_precision(rate.value):
                    warnings.append(
                        f"{rate_key}: the report states {_fmt(rate.value)}% (“{rate.quote}”) but its counts give "
                        f"{formula} = {value}% (“{num.quote}”, “{den.quote}”)"
                    )
                continue
            start, end = min(num.span[0], den.span[0]), max(num.span[1], den.span[1])
            derived.append(
                Figure(
                    key=rate_key, label=ind.label, value=value, unit="%", kind="derived",
                    scope=scope, quote=text[start:end], span=(start, end), formula=formula,
                    source=num.source, section_id=num.section_id,
                )
            )
    return _dedupe(_rows_measured_as_stated(derived, stated)), warnings


def _nearest_numerator_each(paired: list[tuple[Figure, Figure]]) -> list[tuple[Figure, Figure]]:
    """One rate per denominator: of the counts that pair with the same one, the nearest. A
    statement gives one success (答复) count for its total; a later count with the same words
    is another thing's (…工作室成功调处一起涉及42户的纠纷: one dispute told as an example, two
    sentences on), and over the total it would be a second, false rate of the same cases."""
    nearest: dict[tuple[int, int], tuple[Figure, Figure]] = {}
    for pair in paired:
        num, den = pair
        best = nearest.get(den.span)
        if best is None or abs(num.span[1] - den.span[1]) < abs(best[0].span[1] - den.span[1]):
            nearest[den.span] = pair
    return [pair for pair in paired if nearest[pair[1].span] is pair]


def _rows_measured_as_stated(derived: list[Figure], stated: list[Figure]) -> list[Figure]:
    """The rates derived down a table's rows, but none of a key whose rows, summed, miss the rate
    the report states for the whole: its rate is over another count than the table's columns
    (败诉率9.1% over the 33 concluded, the table giving each unit's 被诉 and 败诉), so the lexicon's
    formula is not the report's measure, and no row gets a rate the report would not write."""
    kept = []
    for key in dict.fromkeys(f.key for f in derived):
        mine = [f for f in derived if f.key == key]
        rows = [f for f in mine if _TABLE_CELL in f.quote and f.formula and "/" in f.formula]
        scopes = {f.scope for f in rows}
        wholes = [r for r in stated if r.key == key and r.unit == "%" and r.scope not in scopes]
        if rows and wholes:
            parts = [str(f.formula).split("/") for f in rows if f.scope is not None]  # the total row aside
            num, den = sum(float(p[0]) for p in parts), sum(float(p[1]) for p in parts)
            if den and all(abs(percent(num, den) - r.value) > _stated_precision(r.value) for r in wholes):
                mine = [f for f in mine if f not in rows]
        kept += mine
    return kept


#: what joins the whole to its part: "村中,已有" / "个社区中有" / "个村(居)中," (a bracketed qualifier)
_SHARE_JOIN = re_cache.compile(
    r"^(?P<noun>[\u4e00-\u9fff]{1,4}?(?:\([\u4e00-\u9fff、]{1,4}\))?)(?:中|当中|里)[,，]?\s*$")
_SHARE_LEAD = re_cache.compile(r"^(?:其中)?(?:已经?|均|共)?有")
#: the join inside the part's own quote, when nothing stands between the two counts ("187个" then
#: "村(社区)中181个": the part's lead is the whole's noun)
_SHARE_JOIN_IN_PART = re_cache.compile(
    r"^(?P<noun>[\u4e00-\u9fff]{1,4}?(?:\([\u4e00-\u9fff、]{1,4}\))?)(?:中|当中|里)[,，]?\s*(?=[\d零一二三四五六七八九十百两])")


def derive_shares(figures: list[Figure], text: str, *, lex: Lexicon | None = None) -> list[Figure]:
    """Coverage rates a report gives as a part of a whole ("全乡十二个村中,已有九个村聘请了法律
    顾问" → 75%, formula 9/12, scope 村), unless it states the rate itself."""
    counts = sorted((f for f in figures if f.kind == "stated" and f.unit == "个"), key=lambda f: f.span[0])
    stated: dict[tuple[str | None, str | None], list[float]] = {}
    for f in figures:
        if f.kind in ("stated", "zero_claim"):
            stated.setdefault((f.key, f.scope), []).append(f.value)
    shares = [ind for ind in (lex or lexicon()).indicators.values() if ind.share_words is not None]
    out: list[Figure] = []
    for whole, part in zip(counts, counts[1:]):
        between = text[whole.span[1]:part.span[0]]
        join = _SHARE_JOIN.match(between) if between else _SHARE_JOIN_IN_PART.match(part.quote)
        if not join or not 0 < part.value <= whole.value:
            continue
        noun = join.group("noun")
        after = part.span[1]
        if text[after:after + len(noun)] == noun:  # 十二个村中,已有九个村聘请了…: the part's noun said again
            if between and not _SHARE_LEAD.match(part.quote):
                continue
            after += len(noun)
        bare = after == part.span[1]  # 212个村(居)中,208个签约了…: the whole's noun left out after the part
        for ind in shares:
            key, cue = ind.key, ind.share_words
            assert cue is not None
            if bare and (ind.share_verbs is None or ind.share_verbs.match(text, after) is None):
                continue  # 二十个社区中,十六个村配备了…: another noun, not the whole's
            m = cue.match(text, after)
            share = percent(part.value, whole.value)
            # the share said as a rate too (…9个村聘请了法律顾问,覆盖率75%): the report's own figure
            if m is None or (key, noun) in stated or any(
                    abs(v - share) <= _stated_precision(v) for v in stated.get((key, None), [])):
                continue
            start, end = whole.span[0], m.end()
            out.append(Figure(
                key=key, label=ind.label, value=share, unit="%",
                kind="derived", scope=noun, quote=text[start:end], span=(start, end),
                formula=f"{_fmt(part.value)}/{_fmt(whole.value)}", source=part.source, section_id=part.section_id,
            ))
    return out


def unkey_parts_of_stated_totals(figures: list[Figure], text: str, *, lex: Lexicon | None = None) -> list[Figure]:
    """The parts a report lists with a total it states ("纠错236件…分别为撤销48件,确认违法150件",
    "办理处罚案件133件,其中适用简易程序92件", "文件12件、合同51份,合计63件") lose their key: a
    part is not the total. A part named by a scope of its own (其中区政府本级18件) keeps the key
    with that scope, except for a broken-down indicator, whose parts are kinds (撤销, 变更)."""
    lex = lex or lexicon()
    parts: set[tuple[int, int]] = set()
    for key, group in _stated_counts_by_key(figures).items():
        ind = lex.indicator(key)
        broken_down = ind is not None and ind.breakdown
        for total, listed in _stated_breakdowns(group, text, lex):
            parts |= {f.span for f in listed if (broken_down and not _own_statement(f, total, text))
                      or f.scope is None or f.scope == total.scope}
    return [f.model_copy(update={"key": None}) if f.span in parts and f.kind == "stated" else f for f in figures]


def unkey_bounded_restatements(figures: list[Figure]) -> list[Figure]:
    """A bound the report sets on a figure it states exactly elsewhere ("出庭应诉率83.9%" in the
    measures, "出庭应诉率不到九成" among the shortcomings) is the same figure said again, not a second
    value of the year: the bound loses its key when a stated exact figure of the same key, scope and
    period lies inside it (不到/以下: below it; 以上/超过: at or above it). A bound with no exact figure
    inside it stays the year's figure (…调解成功率98%以上 and nothing more precise). Rates only: a count's
    近百场 is a round amount, no bound, and another count inside it is no restatement of it."""
    exact: dict[tuple, list[float]] = {}
    for f in figures:
        if f.key and f.kind == "stated" and f.qualifier == "exact" and f.unit == "%":
            exact.setdefault((f.key, f.unit, f.scope, f.period), []).append(f.value)

    def restated(f: Figure) -> bool:
        if not f.key or f.kind != "stated" or f.unit != "%" or f.qualifier not in ("approx_less", "approx_more"):
            return False
        values = exact.get((f.key, f.unit, f.scope, f.period), [])
        if f.qualifier == "approx_less":
            return any(v < f.value for v in values)
        return any(v >= f.value for v in values)

    return [f.model_copy(update={"key": None}) if restated(f) else f for f in figures]


def _own_statement(part: Figure, total: Figure, text: str) -> bool:
    """A count in a later sentence with a scope of its own ("区政府作为被申请人的复议案件14件,其中被撤销1件"
    after the district's 纠错36件), or one named by a level of the body in the same sentence, is that
    scope's statement, not one kind of the total."""
    return (part.scope is not None and part.scope != total.scope
            and (sentence_start(text, part.span[0]) != sentence_start(text, total.span[0])
                 or _LEVEL_PART.search(part.scope) is not None))


#: a part named by a level of the body (其中区政府本级作出的行政行为被纠错19件, 其中县级…): a scope, never a kind
_LEVEL_PART = re_cache.compile(r"本级|^(?:市|区|县|镇|乡|街道|村)级")


def _stated_counts_by_key(figures: list[Figure]) -> dict[str, list[Figure]]:
    """Stated keyed counts (no rates), by key, each group by start."""
    by_key: dict[str, list[Figure]] = {}
    for f in sorted(figures, key=lambda f: f.span[0]):
        if f.kind == "stated" and f.key and not f.key.endswith("_rate") and f.unit != "%":
            by_key.setdefault(f.key, []).append(f)
    return by_key


def unkey_breakdown_parts(figures: list[Figure], totals: list[Figure], *, lex: Lexicon | None = None) -> list[Figure]:
    """The typed parts of a broken-down indicator become labelled figures; their total stays."""
    lex = lex or lexicon()
    parts: set[tuple[int, int]] = set()
    broken_down: dict[str, list[Figure]] = {}  # key → its stated parts, by start
    for f in sorted((f for f in figures if f.kind == "stated" and f.key), key=lambda f: f.span[0]):
        ind = lex.indicator(f.key)
        if ind is not None and ind.breakdown:
            broken_down.setdefault(f.key or "", []).append(f)
    starts = {key: [f.span[0] for f in group] for key, group in broken_down.items()}
    for total in totals:
        if total.key in broken_down:
            group = broken_down[total.key]
            lo = bisect_left(starts[total.key], total.span[0])
            hi = bisect_right(starts[total.key], total.span[1])
            parts |= {f.span for f in group[lo:hi] if f.span[1] <= total.span[1]}
    return [f.model_copy(update={"key": None}) if f.span in parts and f.kind == "stated" else f for f in figures]


def derive_all_of(figures: list[Figure], text: str, *, lex: Lexicon | None = None) -> list[Figure]:
    """A count said again in words of a later stage ("…行政诉讼案件4件,较上年增加1件,均已审结"
    → 4 concluded): the figure of zero_claims.toml's [[all_of]] `key`, when the last figure
    before the words in their sentence (a change or a prior year's may stand between) is a
    stated count of its `of` key, and the sentence gives no figure of `key` itself."""
    lex = lex or lexicon()
    rules = lex.zero_claims.all_of
    if not rules:
        return []
    ordered = sorted(figures, key=lambda f: f.span[0])
    starts = [f.span[0] for f in ordered]
    out: list[Figure] = []
    for rule in rules:
        # the sentences that state the later stage's figure themselves (asked per match below)
        stating = {sentence_start(text, f.span[0]) for f in ordered if f.key == rule.key}
        for m in rule.pattern.finditer(text):
            s_start = sentence_start(text, m.start())
            before = ordered[bisect_left(starts, s_start):bisect_left(starts, m.start())]
            count = next((f for f in reversed(before) if f.kind not in ("change", "benchmark")), None)
            if count is None or count.key != rule.of or count.kind != "stated" or count.span[1] > m.start():
                continue
            if s_start in stating:
                continue  # the sentence states the later stage's figure itself
            ind = lex.indicators[rule.key]
            out.append(Figure(
                key=rule.key, label=ind.label, value=count.value, unit=count.unit, qualifier=count.qualifier,
                kind="derived", scope=count.scope, quote=text[count.span[0]:m.end()], span=(count.span[0], m.end()),
                formula=f"{_fmt(count.value)} ({m.group()})", source=count.source, section_id=count.section_id,
            ))
    return out


def _denominator(num: Figure, nearby: _NearbyByKey, den_keys: tuple[str, ...], text: str) -> Figure | None:
    # a count of the numerator's own sentence first, whatever its key: "区政府作为被申请人的复议案件17件,
    # 被纠错2件" is 2/17, not 2 over the 402 the district concluded as a reconsideration body a sentence before
    own = sentence_start(text, num.span[0])

    def in_its_sentence(n: Figure, f: Figure) -> bool:
        return _same_scope(n, f) and sentence_start(text, f.span[0]) == own

    for same in (in_its_sentence, _same_scope, _continues_scope):  # then a count of the same scope
        for key in den_keys:
            candidates = [f for f in nearby.near(key, num, text) if same(num, f) and f.value >= num.value]
            if candidates:
                return min(candidates, key=lambda f: abs(f.span[0] - num.span[0]))
    return None


#: a total is derived only from figures this close together (one statement, not a whole report)
TOTAL_DISTANCE = 80


def derive_totals(figures: list[Figure], text: str, *, lex: Lexicon | None = None) -> list[Figure]:
    """Sums of counts a report lists side by side as parts of a whole.

    Two shapes: an enumeration with one scope ("文件6件、文件520份、合同7份" → 533), and
    adjacent statements for complementary subjects ("区政府63件。…街乡、部门40件" → 103).
    Figures of different paragraphs, sectors or administrative levels are never added up.
    """
    lex = lex or lexicon()
    totals: list[Figure] = []
    for key, all_keyed in _stated_counts_by_key(figures).items():
        ind = lex.indicator(key)
        family = ind.units if ind is not None else frozenset()
        # the report states the whole: its parts (and a 合计 that closes them) are never summed
        # into another value that would repeat or contradict it
        parts: set[tuple[int, int]] = set()
        for total, listed in _stated_breakdowns(all_keyed, text, lex):
            parts |= {f.span for f in listed}
            if listed and listed[0].span[0] < total.span[0]:
                parts.add(total.span)
        keyed = [f for f in all_keyed if f.span not in parts]
        units: list[list[Figure]] = []
        for fig in keyed:
            last = units[-1][-1] if units else None
            # items of one enumeration: only a 、 or a comma between them
            # (审查13次,审查合同43份: reviews held, counted in 次, and documents are no one sum)
            if (last is not None and last.scope == fig.scope and (last.unit in family) == (fig.unit in family)
                    and text[last.span[1]:fig.span[0]].strip() in ("、", ",", "，")):
                units[-1].append(fig)
            else:
                units.append([fig])
        sums = [_total(unit, text) for unit in units if len(unit) >= 2]
        # statements for complementary subjects add up only when the report states no figure
        # for the whole body: the parts beside a whole are its breakdown (以市政府为被申请人的60件,
        # 以部门为被申请人的421件… beside 依法受理4955件), and their sum would contradict it
        if not any(f.scope is None or WHOLE_SCOPE.match(f.scope) for f in all_keyed):
            sums += [_total([f for u in run for f in u], text) for run in _partitions(units, text)]
        # a sum the report already states (区政府18件 + 部门57件 after 全区75件) adds nothing
        stated = {f.value for f in all_keyed}
        totals += [t for t in sums if t.value not in stated]
    return totals


def restated_breakdowns(figures: list[Figure], text: str, *, lex: Lexicon | None = None) -> list[Figure]:
    """The sums of a broken-down indicator's kinds listed side by side ("撤销1件、确认违法1件") that the
    report states as the indicator's figure elsewhere (a table's 复议被纠错 2, 被纠错的2件案件 in the
    shortcomings): the listed kinds are that total's breakdown, not figures of the key (derive_totals
    adds no such sum: the report states it). Only one scope's enumeration, never subjects side by side."""
    lex = lex or lexicon()
    out: list[Figure] = []
    for key, keyed in _stated_counts_by_key(figures).items():
        ind = lex.indicator(key)
        if ind is None or not ind.breakdown:
            continue
        units: list[list[Figure]] = []
        for fig in keyed:
            last = units[-1][-1] if units else None
            if (last is not None and last.scope == fig.scope
                    and text[last.span[1]:fig.span[0]].strip() in ("、", ",", "，")):
                units[-1].append(fig)
            else:
                units.append([fig])
        for unit in units:
            if len(unit) < 2 or any(f.qualifier != "exact" for f in unit):
                continue
            total = _total(unit, text)
            spans = {f.span for f in unit}
            if any(f.span not in spans and abs(f.value - total.value) < 1e-9
                   and (f.scope is None or unit[0].scope is None or f.scope == unit[0].scope) for f in keyed):
                out.append(total)
    return out


#: a figure that states the sum of what was just listed (…、合同51份,合计63件)
_SUM_WORD = re_cache.compile(r"^(?:合计|共计|总计)")


def _stated_breakdowns(keyed: list[Figure], text: str, lex: Lexicon) -> list[tuple[Figure, list[Figure]]]:
    """One key's stated totals with the parts the report lists with them: what 其中/分别/包括
    opens right after a total (共计86件,其中文件12件…), and the items a 合计/共计 figure closes
    (文件12件、合同51份,合计63件). `keyed` is sorted by start; each part is claimed once."""
    words = lex.breakdown
    claimed: set[tuple[int, int]] = set()
    out: list[tuple[Figure, list[Figure]]] = []
    for i, fig in enumerate(keyed):
        if fig.span in claimed:
            continue
        before = _listed_before(keyed, i, text, claimed)
        if _SUM_WORD.match(fig.quote):
            if before:
                claimed |= {f.span for f in before}
                out.append((fig, before))
            continue
        closing = _closing_sum(before, fig)
        if closing:
            # 撤销38件、变更6件、确认违法21件,纠错65件: the last figure is the sum of the items
            # listed right before it, named by the key's own word: it closes them as their total
            claimed |= {f.span for f in closing}
            out.append((fig, closing))
            continue
        if words is None:
            continue
        after: list[Figure] = []
        last_end = fig.span[1]
        for f in keyed[i + 1:]:  # sorted by start: the window ends at the first one too far
            if f.span[0] - fig.span[1] > words.reach or not _goes_on(text[last_end:f.span[1]], words.after_total):
                break
            if f.value < fig.value and f.span not in claimed:
                after.append(f)
                last_end = f.span[1]
        if after and words.after_total.search(text, fig.span[1], after[0].span[1]):
            claimed |= {f.span for f in after}
            out.append((fig, after))
    return out


def _listed_before(keyed: list[Figure], i: int, text: str, claimed: set[tuple[int, int]]) -> list[Figure]:
    """The unclaimed figures listed right before `keyed[i]` (only a 、 or a comma between
    each and the next), each smaller than it, in order."""
    fig = keyed[i]
    before: list[Figure] = []
    j = i - 1
    while (j >= 0 and keyed[j].span not in claimed and keyed[j].value < fig.value
           and text[keyed[j].span[1]:keyed[j + 1].span[0]].strip() in ("、", ",", "，")):
        before.append(keyed[j])
        j -= 1
    return before[::-1]


def _closing_sum(before: list[Figure], fig: Figure) -> list[Figure]:
    """The items of `before` (the end of the list, two or more) that add up exactly to `fig`,
    when all are said exactly: a sum said without a 合计 word."""
    if fig.qualifier != "exact" or any(f.qualifier != "exact" for f in before):
        return []
    for start in range(len(before) - 1):
        items = before[start:]
        if abs(sum(f.value for f in items) - fig.value) < 1e-9:
            return items
    return []


_SENTENCE_BREAK = re_cache.compile(r"[。;；\n]")


def _goes_on(gap: str, opens_parts: re.Pattern[str]) -> bool:
    """Whether the listing goes on from the last figure to the end of the next (`gap`): within
    one sentence, or into a next one whose words up to that figure open a breakdown
    ("…纠错236件。结果分别为撤销48件")."""
    breaks = list(_SENTENCE_BREAK.finditer(gap))
    return not breaks or opens_parts.search(gap, breaks[-1].end()) is not None


def _partitions(units: list[list[Figure]], text: str) -> list[list[list[Figure]]]:
    """Runs of adjacent statements, each for a different named subject (not a level)."""
    runs: list[list[list[Figure]]] = []
    run: list[list[Figure]] = []
    run_scopes: set[str | None] = set()
    for unit in units:
        scope = unit[0].scope
        prev = run[-1][-1] if run else None
        # (各街道…47件 is already a sum over the body's sub-units, whose complement is unknown: never
        # added to another subject's count)
        addable = (scope is not None and not LEVEL_SCOPE.match(scope) and not WHOLE_SCOPE.match(scope)
                   and not scope.startswith("各"))
        fits = (addable
                and (prev is None or (unit[0].span[0] - prev.span[1] <= TOTAL_DISTANCE
                                      and "\n" not in text[prev.span[1]:unit[0].span[0]]
                                      and scope not in run_scopes)))
        if not fits:
            if len(run) >= 2:
                runs.append(run)
            run = [unit] if addable else []
            run_scopes = {scope} if run else set()
            continue
        run.append(unit)
        run_scopes.add(scope)
    if len(run) >= 2:
        runs.append(run)
    return runs


def _total(group: list[Figure], text: str) -> Figure:
    start, end = group[0].span[0], group[-1].span[1]
    return Figure(
        key=group[0].key, label=group[0].label + "(合计)", value=sum(f.value for f in group), unit=group[0].unit,
        kind="derived", scope=_common_scope(group), quote=text[start:end], span=(start, end),
        formula="+".join(_fmt(f.value) for f in group), source=group[0].source, section_id=group[0].section_id,
    )


def _common_scope(group: list[Figure]) -> str | None:
    scopes = {f.scope for f in group}
    if len(scopes) == 1:
        return next(iter(scopes))
    return "+".join(f.scope or "其他" for f in group)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _dedupe(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple] = set()
    out = []
    for f in figures:
        k = (f.key, f.value, f.scope, f.formula)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
