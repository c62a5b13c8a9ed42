""""法治建设第一责任人是谁": the head whose duties the leadership part reports, however its heading
words the duty (抓…情况, 主要负责人履行…), named with his title in the part's sentences; never a
deputy's, never for a question about other bodies. The reports are written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized


def _report(leadership_heading: str, leadership_body: str) -> str:
    return f"""栖楠市人民政府2024年度法治政府建设情况报告

一、主要工作和成效
市政府健全行政规范性文件审核机制,推行执法文书网上流转。
{leadership_heading}
{leadership_body}
三、存在的不足
部分执法人员对新颁布的法规掌握不够。
四、下一步工作打算
完善执法人员学法考试制度。
"""


def _who(text: str, question: str) -> str:
    answer = ask(summarized(text, "qinan.txt", issuer="栖楠市人民政府", year=2024), question)
    assert answer.answer_type == "text", answer.text
    assert len(answer.citations) == 2 and answer.citations[0].quote.startswith("二、"), answer.citations
    return answer.text.split("(据报告")[0]


@pytest.mark.parametrize("question", ["法治建设第一责任人是谁？", "谁是推进法治建设的第一责任人", "本市第一责任人是谁",
                                      "这个市的一把手叫什么"])
def test_the_name_before_the_title_of_a_heading_without_the_duty_word(question):
    text = _report("二、市长抓法治政府建设情况", "邰望川市长把依法行政列为政府常务会议的固定议题,年内专题研究法治工作3次。")
    assert "邰望川" in _who(text, question)


def test_a_heading_naming_only_the_principal_takes_the_titled_name_the_part_opens_with():
    text = _report("二、市政府主要负责人履行推进法治建设第一责任人职责情况",
                   "市委副书记、市长栗承泽同志带头旁听行政案件庭审,督促各部门整改执法问题。")
    assert "栗承泽" in _who(text, "第一责任人是谁")


def test_a_deputy_named_first_is_not_the_holder():
    text = _report("二、市长履行法治建设第一责任人职责情况",
                   "常务副市长詹屿白协助市长抓好执法监督。市长阮听松主持召开专题会议研究复议应诉工作。")
    who = _who(text, "法治建设第一责任人是谁")
    assert "阮听松" in who and "詹屿白" not in who


def test_a_question_about_other_bodies_holders_is_not_the_heads():
    text = _report("二、市长抓法治政府建设情况", "邰望川市长把依法行政列为政府常务会议的固定议题。")
    for question in ("各区法治建设第一责任人是谁", "各区的一把手是谁"):
        answer = ask(summarized(text, "qinan.txt", issuer="栖楠市人民政府", year=2024), question)
        assert answer.answer_type == "cannot_answer" and "邰望川" not in answer.text, answer.text


def test_a_part_naming_nobody_is_not_answered_with_a_name():
    text = _report("二、市长抓法治政府建设情况", "市长带头学习新修订的行政复议法,并在常务会议上作专题辅导。")
    answer = ask(summarized(text, "qinan.txt", issuer="栖楠市人民政府", year=2024), "法治建设第一责任人是谁")
    assert answer.answer_type == "cannot_answer", answer.text


def test_a_deputys_title_asked_is_never_answered_with_the_heads_name():
    text = _report("二、市长抓法治政府建设情况",
                   "市长阮听松主持召开专题会议研究复议应诉工作。分管副市长詹屿白具体负责执法监督日常工作。")
    answer = ask(summarized(text, "qinan.txt", issuer="栖楠市人民政府", year=2024), "副市长是谁")
    assert answer.answer_type == "text" and "詹屿白" in answer.text.split("(据报告")[0], answer.text
