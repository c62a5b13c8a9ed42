"""Issue 12, abstentions on page chrome: a social-media article's posting line under its title
("原创 <author> <account> <day> <time>") is the page's publication day, and "哪个公众号发的" /
"什么时候发的" are answered from it (the day with its time, not the signature's day). Pages are our
own (fictional)."""

import pytest

from fgqa.documents.cleaning import clean_text
from fgqa.documents.metadata import extract_meta, posting_line
from helpers import ask, summarized

PAGE = """芦汀镇2024年度法治政府建设情况报告
原创 芦汀镇宣传办 芦汀微镇务 2025年2月11日 20:16
芦汀镇2024年坚持依法行政,现将有关情况报告如下。
一、主要工作
全年审查镇政府合同19份,化解矛盾纠纷88件。
二、存在的不足
法治审核力量偏弱。
芦汀镇人民政府
2025年2月6日
"""


def test_the_posting_line_is_read():
    account, day, written, span = posting_line(PAGE)
    assert (account, day, written) == ("芦汀微镇务", "2025-02-11", "2025年2月11日 20:16")
    assert PAGE[span[0]:span[1]].startswith("原创 芦汀镇宣传办")


def test_the_posting_day_is_the_publication_day_not_the_signature():
    cleaned = clean_text(PAGE)
    meta = extract_meta(cleaned.text, cleaned.removed_lines)
    assert meta.published == "2025-02-11" and meta.signed == "2025-02-06"


@pytest.mark.parametrize("line", [
    "芦汀镇人民政府 2025年2月11日",  # a byline without a clock time is no posting line
    "2025年2月11日,镇政府召开专题会议研究法治工作。",
])
def test_other_head_lines_are_no_posting_line(line):
    assert posting_line("芦汀镇2024年度法治政府建设情况报告\n" + line + "\n正文。\n") is None


@pytest.fixture(scope="module")
def report():
    return summarized(PAGE, "page.html", issuer="芦汀镇人民政府", year=2024, signed="2025-02-06")


@pytest.mark.parametrize("question, said", [
    ("这篇推文是哪个公众号发的", "芦汀微镇务"),
    ("公众号叫什么", "芦汀微镇务"),
    ("这篇文章什么时候发的", "2025年2月11日 20:16"),
    ("发布时间是什么时候", "2025年2月11日 20:16"),
])
def test_chrome_questions_are_answered_from_the_posting_line(report, question, said):
    a = ask(report, question)
    assert a.answer_type == "text" and said in a.text and "2月6日" not in a.text


def test_a_count_of_what_the_account_posted_is_not_the_account(report):
    a = ask(report, "公众号发布了多少条信息")
    assert "芦汀微镇务" not in a.text.split("最相关")[0]


def test_a_page_without_a_posting_line_keeps_its_metadata_answer():
    plain = summarized(PAGE.replace("原创 芦汀镇宣传办 芦汀微镇务 2025年2月11日 20:16\n", ""), "plain.txt",
                       issuer="芦汀镇人民政府", year=2024, signed="2025-02-06")
    a = ask(plain, "这篇文章什么时候发的")
    assert "20:16" not in a.text
