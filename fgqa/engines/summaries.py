"""Extractive summaries, as a careful reader would write them.

- A section: 1–3 of its own sentences that carry its substance — what was done and how
  much (figures and result verbs score; slogans, titles, dates and signatures never) —
  chosen one at a time so each adds a topic the others do not cover (redundancy removed).
- A section whose body is only its sub-sections: the topics of its children, then the
  sentences with the most figures from *different* children (never one child repeated).
- The report: 3–5 sentences — who reports on which year, whether the four parts are there,
  the year's key figures with their wording.

The words sentences are scored and refused by are the lexicon's (fgqa/lexicon/summaries.toml).
Sentences are quoted verbatim, in reading order (a long one is shortened at a clause
boundary with an ellipsis, never mid-word), so every word of a summary is in the report.
"""

from __future__ import annotations

import re

from fgqa import re_cache
from fgqa.figures.context import sentences
from fgqa.lazy_re import lazy_compile
from fgqa.lexicon import lexicon
from fgqa.models import PART_KEYS, YEAR_KINDS, Figure, Section, Summary
from fgqa.sections.headings import CN_DIGITS, NUMBER_MARKER, cn_number

#: compiled through re_cache, kept on disk (an inline re.* call compiled its pattern afresh in every process)
_NOT_WORD = lazy_compile(r"[\W_]+")
_TOPIC_END = lazy_compile(r"[,，:：]")
_SHORT_GOVERNMENT = lazy_compile(r"[市区县镇乡]政府")

#: a sub-heading line inside a widened span is not a sentence of substance
_HEADING_ONLY = re_cache.compile(rf"(?:{NUMBER_MARKER})[^。]{{0,40}}$")
#: chrome, titles, dates and signatures are never a summary sentence
_DATE_ONLY = re_cache.compile(r"^[\s\d年月日〇○零一二三四五六七八九十.\-/:：]+$")
MAX_SENTENCES = 3
MAX_CHARS = 240
#: a single sentence longer than this is shortened at a clause boundary, with "…"
SENTENCE_LIMIT = 120
#: two sentences sharing this share of their bigrams say the same thing
_SAME = 0.5


def _grams(s: str) -> set[str]:
    s = _NOT_WORD.sub("", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def clip(sentence: str, limit: int = SENTENCE_LIMIT) -> str:
    """The sentence, or its head up to a clause boundary with "…" when it is too long."""
    s = sentence.strip()
    if len(s) <= limit:
        return s
    cut = max(s.rfind(ch, 0, limit) for ch in ",，;；、:：")
    return (s[:cut] if cut >= limit // 3 else s[:limit]) + "…"


def is_chrome(sentence: str) -> bool:
    """A date, a signature, a title line or the framing sentence ("现将…报告如下")."""
    s = sentence.strip().rstrip("。")
    w = lexicon().summaries
    return (not s or bool(_DATE_ONLY.match(s)) or bool(w.org_line.match(s)) or bool(w.framing.search(s))
            or (len(s) <= 60 and "," not in s and "，" not in s and bool(w.title_line.search(s))))


def _score(sent: str, index: int, part: str | None) -> float:
    w = lexicon().summaries
    score = 2.0 * min(3, len(w.figure.findall(sent)))
    score += 1.0 if w.result.search(sent) else 0.0
    if part == "shortcomings":
        score += 3.0 if w.problem.search(sent) else 0.0
    if part == "plans":
        score += 2.0 if w.plan.search(sent) else 0.0
    score -= 3.0 if w.slogan.search(sent) else 0.0
    score += 1.0 if index == 0 else 0.0
    return score - 0.004 * max(0, len(sent) - 120)


def _candidates(text: str, start: int, end: int) -> list[str]:
    return [text[a:b].strip() for a, b in sentences(text, start, end)
            if b - a >= 6 and not _HEADING_ONLY.match(text, a, b) and not is_chrome(text[a:b])]


def _ranked(candidates: list[str], part: str | None) -> list[tuple[float, int, str]]:
    """(score, index, sentence), best first."""
    return sorted(((_score(s, i, part), i, s) for i, s in enumerate(candidates)), key=lambda t: (-t[0], t[1]))


class Sentences:
    """The candidate sentences of a span of one report, ranked, read once: a heading over
    sub-sections is summarized from its children's, which are summarized themselves too."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ranked: dict[tuple[int, int, str | None], list[tuple[float, int, str]]] = {}

    def ranked(self, start: int, end: int, part: str | None) -> list[tuple[float, int, str]]:
        key = (start, end, part)
        if key not in self._ranked:
            self._ranked[key] = _ranked(_candidates(self.text, start, end), part)
        return self._ranked[key]


def pick(candidates: list[str], part: str | None, limit: int = MAX_SENTENCES, *,
         ranked: list[tuple[float, int, str]] | None = None) -> list[str]:
    """Up to `limit` sentences, best first by substance, each one covering something the
    chosen ones do not (a sentence mostly made of their bigrams is redundant); returned in
    reading order. `ranked`: the candidates already ranked (Sentences)."""
    scored = ranked if ranked is not None else _ranked(candidates, part)
    chosen: list[tuple[int, str]] = []
    seen: set[str] = set()
    total = 0
    for _, i, s in scored:
        short = clip(s)
        if chosen and total + len(short) > MAX_CHARS:
            continue
        # a sentence's bigrams are read only when there are chosen ones to compare them with, or
        # once it is chosen and more are to come (a pick of one reads none: ~4 % of a summarize)
        grams = _grams(s) if seen else None
        if grams and len(grams & seen) > _SAME * len(grams):
            continue
        chosen.append((i, short))
        if len(chosen) == limit:
            break
        seen |= grams if grams is not None else _grams(s)
        total += len(short)
    return [s for _, s in sorted(chosen)]


#: a sentence that opens with a list item's number: 二是 / (二) / (2) / 二、 / 2.
_ITEM = re_cache.compile(rf"^(?:(?P<ordinal>[{CN_DIGITS}]{{1,3}})是(?=[\u4e00-\u9fff“\"])|[(（](?P<paren>[{CN_DIGITS}]{{1,3}}|\d{{1,2}})[)）]"
                         rf"|(?P<cn>[{CN_DIGITS}]{{1,3}})、|(?P<arabic>\d{{1,2}})[.．、](?!\d))\s*")
#: the same numbers inside a sentence, after a clause break ("存在三方面不足:一是…")
_ITEM_INSIDE = re_cache.compile(rf"[:：;；,，]\s*(?:(?P<ordinal>[{CN_DIGITS}]{{1,3}})是|[(（](?P<paren>[{CN_DIGITS}]{{1,3}}|\d{{1,2}})[)）])")


def _item(m: re.Match[str] | None) -> tuple[str, int] | None:
    """(style, number) of a list item's marker."""
    if m is None or m.lastgroup is None:
        return None
    token = m.group(m.lastgroup)
    n = int(token) if token.isdigit() else cn_number(token)
    return (m.lastgroup, n) if n else None


def _items_inside(sentence: str) -> list[tuple[str, int] | None]:
    return [_item(m) for m in _ITEM_INSIDE.finditer(sentence)]


def standalone(chosen: list[str]) -> list[str]:
    """The chosen sentences (in reading order) with a list item's number kept only where the
    summary holds the list from its first item on (一是A。二是B。, 一是A,二是B。, or a sentence
    that opens it with "…:一是" before 二是): 二是/(三) after a dropped first item, or 一是
    whose second item was dropped, would not read on their own, so their number is taken
    off (what is left is still the report's own words)."""
    items = [_item(_ITEM.match(s)) for s in chosen]
    keep = [False] * len(chosen)
    for k, item in enumerate(items):
        if item is None:
            continue
        style, n = item
        if n == 1:  # the list's second item follows, in this sentence or the next
            keep[k] = (k + 1 < len(items) and items[k + 1] == (style, 2)) or (style, 2) in _items_inside(chosen[k])
        elif k:  # the item before ends the sentence before
            keep[k] = (keep[k - 1] and items[k - 1] == (style, n - 1)) or (style, n - 1) in _items_inside(chosen[k - 1])
    out = []
    for s, item, kept in zip(chosen, items, keep):
        if item is not None and not kept:
            rest = s[_ITEM.match(s).end():]  # type: ignore[union-attr]
            s = rest or s
        out.append(s)
    return out


def _join(parts: list[str]) -> str:
    return "".join(p if p[-1] in "。:：!！?？;；…" else p + "。" for p in parts if p)


def summarize_section(text: str, section: Section, span: tuple[int, int] | None = None, *,
                      read: Sentences | None = None) -> str:
    """1–3 sentences of the section; `span` widens it (a heading with no body of its own is
    summarized from its sub-sections, see summarize_parent). `read`: the report's sentences
    read so far."""
    start, end = span or section.span
    if section.heading:
        start = min(end, start + len(section.heading))
    read = read or Sentences(text)
    return _join(standalone(pick([], section.part, ranked=read.ranked(start, end, section.part))))


_MARKER = re_cache.compile(rf"^(?:#+\s*)?(?:{NUMBER_MARKER})\s*")


def _topic(heading: str) -> str:
    """A child's topic: its heading without the number, up to its first clause."""
    core = _MARKER.sub("", heading).strip().rstrip("。;；")
    return _TOPIC_END.split(core)[0]


def summarize_parent(text: str, section: Section, children: list[Section], *, read: Sentences | None = None) -> str:
    """A section whose body is its sub-sections: their topics, then the sentences with the
    most figures taken from different children."""
    topics = [_topic(c.heading) for c in children if c.heading]
    lead = f"包括{len(topics)}个方面: {'、'.join(topics)}" if topics else ""
    best: list[tuple[float, int, str]] = []
    read = read or Sentences(text)
    for n, child in enumerate(children):
        start = child.span[0] + len(child.heading or "")
        picked = pick([], child.part, limit=1, ranked=read.ranked(start, child.span[1], child.part))
        if picked:
            best.append((float(len(lexicon().summaries.figure.findall(picked[0]))), n, picked[0]))
    best = sorted(best, key=lambda t: (-t[0], t[1]))[:2 if lead else 3]
    body = [s for _, _, s in sorted((b for b in best if b[0] > 0), key=lambda t: t[1])]
    if len(lead) > MAX_CHARS // 2:
        lead = clip(lead, MAX_CHARS // 2)
    return _join([lead, *standalone(body)]) if lead or body else ""


# --------------------------------------------------------------------------- the report



def _value(f: Figure) -> str:
    v = f"{f.value:g}" if isinstance(f.value, float) else str(f.value)
    if f.qualifier == "approx_more":
        return f"{v}{f.unit}以上" if f.unit == "%" else f"{v}余{f.unit}"
    if f.qualifier == "approx_less":
        return f"近{v}{f.unit}"
    return f"{v}{f.unit}"


def _own(scope: str | None, issuer: str | None) -> bool:
    """No scope, the whole area (全区…), or the reporting body itself (县政府 in 枫渡县人民政府, 本级)."""
    if not scope or scope.startswith("全"):
        return True
    core = scope.replace("本级", "").replace("人民", "")
    if core in ("", "本局", "本单位"):
        return True
    return bool(issuer) and bool(_SHORT_GOVERNMENT.fullmatch(core)) and f"{core[0]}人民政府" in (issuer or "")


def _key_figures(indicators: list[Figure], limit: int, issuer: str | None = None) -> list[str]:
    """The year's key figures of the widest scope, one per indicator, in the genre's order."""
    order = lexicon().overview_keys
    by_key: dict[str, Figure] = {}
    for f in indicators:
        if f.kind not in YEAR_KINDS or f.key is None or f.key not in order:
            continue
        current = by_key.get(f.key)
        if current is None or (_own(f.scope, issuer) and not _own(current.scope, issuer)):
            by_key[f.key] = f
    ranked = sorted(by_key.values(), key=lambda f: order.index(f.key or ""))[:limit]
    out = []
    for f in ranked:
        name = f.label if f.label else (f.key or "")
        how = f"(推算: {f.formula})" if f.kind == "derived" and f.formula else ""
        scope = "" if _own(f.scope, issuer) else f"({f.scope})"
        out.append(f"{name}{scope}{_value(f)}{how}")
    return out


def summarize_report(summary: Summary) -> str:
    """3–5 sentences on the whole report (deterministic, from what fgqa read)."""
    m = summary.meta
    who = m.issuer or "报告单位"
    year = f"{m.year}年度" if m.year else "年度"
    have = [p for p in PART_KEYS if summary.parts[p].present]
    lack = [p for p in PART_KEYS if not summary.parts[p].present]
    names = {p: part.summary_name for p, part in lexicon().parts.items()}
    out = [f"{who}{year}法治政府建设报告"
           + (f",共{n}个部分" if (n := sum(1 for s in summary.sections if s.level == 1)) else "")]
    out.append("规定的四个部分齐全" if not lack else
               f"规定的四个部分中缺少{'、'.join(names[p] for p in lack)}(有{'、'.join(names[p] for p in have) or '无'})")
    figures = _key_figures(summary.indicators, limit=6, issuer=m.issuer)
    if figures:
        out.append("关键数字: " + "; ".join(figures[:3]))
        if len(figures) > 3:
            out.append("另有: " + "; ".join(figures[3:]))
    shortcomings = [s for s in summary.sections if s.part == "shortcomings" and s.summary]
    if shortcomings and len(out) < 5:
        out.append("报告指出的不足: " + clip(shortcomings[0].summary, 80))
    return _join(out[:5])
