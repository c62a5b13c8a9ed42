"""Normalize a report's text: the one text every later span indexes into.

Steps, in order (each is a precompiled regex or a translate table, so a 15,000-character
report cleans in about a millisecond):
  a. fold full-width ASCII (digits, latin, ，：；（）％ …) and odd spaces to half-width,
  b. traditional → simplified (OpenCC t2s) when the text has traditional characters,
  c. drop pinyin glosses after characters (`指导(dǎo)` → `指导`),
  d. drop web-page chrome lines (breadcrumbs, page tools, source/date/view-count lines,
     metadata-table rows, `|` debris); they are returned in `removed_lines` for metadata,
  e. tidy spaces: collapse runs, strip lines, drop blank lines, join `75 件` → `75件`.
Line breaks of the source are kept: headings are found from them later.
"""

import re
import statistics
from collections import Counter
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field

from fgqa.documents.numbering import CN_DIGITS, CN_MARKER, LINE_OPENING_MARKER
from fgqa.documents.text_tables import mark_table_cells
from fgqa.documents.traditional import may_change
from fgqa.lazy_re import lazy_compile
from fgqa.text_table import width as _width  # display width: a CJK character is two columns, as the layout set it

Media = Literal["text", "markdown", "html"]
MEDIA: tuple[str, ...] = ("text", "markdown", "html")

CJK = r"\u3400-\u4dbf\u4e00-\u9fff"


class CleanResult(BaseModel):
    text: str
    removed_lines: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- a. width folding

_WIDTH_TABLE: dict[int, int | None] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # ！…～ → !…~
_WIDTH_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0x202F: 0x20, 0x205F: 0x20, 0x0009: 0x20})
_WIDTH_TABLE.update(dict.fromkeys(range(8192, 8203), 32))  # en/em/thin… spaces
# zero-width characters and stray C0 controls carry no text
_WIDTH_TABLE.update(dict.fromkeys((8203, 8204, 8205, 8288, 65279)))
_WIDTH_TABLE.update({cp: None for cp in range(0x20) if cp not in (0x09, 0x0A, 0x0B, 0x0C)})
_WIDTH_TABLE.update({0x0B: 0x0A, 0x0C: 0x0A, 0x2028: 0x0A, 0x2029: 0x0A})  # page/line separators
_WIDTH_TABLE.update({0x7F: None})


#: every character the table folds, and what it becomes
_WIDTH_CHARS = lazy_compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_WIDTH_TABLE)) + "]")
_WIDTH_MAP = {chr(cp): "" if to is None else chr(to) for cp, to in _WIDTH_TABLE.items()}


def fold_width(text: str) -> str:
    """`text.translate(_WIDTH_TABLE)`, faster: translate looks every character up in the table
    (~0.15 µs a character of CJK text, ~5 % of a summarize); here the few distinct characters
    the text has to fold are each replaced in one pass in C. The same result, because no
    character folds into one the table folds (tests/test_documents.py checks both)."""
    for ch in set(_WIDTH_CHARS.findall(text)):
        text = text.replace(ch, _WIDTH_MAP[ch])
    return text


# --------------------------------------------------------------------------- b. traditional → simplified


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc  # only for a text that has traditional characters

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, int]:
    """Return the simplified text and how many characters changed."""
    if not may_change(text):  # no traditional character: OpenCC is not even loaded
        return text, 0
    converted = _t2s().convert(text)
    if converted == text:
        return text, 0
    if len(converted) == len(text):
        return converted, sum(a != b for a, b in zip(text, converted))
    return converted, abs(len(converted) - len(text)) or 1


# --------------------------------------------------------------------------- c. pinyin glosses

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONE_BASE = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuüüüü")
_PINYIN_SYLLABLE = lazy_compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|uen|ai|ei|ao|ou|an|en|er|in|un|ün|vn"
    r"|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|i|u|ü|v|ng|m|n)r?"
)
_L = "a-zü" + _TONED
# A parenthesised run of 1-4 latin syllables right after a Chinese character.
_GLOSS = lazy_compile(rf"(?<=[{CJK}])\(([{_L}]{{1,6}}(?:[ '][{_L}]{{1,6}}){{0,3}})\)")
#: below this many tone-marked glosses, a toneless "(an)" is not trusted to be pinyin
_MIN_TONED_FOR_TONELESS = 3


def _is_pinyin(gloss: str) -> bool:
    return all(_PINYIN_SYLLABLE.fullmatch(s) for s in re.split(r"[ ']", gloss.translate(_TONE_BASE)))


def strip_pinyin_glosses(text: str) -> tuple[str, int]:
    """Remove `字(zì)` glosses; toneless ones only in a text that is clearly glossed."""
    toned = sum(1 for m in _GLOSS.finditer(text) if _has_tone(m.group(1)) and _is_pinyin(m.group(1)))
    allow_toneless = toned >= _MIN_TONED_FOR_TONELESS
    removed = 0

    def replace(m: re.Match[str]) -> str:
        nonlocal removed
        gloss = m.group(1)
        if (allow_toneless or _has_tone(gloss)) and _is_pinyin(gloss):
            removed += 1
            return ""
        return m.group(0)

    # A gloss may follow another gloss (`字(zì)(zi)`): repeat until nothing changes.
    while True:
        before = removed
        text = _GLOSS.sub(replace, text)
        if removed == before:
            return text, removed


def _has_tone(s: str) -> bool:
    return any(ch in _TONED for ch in s)


# --------------------------------------------------------------------------- d. web chrome

_CHROME_MAX_CHARS = 160
_BREADCRUMB = lazy_compile(r"^(?:您?(?:当前|现在|所在)的?位置|当前位置)|首页\s*[>»›/]")
_PAGE_TOOL_TOKEN = lazy_compile(
    r"字体|字号|[大中小]|默认|打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|分享到?|收藏(?:本页)?"
    r"|返回(?:顶部|首页|列表)?|保存(?:本页)?|纠错|扫一扫.*|手机(?:查看|浏览)|微信|微博|QQ空间|上一篇.*|下一篇.*|[\s:,;|/\[\]【】()]"
)
_LABEL = (
    r"(?:信息来源|文章来源|来源|发布时间|发布日期|发布时期|更新时间|时间|日期|浏览次数|浏览量|累计次数|阅读次数|阅读量|"
    r"点击数|点击量|点击率|访问次数|访问量|作者|责任编辑|编辑|发布人|供稿|转自|转载自|转载来源)"
)
_LABEL_COLON = lazy_compile(_LABEL + r"\s*:")
_LABEL_START = lazy_compile(r"^[\[【(•·●▪◆■*-]?\s*" + _LABEL + r"\s*:")
_TABLE_LABEL = (
    r"(?:索引号|信息索引号|信息索引|组配分类|发布机构|发文机构|发文机关|发布机关|公文生成日期|生成日期|成文日期|成文时间|发文时间|发文日期|"
    r"发布日期|公开方式|公开范围|公开时限|公开形式|发文字号|备注/文号|文号|主题分类|体裁分类|信息分类|服务对象|有效性|效力状态|"
    r"是否有效|所属机构|主题词|关键词|内容概述|标题|名称)"
)
_TABLE_ROW = lazy_compile(r"^[•·●▪◆■*-]?\s*" + _TABLE_LABEL + r"\s*[|:]")
_TABLE_LABEL_ANY = lazy_compile(_TABLE_LABEL)
_TABLE_LABEL_COLON = lazy_compile(_TABLE_LABEL + r"\s*:")
# "首页 >> 政务公开 >> 法治政府建设", "政务公开 > 规划计划 > 年度报告"
_ARROWS = lazy_compile(r">>|»|›|→| > ")
# the site's "today" line: 2025年3月5日 星期三 (the day the page was viewed, not published), also
# after the site's name and with the lunar date: "XX市人民政府 2019年6月3日星期一", "今天是:… 星期三 农历三月初九"
_TODAY_LINE = lazy_compile(
    r"^(?:\S{2,24}\s+)?(?:今天是:?)?\s*(?:20\d\d[年./-]\d{1,2}[月./-]\d{1,2}日?)\s*(?:星期|周|礼拜)[一二三四五六日天]"
    r"(?:\s*农历\S{2,8})?$"
)
#: a label written with spaces between its characters (`索 引 号:`, `标 题:`) reads as the label
_SPACED_LABEL = lazy_compile(r"^([•·●▪◆■*-]?\s*)((?:[^\W\d_a-zA-Z] ){1,5}[^\W\d_a-zA-Z])(?=\s*[:|])")  # letters, cheap to compile
#: a label alone on its line (`发布时间:`) whose value is the next line (`2025-03-04`)
#: a label in brackets instead of before a colon: `- [ 发布机构 ] XX乡人民政府`
_BRACKET_LABEL = lazy_compile(r"^([•·●▪◆■*-]?\s*)[\[【]\s*(" + _LABEL[3:-1] + "|" + _TABLE_LABEL[3:-1] + r")\s*[\]】]\s*")
_BARE_LABEL = lazy_compile(r"^[\[【(•·●▪◆■*-]?\s*(?:" + _LABEL[3:-1] + "|" + _TABLE_LABEL[3:-1] + r")\s*:$")
_LABEL_VALUE_MAX_CHARS = 30
_EDGE_PIPES = lazy_compile(r"^\|[|\s]*|\s*\|[|\s]*$")
# site header/footer: "XX政府门户网站 | 无障碍 | English", "主办:… | 网站标识码:… | 联系电话:…"
_SITE_FURNITURE = lazy_compile(
    r"门户网站|无障碍|网站标识码|网站地图|联系我们|版权所有|ICP备|公网安备|主办单位?\s*:|承办单位?\s*:|技术支持|联系电话\s*:|English"
)


#: a site's notice about the reader's browser ("当前浏览器版本过低…建议您升级", "请切换至极速模式"):
#: furniture even when it ends in a full stop
_BROWSER_NOTICE = lazy_compile(r"浏览器.{0,40}(?:版本|升级|模式|体验|显示)|(?:升级|更换|切换).{0,12}浏览器")
_BROWSER_NOTICE_MAX_CHARS = 80

#: a comma between two words: a body sentence (…门户网站开设专栏,及时发布…), even a short one
_MID_SENTENCE = lazy_compile(r"[\u4e00-\u9fff”],[\u4e00-\u9fff“]")


def is_chrome_line(line: str) -> bool:
    """A short standalone line of web-page furniture (never a body sentence)."""
    if len(line) <= _BROWSER_NOTICE_MAX_CHARS and _BROWSER_NOTICE.search(line):
        return True
    if len(line) > _CHROME_MAX_CHARS or "。" in line:
        return False
    if _BREADCRUMB.search(line) or len(_ARROWS.findall(line)) >= 2 or _TODAY_LINE.match(line):
        return True
    if not _PAGE_TOOL_TOKEN.sub("", line):
        return True
    if line.startswith(("【字体", "字体:", "[字体")) and len(line) <= 40:
        return True
    if _LABEL_START.match(line) or len(_LABEL_COLON.findall(line)) >= 2:
        return True
    if _TABLE_ROW.match(line) or ("|" in line and len(_TABLE_LABEL_ANY.findall(line)) >= 2) \
            or len(_TABLE_LABEL_COLON.findall(line)) >= 2:
        return True
    if _SITE_FURNITURE.search(line) and (line.count("|") >= 1 or (len(line) <= 40 and not _MID_SENTENCE.search(line))):
        return True
    return False


def _squeeze_label(line: str) -> str:
    """`索 引 号: …` → `索引号: …` and `[ 发布机构 ] …` → `发布机构: …` when that makes the line a
    chrome line (body lines keep their form)."""
    if m := _SPACED_LABEL.match(line):
        squeezed = m.group(1) + m.group(2).replace(" ", "") + line[m.end():]
    elif m := _BRACKET_LABEL.match(line):
        squeezed = f"{m.group(1)}{m.group(2)}: {line[m.end():]}".rstrip()
    else:
        return line
    return squeezed if is_chrome_line(squeezed) else line


_DATE_VALUE = lazy_compile(r"^20\d\d[\d\s:/.\-年月日]*$")
_NOT_A_VALUE = lazy_compile(rf"报告|总结|[。,;]|^{CN_MARKER}")


def _is_label_value(label_line: str, line: str) -> bool:
    """Whether `line` is the value of the bare label line before it (a date for a date label)."""
    if len(line) > _LABEL_VALUE_MAX_CHARS or is_chrome_line(line) or _BARE_LABEL.match(line):
        return False
    if label_line.rstrip(": ").endswith(("时间", "日期")):
        return bool(_DATE_VALUE.match(line))
    return not _NOT_A_VALUE.search(line) and not _DATE_VALUE.match(line)


# --------------------------------------------------------------------------- e. spaces and numbers

_SPACES = lazy_compile(r" {2,}")
# `1 900件` → `1900件`: digit groups are joined only when a measure word follows.
_DIGIT_GROUPS = lazy_compile(rf"(?<![\d.])\d{{1,3}}(?: \d{{3}})+(?![\d.])(?= ?[{CJK}%‰])")
# `75 件` / `7.8 %` → no space, but ` 一、` / ` 二是` after a number start a new item.
_NUMBER_SPACE = lazy_compile(rf"(?<=\d) (?=[{CJK}%‰])(?![{CN_DIGITS}]+[、是])")


def _join_digit_groups(m: re.Match[str]) -> str:
    return m.group(0).replace(" ", "")


def tidy_numbers(line: str) -> str:
    if " " not in line:
        return line
    line = _DIGIT_GROUPS.sub(_join_digit_groups, line)
    return _NUMBER_SPACE.sub("", line)


# --------------------------------------------------------------------------- f. hard-wrapped text

# Text copied out of a PDF viewer (or saved by some editors) keeps the layout's line ends:
# every line of a paragraph stops at the same width, mid-sentence (受理\n122件). Such a text
# is told by its lines: many long lines end with no closing punctuation, at about one width.
# Those lines are joined with the next (a heading, a list item or a table row starts a new
# line), and the page numbers between two halves of a sentence are dropped.

#: a line that closes its sentence: a full stop, a semicolon, a colon (or one before a quote)
_LINE_CLOSED = lazy_compile(r"(?:[。!?！？;；:：]|[。!?！？][”’」』)）])$")
#: a line that starts a block of its own: a heading or an enumerated item, or 第三部分 / 第五条
_NEW_BLOCK = lazy_compile(rf"^(?:{LINE_OPENING_MARKER}|第[{CN_DIGITS}\d]+[章节部分条])")
#: a page number of the PDF the text came from: - 3 -, －3－, 第3页 (共12页)
_PAGE_LINE = lazy_compile(r"^(?:[—–\-－~·]+\s*\d{1,4}\s*[—–\-－~·]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$")
#: a page number with no dashes: a line of digits alone, counted up from page to page
_BARE_NUMBER = lazy_compile(r"^\d{1,3}$")
_LATIN_LETTER = lazy_compile(r"[A-Za-z]")
_SENTENCE_MARK = lazy_compile(r"[。,，;；]")
#: a line that cannot open a line of its own: it continues the one before, whatever that
#: line's width (a closing mark, or a number's rest after the line before broke it: 2\n86件, 9\n5.3%)
_OPENS_WITH_CLOSER = lazy_compile(r"^[,，。、;；:：)）”’%‰]")
_ENDS_WITH_DIGIT = lazy_compile(r"[\d.]$")
_NUMBER_GOES_ON = lazy_compile(r"^[\d.%‰]|^[件起例宗个项份条次场期轮人名位元万亿户家篇部卷]")
_COUNT_OPENS = lazy_compile(r"^\d[\d.,，]*\s*(?:万|亿)?(?:%|‰|件|起|例|宗|个|项|份|条|次|场|期|人次|人|名|万元|亿元|元|户|家|篇)")
_ENDS_WITH_WORD = lazy_compile(r"[\u4e00-\u9fff]$")
#: a running header or footer of the PDF: a short line with no sentence in it, said again on
#: another page, next to a page number
_RUNNING_MAX_CHARS = 40
_DIGITS = lazy_compile(r"\d+")
#: what counts as a long line, and how many long lines must end open for a text to be wrapped
_WRAP_LONG_LINE = 16
_WRAP_MIN_OPEN = 8
_WRAP_OPEN_SHARE = 0.5
#: a line this close to the wrapped width (as a share of the open lines' median) was cut by it;
#: the width is measured both in columns and in characters, since digits may have been set at
#: half or at full width
_WRAP_FULL_SHARE = 0.8
#: a line this much longer than that width was never cut by it; when many are, the open lines are
#: headings and titles of a text in paragraphs, not a layout's wrap
_WRAP_OVER_SHARE = 1.5
_WRAP_MAX_OVER = 0.25


def _page_furniture(lines: list[str]) -> set[int]:
    """The indexes of a wrapped text's page numbers and running headers/footers."""
    pages = {i for i, ln in enumerate(lines) if _PAGE_LINE.match(ln)}
    bare = [i for i, ln in enumerate(lines) if _BARE_NUMBER.match(ln)]
    numbers = [int(lines[i]) for i in bare]
    if len(bare) >= 2 and all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        pages.update(bare)  # 1, 2, 3 … alone on their lines: the pages, counted
    keys = [_DIGITS.sub("#", ln) for ln in lines]
    counts = Counter(keys)
    furniture = set(pages)
    for i, ln in enumerate(lines):
        if i in pages or len(ln) > _RUNNING_MAX_CHARS or _SENTENCE_MARK.search(ln) or counts[keys[i]] < 2:
            continue
        if (i - 1) in pages or (i + 1) in pages:
            furniture.add(i)
    return furniture


def _continues(before: str, line: str) -> bool:
    """Whether `line` can only be the rest of `before` (its characters say so, not its width)."""
    if _LINE_CLOSED.search(before):
        return False
    if _OPENS_WITH_CLOSER.match(line) or (_ENDS_WITH_DIGIT.search(before) and _NUMBER_GOES_ON.match(line)):
        return True
    # …办理行政处罚案件 / 2.17万件，…: a count with its unit opening a line is the number the open line
    # before it broke off from (not a year or a date opening a paragraph; not after a heading)
    return bool(_COUNT_OPENS.match(line) and _ENDS_WITH_WORD.search(before)
                and not (_NEW_BLOCK.match(before) and not _SENTENCE_MARK.search(before)))


def _join_broken_counts(lines: list[str]) -> tuple[list[str], int]:
    """In a text of paragraphs (no layout's wrap), the one break a paste left inside a sentence:
    a count with its unit opening a line after a line open on a word (…法院审结 / 98件，…) is
    that line's number, joined back; every other line stays as it is."""
    out: list[str] = []
    joined = 0
    for line in lines:
        if (out and "|" not in line and "|" not in out[-1] and not _NEW_BLOCK.match(line)
                and _COUNT_OPENS.match(line) and _ENDS_WITH_WORD.search(out[-1])
                and not _LINE_CLOSED.search(out[-1])
                and not (_NEW_BLOCK.match(out[-1]) and not _SENTENCE_MARK.search(out[-1]))):
            out[-1] = tidy_numbers(out[-1] + line)
            joined += 1
        else:
            out.append(line)
    return out, joined


def join_wrapped_lines(lines: list[str]) -> tuple[list[str], int]:
    """The lines of a hard-wrapped text joined back into paragraphs (and its page numbers and
    running headers dropped); any other text unchanged. Returns the lines and how many were joined."""
    long_lines = [ln for ln in lines if len(ln) >= _WRAP_LONG_LINE and "|" not in ln]
    open_lines = [ln for ln in long_lines if not _LINE_CLOSED.search(ln)]
    if len(open_lines) < _WRAP_MIN_OPEN or len(open_lines) < _WRAP_OPEN_SHARE * len(long_lines):
        return _join_broken_counts(lines)
    median = statistics.median(_width(ln) for ln in open_lines)
    if sum(_width(ln) > _WRAP_OVER_SHARE * median for ln in long_lines) > _WRAP_MAX_OVER * len(long_lines):
        return _join_broken_counts(lines)  # paragraphs far wider than the open lines: nothing was wrapped
    full_width = _WRAP_FULL_SHARE * median
    full_chars = _WRAP_FULL_SHARE * statistics.median(len(ln) for ln in open_lines)
    furniture = _page_furniture(lines)
    out: list[str] = []
    joined = 0
    glue = False
    for i, line in enumerate(lines):
        if i in furniture:
            continue  # the sentence around a page break goes on
        if out and "|" not in line and "|" not in out[-1] and not _NEW_BLOCK.match(line) \
                and (glue or _continues(out[-1], line)):
            space = " " if _LATIN_LETTER.match(out[-1][-1]) and _LATIN_LETTER.match(line) else ""
            out[-1] = tidy_numbers(out[-1] + space + line)  # 事项 8 + 项 → 事项8项, 文件2 + 86件 → 文件286件
            joined += 1
        else:
            out.append(line)
        full = _width(line) >= full_width or len(line) >= full_chars
        glue = ("|" not in line and full and not _LINE_CLOSED.search(line)
                and not (_NEW_BLOCK.match(line) and not _SENTENCE_MARK.search(line)))  # a heading ends its line
    return out, joined



# --------------------------------------------------------------------------- markdown

_MD_FENCE = lazy_compile(r"^\s*(?:```|~~~)")
_MD_TABLE_RULE = lazy_compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_HR = lazy_compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_MD_QUOTE = lazy_compile(r"^\s{0,3}>\s?")
_MD_BULLET = lazy_compile(r"^\s*[-*+]\s+")
_MD_IMAGE = lazy_compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = lazy_compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_STRONG = lazy_compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = lazy_compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])")
_MD_CODE = lazy_compile(r"`([^`\n]+)`")


def markdown_to_text(md: str) -> str:
    """Strip Markdown markup; `#` heading markers stay (the sections stage reads them)."""
    out = []
    for line in md.split("\n"):
        if _MD_FENCE.match(line) or _MD_TABLE_RULE.match(line) or _MD_HR.match(line):
            continue
        line = _MD_BULLET.sub("", _MD_QUOTE.sub("", line))
        line = _MD_CODE.sub(r"\1", _MD_EM.sub(r"\1", _MD_STRONG.sub(r"\2", _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line)))))
        if line.strip().startswith("|"):
            line = " | ".join(cell.strip() for cell in line.strip().strip("|").split("|") if cell.strip())
        out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------- the whole pass


def clean_text(raw: str, *, media: str = "text") -> CleanResult:
    """Normalize `raw` (text, Markdown or HTML) into the report text spans index into."""
    if media not in MEDIA:
        raise ValueError(f"media must be one of {', '.join(MEDIA)}, not {media!r}")
    notes: list[str] = []
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if media == "html":
        from fgqa.documents.html_text import html_to_text  # bs4 is slow to import: only for HTML

        text = html_to_text(text)
        notes.append("converted HTML to text")
    elif media == "markdown":
        text = markdown_to_text(text)

    if media != "html":  # HTML tables are already cells (html_text.py)
        text = mark_table_cells(text)
    text = fold_width(text)
    text, changed = to_simplified(text)
    if changed:
        notes.append(f"converted traditional to simplified ({changed} characters)")
    text, glosses = strip_pinyin_glosses(text)
    if glosses:
        notes.append(f"removed {glosses} pinyin glosses")

    kept: list[str] = []
    removed: list[str] = []
    debris = 0
    value_of_label = False
    for line in text.split("\n"):
        source_line = line = _SPACES.sub(" ", line).strip()
        if "|" in line:
            line = _EDGE_PIPES.sub("", line)
            debris += line != source_line
        if not line:
            continue
        # Decide on the final form of the line, so that cleaning twice changes nothing.
        line = tidy_numbers(line)
        if value_of_label and _is_label_value(removed[-1], line):
            removed[-1] += " " + line  # `发布时间:` + `2025-03-04` read as one field
            value_of_label = False
            continue
        squeezed = _squeeze_label(line)
        if is_chrome_line(squeezed):
            removed.append(squeezed if squeezed != line else source_line)
            value_of_label = bool(_BARE_LABEL.match(squeezed))
            continue
        value_of_label = False
        kept.append(line)

    if media == "text":
        kept, joined = join_wrapped_lines(kept)
    else:  # a page's or a Markdown file's lines are its own, but a count broken off its line is not
        kept, joined = _join_broken_counts(kept)
    if joined:
        notes.append(f"joined {joined} line{'s' if joined != 1 else ''} the layout had broken mid-sentence")
    if removed:
        notes.append(f"removed {len(removed)} chrome line{'s' if len(removed) != 1 else ''}")
    if debris:
        notes.append(f"removed {debris} bits of table debris")
    return CleanResult(text="\n".join(kept), removed_lines=removed, notes=notes)
