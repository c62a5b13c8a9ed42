"""Issue 12, abstentions on page chrome: the editor a page's chrome names ("编辑:X 审核:Y" under a
social-media article, "责任编辑:X" on a site) is the summary's meta.editor (schema /5), and
"这篇推文的编辑是谁" is answered by it; a page naming none says so, and 编辑 as a deed in a question
is not asked of the chrome. Pages are our own (fictional)."""

import json

import pytest

from fgqa.documents.cleaning import clean_text
from fgqa.documents.metadata import extract_meta
from fgqa.models import Meta, Summary
from helpers import ask, summarized

PAGE = """芦汀镇2024年度法治政府建设情况报告
原创 芦汀镇宣传办 芦汀微镇务 2025年2月11日 20:16
一、主要工作
全年审查镇政府合同19份,编辑出版普法读本1册。
芦汀镇人民政府
2025年2月6日
来源:芦汀镇司法所
编辑:蔺知夏  审核:庹明远
"""


@pytest.mark.parametrize("line, editor", [
    ("编辑:蔺知夏  审核:庹明远", "蔺知夏"),
    ("责任编辑：闵青", "闵青"),
    ("来源:芦汀镇司法所", None),
])
def test_the_editor_of_the_chrome(line, editor):
    assert extract_meta("芦汀镇2024年度法治政府建设情况报告\n正文。", [line]).editor == editor


def test_the_cleaned_page_gives_its_editor_and_not_its_reviewer():
    cleaned = clean_text(PAGE)
    meta = extract_meta(cleaned.text, cleaned.removed_lines)
    assert meta.editor == "蔺知夏" and "蔺知夏" not in cleaned.text


def test_the_summary_schema_is_5_and_a_4_is_still_read():
    _, summary = summarized("一、主要工作\n全年受理行政复议案件52件。\n", year=2024)
    data = json.loads(summary.model_dump_json(by_alias=True))
    assert data["schema"] == "fgqa.summary/5" and "editor" in data["meta"]
    data["schema"] = "fgqa.summary/4"
    data["meta"].pop("editor")
    assert Summary.model_validate(data).meta.editor is None


@pytest.mark.parametrize("question", ["这篇推文的编辑是谁", "文章是谁编辑的"])
def test_the_editor_question_is_answered_from_the_chrome(question):
    doc = summarized(clean_text(PAGE).text, "page.html",
                     meta=Meta(issuer="芦汀镇人民政府", year=2024, editor="蔺知夏"))
    a = ask(doc, question)
    assert a.answer_type == "text" and "蔺知夏" in a.text and "庹明远" not in a.text


def test_a_page_naming_no_editor_says_so():
    doc = summarized("芦汀镇2024年度法治政府建设情况报告\n一、主要工作\n全年审查合同19份。\n", "p.txt",
                     issuer="芦汀镇人民政府", year=2024)
    a = ask(doc, "这篇文章的编辑是谁")
    assert a.answer_type in ("not_disclosed", "cannot_answer")


def test_editing_as_a_deed_is_not_the_chrome():
    doc = summarized(clean_text(PAGE).text, "page.html", meta=Meta(issuer="芦汀镇人民政府", year=2024, editor="蔺知夏"))
    a = ask(doc, "镇里编辑出版了几册普法读本")
    assert "蔺知夏" not in a.text
