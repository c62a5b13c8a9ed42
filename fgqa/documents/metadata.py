"""Who wrote the report, about which place and year, and when: read from the text.

Sources, best first: the title line ("XX区人民政府关于2023年度法治政府建设情况报告"), an
organisation line right above the title, the signature at the end (organisation line +
date line), the page's metadata table or list (发布机构 / 生成日期, found in the removed chrome
lines), an organisation named on the 来源 line, and the first sentence's subject
("2023年,XX市司法局坚持…"). The level follows from the issuer: a ministry or State Council
body is national, a 省/自治区/直辖市 government provincial, a development zone's 管委会 district.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import lru_cache

from fgqa import re_cache
from fgqa.documents.numbering import NUMBER_MARKER
from fgqa.lexicon import lexicon
from fgqa.lexicon.places import alternation, place_suffixes
from fgqa.models import Level, Meta

#: the place and level vocabulary (fgqa/lexicon/places.toml)
_P = lexicon().places


@lru_cache(maxsize=512)
def _re(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern)` through the pattern cache (fgqa.re_cache), once per process: the
    readers' patterns written inline or built at run time (from a place suffix, a field label)
    were compiled by `re` afresh in every process (~2 ms of a summarize)."""
    return re_cache.compile(pattern)


CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
#: a letter of any script but ASCII (Chinese characters in practice): unlike [{CJK}], whose
#: 65,536-character map costs about a millisecond to compile, a category class costs nothing
LETTER = r"[^\W\d_a-zA-Z]"

#: an office by its short name (政府办, 依法治县办, 综治办); a verb ending in 办 (督办, 承办, 举办) is none
_SHORT_OFFICE = r"(?<![承督举创协主查帮代包开交经])办"
# (州 / 盟: 红河州坚持…, an autonomous prefecture by its short name)
_ORG_SUFFIX = rf"(?:人民政府|政府|行政公署|办事处|街道|街(?![道坊区])|委员会|管委会|党工委|党委|委|局|办公室|{_SHORT_OFFICE}|中心|厅|部|署|镇|乡|苏木|区|县|市|旗|省|州|盟)"
#: one or more organisations, possibly joint ("中共XX区委 XX区人民政府", "…、…")
_ORG_LINE = re_cache.compile(rf"^[{CJK}]{{2,30}}{_ORG_SUFFIX}(?:[ 、和][{CJK}]{{2,30}}{_ORG_SUFFIX})*$")
_GENERIC_ORG = re_cache.compile(r"^(?:全|我|本|各|该|其|市委|区委|县委|党委|政府|镇|乡|街道)")

# Place names: one or more "name + administrative suffix" tokens from the start.
#: (an area's last words are places.toml [levels], which fgqa.figures.elsewhere reads too; 街 is short for 街道)
_PLACE_SUFFIX = rf"(?:{alternation(place_suffixes(_P))}|街(?![道坊区]))"
_REGION = re_cache.compile(rf"^(?:[{CJK}]{{1}}(?=[县旗])[县旗]|[{CJK}]{{2,10}}?{_PLACE_SUFFIX})(?:[{CJK}]{{2,10}}?{_PLACE_SUFFIX})*")
_PARTY_PREFIX = re_cache.compile(r"^中共|^中国共产党")
_NOT_DEPARTMENT = re_cache.compile(r"^(?:人民政府|政府|行政公署|委|委员会|党委|党工委|人民政府办事处|街道办事处|办事处|街道办|管委会|管理委员会|)$")
#: (X区教育系统: a bureau naming itself by the field's system it heads, see _sector_system_subject)
_DEPARTMENT = re_cache.compile(rf"(?:局|委员会|办公室|{_SHORT_OFFICE}|中心|厅|署|部|系统)$")
#: a commission by its short name (发改委, 卫健委, 城管委): a department; the place's own 委 (X市委) is not
_COMMISSION = re_cache.compile(rf"[{CJK}]{{2,6}}委")
#: a body of the State Council or a ministry: its report is national
_NATIONAL = re_cache.compile(rf"^(?:国务院|中华人民共和国|国家[{CJK}]{{1,12}}(?:局|委员会|署|委)$|[{CJK}]{{1,8}}部$)")
_STATE_PREFIX = re_cache.compile(r"^(?:国务院|国家|中华人民共和国)")
#: the provinces' governments: 省, 自治区, and the four 直辖市
_PROVINCIAL = re_cache.compile(rf"(?:{alternation(_P.province_suffixes)})$|^(?:{alternation(_P.municipalities)})$")
#: development zones run by a 管委会 are counted at district level
_ZONE = re_cache.compile(rf"(?:{alternation(_P.zones)})$")

#: the words after a report's subject ("2024年,X县坚持…"), and the clauses a subject follows
_SUBJECT_VERB = alternation(_P.subject_verbs)
#: a place name holds none of these (function words): "X乡在县…" is a clause
_NOT_IN_NAME = re_cache.compile(f"[{re.escape(_P.not_in_names)}]")
#: a place's own name, as short as names get (北和镇, 和县): a function word inside it is no clause
_SHORT_PLACE_STEM = re_cache.compile(rf"^(?:[{CJK}](?=[县旗])|[{CJK}]{{2}}(?={_PLACE_SUFFIX}))")


def _holds_function_word(name: str) -> bool:
    """Whether `name` holds a function word outside a short place stem's second character: 苇塘乡在县…,
    县政府及县… and 在县司法局 are clauses, 北和镇 and 太和县 are names."""
    stem = _SHORT_PLACE_STEM.match(name)
    if stem is None:
        return _NOT_IN_NAME.search(name) is not None
    # the stem's first character is still a word of its own (在县…, 和县 is read as a clause too)
    return _NOT_IN_NAME.match(name) is not None or _NOT_IN_NAME.search(name, stem.end()) is not None

#: a title's topic and kind words (places.toml [titles]), and the verbs that issue a report
_TOPIC = alternation(_P.title_topics)
_KIND = alternation(_P.title_ends)
_ISSUING_VERB = alternation(_P.issuing_verbs)
#: the chrome field labels, by what they give (places.toml [labels])
_LABEL: Mapping[str, str] = {name: alternation(words) for name, words in _P.labels.items()}

_TITLE = re_cache.compile(rf"(?:{_TOPIC}).{{0,30}}(?:{_KIND}|工作情况$|建设情况$)")
#: a section heading ("一、…", "(一)…") is no title
_HEADING_NUMBER = re_cache.compile(rf"^(?:{NUMBER_MARKER})")
_TITLE_FALLBACK = re_cache.compile(rf"(?:{_KIND})$")
_TITLE_MAX_CHARS = 80
_TITLE_SEARCH_LINES = 8
_YEAR = re_cache.compile(r"(?<![\d\-—~至])(20\d\d)年(?!\))")
_BOOK_TITLE = re_cache.compile(r"《[^》]*》")
_PREAMBLE_SUBJECT = re_cache.compile(
    rf"20\d\d年(?:度|以来|来)?[,:]?\s*(?P<org>[{CJK}]{{2,24}}?{_ORG_SUFFIX})"
    # "2023年以来,XX乡法治建设工作在…领导下": the body's rule-of-law work as the subject
    rf"(?=(?:法治政府建设|法治建设|依法行政)?(?:工作)?(?:在|以|{_SUBJECT_VERB}))"
)
_TITLE_PLACE = re_cache.compile(
    rf"^(?:20\d\d年度?)?(?!关于)(?P<place>(?:{LETTER}{{2,10}}?{_PLACE_SUFFIX})+?(?:人民政府|政府|办事处)?)(?=[:\s]?(?:法治|依法|关于|20))")
#: "2023年度XX县司法局法治政府建设工作报告": the year first, then the organisation
_YEAR_THEN_ORG = re_cache.compile(rf"^20\d\d年度?(?P<org>{LETTER}{{2,30}}?{_ORG_SUFFIX})(?=法治|依法)")
#: "关于汀澜区2023年度法治政府建设情况的报告": the place the report is about is the reporting body
_ABOUT_PLACE = re_cache.compile(rf"^关于(?P<place>(?:{LETTER}{{2,10}}?{_PLACE_SUFFIX})+?)(?=20\d\d年)")
#: a notice that issues the report ("…办公室关于印发XX县2023年法治政府建设年度报告的通知"): the report's title
_ISSUING_NOTICE = re_cache.compile(rf"关于(?:{_ISSUING_VERB})《?(?P<inner>.+?(?:{_KIND}))》?的通知$")
#: a title wrapped in book marks, a date after it on its line
_TITLE_WRAP = re_cache.compile(r"^《(?P<t>.+)》$")
#: a page's first line ending in its date in brackets
_BRACKETED_DATE_TAIL = re_cache.compile(r"[(（](?P<d>20\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?)[)）]$")
_TITLE_DATE_TAIL = re_cache.compile(r"\s*(?:\s|[(（])(?P<d>20\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?)[)）]?$")

_DATE = re_cache.compile(r"(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?")
_CN_DATE = re_cache.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_DATE_LINE = re_cache.compile(rf"^[(]?(?:{_DATE.pattern}|{_CN_DATE.pattern})[)]?$")
#: the label's end before its value: `发布时间 】: | 2024-03-28`
_LABEL_END = r"\s*[\]】]?\s*[:|]?\s*\|?\s*"
#: a bare 时间/日期 label dates the page too, unless it is a written or generated day's (成文日期, 生成日期)
_PUBLISHED = re_cache.compile(rf"(?:{_LABEL['published']}|(?<![生成文])时间|(?<!生成)(?<!成文)(?<!发文)日期){_LABEL_END}" + _DATE.pattern)
#: a chrome line that starts with the page's date before its other fields: "2024-03-28 09:10 来源:…"
_LEADING_DATE = re_cache.compile(
    r"^[\[【(•·]?\s*" + _DATE.pattern + rf"(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?\s*[\[【(]?(?:{_LABEL['after_date']})")
#: a chrome line naming the page's source before its stamp: "来源:X省交通运输厅  2024-02-26 11:05"
#: (the clock time says it is the posting's stamp, not a date the text mentions)
_SOURCE_STAMP = re_cache.compile(
    rf"^[\[【(•·]?\s*(?:{_LABEL['posted_by']})\s*[:：]\s*(?P<body>[^\s\d:：]{{2,30}})\s+(?P<date>{_DATE.pattern})\s+\d{{1,2}}:\d\d(?!\d)")
#: a chrome label alone on its line, its value on the next ("发布时间" / "2025-03-27"): a flattened field table
_LONE_PUBLISHED_LABEL = re_cache.compile(rf"^[\[【(•·]?\s*(?:{_LABEL['published']})\s*[:：]?\s*[\]】)]?$")
#: the date the document was written (成文日期): a signature date, not a publication date
_WRITTEN = re_cache.compile(rf"(?:{_LABEL['written']}){_LABEL_END}" + _DATE.pattern)
_GENERATED = re_cache.compile(rf"(?:{_LABEL['generated']}){_LABEL_END}" + _DATE.pattern)
#: the day a page's index gives as the document's issue (发文日期): when the index shows no
#: 发布 day, the day it was put out
_ISSUED = re_cache.compile(rf"(?:{_LABEL['issued']}){_LABEL_END}" + _DATE.pattern)
_TABLE_FIELD = r"{label}\s*[:|]\s*([^|]+?)\s*(?:\||$)"
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_SIGNATURE_LINES = 4
#: a page's date and time on its own line ("2022-03-30 15:59"): under the title, its publication
_DATE_TIME_LINE = re_cache.compile(r"^20\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?$")
#: a signature dated by the month only ("2024年3月"): its organisation line still signs
#: the marker of a chrome list item (• 来源: …)
_LIST_MARK = re_cache.compile(r"^[•·▪◆■]\s*")
_MONTH_LINE = re_cache.compile(r"^20\d\d\s*年\s*\d{1,2}\s*月$")


def _iso(year: str | int, month: str | int, day: str | int) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _cn_small_number(s: str) -> int:
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def parse_date(s: str) -> str | None:
    """ISO date from `2024年2月27日`, `2024-02-27` or `二〇二四年二月二十七日`."""
    if m := _DATE.search(s):
        return _iso(*m.groups())
    if m := _CN_DATE.search(s):
        year = "".join(str(_CN_DIGIT[c]) for c in m.group(1))
        return _iso(year, _cn_small_number(m.group(2)), _cn_small_number(m.group(3)))
    return None


#: a second name in brackets after a place ("高新区(新市区)人民政府": a zone and a district governed
#: as one): read without it
_ALIAS = re_cache.compile(rf"(?<=[区县市旗镇乡])[(（][{CJK}]{{2,12}}?(?:区|县|市|旗|镇|乡|街道)[)）]")


def _without_alias(s: str) -> str:
    return _ALIAS.sub("", s) if "(" in s or "（" in s else s


def _is_org(s: str) -> bool:
    s = _without_alias(s)
    return bool(_ORG_LINE.match(s)) and not _GENERIC_ORG.match(s)


def looks_like_org(name: str) -> bool:
    """Whether `name` reads as one organisation (or a joint line of them), e.g. XX区人民政府."""
    return _is_org(name.strip())


# --------------------------------------------------------------------------- title and issuer


#: a one-line page starts with its title: "XX镇人民政府关于…的报告 中共XX市委:…"
_LEADING_TITLE = re_cache.compile(rf"^(?P<title>[^。,，:：]{{6,70}}?(?:{_KIND}))(?=\s)")


#: an explainer's or notice's title quoting the report's: "【政策解读】关于《XX县人民政府关于…报告》的解读"
_QUOTED_REPORT_TITLE = re_cache.compile(
    rf"^(?:【[^】]{{1,8}}】)?(?:关于)?《(?P<t>[^《》]{{6,70}}(?:{_KIND}))》(?:的)?(?:{alternation(_P.explainer_kinds)})?解读$")


#: a column tag before a title (【法治政府】X县2024年…报告)
_COLUMN_TAG = re_cache.compile(r"^【[^】]{1,8}】\s*(?!$)")
#: a letter-spaced line (青 禾 县 2024 年 度 …): single characters set apart by spaces
_LETTER_SPACED = re_cache.compile(r"^(?:\S{1,5} ){5,}\S{1,5}$")


def _title_form(line: str) -> str:
    line = _TITLE_DATE_TAIL.sub("", line.lstrip("#").strip())
    if _LETTER_SPACED.match(line) and sum(len(w) == 1 for w in line.split()) * 2 > len(line.split()):
        line = line.replace(" ", "")  # a letter-spaced heading reads as its words
    if not _QUOTED_REPORT_TITLE.match(line):
        line = _COLUMN_TAG.sub("", line)
    if m := _QUOTED_REPORT_TITLE.match(line):
        return m.group("t")  # the report it explains names the issuer
    return m.group("t") if (m := _TITLE_WRAP.match(line)) else line


#: a title the page wrapped: "XX乡人民政府关于2023年度法治政府建设" + "工作的报告"
#: (or "关于X区2022年度" + "法治政府建设情况的报告": the first line ends at the year, the topic wrapped)
_TITLE_START = re_cache.compile(r"(?:关于|20\d\d年).{0,30}(?:法治|依法)|^关于.{2,30}20\d\d年度?$")
_TITLE_END = re_cache.compile(rf"^.{{0,12}}(?:{_KIND})$")


def _unwrap_title(head: list[str]) -> list[str]:
    """Join a title broken over two lines (the second short and ending it); other lines stay."""
    out = list(head)
    for i in range(len(out) - 1):
        line, nxt = out[i], out[i + 1]
        if _TITLE_START.search(line) and not _TITLE.search(line) and "。" not in line and _TITLE_END.match(nxt) \
                and _TITLE.search(line + nxt) and len(line + nxt) <= _TITLE_MAX_CHARS:
            out[i], out[i + 1] = "", line + nxt  # at its last line: what is under the title follows it
    return out


#: a bare item of a page's index list left in the text ("• 索引号", "• lsx31/2025-00001"): chrome
_LIST_ITEM = re_cache.compile(r"^[•·▪◆■\-*]\s*[^。,，]{0,24}$")


def _chrome_lines(lines: list[str]) -> int:
    """How many lines at the top are bare index-list items, to look for the title below them."""
    n = 0
    while n < len(lines) and _LIST_ITEM.match(lines[n]) and not _TITLE.search(lines[n]):
        n += 1
    return n


def _find_title(lines: list[str], removed_lines: list[str]) -> tuple[str | None, int | None]:
    start = _chrome_lines(lines)
    title, i = _find_title_in(lines[start:], removed_lines)
    return title, (None if i is None else i + start)


def _find_title_in(lines: list[str], removed_lines: list[str]) -> tuple[str | None, int | None]:
    head = _unwrap_title([_title_form(line) for line in lines[:_TITLE_SEARCH_LINES]])
    titles = [i for i, line in enumerate(head)
              if len(line) <= _TITLE_MAX_CHARS and "。" not in line and _TITLE.search(line) and not _HEADING_NUMBER.match(line)]
    if titles:
        # a page may repeat its title: the copy with its organisation line above (or its
        # author line below) it says more
        signed = [i for i in titles if i > 0 and _is_org(head[i - 1])] \
            or [i for i in titles if i + 1 < len(head) and _is_org(head[i + 1])]
        i = signed[0] if signed else titles[0]
        return head[i], i
    if head and (m := _LEADING_TITLE.match(head[0])) and _TITLE.search(m.group("title")):
        return m.group("title"), None
    fallback = [i for i, line in enumerate(head[:3])
                if len(line) <= _TITLE_MAX_CHARS and "。" not in line and "," not in line and _TITLE_FALLBACK.search(line)]
    if fallback:
        # a repeated title: the copy with its author line under it
        i = next((i for i in fallback if i + 1 < len(head) and _is_org(head[i + 1])), fallback[0])
        return head[i], i
    for line in removed_lines:
        # a page table's title cell (`| 标题:XX镇人民政府关于…的报告 | |`)
        if (m := _re(_TABLE_FIELD.format(label="(?<![\u4e00-\u9fff])标题")).search(line)) and _TITLE.search(m.group(1)):
            return m.group(1), None
    return None, None


#: a title that reports on a report: "司法部发布2023年法治政府建设年度报告"
_PUBLISHING_VERB = re_cache.compile(rf"(?:{_ISSUING_VERB})$")


#: a title line that says who issued the report before naming it: the body after the verb is the report's
_ISSUED_BY = re_cache.compile(rf"(?:{_ISSUING_VERB})(?P<body>{LETTER}{{2,30}})$")


def _issuer_from_title(title: str) -> str | None:
    if (m := _YEAR_THEN_ORG.match(title)) and _is_org(m.group("org")):
        return m.group("org")
    if m := _ISSUING_NOTICE.search(title):
        inner = m.group("inner")
        if found := _issuer_from_title(inner) or ((p := _TITLE_PLACE.match(inner)) and p.group("place")):
            return found
    before = title.split("关于", 1)[0] if "关于" in title else _YEAR.split(title, 1)[0]
    before = _PUBLISHING_VERB.sub("", before.strip().rstrip(":"))
    if m := _ISSUED_BY.search(before):
        # "XX办公室印发XX镇2025年…的报告": the report issued is the place's after the verb
        before = m.group("body")
    if before != title and (m := _PARTY_GROUP.fullmatch(before)) and _is_org(m.group("org")):
        return m.group("org")  # "中共X县水利局党组关于…": the bureau's party group writes the bureau's report
    return before if before != title and _is_org(before) else None


#: a department's party group as a title's author (中共X县水利局党组): the department
_PARTY_GROUP = re_cache.compile(r"(?:中共|中国共产党)?(?P<org>.{2,30}?)党组")


def government_of(name: str) -> str:
    """A bare place names its government: 静海区 → 静海区人民政府, XX街道 → XX街道办事处, XX开发区 → XX开发区管委会."""
    if _ZONE.search(name):
        return name + "管委会"
    if not _REGION.fullmatch(name) or name.endswith("街"):  # a 街 (short for 街道) is named as it names itself
        return name
    return name + ("办事处" if name.endswith("街道") else "人民政府")


#: a street office signs its own pages as X街道 (its 发布机构), so that name is kept as written
_SELF_NAMED_STREET = re_cache.compile(r"街道?$")


#: "现将中原区2024年度法治政府建设情况报告如下": the reporting body in the opening formula
_REPORTING_FORMULA = re_cache.compile(rf"现将(?P<org>[{CJK}]{{2,30}}?)(?:20\d\d年度?)?(?:法治政府|依法行政|法治建设)")
#: the subject of a clause of the opening sentence ("…指导下,武定县人民政府办公室坚持…")
_CLAUSE_SUBJECT = re_cache.compile(
    rf"(?:^|[,，。:：\s]|(?<=委、)|(?<=党委))(?P<org>[{CJK}]{{2,24}}?{_ORG_SUFFIX}|(?:自治区|省|县|区|市|镇|乡|旗|街道)(?:人民政府|政府))"
    # (…收官之年,北和镇在市委、市政府的正确领导下,…: the subject before its leadership clause)
    rf"(?={_SUBJECT_VERB}|以习近平|法治政府建设工作|法治政府建设取得|在[^,，。]{{2,40}}?(?:领导|指导|支持|关心)下)")


#: a head's duty report names its body as what it pushed forward ("推动岩山镇法治政府建设…")
_PUSHED_FORWARD = re_cache.compile(rf"(?:推动|推进)(?P<org>[{CJK}]{{2,12}}?(?:街道|镇|乡|区|县|市|旗))法治政府建设")


def _opening_start(lines: list[str]) -> int:
    """Where the report's first sentence is: a page's leftover widgets (an air quality box, a
    menu) above it must not push the opening out of reach."""
    return next((i for i, line in enumerate(lines[:12]) if "。" in line or len(line) >= 40), 0)


def _opening(lines: list[str], n: int = 4) -> list[str]:
    start = _opening_start(lines)
    return lines[start:start + n]


#: what follows a leadership clause ("…的领导下,X局把握新形势"): the subject, whatever its verb
_AFTER_CLAUSE = re_cache.compile(rf"(?:{alternation(_P.after_clauses)})[,，]\s*(?=(?P<span>[{CJK}]{{2,30}}))")  # a lookahead: the next clause may be another one
#: a party committee ends no subject name of a government body
_PARTY_COMMITTEE_END = re_cache.compile(r"(?:党委|党工委|党组)$")


def _leading_name(span: str) -> str | None:
    """The longest organisation name `span` opens with ("青川县交通运输局坚持…" → 青川县交通运输局,
    "市市场监管局把握…" → 市市场监管局): it ends at a place or body word, and no longer name holds a
    function word or a subject verb ("X镇围绕…全镇" is X镇)."""
    best = None
    for m in _re(_ORG_SUFFIX).finditer(span):
        name = span[:m.end()]
        if _holds_function_word(name) or _re(_SUBJECT_VERB).search(name) or _PARTY_COMMITTEE_END.search(name):
            break
        if _is_org(name) or _BARE_LEVEL_ORG.match(name):
            best = name
    return best


def _subject_orgs(body: str) -> list[str]:
    """The organisations the opening has as a subject, in the order of the ways it says so."""
    found = [m.group("org") for pattern in (_REPORTING_FORMULA, _CLAUSE_SUBJECT, _PUSHED_FORWARD) for m in pattern.finditer(body)]
    return found + [name for m in _AFTER_CLAUSE.finditer(body) if (name := _leading_name(m.group("span")))]


def _opening_subject(lines: list[str]) -> str | None:
    body = _BOOK_TITLE.sub("", " ".join(_opening(lines)))[:400]
    for org in _subject_orgs(body):
        if _holds_function_word(org) and not _NATIONAL.match(org):
            continue  # "小龙门乡在县…": a name holds no function word (国家发展和改革委员会 is one)
        if _GENERIC_ORG.match(org) or _SELF_WORDS.search(org) or _LEAD_WORD.match(org) \
                or not (_is_org(org) or _REGION.fullmatch(org) or _BARE_LEVEL_ORG.match(org)):
            continue  # "现将我乡…": a clause that speaks of itself names no body
        if not (_REGION.match(org) or _NATIONAL.match(org) or _BARE_LEVEL_ORG.match(org)):
            continue  # "定期研究部署": a verb ending like 署 is no body
        if _re(r"[县区市镇乡]委|党委|上级|领导").search(org):
            continue
        return government_of(org)
    return None


#: "…,X区教育系统法治建设工作坚持…": a place's field system as the opening's subject (places.toml
#: [organs] sectors), a clause's first words
_SECTOR_SYSTEM_SUBJECT = re_cache.compile(
    rf"(?:^|(?<=[,，。:：\s]))(?P<name>[{CJK}]{{2,10}}?{_PLACE_SUFFIX}(?:{alternation(list(_P.organ_sectors))})系统)"
    rf"(?=法治|依法|{_SUBJECT_VERB})")


def _sector_system_subject(lines: list[str]) -> str | None:
    """The bureau that names itself by its place's field system in the opening (澄川区教育系统坚持…):
    the report's issuer as it names itself."""
    body = _BOOK_TITLE.sub("", " ".join(_opening(lines)))[:400]
    for m in _SECTOR_SYSTEM_SUBJECT.finditer(body):
        name = m.group("name")
        if _REGION.match(name) and not _holds_function_word(name) and not _SELF_WORDS.search(name):
            return name
    return None


#: a report speaking of itself (我乡, 本局) or of what it does (现将…), not a name
_SELF_WORDS = re_cache.compile(r"[我本]|^现将|全[区县市镇乡省旗]")
_BARE_LEVEL_ORG = re_cache.compile(rf"^(?P<level>{alternation(list(_P.bare_government))})(?P<rest>人民政府|政府|办事处|司法局|[{CJK}]{{1,10}}局)$")


#: words that start with a place suffix are no place's end: 法治市场 is no 法治市, 全县域 no 全县
_SUFFIX_WORD: Mapping[str, str] = _P.suffix_words
#: what a sentence puts before a place name it mentions (结合长塘镇的实际, 推动茶林镇…): not part of it
_LEAD_WORD = re_cache.compile(rf"^(?:{alternation(_P.lead_words)})")


def _place_mentions(suffix: str, text: str) -> list[str]:
    """The names ending in `suffix` (县, 镇, 街道 …) the text mentions, once per mention."""
    # a proper place name starts a word (《岳阳县…, “蒙城县…), it is not the end of one (提请县…)
    found = []
    # a particle may stand right before the name (纳入了东庄镇…, 全县的…): it ends a word
    for m in _re(rf"(?:(?<!{LETTER})|(?<=[了的在于和与及]))({LETTER}{{2,6}}?{suffix})").finditer(text[:6000]):
        if text[m.end():m.end() + 1] in _SUFFIX_WORD.get(suffix, "") and m.end() < len(text):
            continue  # 法治市场监管: the 市 begins 市场
        name = m.group(1)
        while lead := _LEAD_WORD.match(name):
            name = name[lead.end():]
        name = _PARTY_PREFIX.sub("", name)  # 《中共施秉县委…》 names 施秉县 too
        found.append(name)  # what is left of 召开园区 is no name: dropped below
    # function words and verbs are not in place names (提请县…, 县政府及县…)
    return [p for p in found if 2 <= len(p) - len(suffix) <= 4
            and not _re(r"[本全该各我县区市乡镇请及和与向经由对为在将把被从于报]").search(p[: -len(suffix)])]


def _most_named_place(suffix: str, text: str, *, once: bool = False) -> str | None:
    """The place ending in `suffix` (县, 镇, 街道 …) the text names most: at least twice, and
    more often than any other (else None). `once`: a single mention will do when no other
    place of that kind is named at all (a 我镇 report naming its town once)."""
    places = _place_mentions(suffix, text)
    counts = sorted(((places.count(p), p) for p in set(places)), reverse=True)
    if once and len(counts) == 1:
        return counts[0][1]
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None  # no place named often enough, or two equally often
    return counts[0][1]


#: a province's short name where it stands as a name, not inside a longer one (河南 in 出彩河南, not in 河南省)
_PROVINCE_SHORT = re_cache.compile(rf"(?:{alternation(list(_P.province_short_names))})(?!省|[{CJK}]{{0,6}}自治区)")


def _named_province(text: str) -> str | None:
    """The one province the text names by its full name (湖南省法治人才库) or its short name (出彩河南),
    else None: a bare 省政府 / 自治区人民政府 is that province's government."""
    head = text[:6000]
    named = {p for p in _P.provinces if p in head} | {_P.province_short_names[m] for m in _PROVINCE_SHORT.findall(head)}
    return named.pop() if len(named) == 1 else None


def _complete_bare(issuer: str, text: str) -> str:
    """"县人民政府" names no place: complete it with the place of that level the text names most."""
    m = _BARE_LEVEL_ORG.match(issuer)
    if not m:
        return issuer
    place = _most_named_place(m.group("level"), text) or _title_named_place(m.group("level"), text) \
        or (_named_province(text) if _BARE_LEVEL[m.group("level")] == "province" else None)
    if not place:
        return issuer
    return government_of(place) if m.group("rest") in ("政府", "人民政府") else place + m.group("rest")


#: the report calling itself by its kind of body, as the subject of its opening ("2024年,我镇…",
#: "今年以来,本局…", "现将我县…报告如下"); 我委 is left out (a 管委会 or a 发改委: no level; it gives
#: one only when it recurs, places.toml [ambiguity] recurring_only)
_SELF_REFERENCE = re_cache.compile(
    r"(?:(?:20\d\d年(?:度|以来|来)?|今年以来|一年来|近年来)[,:]?\s*(?:在[^,，。]{2,40}?(?:领导|指导|支持)下[,，]\s*)?|现将)"
    rf"(?:我|本)({alternation([w for w in _P.self_reference if w not in _P.recurring_only_self_words])})"
)
_SELF_LEVEL: Mapping[str, Level] = _P.self_reference


#: the opening's scope ("2024年,全区…"): the report is a government's of that level
_OPENING_SCOPE = re_cache.compile(
    r"(?:20\d\d年(?:度|以来|来)?|今年以来|一年来)[,:]?\s*全(街道|苏木|镇|乡|区|县|旗|市|州|盟|省)(?![^,。]{0,8}系统)")
#: "XX镇党委、政府坚持…": the place's party committee and government report together
#: "XX镇党委、政府坚持…", "云南省委、省政府坚持…": the place's party committee and government
#: report together (a place's own 委 is its party committee: 省委, 县委)
_PARTY_AND_GOVERNMENT = re_cache.compile(
    rf"(?<!{LETTER})(?P<place>(?:{LETTER}{{2,10}}?(?:自治区|街道|苏木|镇|乡|区|县|旗|市|省|州|盟))+)"
    r"(?:党(?:工)?委|(?<=[省市县区旗州盟])委)(?:、|和|及)?(?:街道|[乡镇区县市旗省州盟])?(?:人民政府|政府|办事处)")


#: the words a province uses of itself: an autonomous region says 我区/全区, a municipality 我市/全市
_ALSO_PROVINCE = {"district", "city"}


def _same_kind(own: Level | None, level: Level | None) -> bool:
    """Whether a body of `level` can be the report that calls itself `own` (None: no word)."""
    return own is None or level == own or (level == "province" and own in _ALSO_PROVINCE)


#: 我区 and 我市 are also what an autonomous region and a municipality call themselves
_AMBIGUOUS_SELF = _P.ambiguous_self_levels


#: 我局 / 本镇 anywhere in the body, not only in its opening
_SELF_WORD = re_cache.compile(rf"[我本]({alternation(list(_P.self_reference))})(?![{CJK}]{{0,1}}(?:委|党委))")
#: how often a self-word must recur before it gives the level of a report that names no body
_SELF_WORD_MIN = 2


def _self_word_level(text: str) -> Level | None:
    """The level of the one kind of body the report keeps calling itself (我局 … 我局), when its
    opening does not say: the word recurs and no other self-word of another level does."""
    levels = [_SELF_LEVEL[m.group(1)] for m in _SELF_WORD.finditer(text[:6000])
              # a word the suffix begins is no self-word (本部门, 我市场…)
              if text[m.end():m.end() + 1] not in _SUFFIX_WORD.get(m.group(1), "") + ("门" if m.group(1) == "部" else "")]
    kinds = {lv for lv in levels if lv not in _AMBIGUOUS_SELF}
    if len(kinds) != 1:
        return None
    level = kinds.pop()
    return level if levels.count(level) >= _SELF_WORD_MIN else None


#: 全镇 / 全县 anywhere in the body: the scope the report keeps speaking for (全县市场监管系统 is a
#: department's system, not the county's)
_SCOPE_WORD = re_cache.compile(r"全(街道|苏木|镇|乡|区|县|旗|市|州|盟|省)(?![^,。;]{0,8}系统)")


def _scope_word_level(text: str) -> Level | None:
    """The level of the one scope a nameless report keeps speaking for (全镇 … 全镇 → town), when
    neither its opening nor a self-word says: recurring, of one kind, and not one a province uses too."""
    levels = [_SELF_LEVEL[m.group(1)] for m in _SCOPE_WORD.finditer(text[:6000])
              if text[m.end():m.end() + 1] not in _SUFFIX_WORD.get(m.group(1), "")]
    kinds = set(levels)
    if len(kinds) != 1 or (level := kinds.pop()) in _AMBIGUOUS_SELF:
        return None
    return level if levels.count(level) >= _SELF_WORD_MIN else None


#: 局党组会议 / 局党委班子 / 厅机关: the body's own organs by its kind's last word (places.toml [organs])
_ORGAN_WORD = re_cache.compile(
    (rf"(?<![{re.escape(_P.organ_not_after)}])" if _P.organ_not_after else "")
    + rf"({alternation(list(_P.organ_kinds))})(?:{alternation(list(_P.organ_words))})")


def _organ_word_level(text: str) -> Level | None:
    """The level of the one kind of body whose own organs a nameless report keeps naming (局党委 …
    局党组会议 → a department), when nothing else says: recurring, and of one kind."""
    levels = [_SELF_LEVEL[m.group(1)] for m in _ORGAN_WORD.finditer(text[:6000])]
    if len(set(levels)) != 1:
        return None
    return levels[0] if len(levels) >= _SELF_WORD_MIN else None


#: the respondents of the page's reviews are one level's departments (被申请人为县政府部门…, 以县直部门为
#: 被申请人…): the reviewing body is that level's government
_RESPONDENT_DEPARTMENTS = re_cache.compile(
    r"(?:被申请人(?:为|是)?|以)(县|旗|区|市)(?:人民政府|政府)?(?:工作|直属|直|各)*部门(?:的|为被申请人)")


def _respondent_level(text: str) -> Level | None:
    """The level of the government whose reviews a nameless page counts, from its respondents' kind;
    None when they are of several kinds or of one a province uses too (区直部门 of an autonomous region)."""
    levels = {_SELF_LEVEL[m.group(1)] for m in _RESPONDENT_DEPARTMENTS.finditer(text[:6000])}
    if len(levels) != 1 or (level := levels.pop()) in _AMBIGUOUS_SELF:
        return None
    return level


#: a municipality by its name (北京市) or its name's stem (北京全市…)
_MUNICIPALITY = re_cache.compile(alternation([m.removesuffix("市") for m in _P.municipalities]))


def _municipal_scope_level(text: str) -> Level | None:
    """A province when a nameless page keeps speaking for 全市 and the one place it names again and
    again is a municipality (北京市共审结… 全市各级…): 全市 of a municipality is a province's scope, which
    the scope words alone cannot tell from a city's."""
    head = text[:6000]
    scopes = [m.group(1) for m in _SCOPE_WORD.finditer(head)]
    named = _MUNICIPALITY.findall(head)
    if set(scopes) != {"市"} or len(scopes) < _SELF_WORD_MIN or len(set(named)) != 1 or len(named) < _SELF_WORD_MIN:
        return None
    return "province"


#: 教育系统 / 卫生健康系统: a field's system, which its bureau speaks for (places.toml [organs] sectors)
_SECTOR_SYSTEM = re_cache.compile(rf"({alternation(list(_P.organ_sectors))})系统")


def _sector_system_level(text: str) -> Level | None:
    """A department when a nameless report keeps speaking for one field's system (教育系统 … 区教育系统
    → the education bureau's), else None: a government's report speaks for several fields, or none."""
    fields = [m.group(1) for m in _SECTOR_SYSTEM.finditer(text[:6000])]
    if len(set(fields)) != 1 or len(fields) < _SELF_WORD_MIN:
        return None
    return "department"


def _unnamed_level(self_level: Level | None) -> Level | None:
    """A report that names no body still says what kind it is (我局, 我镇, 全县…): its level,
    unless the word fits a province too (我区, 我市)."""
    return self_level if self_level not in _AMBIGUOUS_SELF else None


#: a government's office as the subject with no place named (区政府办公室主动公开…, 按照区委、区政府
#: 有关要求,区政府政务服务办进一步…): a disclosure report of that office, a department
_BARE_OFFICE_SUBJECT = re_cache.compile(
    rf"(?:^|[,，。:：\s])(?:{alternation(list(_P.bare_government))})(?:人民)?政府(?:办公室|[{CJK}]{{2,6}}办)"
    rf"(?={_SUBJECT_VERB}|主动公开|共受理|共收到|全年)")


def _bare_office_level(lines: list[str]) -> Level | None:
    return "department" if _BARE_OFFICE_SUBJECT.search(" ".join(_opening(lines, 6))[:600]) else None


#: a heading that opens with a place and the year ("第一部分 庆元县2024年度行政执法数据表", "表一"):
#: a data page's tables are the place's own
_PLACE_YEAR_HEADING = re_cache.compile(
    rf"^(?:第[一二三四五六七八九十]+部分\s*|表[一二三四五六七八九十\d]+\s*)?(?P<place>{LETTER}{{2,10}}?{_PLACE_SUFFIX})20\d\d年")


def _heading_place_level(lines: list[str]) -> Level | None:
    """The level of the one place the page's short heading lines open with (twice at least), else
    None: a table page's headings give its level, not its issuer (the office is not named)."""
    places = [m.group("place") for line in lines[:40]
              if len(line) <= 40 and "。" not in line and (m := _PLACE_YEAR_HEADING.match(line))]
    if len(places) < 2 or len(set(places)) != 1 or not _REGION.fullmatch(places[0]):
        return None
    return level_of(government_of(places[0]))


def _opening_scope_level(lines: list[str]) -> Level | None:
    m = _OPENING_SCOPE.search(" ".join(_opening(lines, 6))[:600])
    return _SELF_LEVEL[m.group(1)] if m else None


def _party_and_government(lines: list[str], text: str) -> str | None:
    """The place whose party committee and government are the opening's subject: they act (a subject
    verb follows: 云南省委、省政府坚持…), or the place is named again elsewhere; else the words
    before 市委 are a verb's (紧扣市委、市政府中心工作 names no 紧扣市)."""
    body = _BOOK_TITLE.sub("", " ".join(_opening(lines)))[:400]
    for m in _PARTY_AND_GOVERNMENT.finditer(body):
        place = m.group("place")
        # "坚持在市委、市政府…" is a clause, not a place: a name holds no function word
        if _holds_function_word(place) or _re(_SUBJECT_VERB).search(place) or _LEAD_WORD.match(place):
            continue
        if _re(_SUBJECT_VERB).match(body[m.end():]) or text.count(place) > 1:
            return government_of(place)
    return None


def self_reference_level(lines: list[str]) -> Level | None:
    """The level the report gives itself in its opening (我镇 → town, 本局 → department), if any."""
    m = _SELF_REFERENCE.search(_BOOK_TITLE.sub("", " ".join(_opening(lines, 6)))[:600])
    return _SELF_LEVEL[m.group(1)] if m else None


#: a provincial department by its full name (湖南省司法厅): a province from the list, then the office
_PROVINCE_DEPARTMENT = re_cache.compile(rf"(?:{alternation(_P.provinces)})[{CJK}]{{1,8}}?厅")


def _named_department_of_province(text: str) -> str | None:
    """我厅 names itself when the text names one provincial department in full (…主动公开湖南省司法厅
    2023年部门预算…); two of them, or none, name nobody. A bureau (我局) has too many neighbours
    named in its report (县公安局 …) for a single mention to be its own: not read."""
    names = set(_PROVINCE_DEPARTMENT.findall(text[:6000]))
    return names.pop() if len(names) == 1 else None


#: a bureau heading a document title (《县水务局2024年度重大决策事项清单》)
_TITLED_BUREAU = re_cache.compile(rf"《({LETTER}{{1,12}}?局)")


#: a bureau heading a title the report says it wrote or adopted itself (制定并实施《X局…清单》,
#: 审议并通过了《X局…方案》), not one it follows (按照《…》)
_AUTHORED_TITLE = re_cache.compile(rf"(?:{alternation(_P.authoring_verbs)})(?:了)?《({LETTER}{{1,12}}?局)")


def _titled_bureau(text: str) -> str | None:
    """我局 names itself when one bureau heads the titles of the documents it issued, at least twice
    (《市生态环境局…学习计划》, 《市生态环境局…事项目录》), or once when the report says it wrote or
    adopted that document itself; a title it follows may be a superior's, two bureaus name nobody."""
    def bureaus(pattern: re.Pattern[str]) -> list[str]:
        return [n for n in pattern.findall(text[:6000])
                if _BARE_LEVEL_ORG.match(n) or (_REGION.match(n) and level_of(n) == "department")]
    found = bureaus(_TITLED_BUREAU)
    if len(set(found)) != 1:
        return None
    return found[0] if len(found) >= 2 or bureaus(_AUTHORED_TITLE) else None


def _named_self(lines: list[str], text: str) -> str | None:
    """我镇 with the place named elsewhere: the 镇 the text names most names the issuer."""
    m = _SELF_REFERENCE.search(_BOOK_TITLE.sub("", " ".join(_opening(lines, 6)))[:600])
    if m and m.group(1) == "厅":
        return _named_department_of_province(text)
    if m and m.group(1) == "局":
        return _titled_bureau(text)
    if not m or _SELF_LEVEL[m.group(1)] == "department":
        return None
    # a town or street names few other places of its kind: one mention names it; a county's
    # or district's single mention may be a neighbour's
    place = _most_named_place(m.group(1), text, once=_SELF_LEVEL[m.group(1)] in ("town", "street"))
    return government_of(place) if place else None


#: a development zone opening with its bare kind as subject ("2023年,园区坚持…")
_ZONE_SUBJECT = re_cache.compile(rf"(?:20\d\d年(?:度|以来)?|今年以来|一年来)[,:]?\s*(?P<zone>{alternation(_P.zone_self_names)})"
                           rf"(?={_SUBJECT_VERB}|以)")


def _title_named_place(suffix: str, text: str) -> str | None:
    """The one place ending in `suffix` that heads the titles of documents, or the quoted names of
    campaigns and services, the text names (《建安区2024年工作方案》, “包头市公共法律服务法治地图”):
    a body names its own plans; None when two places do."""
    names = set(_re(rf"[《“]((?:{LETTER}){{2,6}}?{suffix})(?!{LETTER}{{0,2}}[》”])").findall(text[:6000]))
    names = {n for n in names if not _LEAD_WORD.match(n)}
    return names.pop() if len(names) == 1 else None


def _zone_self(lines: list[str], text: str) -> str | None:
    """A zone that calls itself 园区 names itself in full at the head of its own documents'
    titles (《苏州工业园区…方案》): its 管委会. Elsewhere 园区 follows any verb (紧扣园区…)."""
    m = _ZONE_SUBJECT.search(" ".join(_opening(lines, 4))[:400])
    if not m:
        return None
    place = _title_named_place(m.group("zone"), text)
    return government_of(place) if place else None


#: the line an appendix opens with: "附件1:…", "附表" alone, "附件：2024年度…统计表"
_APPENDIX = re_cache.compile(rf"^(?:{_LABEL['appendix']})\s*[\d一二三四五六七八九十]*\s*(?:[:：]|$)")


def _signature_in(lines: list[str]) -> tuple[str | None, str | None] | None:
    """(organisation, ISO date) of the last date line among `lines`, None when none is one."""
    for i in range(len(lines) - 1, -1, -1):
        if _DATE_LINE.match(lines[i]) or _MONTH_LINE.match(lines[i]):
            org = lines[i - 1] if i > 0 and _is_org(lines[i - 1]) else None
            return org, parse_date(lines[i])
    return None


def _signature(lines: list[str], start: int = 0) -> tuple[str | None, str | None]:
    """(organisation, ISO date) of the closing signature, if the report is signed.

    Only lines from `start` on (after the title and the lines under it) can sign: in a short
    page the last lines may be the head's date line."""
    tail = lines[max(start, len(lines) - _SIGNATURE_LINES):]
    signed = _signature_in(tail)
    if signed is not None:
        return signed
    for end in (i for i in range(start + 1, len(lines)) if _APPENDIX.match(lines[i])):
        # an appendix (a table, a list of tasks) after the signature: it signs the lines before it
        signed = _signature_in(lines[max(start, end - _SIGNATURE_LINES):end])
        if signed is not None:
            return signed
    # a one-line page: "…。 XX镇人民政府 2023年12月14日" (a PDF layout may have dropped the space)
    if lines and (m := _re(rf"[。\s]([{CJK} 、]{{2,60}}?)\s*((?:{_DATE.pattern})|(?:{_CN_DATE.pattern}))$").search(lines[-1])):
        org = m.group(1).strip()
        return (org if _is_org(org) else None), parse_date(m.group(2))
    return None, None


#: a byline under the title: the organisation and the day it put the page out ("XX县人民政府 2024年01月08日")
_BYLINE = re_cache.compile(rf"^(?P<org>(?:{LETTER}|[、 ]){{3,40}}?)\s+(?P<date>{_DATE.pattern})(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?$")


#: "——XX县司法局" under a title: an author line set off by a dash
_LEADING_DASH = re_cache.compile(r"^[—－\-]{1,3}\s*")


#: a social-media article's posting line: an opening mark (原创), one to three names, the day and its
#: clock time ("原创 X镇融媒体中心 X镇发布 2025年1月8日 19:20", anything after the time is the page's)
_POSTING = re_cache.compile(rf"^(?:(?:{_LABEL['posting_marks']})\s+)?(?P<names>(?:{LETTER}{{2,24}}\s+){{1,3}}?)"
                            rf"(?P<date>{_DATE.pattern})\s*(?P<time>\d{{1,2}}:\d\d)(?!\d)")
#: how many lines from the page's top its posting line may stand (the title first)
_POSTING_LINES = 3


#: "编辑:X  审核:Y" / "责任编辑:X": the editor's name, two to four characters, up to the next label
_EDITOR = re_cache.compile(rf"(?<![\u4e00-\u9fff])(?:{_LABEL['editor']})\s*[:：]\s*(?P<name>{LETTER}{{2,4}}?)(?=\s|[|｜丨/,，;；]|$|审核|校对|排版|美编|来源)")


def _editor(removed_lines: list[str]) -> str | None:
    for line in removed_lines:
        if m := _EDITOR.search(line):
            return m.group("name")
    return None


#: "来源:X县司法局" / "信息来源:厅法规与标准处": a label standing by itself (not 转载来源, a mirror's)
_SOURCE = re_cache.compile(rf"(?<![\u4e00-\u9fff])(?:{_LABEL['source']})\s*[:：]\s*(?P<body>[\u4e00-\u9fff（）()、]{{2,40}}?)(?=\s|[|｜丨/,，;；]|$|(?:[\u4e00-\u9fff]{{2,6}}[:：]))")


def _page_source(removed_lines: list[str]) -> str | None:
    for line in removed_lines:
        if m := _SOURCE.search(line):
            return m.group("body")
    return None


def posting_line(text: str) -> tuple[str, str, str, tuple[int, int]] | None:
    """(account, ISO day, day and time as written, the line's span) of a social-media article's
    posting line near the page's top, or None."""
    pos = 0
    for line in text.split("\n")[:_POSTING_LINES]:
        said = line.strip()
        if (m := _POSTING.match(said)) and (day := parse_date(m.group("date"))):
            start = pos + line.index(said)
            written = f"{m.group('date')} {m.group('time')}"
            return m.group("names").split()[-1], day, written, (start, start + m.end())
        pos += len(line) + 1
    return None


def _byline(lines: list[str], title_index: int | None) -> tuple[str | None, str | None]:
    """(organisation, ISO date) of a byline right under the title, if there is one."""
    if title_index is None:
        return None, None
    for line in lines[title_index + 1:title_index + 3]:
        if (m := _BYLINE.match(line)) and _is_org(m.group("org").strip()):
            return m.group("org").strip(), parse_date(m.group("date"))
    return None, None


#: the next "label:" of a one-line list (索引号:… 发布机构:XX局 生成日期:…) ends a field
_NEXT_LABEL = re_cache.compile(r"\s+(?=[^\s:：|]{2,8}[:：])|\s*[\[【]\s*[^\]】]{2,8}\s*[\]】]"
                         r"|(?=(?:发布时间|发布日期|更新时间|浏览次数|点击数|阅读次数|生成日期|成文日期|字号|字体)[:：])")


def _table_field(removed_lines: list[str], label: str) -> str | None:
    pattern = _re(_TABLE_FIELD.format(label=label))
    for line in removed_lines:
        if m := pattern.search(line):
            # an empty cell (`发布机构: | |`) names nobody
            return _NEXT_LABEL.split(m.group(1), 1)[0].strip() or None
    return None


def _org_value(value: str | None) -> str | None:
    """A field's organisation without words spliced in before it and a colon (a copied page's
    "发布机构:XX:霞美镇人民政府"): the part after the last colon, when that is an organisation."""
    if value and (tail := _re(r"[:：]").split(value)[-1].strip()) != value and _is_org(tail):
        return tail
    return value


def _org_field(removed_lines: list[str], label: str) -> str | None:
    value = _org_value(_table_field(removed_lines, label))
    return value if value and _is_org(value) else None


def _as_government(org: str) -> str:
    """"东湖镇党委政府" (a party committee and a government written as one subject): the place's government."""
    if (m := _PARTY_AND_GOVERNMENT.fullmatch(org)) and not _holds_function_word(m.group("place")):
        return government_of(m.group("place"))
    return org


def _other_place(org: str, other: str | None) -> bool:
    """Whether `other` is a body of another place than `org` (neither place contains the other)."""
    if not other or not (mine := region_of(org)) or not (theirs := region_of(other)):
        return False
    return mine not in theirs and theirs not in mine


def _choose_issuer(candidates: list[str | None]) -> str | None:
    """The first candidate, unless a later one names the same body more completely."""
    found = [c for c in candidates if c]
    if not found:
        return None
    best = found[0]
    for other in found[1:]:
        if len(other) > len(best) and (best in other or _strip_org_words(best) in other):
            best = other
    return best


def _strip_org_words(issuer: str) -> str:
    return _re(r"(?:人民政府|政府|办事处)$").sub("", issuer)


# --------------------------------------------------------------------------- region and level


#: a joint issuer written without a space: "中共XX区委XX区人民政府", "中共XX镇委员会XX镇人民政府"
_JOINT_SEAM = re_cache.compile(r"(?:(?<=委)|(?<=委员会))(?=[^委]{2,30}(?:人民政府|政府|办事处|管委会|管理委员会)$)")


def _issuer_parts(issuer: str) -> list[str]:
    parts = [q for p in _re(r"[ 、]").split(issuer) if p for q in (_JOINT_SEAM.split(p) if _PARTY_PREFIX.match(p) else [p]) if q]
    # 和 joins two bodies only when both sides are one (国家发展和改革委员会 is one body)
    split = [q for p in parts for q in (p.split("和") if all(_is_org(x) for x in p.split("和")) else [p])]
    return [_PARTY_PREFIX.sub("", p) for p in split if p]


def _government_part(parts: list[str]) -> str:
    for part in parts:
        if _re(r"人民政府|政府|行政公署|办事处").search(part):
            return part
    return parts[-1]


def region_of(issuer: str) -> str | None:
    issuer = _without_alias(issuer)
    regions = [m.group(0) for p in _issuer_parts(issuer) if not _STATE_PREFIX.match(p) and (m := _REGION.match(p))]
    return max(regions, key=len) if regions else None


#: the level a bare government names (省政府, 区人民政府): its level word's
_BARE_LEVEL: Mapping[str, Level] = _P.bare_government


#: a zone's management committee by a name longer than a place pattern reads (郑州航空港经济综合实验区管委会)
_ZONE_BODY = re_cache.compile(rf"[{CJK}]{{2,24}}?(?:{alternation(_P.zones)})(?:管委会|管理委员会)")


def level_of(issuer: str) -> Level | None:
    part = _government_part(_issuer_parts(_without_alias(issuer)))
    if _ZONE_BODY.fullmatch(part) and not _REGION.match(part):
        return "district"
    if (bare := _BARE_LEVEL_ORG.match(part)) and _NOT_DEPARTMENT.match(bare.group("rest")):
        return _BARE_LEVEL[bare.group("level")]  # 省政府: a province's government, its name not written
    place = _REGION.match(part)
    if _NATIONAL.match(part) and (place is None or _STATE_PREFIX.match(part)):
        return "national"
    rest = part[place.end() :] if place else part
    if not _NOT_DEPARTMENT.match(rest) and (_DEPARTMENT.search(rest) or _COMMISSION.fullmatch(rest)) \
            and not rest.endswith(("党委", "党工委")):
        return "department"
    name = place.group(0) if place else part
    if _PROVINCIAL.search(name):
        return "province"
    if _ZONE.search(name):
        return "district"
    if name.endswith(("街道", "街")) or "街道" in rest:
        return "street"
    for suffix, level in _P.level_suffixes:
        if name.endswith(suffix):
            return level
    return None


# --------------------------------------------------------------------------- year


#: "(2023年5月30日在市人大常委会第二次会议上)": the day the report was delivered, not its year
_DELIVERY_LINE = re_cache.compile(r"^[(（]\s*20\d\d年\d{1,2}月\d{1,2}日[^()（）]{0,40}[)）]$")


def _dated_chrome(line: str) -> bool:
    """A line under the title that dates the page or the report's delivery (日期:2024-03-02 来源:…,
    (2024年5月30日在…会议上)): its year is not the year the report is on."""
    return bool(_DATE_LINE.match(line) or _DELIVERY_LINE.match(line) or _PUBLISHED.search(line) or _LEADING_DATE.match(line))


def _year_from_text(lines: list[str], title_index: int | None) -> int | None:
    start = 0 if title_index is None else title_index + 1
    # the first three lines under the title that are neither an organisation nor a dated line
    for line in [line for line in lines[start : start + 6] if not (_is_org(line) or _dated_chrome(line))][:3]:
        if m := _YEAR.search(_BOOK_TITLE.sub("", line)[:200]) or _YEAR_SINCE.match(line):
            return int(m.group(1))
    return None


_YEAR_OPENING = re_cache.compile(r"^(20\d\d)年(?:度|以来)?[,:]")
#: "2024以来,…" (the 年 left out) opening a report
_YEAR_SINCE = re_cache.compile(r"^(20\d\d)以来")


# --------------------------------------------------------------------------- identifiers


#: the shapes of the report's own document number (文号) and a page's index number (索引号), and the
#: words they are read with (places.toml [identifiers] and [labels])
_IDS = _P.identifiers
_SHAPES: Mapping[str, re.Pattern[str]] = {"doc_number": re_cache.compile(_IDS.doc_number),
                                          "index_number": re_cache.compile(_IDS.index_number)}


def _spaced(words: tuple[str, ...]) -> str:
    """A label alternation whose characters a page may set apart (文　　号, 索 引 号)."""
    return "|".join(r"\s*".join(re.escape(c) for c in w) for w in sorted(words, key=len, reverse=True))


#: what stands between a label and its value: a bracket closing the label, a colon, a table's cell
#: walls (`文号 | X政〔2025〕3号`, `[文号] X政…`)
_AFTER_LABEL = r"\s*[\]】)）]?\s*(?:[:：|]\s*)+|\s*[\]】]\s*|\s+"
#: a label in a chrome line: anywhere but inside a word (发布日期:…|文号:…, 索引号:… 发布机构:…)
_CHROME_LABEL: Mapping[str, re.Pattern[str]] = {
    name: re_cache.compile(rf"(?<!{LETTER})(?:{_spaced(_P.labels[name])})(?:{_AFTER_LABEL}|\s*$)") for name in _SHAPES}
#: a label in the text: opening its line or a cell of it ("印发…(文号:…)" in a sentence is another document's)
_TEXT_LABEL: Mapping[str, re.Pattern[str]] = {
    name: re_cache.compile(rf"(?:^|(?<=[\s|]))[•·▪◆■\-*\[【]?\s*(?:{_spaced(_P.labels[name])})(?:{_AFTER_LABEL}|\s*$)")
    for name in _SHAPES}
#: what an identifier's value does not end in (a sentence's or a list's punctuation after it)
_TRAILING = ".。,，;；:：、-_/|"
#: what may stand before a document number on a line of its own: `(X政报〔2025〕7号)`
_BRACKETS = "(（[［ \u3000"
_AFTER_TITLE = re_cache.compile(alternation(_IDS.after_title))
_ENDS_TITLE = re_cache.compile(rf"(?:{_AFTER_TITLE.pattern})$")


def _trim(value: str) -> str:
    return value.strip().rstrip(_TRAILING).rstrip()


def _labelled(lines: list[str], name: str, labels: Mapping[str, re.Pattern[str]]) -> str | None:
    """The value a label gives (on its line, or alone on the next one when the label ends its line),
    when it has the identifier's shape: an empty cell (`发文字号: | 发文时间:…`) gives none."""
    shape = _SHAPES[name]
    for i, line in enumerate(lines):
        for m in labels[name].finditer(line):
            rest = line[m.end():]
            if not rest.strip(" |:：") and i + 1 < len(lines):
                rest = _LIST_MARK.sub("", lines[i + 1].strip())  # `• 索引号` + `• 0012/2025-00031`
            if (v := shape.match(rest.lstrip(" |"))) is not None:
                return _trim(v.group())
    return None


def _head_doc_number(lines: list[str], title_index: int | None) -> str | None:
    """A document number of the report's head: a line of its own (maybe in brackets) among the
    first lines or right under the title, or closing the title's line ("…情况的报告(X政报〔2025〕7号)").
    One inside a sentence (根据《…》(X发〔2021〕5号)…) cites another document."""
    shape = _SHAPES["doc_number"]
    start = _chrome_lines(lines)
    end = max(start + _IDS.head_lines, (title_index or 0) + 3)
    for i in range(start, min(end, len(lines))):
        line = lines[i]
        for m in shape.finditer(line):
            before, after = line[:m.start()], line[m.end():].strip().strip(")）] \u3000")
            value_start = m.start()
            if cut := list(_AFTER_TITLE.finditer(m.group())):  # a title run straight into its number
                value_start = m.start() + cut[-1].end()
                before = line[:value_start]
            if after:
                continue
            bare = before.strip().rstrip(_BRACKETS)
            if not bare or ((i == title_index or _TITLE.search(bare)) and _ENDS_TITLE.search(bare)):
                value = line[value_start:m.end()]
                if shape.fullmatch(value):
                    return _trim(value)
    return None


def report_identifiers(text: str, removed_lines: list[str] | None = None,
                       title_index: int | None = None) -> tuple[str | None, str | None]:
    """(document number, index number) the report gives as its own: a page label's value (the
    chrome lines the cleaner removed, then labelled lines of the text), else for the document
    number a line of the report's head. None where it gives none: never a number it cites."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    chrome = list(removed_lines or [])
    doc = _labelled(chrome, "doc_number", _CHROME_LABEL) or _labelled(lines, "doc_number", _TEXT_LABEL)
    if doc is None:
        if title_index is None:
            title_index = _find_title(lines, chrome)[1]
        doc = _head_doc_number(lines, title_index)
    index = _labelled(chrome, "index_number", _CHROME_LABEL) or _labelled(lines, "index_number", _TEXT_LABEL)
    return doc, index


# --------------------------------------------------------------------------- entry point


def _field_date(lines: list[str], pattern: re.Pattern[str]) -> str | None:
    return next((d for line in lines if (m := pattern.search(line)) and (d := _iso(*m.groups()))), None)


def _lone_label_date(lines: list[str]) -> str | None:
    """The date on the line after a publication label that stands alone on its line."""
    for label, value in zip(lines, lines[1:]):
        if _LONE_PUBLISHED_LABEL.match(label.strip()) and _DATE_LINE.match(value.strip()):
            return parse_date(value)
    return None


def _own_source_stamp(lines: list[str], issuer: str | None) -> str | None:
    """The stamp of a source line that names the issuer itself: the day its own posting went up.
    A source naming another body (a newspaper, another site) is a reprint, its stamp the reprint's day."""
    if issuer is None:
        return None
    for line in lines:
        if (m := _SOURCE_STAMP.search(line)) and (m.group("body") in issuer or issuer in m.group("body")):
            return parse_date(m.group("date"))
    return None


#: a news wire's dateline opening a reposted report: "新华社3月29日电", "XX网讯 (3月29日)"
_WIRE_DATELINE = re_cache.compile(r"(?:社|网|报|台|客户端)\s*(\d{1,2})月(\d{1,2})日\s*(?:电|讯)")


#: a page that says it copied the report from elsewhere: its dates are its own, not the report's
_REPOST_LABEL = re_cache.compile(rf"(?:^|\s|[\[【(•·])(?:{_LABEL['reposted']})\s*:")


def _reposted_elsewhere(published: str, lines: list[str], removed_lines: list[str]) -> bool:
    """A repost's page date is the mirror's, not the report's: the page says it copied the report,
    or its date is not the day of the wire dateline it opens with."""
    if any(_REPOST_LABEL.search(line) for line in removed_lines):
        return True
    head = " ".join(lines[:4])
    if not (m := _WIRE_DATELINE.search(head)):
        return False
    return (int(m.group(1)), int(m.group(2))) != (int(published[5:7]), int(published[8:10]))


def _plausible_publication(published: str | None, year: int | None, signed: str | None) -> bool:
    """A report on year Y is published in Y or the two years after, and not before it was signed."""
    if published is None:
        return False
    if year is not None and not year <= int(published[:4]) <= year + 2:
        return False
    return signed is None or published >= signed


#: a TRS-style address carries the posting day: …/202403/t20240328_6583952.html
_URL_DATE = re_cache.compile(r"/(20\d\d)(\d\d)/t(20\d\d)(\d\d)(\d\d)_\d+")


def url_date(source: str | None) -> str | None:
    """The posting day an http(s) address carries in its path, when its two dates agree."""
    if not source or not source.startswith(("http://", "https://")) or not (m := _URL_DATE.search(source)):
        return None
    if m.group(1, 2) != m.group(3, 4):
        return None
    return _iso(m.group(3), m.group(4), m.group(5))


# --------------------------------------------------------------------------- entry point


#: (a full date in Chinese numerals, 二〇二四年一月十二日, is left to the date reader)
_CN_YEAR = re_cache.compile(r"(二[〇零○][一二三四五六七八九〇零○][〇零○一二三四五六七八九])年(?![一二三四五六七八九十]{1,2}月)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")


def extract_meta(text: str, removed_lines: list[str], *, source: str | None = None) -> Meta:
    """Best-effort metadata; any field it cannot find is None (weak evidence gives None, not a guess).

    `source` is where the text came from (a path or an http(s) address): an address's posting
    day is the publication date when the page shows none and it is plausible for the year."""
    # 二〇二三年度 / 二零二四年: a year in Chinese numerals reads as its digits (titles, openings)
    text = _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGITS) + "年", text)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title, title_index = _find_title(lines, removed_lines)
    head_end = 0 if title_index is None else title_index + 1
    while head_end < len(lines) and head_end <= (title_index or 0) + 2 and (_DATE_LINE.match(lines[head_end]) or _is_org(lines[head_end])):
        head_end += 1
    sign_org, signed = _signature(lines, head_end)

    above = title_index - 1 if title_index else None
    if above and title_index is not None and title and title != lines[title_index] and title.startswith(lines[above]):
        above -= 1  # a title wrapped over two lines (_unwrap_title): the line above its first line
    above_title = lines[above] if above is not None else None
    # "关于2024年度XX市行政复议工作的报告" + "XX市司法局": the author's line under the title
    below_title = _LEADING_DASH.sub("", lines[title_index + 1]) \
        if title_index is not None and title_index + 1 < len(lines) else None
    byline_org, byline_date = _byline(lines, title_index)
    preamble = _PREAMBLE_SUBJECT.search(_BOOK_TITLE.sub("", " ".join(_opening(lines)))[:400])
    title_place = _TITLE_PLACE.match(title) if title else None
    about = _ABOUT_PLACE.match(title) if title else None
    from_title = _issuer_from_title(title) if title else None
    # the page's 发布机构 and the site's 来源 may be the office that posted the page: they name
    # the issuer only when they are the kind of body the report calls itself (我县 vs 县司法局)
    self_level = self_reference_level(lines)
    publisher = _org_value(_table_field(removed_lines, f"(?:{_LABEL['publisher']})"))
    def fits(org: str | None) -> str | None:
        """A body read from a bare place or a page field, kept when its level is the report's own."""
        return org if org and _same_kind(self_level, level_of(org)) else None

    def publishes(org: str | None) -> str | None:
        """A 发布机构 that is a department posts its government's report when the opening speaks
        for the whole place (全县…, or a government as its subject)"""
        if not (org := fits(org)) or self_level or level_of(org) != "department":
            return org
        opening = (preamble.group("org") if preamble else None) or _opening_subject(lines)
        if _opening_scope_level(lines) or (opening and level_of(opening) not in (None, "department")):
            return None
        return org

    preamble_org = _as_government(preamble.group("org")) if preamble else None
    subject = preamble_org or _opening_subject(lines)
    issuer = _choose_issuer(
        [
            (fits(government_of(from_title)) if _REGION.fullmatch(from_title) else from_title) if from_title else None,
            # an organisation line above a title that names nobody, when the opening's subject is a body of
            # another place, is the site's name (汀澜区人民政府 over 2023年…报告 + 2023年,东湖街道坚持…)
            above_title if above_title and _is_org(above_title) and (from_title or not _other_place(above_title, subject))
            else None,
            # an author line under a title naming only a place (宁国市2022年…报告 + 宁国市人民政府行政复议办公室)
            below_title if below_title and _is_org(below_title) and (
                not from_title or (_REGION.fullmatch(from_title) and below_title.startswith(from_title))) else None,
            government_of(sign_org) if sign_org else None,
            byline_org,
            fits(government_of(about.group("place"))) if about else None,
            publishes(publisher if _SELF_NAMED_STREET.search(publisher) else government_of(publisher)) if publisher else None,
            # a bare place names its government (a street as it names itself)
            (preamble_org if _SELF_NAMED_STREET.search(preamble_org) else government_of(preamble_org))
            if preamble_org and not _GENERIC_ORG.match(preamble_org) else None,
            fits(government_of(title_place.group("place"))) if title_place else None,
            _opening_subject(lines),
            _sector_system_subject(lines),
            _party_and_government(lines, text),
        ]
    )
    issuer = issuer or _named_self(lines, text) or _zone_self(lines, text)
    # the site that posted the page names the issuer only when nothing else does
    posted_by = _org_field(removed_lines, f"(?:{_LABEL['posted_by']})")
    if not issuer and posted_by and _same_kind(self_level or _opening_scope_level(lines), level_of(posted_by)):
        issuer = posted_by
    issuer = _complete_bare(issuer, text) if issuer else None
    bare_level = None
    if issuer and (bare := _BARE_LEVEL_ORG.match(issuer)) and _NOT_DEPARTMENT.match(bare.group("rest")):
        # "县政府坚持…" with no county named: a county's report, its issuer unnamed
        bare_level, issuer = level_of(issuer), None

    year = None
    if title and (m := _YEAR.search(title)):
        year = int(m.group(1))
    if year is None and title_index is None and lines and (m := _YEAR_OPENING.match(lines[_opening_start(lines)])):
        year = int(m.group(1))  # no title: "2023年,…" opening the report's first sentence
    if year is None:
        year = _year_from_text(lines, title_index)

    if signed is None:
        signed = _field_date(removed_lines, _WRITTEN)
    page_head = lines[:max(5, _opening_start(lines) + 1)]
    published = (_field_date(removed_lines + page_head, _PUBLISHED) or _field_date(removed_lines + page_head, _LEADING_DATE)
                 # the metadata block only: a source stamp or a lone label in the page's head, never a footer's
                 or _own_source_stamp(removed_lines + page_head, issuer) or _lone_label_date(page_head)
                 or _field_date(removed_lines, _GENERATED) or _field_date(removed_lines, _ISSUED))
    published = published or byline_date
    if published is None and (posted := posting_line("\n".join(lines[:_POSTING_LINES]))) is not None:
        published = posted[1]  # "原创 X镇发布 2025年1月8日 19:20": the day the account posted the article
    if published is None and title_index is None and lines and (tail := _BRACKETED_DATE_TAIL.search(lines[0])):
        published = parse_date(tail.group("d"))  # "2014年度全市…情况 (2015-04-23)": a heading with its date
    if published is None and title_index is not None and (tail := _TITLE_DATE_TAIL.search(lines[title_index])):
        published = parse_date(tail.group("d"))  # "XX市2023年…报告 2024-03-28": the title's date
    if published is None and title_index is not None:
        # a date line right under the title (an organisation line may come between)
        for line in lines[title_index + 1:title_index + 3]:
            line = _LIST_MARK.sub("", line)  # "• 2026-01-29 09:57": a chrome list's bare date item
            if _DATE_LINE.match(line) or _DATE_TIME_LINE.match(line):
                published = parse_date(line)
                break
            if not _is_org(line):
                break
    if published and _reposted_elsewhere(published, lines, removed_lines):
        published = None
    if published is None and not any(_REPOST_LABEL.search(line) for line in removed_lines):
        published = url_date(source)
    if published and year is not None and not _plausible_publication(published, year, signed):
        published = None

    # no year written: a report dated in the year's last quarter is on that year (towns report in
    # December), one dated earlier on the year before; the signature says it better than the page
    for day in (signed, published):
        if year is None and day:
            date = dt.date.fromisoformat(day)
            year = date.year if date.month >= 10 else date.year - 1

    doc_number, index_number = report_identifiers(text, removed_lines, title_index)
    if title and doc_number and (cut := title.rfind(doc_number)) > 0 and not title[cut + len(doc_number):].strip(")）"):
        title = title[:cut].rstrip("(（ \u3000")  # "…情况的报告(X政报〔2025〕7号)": the title without its number
    return Meta(
        issuer=issuer,
        region=region_of(issuer) if issuer else None,
        level=level_of(issuer) if issuer else (
            bare_level or _unnamed_level(self_level or _opening_scope_level(lines)) or _bare_office_level(lines)
            or _heading_place_level(lines) or _self_word_level(text) or _scope_word_level(text)
            or _municipal_scope_level(text) or _organ_word_level(text) or _sector_system_level(text)
            or _respondent_level(text)),
        year=year,
        published=published,
        signed=signed,
        title=title,
        doc_number=doc_number,
        index_number=index_number,
        editor=_editor(removed_lines),
        source=_page_source(removed_lines),
    )
