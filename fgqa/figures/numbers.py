"""Quantities in report text: `1,900余项`, `30余万条`, `2700余万元`, `近百场`, `四十来份`, `98%以上`, `一项`.

One precompiled regex finds every candidate number with its multiplier (万/亿), measure
word and qualifier words; a short Python pass per candidate rejects what is not a
quantity (dates, document numbers, ordinals, list markers, slogans such as 一户一档) and
computes the value with Decimal, so that 16.4亿 is 1640000000 and never 1639999999.

Conventions (shared with the gold standard): 万/亿 are expanded for counts
(`6万余人` → 60000 人) but kept in the unit for money (`6.5亿元` → 6.5 亿元).
Chinese numerals count only when a measure word follows them; Arabic numbers without
one are returned with unit "" and the caller decides.
"""

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal, NamedTuple

from fgqa.lazy_re import lazy_compile
from fgqa.models import Qualifier

Numeral = Literal["arabic", "chinese", "mixed"]


class Quantity(NamedTuple):
    """One quantity expression and where it is: `text[start:end] == raw`. (A typed tuple, not a
    pydantic model: it never leaves the figure stage, and the scanner makes one per number of
    every text and quote read, where a model's validation cost ~5 % of a summarize.)"""

    value: int | float
    unit: str
    qualifier: Qualifier
    start: int
    end: int
    num_start: int
    num_end: int
    raw: str
    numeral: Numeral


# --------------------------------------------------------------------------- vocabulary

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_MULTIPLIER = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "万亿": 10**12, "萬億": 10**12,
               "千万": 10**7, "千萬": 10**7, "百万": 10**6, "百萬": 10**6, "千": 10**3}
#: multipliers money keeps in its unit (`2700万元` stays 2700 万元, as the reports write it)
_MONEY_KEPT = {"万": "万", "萬": "萬", "亿": "亿", "億": "億", "万亿": "万亿", "萬億": "萬億"}

#: measure words and units seen in the genre (traditional forms too: some pages are not converted)
_UNITS_MULTI = [
    "个工作日", "个百分点", "大类", "平方公里", "平方米", "百分点", "工作日", "人次", "户次", "家次", "场次",
    "批次", "件次", "车次", "架次", "班次", "个月", "小时", "分钟", "公里", "公顷", "公斤", "千克",
    "千米", "个百分點", "百分點", "場次", "個月",
]
_UNITS_SINGLE = (
    "件起例宗份条项场次人名位户家个所处块支批期篇册本套台辆天年日轮组类种部座间张封单笔吨亩米元"
    "节堂门面幅根棵株只艘栋幢层届首集版卷盒袋箱岁倍周队遍趟章款段口%％‰"
    "條項場個處塊冊臺輛輪組類種張間筆層屆歲週隊"
)
#: Chinese numerals before these are names or idioms far more often than counts
#: (一站式 is not matched anyway; 一批/一门式/一层/九台/二十届/一单位/一日游/一米)
_CN_UNIT_EXCLUDED = set("批门面米层台届单日间站口臺層屆間")
_UNITS_CN = set(_UNITS_MULTI) | (set(_UNITS_SINGLE) - _CN_UNIT_EXCLUDED)
_MONEY_UNITS = {"元"}
#: 近 before a period means "recent" (近3年 = the last 3 years), not "almost"
_PERIOD_UNITS = {"年", "个月", "個月", "天", "日", "周", "週", "小时"}

#: prefix qualifiers, longest first; 达/高达/共/累计 are exact and stay outside the span
_PREFIXES: list[tuple[str, Qualifier]] = [
    ("不超过", "approx_less"), ("不超過", "approx_less"), ("不少于", "approx_more"),
    ("不低于", "approx_more"), ("将近", "approx_less"), ("將近", "approx_less"),
    ("接近", "approx_less"), ("不足", "approx_less"), ("不到", "approx_less"),
    ("超过", "approx_more"), ("超過", "approx_more"), ("突破", "approx_more"),
    ("逾", "approx_more"), ("近", "approx_less"), ("超", "approx_more"),
]
#: a character that turns the prefix into another word (最近, 就近, 赶超 …)
_PREFIX_BLOCKERS = {"近": set("最就附靠临臨亲親贴貼逼将將接"), "超": set("赶趕高")}
_PREFIX_LAST_CHARS = {word[-1] for word, _ in _PREFIXES}
_SUFFIXES: dict[str, Qualifier] = {"以上": "approx_more", "以下": "approx_less",
                                   "以内": "approx_less", "以內": "approx_less"}

#: a Chinese numeral right after these is part of a word or an ordinal
#: (统一, 唯一, 第一, 之一, 每一, 无一, 数十, 周一, 跑一次, 第八个五年 …)
_CN_BEFORE_BLOCKERS = set("个個第统統唯逐同单單专專划劃之这這那某任每其无無周週几幾数數初星礼禮跑")
#: …unless the blocker ends a noun of what is counted (合同九十三份: contracts, 同 of 同一 is no word here)
_CN_BEFORE_NOUNS = {"合同"}
#: the negations that make 一 + measure word "not a single one" (没有一件, 未有一例, 并无一起, 没有任何一起)
_NEGATED_ONE = {"没有", "未有", "并无", "毫无", "从未", "没能", "任何"}
#: measure word + next character that make a set phrase with a Chinese numeral
#: (一次性, 一件事, 一条龙, 一本账, 一张网/图, 一部分, 一部门, 一次办, 一段时间, 一元化)
_CN_SET_PHRASES = {"次性", "件事", "条龙", "條龍", "本账", "本賬", "张网", "張網", "张图", "張圖",
                   "部分", "部门", "部門", "次办", "次辦", "段时", "段時", "元化"}
#: 一起 is "together" unless a case noun or punctuation follows
#: …and the two-character case words whose first character alone is no case noun (一起行政协议纠纷案件;
#: 一起行动 is together)
_YIQI_CASE_WORDS = {"行政", "土地", "房屋", "征地", "拆迁"}
_YIQI_CASE_NOUNS = set("案事纠糾违違争爭刑投矛涉火交安重较較特群非死劳勞医醫民信环環食典恶惡")

#: "…的一件为/是/系…": a numeral after 的 and before a copula names items already counted
_REFERENCE_COPULAS = set("为為是系係")

_CN_NUMERAL_CHARS = set(_CN_DIGIT) | set(_CN_SMALL) | set(_CN_BIG)

# --------------------------------------------------------------------------- regex

_D = "[0-9０-９]"
_AR = rf"{_D}{{1,3}}(?:,{_D}{{3}})+(?!{_D})(?:[.．]{_D}+)?|{_D}+(?:[.．]{_D}+)?"
# 百 followed by 分之/分点 starts a percentage, not a numeral
_CN_CHAR = "(?:[零〇一二两兩三四五六七八九十千万亿萬億]|百(?!分[之点點]))"
_CN = rf"{_CN_CHAR}+(?:[点點][零〇一二三四五六七八九]+)?"
_MULT = "万亿|萬億|千万|千萬|百万|百萬|[万亿萬億]|千(?![克米瓦])"
# longest first (a unit that starts another must not win); then in a fixed order, so that the
# pattern is the same string in every run (a set's order changes with the hash seed)
_UNITS = "|".join(re.escape(u) for u in sorted(set(_UNITS_MULTI) | set(_UNITS_SINGLE), key=lambda u: (-len(u), u)))
_DATE = (r"(?:19|20)[0-9]{2}(?:[-/](?:0?[1-9]|1[0-2])(?:[-/](?:0?[1-9]|[12][0-9]|3[01]))?"
         r"|\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12][0-9]|3[01]))(?![0-9])")
_TIME = r"[0-9]{1,2}[:：][0-5][0-9](?![0-9])"

_QUANTITY_RE = lazy_compile(
    rf"""
    (?P<skip>{_DATE}|{_TIME})
    |(?:
        百分之(?P<pct>{_AR}|{_CN})
      | (?P<tenths>[一二两兩三四五六七八九])成(?P<hundredths>[一二三四五六七八九](?!成))?(?!不变|员)
      | (?:(?P<ar>{_AR})|(?P<cn>{_CN}))
        (?P<q1>[余餘]|多(?={_MULT}|{_UNITS}))?
        (?P<mult>{_MULT})?
        (?P<q2>[余餘]|[多来來](?={_UNITS}))?
        (?:[ \u3000]?(?P<unit>{_UNITS}))?
     )
     (?P<suf>以上|以下|以内|以內)?
    """,
    re.VERBOSE,
)
#: the digit of a share in tenths (两成, 三成以上): 成 is a tenth
_TENTHS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERAL_RUN_RE = lazy_compile("[0-9０-９零〇一二两兩三四五六七八九十百千万亿萬億]+")
_MONTH_LIST_RE = lazy_compile(r"(?:[,、][0-9]{1,2})+月")
#: plain digit runs this long are index or serial numbers (索引号), never counts
_ID_DIGITS = 10
_BARE_RE = lazy_compile(rf"\s*(?:(?P<ar>{_AR})|(?P<cn>{_CN}))(?P<mult>{_MULT})?\s*")

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
_ASCII_LETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BRACKETS_OPEN = set("〔[［【(（")
#: what may precede a list marker such as `1.` or `(1)`
_MARKER_BEFORE = set("\n\r\t 　(（【[。;；:：,，!！?？")
_MARKER_AFTER = set(".．、)）")
_YIQI_FOLLOWERS_OK = set("。,，、;；:：!！?？)）\n ")


# --------------------------------------------------------------------------- numerals


def _arabic(s: str) -> Decimal | int | None:
    """The value of digits as written (1,900 / 36.6 / ２３): an int for plain digits (most
    numbers: Decimal's parsing and _to_number's tests cost ~1 µs a number), a Decimal otherwise."""
    s = s.translate(_FULLWIDTH_DIGITS)
    if s.isdigit() and s.isascii():
        return int(s)
    if "," in s:
        head, *groups = s.split(",")
        last = groups[-1].split(".")[0]
        if not (1 <= len(head) <= 3 and all(len(g) == 3 for g in groups[:-1]) and len(last) == 3):
            return None
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _chinese(s: str) -> Decimal | None:
    """二十三 → 23, 一百零五 → 105, 三万五千 → 35000, 一万五 → 15000, 二〇二三 → 2023,
    三点五 → 3.5. Ranges such as 两三 / 三四十 are not one number → None."""
    decimals = ""
    for point in "点點":
        if point in s:
            s, decimals = s.split(point, 1)
            break
    if not s or any(c not in _CN_NUMERAL_CHARS for c in s):
        return None
    if decimals and any(c not in _CN_DIGIT for c in decimals):
        return None
    integer = _chinese_integer(s)
    if integer is None:
        return None
    if not decimals:
        return Decimal(integer)
    return Decimal(f"{integer}." + "".join(str(_CN_DIGIT[c]) for c in decimals))


def _chinese_integer(s: str) -> int | None:
    if all(c in _CN_DIGIT for c in s):
        if len(s) == 1:
            return _CN_DIGIT[s]
        # a digit string is a number only when it is written out (二〇二三); 两三 is a range
        if not any(c in "零〇" for c in s):
            return None
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    total = 0      # everything from the 亿/万 groups already closed
    section = 0    # the current group below 万
    digit: int | None = None
    last_unit = 0  # the unit just before a trailing digit (一万五 = 15000)
    after_zero = False
    small_seen: list[int] = []
    for c in s:
        if c in _CN_DIGIT:
            if digit is not None and digit != 0:
                return None  # 三四, a range
            digit = _CN_DIGIT[c]
            after_zero = after_zero or digit == 0
        elif c in _CN_SMALL:
            unit = _CN_SMALL[c]
            if digit == 0 or (small_seen and unit >= small_seen[-1]):
                return None  # 零十, 十百
            section += (1 if digit is None else digit) * unit
            small_seen.append(unit)
            digit, last_unit, after_zero = None, unit, False
        else:
            big = _CN_BIG[c]
            section += digit or 0
            if big == 10**8:
                total = (total + (section or (0 if total else 1))) * big
            else:
                total += (section or 1) * big
            section, digit, small_seen, last_unit, after_zero = 0, None, [], big, False
    if digit:
        # 一万五 / 三百五: a bare trailing digit counts in the next lower unit
        section += digit * (last_unit // 10 if last_unit >= 10 and not after_zero else 1)
    return total + section


def _to_number(d: Decimal | int) -> int | float:
    if isinstance(d, int):
        return d
    if d == d.to_integral_value():
        return int(d)
    return float(round(d, 6).normalize())


def _numeral_value(ar: str | None, cn: str | None) -> Decimal | int | None:
    if ar is not None:
        return _arabic(ar)
    if cn is not None:
        return _chinese(cn)
    return None


def parse_number(s: str) -> int | float | None:
    """The value of a bare numeral: "1,900" → 1900, "二十三" → 23, "3.5万" → 35000,
    "16.4亿" → 1640000000. No qualifiers or units (see parse_quantity); None otherwise."""
    m = _BARE_RE.fullmatch(s)
    if not m:
        return None
    value = _numeral_value(m["ar"], m["cn"])
    if value is None:
        return None
    if m["mult"]:
        value *= _MULTIPLIER[m["mult"]]
    return _to_number(value)


# --------------------------------------------------------------------------- scanning


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, left to right, non-overlapping."""
    found: list[Quantity] = []
    prev_end = 0
    scanned_to = 0
    # the full pattern is tried only where a numeral run starts: a plain character class
    # lets the regex engine skip the prose in C, which is most of the cost
    match = _QUANTITY_RE.match
    for run in _NUMERAL_RUN_RE.finditer(text):
        pos = run.start()
        if pos < scanned_to:
            continue
        m = match(text, pos)
        if m is None:
            continue
        scanned_to = m.end()
        groups = m.groups()  # by position (_GROUPS): a lookup by name costs ~0.1 µs, ~10 of them a number
        if groups[0] is None and not (groups[5] is not None and groups[9] is None):  # 一是, 进一步: no measure word
            q = _quantity(text, m, groups, prev_end)
            if q is not None:
                found.append(q)
                prev_end = q.end
    return found


@lru_cache(maxsize=4096)
def number_in_span(text: str, span: tuple[int, int], value: float) -> Quantity | None:
    """The quantity inside text[span] whose value is `value` (first one), in text offsets."""
    s, e = span
    for q in find_quantities(text[s:e]):
        if abs(abs(q.value) - abs(value)) <= max(1e-9, 0.0005 * abs(value)):
            return q._replace(start=q.start + s, end=q.end + s, num_start=q.num_start + s, num_end=q.num_end + s)
    return None


def values_in(s: str) -> tuple[int | float, ...]:
    """Every value find_quantities sees in `s` (for checking what a quote says). Cached: the
    pipeline re-checks every figure's quote, and quotes repeat across engines and passes."""
    return tuple(q.value for q in find_quantities(s))


def parse_quantity(s: str) -> Quantity | None:
    """The one quantity `s` states: the only one found, or one covering at least half of
    the stripped text; a bare numeral (二十三) with no unit also counts. None otherwise."""
    found = find_quantities(s)
    if len(found) == 1:
        return found[0]
    stripped = s.strip()
    if found:
        best = max(found, key=lambda q: q.end - q.start)
        return best if 2 * (best.end - best.start) >= len(stripped) else None
    value = parse_number(stripped)
    if value is None or not stripped:
        return None
    start = s.index(stripped)
    end = start + len(stripped)
    has_ar = any(c.isdigit() for c in stripped)
    has_cn = any(c in _CN_NUMERAL_CHARS for c in stripped)
    numeral: Numeral = "mixed" if has_ar and has_cn else ("arabic" if has_ar else "chinese")
    return Quantity(value=value, unit="", qualifier="exact", start=start, end=end, num_start=start,
                    num_end=end, raw=stripped, numeral=numeral)


#: _QUANTITY_RE's groups in order (find_quantities reads them by position; tests/test_numbers.py checks)
_GROUPS = ("skip", "pct", "tenths", "hundredths", "ar", "cn", "q1", "mult", "q2", "unit", "suf")
_SUF = _GROUPS.index("suf") + 1


def _quantity(text: str, m: re.Match[str], groups: tuple[str | None, ...], prev_end: int) -> Quantity | None:
    _, pct, tenths, hundredths, ar, cn, q1, mult, q2, unit_group, suf = groups
    num_start = m.start()
    num_end = m.start(_SUF) if suf else m.end()
    unit = unit_group or ""
    after = text[num_end:num_end + 1]
    before = text[num_start - 1] if num_start > 0 else ""
    if before == "第":
        return None  # ordinal: 第六次, 第3批

    prefix, prefix_qualifier = _prefix(text, num_start, prev_end)
    if not prefix and before == "上" and num_start - 1 >= prev_end and cn and _is_bare_multiplier(cn):
        prefix, prefix_qualifier = "上", "approx_more"  # 上千人, 上万名
    approx_inside = bool(q1 or q2)

    value: Decimal | int | None
    numeral: Numeral
    if tenths is not None:  # 两成 = 20 %, 九成五 = 95 %, 近三成
        value = Decimal(10 * _TENTHS[tenths] + (_TENTHS[hundredths] if hundredths else 0))
        unit, numeral = "%", "chinese"
    elif pct is not None:
        written_in_digits = pct[0].isdigit()
        value = _arabic(pct) if written_in_digits else _chinese(pct)
        if value is None:
            return None
        unit, numeral = "%", ("mixed" if written_in_digits else "chinese")
    elif ar is not None:
        checked = _arabic_checks(text, m, ar, mult, unit, before, after, approx_inside or bool(prefix))
        if checked is None:
            return None
        value, numeral = checked
    else:
        cn_checked = _chinese_checks(text, m, cn or "", mult, unit, before, after, approx_inside or bool(prefix))
        if cn_checked is None:
            return None
        value, unit, numeral = cn_checked

    if mult and pct is None and tenths is None:
        value, unit, expanded = _apply_multiplier(value, mult, unit)
        if expanded and ar is not None:
            numeral = "mixed"

    qualifier: Qualifier = "exact"
    if prefix:
        if prefix == "近" and unit in _PERIOD_UNITS:
            prefix, prefix_qualifier = "", "exact"  # 近3年: the last three years
        else:
            qualifier = prefix_qualifier
    if approx_inside:
        qualifier = "approx_more"
    if suf:
        qualifier = _SUFFIXES[suf]

    start = num_start - len(prefix)
    if not prefix and _signed(text, num_start, prev_end) and value:
        value, start = -value, num_start - 1  # 负5% / -5%: the sign is part of the number
    end = m.end()
    return Quantity(value=_to_number(value), unit=unit, qualifier=qualifier, start=start, end=end,
                    num_start=num_start, num_end=num_end, raw=text[start:end], numeral=numeral)


#: a minus sign before a number (ASCII after width folding, the Unicode minus, 负)
_MINUS = set("-−负")


def _signed(text: str, pos: int, floor: int) -> bool:
    """Whether the number at `pos` carries a minus sign: `-5%`, `负5%`, `为-2.3%`; not the
    dash of a range (`1-10月`, `A-3`) nor the 负 of a word (正负)."""
    if pos - 1 < floor or text[pos - 1] not in _MINUS:
        return False
    before = text[pos - 2] if pos >= 2 else ""
    if text[pos - 1] == "负":
        return before not in ("正", "胜", "抱", "自", "肩", "担")
    return not before or not ((before.isascii() and before.isalnum()) or before in "-−)）]】")


def _prefix(text: str, pos: int, floor: int) -> tuple[str, Qualifier]:
    if pos <= floor or text[pos - 1] not in _PREFIX_LAST_CHARS:
        return "", "exact"  # the common case, decided without scanning the list
    for word, qualifier in _PREFIXES:
        start = pos - len(word)
        if start < floor or not text.startswith(word, start):
            continue
        blockers = _PREFIX_BLOCKERS.get(word)
        if blockers and start > 0 and text[start - 1] in blockers:
            continue
        return word, qualifier
    return "", "exact"


_AR_GROUP = _GROUPS.index("ar") + 1


def _arabic_checks(text: str, m: re.Match[str], digits: str, mult: str | None, unit: str, before: str, after: str,
                   approx: bool) -> tuple[Decimal | int, Numeral] | None:
    digits_end = m.end(_AR_GROUP)
    after_digits = text[digits_end:digits_end + 1]
    if before in _ASCII_LETTERS or after_digits in _ASCII_LETTERS:
        return None  # a code or a name: G20, 5G, PM2.5
    value = _arabic(digits)
    if value is None:
        return None
    plain_int = digits.isdigit() and "," not in digits
    year_like = plain_int and len(digits) == 4 and 1900 <= int(digits) <= 2099
    if unit == "年" or unit.startswith("年"):
        if (plain_int and len(digits) == 4) or after in ("月", "度"):
            return None  # a year (2023年, 2024年度)
    if unit in ("日", "号") and before == "月":
        return None  # the day of a date (12月14日)
    if plain_int and len(digits) >= _ID_DIGITS:
        return None  # an index or serial number, not a count
    if before in _BRACKETS_OPEN and year_like:
        return None  # document number 〔2023〕5号
    bare = not (unit or mult or approx)
    if bare:
        if after in ("月", "号", "日", "時", "时"):
            return None  # dates and document numbers (1月, 5号)
        if year_like:
            return None  # a year in a range or bracket: 2021-2025年, (2023)
        if _MONTH_LIST_RE.match(text, m.end()):
            return None  # 5,6月 / 5、6月: months listed
        if after in _MARKER_AFTER and (before == "" or before in _MARKER_BEFORE):
            return None  # list marker: 1. / 1、 / (1)
    return value, "arabic"


def _chinese_checks(text: str, m: re.Match[str], run: str, mult: str | None, unit: str, before: str, after: str,
                    approx: bool) -> tuple[Decimal, str, Numeral] | None:
    if not unit or unit not in _UNITS_CN:
        return None  # 一是, 二十大, 五报告: no measure word, not a quantity
    if before in _CN_BEFORE_BLOCKERS and text[max(0, m.start() - 2):m.start()] not in _CN_BEFORE_NOUNS:
        return None
    if run == "一" and (before == "没" or text[max(0, m.start() - 2):m.start()] in _NEGATED_ONE):
        return None  # 没有一件被判败诉 / 未有一例: "not one", a verbal zero (zero_claims.toml), no count of 1
    if all(c in "零〇" for c in run):
        return None  # 零: verbal zeros are zero_claims, not quantities
    if before == "的" and after[:1] in _REFERENCE_COPULAS:
        return None  # 被撤销的一件为限期拆除决定: the one counted before, described; no new count
    if unit[-1] + after in _CN_SET_PHRASES or after in _CN_DIGIT:
        return None  # 一次性, 一件事, 一户一档, 三所一庭
    if (run == "一" and unit == "起" and after and after not in _YIQI_FOLLOWERS_OK and after not in _YIQI_CASE_NOUNS
            and text[m.end():m.end() + 2] not in _YIQI_CASE_WORDS):
        return None  # 一起 = together
    if unit == "年" and all(c in _CN_DIGIT for c in run):
        return None  # 二〇二三年
    if _is_bare_multiplier(run) and not approx:
        return None  # 万人, 百日, 千家: idioms unless 近/上/超/余 make them an amount
    value = _chinese(run)
    if value is None:
        return None
    # money keeps 万/亿 in its unit: 三百万元 → 300 万元
    if unit in _MONEY_UNITS and not mult:
        for big, factor in (("亿", 10**8), ("億", 10**8), ("万", 10**4), ("萬", 10**4)):
            if run.endswith(big) and len(run) > 1:
                return value / factor, big + unit, "chinese"
    return value, unit, "chinese"


def _is_bare_multiplier(run: str) -> bool:
    return all(c in "百千万亿萬億" for c in run)


def _apply_multiplier(value: Decimal | int, mult: str, unit: str) -> tuple[Decimal | int, str, bool]:
    """Counts are expanded (13.5万户 → 135000 户); money keeps 万/亿 (2700万元)."""
    if unit in _MONEY_UNITS:
        if mult in _MONEY_KEPT:
            return value, _MONEY_KEPT[mult] + unit, False
        if mult in ("千万", "千萬"):
            return value * 1000, "万元", True
        if mult in ("百万", "百萬"):
            return value * 100, "万元", True
    return value * _MULTIPLIER[mult], unit, True
