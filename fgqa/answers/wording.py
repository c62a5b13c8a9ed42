"""A question as the report would word it, before any step reads it.

Reports are read in simplified characters (fgqa.documents.cleaning), so a question asked in
traditional ones is converted too ("區長是誰" asks what "区长是谁" asks); a verb split by a
particle the spoken way is joined ("什么时候出的庭" → 出庭); spoken forms are read as the written
words of questions.toml [spoken] ("执法队办了多少件案子" → 办理了多少件).
"""

from __future__ import annotations

from fgqa.documents.cleaning import to_simplified
from fgqa.lexicon import lexicon


def as_written(question: str) -> str:
    question, _ = to_simplified(question)
    question = lexicon().grammar.split_verb.sub("", question)
    for written, spoken in lexicon().question_spoken.items():
        question = spoken.sub(written, question)
    return question
