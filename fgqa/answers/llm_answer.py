"""Questions the router cannot map, answered by a model from the most related sections.

Same rule as for figures: nothing the model writes is shown unchecked.
- its citations must be found verbatim in the report;
- the citations must name the question's subject (a content word pair of the question):
  a verbatim but unrelated sentence (a heading, the report's title) is no evidence;
- a sentence of the answer or a point stating a number the cited sentences do not state
  is dropped (fgqa.figures.grounding.ground_text, the check summaries go through too).
An answer left with no verified citation or no text is not shown: the user gets "cannot
answer" and the related sections instead.
"""

from __future__ import annotations

from typing import Any

from fgqa import re_cache
from fgqa.answers.llm_models import QuotedAnswer
from fgqa.answers.retrieval import bigrams, related_sections
from fgqa.figures import context as sentence_bounds
from fgqa.figures.grounding import ground_text, locate, numbers_in
from fgqa.models import Answer, Citation, Summary, Usage

PROMPT = "question_answer.md"
#: characters of each related section sent as context
CONTEXT_CHARS = 1200
#: words that ask, point at the report or join, and say nothing of what is asked about
_NOT_SUBJECT = re_cache.compile(
    r"报告[中里内]?|文中|其中|本文|提到的?|提及的?|写到|谈到|说到|讲到|主要|具体|分别|一下|请问|介绍|有关|关于|"
    r"内容|情况|方面|有哪些|哪些|哪个|哪里|是什么|什么|多少|怎么样|怎样|怎么|如何|有没有|是否|有无|为什么|"
    r"[的了吗呢啊和与及或]|[\s\W\d]"
)


def question_subject(question: str) -> set[str]:
    """The character pairs of what the question is about ("报告中提到的主要亮点是什么" → {亮点})."""
    return {t for run in _NOT_SUBJECT.split(question) if len(run) >= 2 for t in bigrams(run)}


def names_subject(question: str, citations: list[Citation]) -> bool:
    """True when some citation names the question's subject (or the question names none)."""
    subject = question_subject(question)
    return not subject or any(t in c.quote for c in citations for t in subject)


def cited_sentences(text: str, citations: list[Citation]) -> str:
    """The whole sentences the citations are taken from (what the answer may rest on)."""
    spans = [(sentence_bounds.sentence_start(text, c.span[0]), sentence_bounds.sentence_end(text, c.span[1]))
             for c in citations]
    return "\n".join(text[s:max(e, c.span[1])] for (s, e), c in zip(spans, citations))


def llm_answer(question: str, summary: Summary, text: str, client: Any, usage: Usage | None = None) -> Answer | None:
    """A grounded text answer, or None when the model gave nothing we can verify. `usage`
    (if given) counts the call and the sentences dropped for an unsupported number."""
    from fgqa.llm.prompts import load_prompt

    sections = related_sections(question, summary, text, k=3)
    if not sections:
        return None
    context = "\n\n".join(text[s.span[0]:s.span[1]][:CONTEXT_CHARS] for s in sections)
    prompt = load_prompt(PROMPT)
    content = prompt.text.replace("{{QUESTION}}", question).replace("{{CONTEXT}}", context)
    result = client.complete(QuotedAnswer, [{"role": "user", "content": content}], prompt_version=prompt.version)
    _count_call(usage, getattr(result, "usage", None))
    reply: QuotedAnswer = result.obj
    citations = []
    for quote in reply.quotes:
        span = locate(quote, text)
        if span is not None:
            citations.append(Citation(quote=text[span[0]:span[1]], span=span))
    if not citations or not names_subject(question, citations):
        return None
    allowed = numbers_in(cited_sentences(text, citations))
    answer, dropped = ground_text(reply.answer.strip(), allowed)
    points = []
    for point in reply.points:
        kept, rejected = ground_text(point.strip(), allowed)
        dropped += rejected
        if kept:
            points.append(kept)
    if usage is not None:
        usage.rejected_text += dropped
    if not answer:
        return None
    return Answer(doc=summary.doc.path, answer_type="text", text=answer, points=points, citations=citations)


def _count_call(usage: Usage | None, call: Any) -> None:
    if usage is None:
        return
    usage.calls += 1
    if call is None:
        return
    usage.cached_calls += int(bool(getattr(call, "cached", False)))
    usage.prompt_tokens += int(getattr(call, "prompt_tokens", 0) or 0)
    usage.completion_tokens += int(getattr(call, "completion_tokens", 0) or 0)
