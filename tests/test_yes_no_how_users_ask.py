"""Yes/no in the words users ask (是否全部被…, 是否都经过…程序, 是否比上年下降, 各…是否…, 是否所有…都…,
是否实现…全覆盖): each test one class of writing the yes/no round found, decided by a general rule of
fgqa/answers/yes_no.py and the words of yes_no.toml. The report is fictional (its own place and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """苇溪街道办事处关于2024年度法治政府建设工作情况的报告

区人民政府：
苇溪街道下辖9个社区，常住人口4.3万人。现将本年度法治政府建设工作情况报告如下。

一、主要做法和成效
（一）依法决策。街道党工委会议研究的重大事项共7项，各项决策均经过公众参与、专家咨询和合法性审查。街道法律顾问对拟出台的管理办法和拟签订的合同开展合法性审查，提出的意见均被采纳。街道对辖区物业企业开展法律提示，书面提示意见的采纳率为93.5%。
（二）基层治理。指导9个社区完成居民公约修订。指导6个社区建成“法治驿站”。各社区按月公开居务和财务。督促各单位公开办事指南。指导物业企业规范收费行为。社区重大事项共12项，均经居民议事会讨论，其中召开听证会2场。
（三）复议应诉。以街道为被申请人的行政复议案件纠错率从上年的11.5%降到9.8%。区复议机构审结的涉街道案件中，直接纠错率为6.2%，综合纠错率为10.4%。各社区的重大事项基本做到法律顾问先审后议。
（四）普法。开展法治讲座18场。年底向区委全面依法治区委员会述法，对述法中指出的4个问题，逐项明确整改责任人和时限。

二、存在的不足
一是普法对辖区独居老人覆盖不足；二是部分社区调委会力量薄弱；三是执法案卷归档也还不太规范；四是15个网格中有4个没有专职网格调解员；五是社区矫正衔接机制跟进不够；六是综合执法规范化水平有待提高。

三、2025年工作打算
一是推进社区调委会规范化建设全覆盖；二是实现网格专职调解员配备全覆盖；三是完成社区法律顾问续聘。

苇溪街道办事处
2025年2月14日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "weixi.txt", issuer="苇溪街道办事处", level="street", year=2024)


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_a_passive_asked_is_read_as_its_deed_and_a_rate_below_100_is_not_all(report):
    # "是否全部被采纳": 被 is no word of the report's ("采纳率为93.5%")
    assert _said(report, "书面提示意见是否全部被采纳") == ("yes_no", False)


def test_a_goal_word_describing_a_thing_is_no_goal(report):
    # "对拟出台的管理办法…开展合法性审查, 提出的意见均被采纳": the review was done
    assert _said(report, "法律顾问的审查意见是否都被采纳") == ("yes_no", True)


def test_a_procedure_noun_after_the_deed_may_be_left_out(report):
    assert _said(report, "重大决策是否都经过了合法性审查程序") == ("yes_no", True)


def test_a_change_said_from_one_figure_to_another_answers_the_direction(report):
    assert _said(report, "行政复议纠错率是否比上年下降") == ("yes_no", True)
    assert _said(report, "行政复议纠错率比上年是否上升了") == ("yes_no", False)


def test_a_degree_negation_before_the_asked_word_is_a_no(report):
    assert _said(report, "执法案卷归档是否规范") == ("yes_no", False)


def test_each_of_them_said_with_ge_is_all_of_them(report):
    assert _said(report, "各社区是否公开了居务") == ("yes_no", True)


def test_a_count_is_all_when_it_is_the_whole_number_the_report_states(report):
    # "下辖9个社区" … "指导9个社区完成…": all; "指导6个社区建成…": a part
    assert _said(report, "是否所有社区都完成了居民公约修订") == ("yes_no", True)
    assert _said(report, "是否所有社区都建成了法治驿站") == ("yes_no", False)


def test_coverage_said_to_fall_short_is_no_full_coverage(report):
    assert _said(report, "普法是否实现了独居老人全覆盖") == ("yes_no", False)


def test_a_shortcoming_of_another_predicate_says_nothing_of_coverage(report):
    # "部分社区调委会力量薄弱" is no word on whether the 规范化建设 covers them all (that is a plan)
    assert _said(report, "社区调委会规范化建设是否实现全覆盖")[0] != "yes_no"


def test_a_part_said_to_lack_the_thing_is_no_full_coverage(report):
    assert _said(report, "是否实现了网格专职调解员配备全覆盖") == ("yes_no", False)


def test_the_report_announcing_itself_is_no_deed(report):
    # "现将本年度法治政府建设工作情况报告如下" and the title hold the words, not the publication
    assert _said(report, "是否公开了法治政府建设年度报告")[0] != "yes_no"


def test_a_shortfall_after_a_word_of_degree_is_a_no(report):
    # "综合执法规范化水平有待提高" for "…是否已经规范"
    assert _said(report, "综合执法是否已经规范") == ("yes_no", False)


def test_a_state_the_report_never_names_is_denied_by_a_shortfall_of_the_thing(report):
    # 健全 is no word of the report's; "社区矫正衔接机制跟进不够" says it is not
    assert _said(report, "社区矫正衔接机制是否已经健全") == ("yes_no", False)
    # and never a yes without the word
    assert _said(report, "居民公约是否已经健全")[0] != "yes_no"


def test_each_said_counts_for_the_bodies_asked_only(report):
    # "督促各单位公开办事指南" is 各 of another kind of body than the 社区 asked
    assert _said(report, "各社区是否公开了办事指南") != ("yes_no", True)

def test_the_rate_as_the_question_names_it_decides(report):
    # two rates of one key: the 综合纠错率 asked, not the 直接纠错率
    assert _said(report, "综合纠错率有没有超过10%") == ("yes_no", True)
    assert _said(report, "直接纠错率有没有超过10%") == ("yes_no", False)


def test_most_of_them_is_not_all_of_them(report):
    assert _said(report, "各社区的重大事项是否都做到了法律顾问先审后议") == ("yes_no", False)


def test_a_weakness_said_denies_a_sufficiency_asked(report):
    assert _said(report, "社区调委会力量是否充足") == ("yes_no", False)


def test_a_deed_of_steering_others_does_not_say_the_thing_done(report):
    # "指导物业企业规范收费行为" says the guidance, not that the charges are 规范
    assert _said(report, "物业企业收费是否规范")[0] != "yes_no"


def test_a_part_opened_by_qizhong_is_not_all_of_them(report):
    # "社区重大事项共12项,均经居民议事会讨论,其中召开听证会2场": the hearings were held for a part
    assert _said(report, "社区重大事项是否都召开了听证会") == ("yes_no", False)
    assert _said(report, "社区重大事项是否都经居民议事会讨论") == ("yes_no", True)


def test_an_all_word_inside_a_name_and_an_assignment_are_no_yes(report):
    # "全面依法治区委员会" is a name; "明确整改责任人和时限" assigns the rectification
    assert _said(report, "述法中指出的问题是否都整改了")[0] != "yes_no"
