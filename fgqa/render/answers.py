"""`fgqa ask` output for people: one row per report."""

from __future__ import annotations

from fgqa.models import AnswerSet
from fgqa.text_table import table

TYPE_ZH = {"number": "数值", "not_disclosed": "未披露", "text": "文字", "yes_no": "是/否", "list": "列表", "cannot_answer": "无法回答"}


def render_text(answers: AnswerSet) -> str:
    if len(answers.answers) == 1:
        a = answers.answers[0]
        out = [f"问: {answers.question}", f"答 ({TYPE_ZH[a.answer_type]}): {a.text}"]
        out += [f"  - {p}" for p in a.points if p not in a.text]
        out += [f"  出处 [{c.span[0]}-{c.span[1]}]: {c.quote}" for c in a.citations]
        return "\n".join(out)
    rows = [[a.doc, TYPE_ZH[a.answer_type], "" if a.value is None else f"{a.value}{a.unit or ''}", a.text,
             a.citations[0].quote if a.citations else ""] for a in answers.answers]
    return f"问: {answers.question}\n" + table(["报告", "类型", "值", "回答", "出处"], rows, [36, 8, 10, 50, 40])
