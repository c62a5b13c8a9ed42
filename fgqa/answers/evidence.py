"""Does a sentence of the report carry what a question asks about?

An answer is a claim about a quote, so before fgqa answers with a number, a yes or a date
it checks that the quoted sentence talks about the question's subject. The question is
reduced to its content (interrogatives, particles and the measure word after 多少/几 are
taken out) and read as character bigrams, each weighted by how rare it is among the
report's sentences: a sentence covers the question when it holds most of that weight.

A word of the question that the report never uses (two or more bigrams in a row found
nowhere in the text: 巡察, 述法) means the report does not talk about it; a single absent
bigram between two present ones is only the seam between two words (决策|目录).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from fgqa.figures.context import SENTENCE_END, sentences
from fgqa.lexicon import lexicon
from fgqa.models import Summary
from fgqa.sections.index import section_at


def without_kind_words(question: str) -> str:
    """The question with the words that say which kind of figure is asked (同比, 目标, 全国 …)
    cut out: the figure's kind answers them, its sentence need not repeat them."""
    return lexicon().grammar.kind_words.sub("|", question)


def synonyms() -> Mapping[str, tuple[str, ...]]:
    """A question word → the forms a report may write it in (fgqa/lexicon/questions.toml)."""
    return lexicon().question_synonyms


def is_verb(word: str) -> bool:
    """A predicate of the synonym table (聘请, 建立, 开展 …), not a noun (普法, 组长, 主要负责人)."""
    return word in synonyms() and word not in lexicon().question_nouns


def _bigrams(s: str) -> list[str]:
    return [s[i:i + 2] for i in range(len(s) - 1)]


@dataclass
class Sentence:
    span: tuple[int, int]
    text: str
    section_id: str | None
    part: str | None


@dataclass
class Question:
    """A question reduced to what it asks about."""

    raw: str
    #: content runs between interrogatives and particles ("法律顾问", "聘请")
    chunks: list[str]
    #: the measure word after 多少/几 ("名", "次", "人次"), "" when none
    measure: str = ""

    @classmethod
    def parse(cls, question: str) -> Question:
        g = lexicon().grammar
        measure = ""
        asked = question.rstrip("?？!！。 ")
        for m in g.asking.finditer(question):
            if m.group("mw"):
                # (the noun counted, ending the question, may have a measure of its own: "几个官司"
                # counts cases, 件)
                measure = next((own for own, nouns in lexicon().question_measure_of_noun.items()
                                if nouns.fullmatch(asked, m.end())), m.group("mw"))
        rest = g.asking.sub("|", question)
        rest = g.framing.sub("|", rest)
        chunks = []
        for c in (c for c in rest.split("|") if c):
            # "开展法治督察": the predicate comes apart from what it acts on (it may be worded otherwise);
            # a phrase with an entry of its own stays whole ("持证上岗" ← "人人持证")
            verb = next((v for v in synonyms() if c.startswith(v) and len(c) - len(v) >= 2 and is_verb(v)), None) \
                if c not in synonyms() else None
            chunks += [verb, c[len(verb):]] if verb else [c]
        return cls(raw=question, chunks=chunks, measure=measure)


#: (summary, text, index) of the last ReportIndex.build (held, so their ids are not reused)
_last_index: tuple[Summary, str, ReportIndex] | None = None


@dataclass
class ReportIndex:
    """The report's sentences and how rare each bigram is among them."""

    text: str
    sentences: list[Sentence]
    df: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, summary: Summary, text: str) -> ReportIndex:
        """The index of this summary's report: one question asks for it from several steps
        (the router, the claim check, yes/no, the evidence), so the last one built is reused
        while the same summary and text objects are asked about (nothing mutates either)."""
        global _last_index
        last = _last_index  # one read: another thread may replace it, never change it
        if last is not None and last[0] is summary and last[1] is text:
            return last[2]
        built = cls._build(summary, text)
        _last_index = (summary, text, built)
        return built

    @classmethod
    def _build(cls, summary: Summary, text: str) -> ReportIndex:
        sents: list[Sentence] = []
        ordered = sorted(summary.sections, key=lambda s: s.span[0])
        for a, b in sentences(text, 0, len(text)):
            sec = section_at(ordered, a)
            sents.append(Sentence(span=(a, b), text=text[a:b], section_id=sec.id if sec else None,
                                  part=sec.part if sec else None))
        df: dict[str, int] = {}
        for s in sents:
            for g in set(_bigrams(s.text)):
                df[g] = df.get(g, 0) + 1
        return cls(text=text, sentences=sents, df=df)

    @cached_property
    def vocabulary(self) -> set[str]:
        return set(self.df)

    def weight(self, gram: str) -> float:
        n = len(self.sentences)
        return math.log(1 + (n + 1) / (self.df.get(gram, 0) + 0.5))

    @cached_property
    def _starts(self) -> list[int]:
        return [s.span[0] for s in self.sentences]

    def position(self, pos: int) -> int:
        """Index of the sentence that starts at or before `pos` (0 before the first)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def context_of(self, s: Sentence) -> str:
        """What a sentence leans on for its subject: its section's heading and the first
        sentence of its paragraph; the sentence right before it too when it opens with what
        that one named (上述事项中…, 这些案件…), in a paragraph of its own (a list item) as well."""
        i = self.position(s.span[0])
        j = i
        while j > 0 and "\n" not in self.text[self.sentences[j - 1].span[1]:self.sentences[j].span[0]]:
            j -= 1
        head = self.sentences[j].text if j < i else ""
        if i > 0 and j != i - 1 and lexicon().grammar.anaphor.search(s.text) and self.sentences[i - 1].section_id == s.section_id:
            head += "。" + self.sentences[i - 1].text
        title = self.introduced(s)
        if title is not None:
            head += "。" + title
        heading = ""
        for k in range(j - 1, -1, -1):
            if self.sentences[k].section_id != s.section_id:
                break
            heading = self.sentences[k].text
        return heading + "。" + head + "。"

    def introduced(self, s: Sentence) -> str | None:
        """The title of the person a sentence opens with, where an earlier sentence introduced
        them ("钮晴川同志带头…" after "街道党工委书记严立衡、办事处主任钮晴川…" → "办事处主任": the words
        right before the name, to the list or clause break); None when the sentence opens with
        nobody's name or nothing before it gives them a title."""
        m = lexicon().grammar.person_lead.match(s.text)
        if m is None:
            return None
        name = m.group(1)
        for k in range(self.position(s.span[0]) - 1, -1, -1):
            text = self.sentences[k].text
            at = text.find(name)
            if at > 0:
                title = re.split(r"[、,，;；:：\s]", text[:at])[-1]
                return title if len(title) >= 2 else None
        return None

    def present(self, word: str) -> str | None:
        """The form of `word` the report uses (itself or a synonym), None when it uses none."""
        for form in synonyms().get(word, (word,)):
            if form in self.text:
                return form
        return None


@dataclass
class Coverage:
    share: float
    #: words of the question found nowhere in the report (the report does not talk about them)
    missing: list[str]


def unknown_words(question: Question, index: ReportIndex, *, optional: frozenset[str] = frozenset()) -> list[str]:
    """Runs of the question the report never uses, synonyms allowed: two or more characters
    in a row that are in no bigram of the chunk the report has (述法 in 主要负责人述法). A lone
    such character is a one-character word between two known ones (在…评估中广州…), not news."""
    missing = []
    for chunk in question.chunks:
        if chunk in optional or len(chunk) < 2 or index.present(chunk):
            continue
        anchored = [False] * len(chunk)
        for a, b, forms in synonym_units(chunk):
            if any(f in index.text for f in forms):
                anchored[a:b] = [True] * (b - a)
        for i, g in enumerate(_bigrams(chunk)):
            if g in index.vocabulary:
                anchored[i] = anchored[i + 1] = True
        missing.extend(unmarked_runs(chunk, anchored))
    return missing


def unmarked_runs(chunk: str, marked: list[bool]) -> list[str]:
    """The runs of two characters or more of `chunk` whose `marked` flags are all False."""
    runs, run = [], ""
    for ch, ok in zip(chunk + "|", marked + [True]):
        if not ok:
            run += ch
            continue
        if len(run) >= 2:
            runs.append(run)
        run = ""
    return runs


def synonym_units(chunk: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Words of `chunk` that have synonyms, as (start, end, forms), left to right."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for word, forms in synonyms().items():
        for m in re.finditer(re.escape(word), chunk):
            if not any(a < m.end() and m.start() < b for a, b, _ in out):
                out.append((m.start(), m.end(), forms))
    return sorted(out)


def coverage(question: Question, sentence: str, index: ReportIndex, *, skip: frozenset[str] = frozenset()) -> float:
    """Share of the question's (rarity-weighted) bigrams that `sentence` holds; a question
    word the report writes with a synonym (普法 → 法治宣传) counts, as one unit, when the
    synonym is there."""
    total = got = 0.0
    for chunk in question.chunks:
        if chunk in skip:
            continue
        units = synonym_units(chunk)
        inside: set[int] = set()
        for a, b, forms in units:
            inside.update(range(a, b))
            w = max(index.weight(g) for g in _bigrams(chunk[a:b])) * max(1, b - a - 1)
            total += w
            got += w if any(f in sentence for f in forms) else 0.0
        grams = _bigrams(chunk)
        for i, g in enumerate(grams):
            if i in inside or i + 1 in inside:
                continue  # inside a synonym unit, or the seam next to one
            if g not in index.vocabulary:
                continue  # the seam between two words, or a word the report never uses
            w = index.weight(g)
            total += w
            if g in sentence:
                got += w
            elif 0 < i < len(grams) - 1 and grams[i - 1] in sentence and grams[i + 1] in sentence:
                got += w  # both words are there, apart (决策…目录): only the seam is missing
    return got / total if total else 0.0


def substantive(question: Question) -> bool:
    """The question names something besides a predicate ("参加的有多少人" names nothing)."""
    return any(len(c) >= 2 and not is_verb(c) for c in question.chunks)


def sentence_of(index: ReportIndex, pos: int) -> Sentence | None:
    if not index.sentences:
        return None
    s = index.sentences[index.position(pos)]
    return s if s.span[0] <= pos <= s.span[1] else None


def clause_around(text: str, start: int, end: int) -> str:
    """The clause a number sits in (between commas / full stops)."""
    a, b = clause_span(text, start, end)
    return text[a:b]


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around text[start:end] starts and ends (`clause_around`'s span)."""
    a = max(text.rfind(ch, 0, start) for ch in SENTENCE_END + ",，:：、") + 1
    ends = [i for i in (text.find(ch, end) for ch in SENTENCE_END + ",，:：") if i != -1]
    return a, min(ends) if ends else len(text)


def units_for(measure: str) -> frozenset[str] | None:
    """The units a question's measure word admits (None: the question names none), from
    questions.toml's [measures]."""
    return lexicon().question_measures.get(measure) if measure else None


def _without_own_place(question: str, plain: str) -> str:
    """The question without the reporting body's own place as it names it: the issuer's place
    name with its level word (蕤溪县, 瑄州高新区, 高新区: three characters or more) or without it
    (棂州 of 棂州市, 岍北 of 岍北省: "棂州全市…", "岍北全省…"). Its sentences say 全市 or nothing."""
    g = lexicon().grammar
    names: set[str] = set()
    for m in g.place_level.finditer(plain):
        for start in range(m.start()):
            full, bare = plain[start:m.end()], plain[start:m.start()]
            if len(full) >= 3 and not g.not_a_place.search(full) and not g.body_words.fullmatch(full):
                names.add(full)
            if len(bare) >= 2 and not g.place_level.search(bare[-1]) and plain[m.start():m.end()] not in bare:
                names.add(bare)
    for name in sorted(names, key=len, reverse=True):
        if name in question:
            question = question.replace(name, "|")
    return question


def without_the_issuer(question: str, issuer: str | None) -> str:
    """The question without the words naming the reporting body itself ("司法局是否开展了…"
    in the 司法局's own report): its sentences seldom repeat who they are about."""
    if not issuer:
        return question
    plain = issuer.replace("人民", "")
    # the body's own name, or its end, as the question writes it ("生态环境局当被告…" in 江澧市生态环境局's
    # report, which calls itself 本局): the longest tail of three characters or more the question holds
    tail = next((plain[i:] for i in range(len(plain) - 2) if len(plain) - i >= 3 and plain[i:] in question), None)
    # (a government's name is left to body_words: 州政府 may name the body or, in its report, its whole area)
    if tail is not None and not tail.endswith("政府") and not lexicon().grammar.body_words.fullmatch(tail):
        question = question.replace(tail, "|")
    g = lexicon().grammar
    question = _without_own_place(question, plain)
    return g.body_words.sub(lambda m: "|" if m.group() in plain or g.self_pointer.match(m.group()) else m.group(), question)
