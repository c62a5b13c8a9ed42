"""Issue 12, abstentions on page chrome: the body a page's chrome names as the information's source
("来源:X县司法局 发布日期:…", "发布时间:… 信息来源:X处 阅读:…") is the summary's meta.source, and
"信息来源是哪个单位" / "这篇报告的来源是哪里" are answered by it, saying where it stands; a mirror's
转载来源 is no source, and 来源 asked of money or cases is no chrome question. Pages are our own."""

from __future__ import annotations

import pytest

from fgqa.documents.cleaning import clean_text
from fgqa.documents.metadata import extract_meta
from helpers import ask, summarized


@pytest.mark.parametrize("line, source", [
    ("来源：雩岭县司法局　　发布日期：2025-03-02　　浏览次数：", "雩岭县司法局"),
    ("发布时间：2025-03-02 08:40 信息来源：厅政策法规处 阅读次数：97", "厅政策法规处"),
    ("文章来源:雩岭县融媒体中心", "雩岭县融媒体中心"),
    ("转载来源：雩岭新闻网", None),
    ("编辑:蔺晚舟", None),
])
def test_the_source_of_the_chrome(line, source):
    assert extract_meta("雩岭县2024年度法治政府建设情况报告\n正文。", [line]).source == source


PAGE = """雩岭县2024年度法治政府建设情况报告
发布时间：2025-03-02 08:40 信息来源：县司法局法治督察股 阅读次数：97
一、主要工作
县政府健全了行政执法公示制度。
雩岭县人民政府
2025年2月26日
"""


@pytest.mark.parametrize("question", ["信息来源是哪个单位？", "这篇报告的来源是哪里", "来源是什么单位"])
def test_a_source_question_is_answered_from_the_chrome(question):
    cleaned = clean_text(PAGE)
    meta = extract_meta(cleaned.text, cleaned.removed_lines)
    assert meta.source == "县司法局法治督察股" and "法治督察股" not in cleaned.text
    answer = ask(summarized(cleaned.text, "yuling.txt", meta=meta), question)
    assert answer.answer_type == "text" and "县司法局法治督察股" in answer.text and "网页信息栏" in answer.text


def test_a_source_of_money_is_no_chrome_question():
    cleaned = clean_text(PAGE)
    meta = extract_meta(cleaned.text, cleaned.removed_lines)
    answer = ask(summarized(cleaned.text, "yuling.txt", meta=meta), "执法经费的来源是什么")
    assert "法治督察股" not in answer.text
