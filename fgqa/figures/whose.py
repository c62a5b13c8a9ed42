"""Whose figure a number is, read from its sentence: the reporting body's own, or a part's.

`Figure.scope` (fgqa.figures.scope) names any qualifier before a number (人民调解, 市级,
城市管理领域); this module answers the narrower question a reader asks of a report-level
figure: does the sentence make it a part of the body — the streets' (各街道作为被告…), a
level (街道层面…), another body as defendant (以县政府为被告 in a city's report)? The scope
phrases are questions.toml's `narrower_scope`; a phrase naming the reporting body itself
("以街道办事处为被告" in the 街道办事处's report) is its own scope, not a part of it. Both the
`primary` flag and `ask` read whose figure a number is here, so they agree.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from fgqa.figures.context import boundaries_of
from fgqa.figures.leads import SHORT_SENTENCE
from fgqa.figures.prefix import Occurrences, PrefixScan
from fgqa.lazy_re import lazy_compile
from fgqa.lexicon import Lexicon, lexicon
from fgqa.models import Figure

#: compiled through re_cache, kept on disk (an inline re.* call compiled its pattern afresh in every process)
_CLAUSE_BREAK = lazy_compile(r"[,，;；:：]")
_COMMA = lazy_compile(r"[,，]")


def core(phrase: str) -> str:
    """"以县人民政府为被告" → "县政府", "各街道" → "街道": the body a scope phrase names."""
    return lexicon().grammar.scope_frame.sub("", phrase)


def is_whole(phrase: str) -> bool:
    return lexicon().grammar.whole_scope.search(phrase) is not None


def same_body(a: str, b: str) -> bool:
    """Two scope cores name the same body (县政府 / 岚溪县政府; 人民 already taken out; 市局 /
    蔚川市市场监督管理局: a department's short name for itself)."""
    if not (a and b):
        return False
    return a in b or b in a or _short_name_of(a, b) or _short_name_of(b, a)


def _short_name_of(short: str, full: str) -> bool:
    g = lexicon().grammar
    m = g.self_name.match(short)
    if m is not None and m.group("committee"):  # 管委会 is what a 管理委员会 calls itself
        return full.endswith(("管理委员会", "管委会"))
    if m is None or not full.endswith(m.group("body")):
        return False
    levels = g.issuer_level.findall(full)
    return m.group("level") is None or (bool(levels) and levels[-1] == m.group("level"))


_reader: TextReader | None = None


def reader(text: str) -> TextReader:
    """The reader of `text`: the last one built, kept while the same text is asked about
    with the same lexicon."""
    global _reader
    lex = lexicon()
    if _reader is None or _reader.text is not text or _reader.lex is not lex:
        _reader = TextReader(text, lex)
    return _reader


def is_total_of_parts(fig: Figure) -> bool:
    """A total fgqa added up from parts said side by side (63+40): the whole they make up."""
    return fig.kind == "derived" and "+" in (fig.formula or "")


def quote_scope(fig: Figure, text: str, issuer: str | None = None) -> str | None:
    """The narrower scope the figure's sentence gives it before its number ("各街道作为被告的
    行政诉讼案件47件,审结43件" → "街道" for both), None for the reporting body as a whole
    (`issuer`, when given, counts as the whole)."""
    if is_total_of_parts(fig):
        return None
    cue = scope_cue(fig, text)
    # (with its departments it is the body too: 以管委会及其部门为被申请人 in the 管委会's report)
    if cue is not None and issuer and same_body(lexicon().grammar.with_its_parts.sub("", cue), core(issuer)):
        return None  # the reporting body itself (县政府 in the 县政府's report, 本局 in a 局's)
    return cue


def scope_cue(fig: Figure, text: str) -> str | None:
    """The core of the last narrower-scope phrase before the figure's number in its sentence,
    None when there is none or the whole area is named after it."""
    return reader(text).scope_cue(fig)


def _scope_cue_in(lead: str) -> str | None:
    """scope_cue of the words from the sentence start to the end of the number."""
    g = lexicon().grammar
    last = None
    for m in g.narrower_scope.finditer(lead):
        clause = _CLAUSE_BREAK.split(lead[:m.start()])[-1]
        if g.scope_place.search(clause):
            continue  # "在各社区设立…": a place, not whose figure
        if g.part_cue.search(lead, 0, m.start()) and _COMMA.search(lead[m.end():]):
            continue  # "…,其中乡调委会调处47起、各村调委会调处85起,调处成功率98%": a part's, and it ended
        if g.whole_area.search(clause) and not g.part_cue.search(clause) and g.defendant_scope.match(m.group()):
            # "全市法院一审审结以市、县…为被告的…": the whole area's cases, said precisely (but
            # "全县各乡镇…" is each of its towns)
            continue
        last = m
    if last is None:
        return None
    if is_whole(core(last.group())) or g.whole_area.search(lead, last.end()) is not None:
        return None  # "以区内行政机关为被告" / "…;全区共…": the whole area, said precisely
    if _all_departments(lead[:last.start()], last.group()):
        return None
    return core(last.group()) or None


def _all_departments(before: str, phrase: str) -> bool:
    """"全区各部门…", "市政府及各部门…": every department of the area, with its government: the whole."""
    g = lexicon().grammar
    return g.every_department.fullmatch(phrase) is not None and g.the_area_before.search(before) is not None


#: up to this many characters a number's words are read again (cheaper than setting up the
#: scans of its sentence); past it, its sentence is scanned once for all its numbers
SHORT_LEAD = SHORT_SENTENCE


class TextReader:
    """Whose figures the numbers of one text are, each sentence read once.

    `primary` and `ask` ask this of every figure; read per figure, a sentence is read once per
    number in it and the sentence start is found by searching back through the text, which is
    quadratic in a long text (a 650k-character report took minutes). Here the boundaries are
    found once (fgqa.figures.context.Boundaries), a short lead is read again as before, and a
    long sentence is scanned once (`_LongSentence`): the answers are those of `_scope_cue_in`
    on the same words.
    """

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.bounds = boundaries_of(text)
        self._part_cue: Occurrences | None = None
        self._long: dict[int, _LongSentence] = {}
        self._cues: dict[tuple[int, int], str | None] = {}  # a figure's span → its scope cue

    def sentence_start(self, pos: int) -> int:
        return self.bounds.sentence_start(pos)

    def part_cue_between(self, pos: int, endpos: int) -> bool:
        """`part_cue.search(text, pos, endpos) is not None` (其中/包括 between a total and a part)."""
        if self._part_cue is None:
            self._part_cue = Occurrences(self.lex.grammar.part_cue, self.text)
        return self._part_cue.found(pos, endpos)

    def scope_cue(self, fig: Figure) -> str | None:
        """The cue depends on the span alone, and `primary` asks it twice of a candidate."""
        span = (fig.span[0], fig.span[1])
        if span not in self._cues:
            self._cues[span] = self._scope_cue(span[0], span[1])
        return self._cues[span]

    def _scope_cue(self, pos: int, end: int) -> str | None:
        start = self.bounds.sentence_start(pos)
        if end - start <= SHORT_LEAD:
            return _scope_cue_in(self.text[start:end])
        sentence = self._long.get(start)
        if sentence is None or len(sentence.s) < end - start:
            reach = max(end, self.bounds.sentence_end(pos))
            sentence = self._long[start] = _LongSentence(self.text[start:reach], self.lex)
        return sentence.scope_cue(end - start)


class _LongSentence:
    """`_scope_cue_in(s[:k])` for any `k`, from one scan of `s` (a sentence from its start).

    The narrower-scope phrases of `s[:k]` are those of a scan of `s` that end by `k` plus a few
    re-read at the end (fgqa.figures.prefix.PrefixScan). Whether a phrase is passed over depends
    on the phrase alone (its clause names a place, or the whole area as a defendant) except for
    a part's phrase (其中… before it), which is passed over when a comma follows it before `k`:
    so the last phrase kept is the later of the last kept whatever follows and the last part's
    phrase, if no comma follows that one. The rest is decided on that one phrase.
    """

    def __init__(self, s: str, lex: Lexicon) -> None:
        g = self.grammar = lex.grammar
        self.s = s
        self.scan = PrefixScan(g.narrower_scope, s)
        self._part_cue = Occurrences(g.part_cue, s)
        self._place = Occurrences(g.scope_place, s)
        self._whole = Occurrences(g.whole_area, s)
        self._clause_ends = [m.start() for m in _CLAUSE_BREAK.finditer(s)]
        self._commas = [m.start() for m in _COMMA.finditer(s)]
        # for the scan's settled phrases, the index of the last one kept whatever follows
        # (`_kept`) and of the last part's phrase (`_parts`) among the first i, or -1
        self._kept: list[int] = []
        self._parts: list[int] = []
        kept = parts = -1
        for j, m in enumerate(self.scan.settled):
            if not self._passed_over(m):
                if self._part_cue.found(0, m.start()):
                    parts = j
                else:
                    kept = j
            self._kept.append(kept)
            self._parts.append(parts)

    def _passed_over(self, m: re.Match[str]) -> bool:
        """Passed over whatever follows it: a place (在各社区…) or the whole area as a defendant."""
        g = self.grammar
        i = bisect_left(self._clause_ends, m.start()) - 1
        clause = self._clause_ends[i] + 1 if i >= 0 else 0
        if self._place.found_in_slice(clause, m.start()):
            return True
        return (g.defendant_scope.match(m.group()) is not None and not self._part_cue.found_in_slice(clause, m.start())
                and g.whole_area.search(self.s[clause:m.start()]) is not None)

    def _comma_after(self, pos: int, k: int) -> bool:
        i = bisect_left(self._commas, pos)
        return i < len(self._commas) and self._commas[i] < k

    def _kept_at(self, m: re.Match[str], k: int) -> bool:
        if self._passed_over(m):
            return False
        return not (self._part_cue.found(0, m.start()) and self._comma_after(m.end(), k))

    def scope_cue(self, k: int) -> str | None:
        i, tail = self.scan.split(k)
        last = next((m for m in reversed(tail) if self._kept_at(m, k)), None)
        if last is None and i:
            matches = self.scan.settled
            kept, part = self._kept[i - 1], self._parts[i - 1]
            if part > kept and self._comma_after(matches[part].end(), k):
                part = -1  # that part ended: the last one kept is the one before it
            best = max(kept, part)
            last = matches[best] if best >= 0 else None
        if last is None:
            return None
        if is_whole(core(last.group())) or self._whole.found(last.end(), k):
            return None
        if _all_departments(self.s[:last.start()], last.group()):
            return None
        return core(last.group()) or None
