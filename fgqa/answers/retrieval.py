"""BM25 over a report's sections, for questions the router cannot map to an indicator.

bm25s's own tokenizer keeps a whole run of Chinese characters as one token, so a query
never matches anything. Character bigrams are a standard tokenization for Chinese
retrieval that needs no dictionary (jieba is unmaintained): 行政复议 → 行政 政复 复议.
Latin words and numbers are kept whole. bm25s is imported lazily (it pulls in numpy).
"""

from __future__ import annotations

from fgqa import re_cache
from fgqa.models import Section, Summary

_CJK_RUN = re_cache.compile(r"[\u3400-\u9fff]+|[A-Za-z]+|\d+(?:\.\d+)?")


def bigrams(text: str) -> list[str]:
    """Character bigrams of each Chinese run (a lone character stays), whole Latin/number tokens."""
    tokens: list[str] = []
    for m in _CJK_RUN.finditer(text):
        run = m.group()
        if not "\u3400" <= run[0] <= "\u9fff":
            tokens.append(run.lower())
        elif len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i:i + 2] for i in range(len(run) - 1))
    return tokens


def rank_sections(question: str, sections: list[Section], text: str) -> list[tuple[Section, float]]:
    """Sections with any match, best first, with their BM25 scores."""
    ranked = rank_sentences(question, [text[sec.span[0]:sec.span[1]] for sec in sections])
    return [(sections[i], score) for i, score in ranked]


def related_sections(question: str, summary: Summary, text: str, k: int = 3) -> list[Section]:
    """The k sections of `summary` whose text best matches the question (fewer if fewer match)."""
    return [sec for sec, _ in rank_sections(question, summary.sections, text)[:k]]


def rank_sentences(question: str, texts: list[str]) -> list[tuple[int, float]]:
    """Indices of `texts` (sentences, or sections' texts) with any match, best first, with their BM25 scores."""
    import bm25s

    docs = [(i, bigrams(t)) for i, t in enumerate(texts)]
    docs = [(i, toks) for i, toks in docs if toks]
    query = bigrams(question)
    if not docs or not query:
        return []
    vocab = set().union(*(set(toks) for _, toks in docs))
    known = [t for t in query if t in vocab]  # bm25s rejects tokens it never indexed
    if not known:
        return []
    retriever = bm25s.BM25()
    retriever.index([toks for _, toks in docs], show_progress=False)
    scores = retriever.get_scores(known)
    return sorted(((docs[n][0], float(s)) for n, s in enumerate(scores) if s > 0), key=lambda item: -item[1])
