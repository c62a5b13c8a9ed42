"""Yes/no on "all of them" and on trends, read from the sentence's structure (issue 12 item 2,
seventh round): a rate in a clause of its own is the rate of the clause before it, and only the
rate of the clause that holds the question's words decides; a part counted out of its whole, or
the asked deed counted after a larger total, is a no; the sentence that says something of all or a
part of them answers before one that only names the thing; a trend against a named year is read
after that year's lead (or from a table row's change cell) and never from a change on the year
before. The report is fictional (its own places and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """柘湄市人民政府2024年法治政府建设工作报告

一、主要做法
（一）法律服务
乡镇司法所指导村民委员会修订村规民约。市、县两级政府部门公职律师配备率100%，乡镇（街道）层面设立公共法律服务工作站79个，设立率91.9%。全市86个乡镇（街道）中已有80个开通了法律服务热线。全市11个县（市、区）均已建成公共法律服务中心。
（二）执法监督
开展执法案卷评查，抽查案卷210卷，发现问题案卷36卷并全部完成整改。市委巡察反馈问题44条，已整改39条。市人民来访接待中心登记来访事项3,118件，当日登记率100%，限期答复率97.6%。各街道执法中队均只有兼职法制审核员。
（三）争议化解
全市行政机关一审行政诉讼收案517件，比2021年增长了一倍多，较上年减少4.1%。市政府作为被告的案件41件，败诉2件，败诉案件均涉及房屋征收。

2024年与2023年对比表

| 指标 | 2024年 | 2023年 | 变化 |
| --- | --- | --- | --- |
| 法律援助案件（件） | 2,314 | 2,507 | -193 |
| 行政复议纠错率 | 8.8% | 8.8% | 持平 |

二、存在的不足
部分乡镇公共法律服务工作站作用发挥不充分。乡镇司法所审核人员平均不到2名。

三、2025年工作打算
实现乡镇（街道）公共法律服务工作站全覆盖。

柘湄市人民政府
2025年3月6日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "zhemei.txt", issuer="柘湄市人民政府", level="city", year=2024)


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_the_rate_of_the_clause_that_holds_the_question_decides(report):
    # 100% is the departments' rate; 91.9% (a clause of its own) is the 乡镇's
    assert _said(report, "乡镇（街道）是否都设立了公共法律服务工作站") == ("yes_no", False)


def test_a_part_counted_out_of_its_whole_is_a_no(report):
    assert _said(report, "乡镇（街道）是否都开通了法律服务热线") == ("yes_no", False)
    # "实现全覆盖" asked: the light verb is no deed the sentence must write
    assert _said(report, "乡镇（街道）公共法律服务工作站实现全覆盖了吗") == ("yes_no", False)


def test_the_asked_deed_counted_after_a_larger_total_is_a_no(report):
    assert _said(report, "巡察反馈的问题是否全部整改") == ("yes_no", False)


def test_rates_alone_after_one_subject_each_lean_on_it(report):
    # "登记来访事项3,118件,当日登记率100%,限期答复率97.6%": the 97.6 % is the one asked (and 3,118 is one number)
    assert _said(report, "来访事项是否全部限期答复") == ("yes_no", False)


def test_a_count_of_the_subject_is_no_part_of_the_deed(report):
    # "抽查案卷210卷,发现问题案卷36卷并全部完成整改": the 36 are the subject, all were rectified
    assert _said(report, "发现问题的案卷是否全部完成整改") == ("yes_no", True)
    # "收案41件,败诉2件,败诉案件均涉及房屋征收": 2 are the subject of 都涉及
    assert _said(report, "市政府败诉的案件是否都涉及房屋征收") == ("yes_no", True)


def test_the_sentence_saying_all_answers_before_one_naming_the_thing(report):
    # "乡镇司法所指导…" comes first and says nothing of all of them
    assert _said(report, "各县（市、区）是否都建成了公共法律服务中心") == ("yes_no", True)


def test_only_a_part_time_person_is_a_lack(report):
    assert _said(report, "街道执法中队是否都配备了2名专职法制审核员") == ("yes_no", False)


def test_a_trend_against_a_named_year_is_read_after_that_years_lead(report):
    assert _said(report, "一审行政诉讼收案是否比2021年有所增加") == ("yes_no", True)
    # the year before is another lead in the same sentence
    assert _said(report, "一审行政诉讼收案比上年是否增加") == ("yes_no", False)


def test_a_table_rows_change_cell_says_the_direction(report):
    assert _said(report, "法律援助案件是否较上年减少") == ("yes_no", True)
    assert _said(report, "行政复议纠错率比上年是否上升") == ("yes_no", False)


def test_a_count_said_short_of_the_bound_asked_is_a_no(report):
    # "审核人员平均不到2名" in the shortcomings: fewer than the 3 asked for each
    assert _said(report, "乡镇司法所审核人员是否都达到3名") == ("yes_no", False)
    # …and no word on a bound it does not fall short of
    assert ask(report, "乡镇司法所审核人员是否都达到1名").value is not False
