"""Issue 12, abstentions on the report's structure: part N is the report's Nth numbered part
(a title the outline put at the top level is none), what a part without headings of its own
says is its words, and "领导履职部分是第几部分" is answered by the part's place. Reports are our
own (fictional)."""

import pytest

from helpers import ask, summarized

REPORT = """# 芹塘县政府2024年法治政府工作年度报告

## 一、2024年法治政府建设的主要做法

县政府全年审议重大行政决策事项3项,审查规范性文件11件。全县受理行政复议申请64件。

## 二、县长抓法治建设第一责任人职责落实情况

县长一年来亲自主持县政府常务会议专题研究法治工作5次,带头出庭应诉2次。

## 三、存在的不足

一是乡镇法治审核人员配备不齐;二是部分执法单位案卷归档不及时;三是普法宣传针对性不强。

## 四、2025年工作打算

推动乡镇合法性审核全覆盖,开展执法案卷评查。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "parts.md", issuer="芹塘县人民政府", year=2024)


def test_part_n_is_the_nth_numbered_part_not_the_title(report):
    a = ask(report, "报告第二部分写的是什么")
    assert a.answer_type == "text" and "县长抓法治建设第一责任人职责落实情况" in a.text


def test_a_part_without_headings_of_its_own_is_answered_by_its_words(report):
    a = ask(report, "第三部分写了什么")
    assert a.answer_type == "text"
    for point in ("审核人员配备不齐", "案卷归档不及时", "针对性不强"):
        assert point in a.text


@pytest.mark.parametrize("question, nth", [
    ("报告中领导履职部分是第几部分", "第二部分"),
    ("存在的不足是第几部分", "第三部分"),
])
def test_where_a_named_part_stands(report, question, nth):
    a = ask(report, question)
    assert a.answer_type == "text" and nth in a.text


def test_a_part_the_report_lacks_is_said_missing():
    doc = summarized("芹塘县司法局2024年法治政府建设情况报告\n一、主要工作\n全年审查规范性文件4件。\n二、下一步打算\n继续推进。\n",
                     "two.txt", issuer="芹塘县司法局", year=2024)
    a = ask(doc, "存在的不足是第几部分")
    assert a.answer_type == "text" and "没有" in a.text and "第" not in a.text.split("。")[0].replace("第一责任人", "")
