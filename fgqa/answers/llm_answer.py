"""Questions the router cannot map, answered by a model from the most related sections.

Same rule as for figures: the model's citations must be found verbatim in the report; an
answer with no verified citation is not shown (the user gets "cannot answer" and the
related sections instead).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from fgqa.answers.retrieval import related_sections
from fgqa.figures.grounding import locate
from fgqa.models import Answer, Citation, Summary

PROMPT = "question_answer.md"
#: characters of each related section sent as context
CONTEXT_CHARS = 1200


class QuotedAnswer(BaseModel):
    """What the model returns: an answer and the sentences it rests on."""

    answer: str = Field(description="一句话回答")
    points: list[str] = Field(default_factory=list, max_length=8)
    quotes: list[str] = Field(default_factory=list, max_length=8)


def llm_answer(question: str, summary: Summary, text: str, client: Any) -> Answer | None:
    """A grounded text answer, or None when the model gave nothing we can verify."""
    from fgqa.engines.llm import load_prompt

    sections = related_sections(question, summary, text, k=3)
    if not sections:
        return None
    context = "\n\n".join(text[s.span[0]:s.span[1]][:CONTEXT_CHARS] for s in sections)
    prompt = load_prompt(PROMPT)
    content = prompt.text.replace("{{QUESTION}}", question).replace("{{CONTEXT}}", context)
    result = client.complete(QuotedAnswer, [{"role": "user", "content": content}], prompt_version=prompt.version)
    reply: QuotedAnswer = result.obj
    citations = []
    for quote in reply.quotes:
        span = locate(quote, text)
        if span is not None:
            citations.append(Citation(quote=text[span[0]:span[1]], span=span))
    if not citations:
        return None
    return Answer(doc=summary.doc.path, answer_type="text", text=reply.answer.strip(),
                  points=[p.strip() for p in reply.points if p.strip()], citations=citations)
