"""Yes/no classes of the eighth round (issue 12 item 2, helper yesno): a body asked about as
"X自己当被告" is a scope of its own, an outcome said the other way with a verb between (均作出了维持
决定), an all-word negated (尚未全部实现), a negation said not to have happened (没有出现拒不履行…),
a shortcoming saying the thing is 基本是空白, a level asked without its 级 (村法律顾问 ← 村级法律顾问),
being sued said the spoken way (告上法庭), a rate asked by a longer name than the report writes
(复议纠错率 ← 纠错率…高于全国平均), and 普法 never answered by a bare 法治. The report is fictional
(its own places and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """澄湖市司法局2024年度法治政府建设情况报告

一、主要工作和成效
（一）行政复议
全年市政府共收到行政复议申请620件，受理588件，审结561件，纠错74件，纠错率为13.2%，高于全国平均水平1.1个百分点。市政府本级审结复议案件210件，依法撤销、变更和确认违法18件。以本局为被申请人的行政复议案件3件，复议机关都作出了维持决定。复议决定作出后，被申请人全部按期履行，没有出现拒不履行复议决定的情况。
（二）行政应诉
全市行政机关一审行政诉讼收案905件，审结870件，败诉61件。以市政府为被告的一审行政诉讼案件88件，市政府败诉2件。本局作为被告的行政诉讼案件2件，均胜诉。
（三）法律服务
全市11个乡镇的142个村（社区）全部聘请了法律顾问，实现村级法律顾问全覆盖。乡镇人民政府全年未被提起行政诉讼。市政府法律顾问全年审查合同56份、出具法律意见书31份。法律顾问每月到市信访局参与接待。

二、存在的问题
一是本局信息化基础薄弱，行政复议电子卷宗尚未全部实现。二是对进城务工人员的普法基本是空白。三是部分村法治宣传栏内容陈旧。

三、2025年工作打算
一是实现行政复议电子卷宗全覆盖；二是面向进城务工人员开展普法宣传不少于10场。

澄湖市司法局
2025年2月18日
"""

#: a report whose only 法治 words are its title and a meeting: nothing says legal education was held
NO_EDUCATION = """栖桐镇人民政府2024年法治政府建设情况报告

栖桐镇位于县境东部，辖12个行政村，常住人口2.3万人，在外务工人员较多。现将有关情况报告如下。

一、主要做法
镇党委会议专题研究依法行政工作4次，开展安全生产检查9次。

二、存在的问题
镇综合执法力量不足。

三、下一步打算
加强执法队伍建设。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "chenghu.txt", issuer="澄湖市司法局", level="department", year=2024)


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_a_body_asked_as_itself_the_defendant_is_its_own_scope(report):
    # "司法局自己当被告" is the bureau's scope: the 市政府's 2 losses are no answer, its 均胜诉 is
    assert _said(report, "司法局自己当被告的案件有没有输?") == ("yes_no", False)


def test_an_outcome_said_the_other_way_with_a_verb_between(report):
    # "复议机关都作出了维持决定": none of the bureau's cases was corrected
    assert _said(report, "本局作为被申请人的复议案件是否被纠错?") == ("yes_no", False)


def test_an_all_word_negated_is_a_no(report):
    # a shortcoming "电子卷宗尚未全部实现" (and the plan's 全覆盖 is only a goal)
    assert _said(report, "行政复议电子卷宗是否已经全覆盖?") == ("yes_no", False)


def test_a_negation_said_not_to_have_happened_is_a_yes(report):
    # "全部按期履行,没有出现拒不履行…的情况": 拒不履行 denied, so all did
    assert _said(report, "被申请人是否都履行了复议决定?") == ("yes_no", True)


def test_a_shortcoming_saying_the_thing_is_blank_is_a_no(report):
    assert _said(report, "是否对进城务工人员开展了普法?") == ("yes_no", False)


def test_a_level_asked_without_its_ji(report):
    assert _said(report, "村法律顾问是否实现了全覆盖?") == ("yes_no", True)


def test_being_sued_said_the_spoken_way(report):
    assert _said(report, "乡镇人民政府有没有被告上法庭?") == ("yes_no", False)


def test_a_rate_asked_by_a_longer_name_than_the_report_writes(report):
    # "纠错率为13.2%,高于全国平均水平": the 复议纠错率 asked is that rate
    assert _said(report, "复议纠错率是否低于全国平均水平?") == ("yes_no", False)
    assert _said(report, "复议纠错率是否高于全国平均水平?") == ("yes_no", True)


def test_a_bare_fazhi_is_no_legal_education():
    r = summarized(NO_EDUCATION, "qitong.txt", issuer="栖桐镇人民政府", level="town", year=2024)
    # the sentence naming the migrant workers holds no deed of 普法; the title's 法治 is none
    assert ask(r, "是否对在外务工人员开展了普法?").value is not True


#: the forms of the second pass (a year against the year before, an average of another place, two
#: scopes against each other, a place never named, pending platforms and plans under way)
SECOND = """蔺川县人民政府2024年法治政府建设情况报告

一、主要做法
全县行政机关一审行政诉讼收案132件（上年为118件），审结120件，败诉6件。罚没款1,460万元，上年为1,710万元。县政府收到行政复议申请205件，纠错率为9.4%，全市平均纠错率为10.9%。以县政府部门为被申请人的案件纠错率为7.2%，以乡镇人民政府为被申请人的案件纠错率为13.5%。以县政府为被告的一审案件21件，无一败诉。县政务数据共享平台正在联调，预计明年一季度上线。县政府拟出台《蔺川县河道采砂管理办法》，目前正在起草。城关镇建成全县首个乡镇法治文化公园，其余乡镇尚在规划。

二、存在的不足
乡镇合法性审查力量不足。

三、下一步工作
建成县级行政复议智慧平台。

蔺川县人民政府
2025年1月20日
"""


@pytest.fixture(scope="module")
def second():
    return summarized(SECOND, "linchuan.txt", issuer="蔺川县人民政府", level="county", year=2024)


def test_the_year_before_written_beside_the_years_figure_decides_a_trend(second):
    assert _said(second, "行政诉讼案件是否比上年减少了?") == ("yes_no", False)   # 132 against 118
    assert _said(second, "行政诉讼案件是否比上年增加了?") == ("yes_no", True)
    assert _said(second, "罚没款是否比上年增加?") == ("yes_no", False)            # 1,460 against 1,710


def test_an_average_of_another_place_decides_nothing(second):
    assert _said(second, "纠错率是否低于全市平均水平?") == ("yes_no", True)
    assert ask(second, "纠错率是否低于全国平均水平?").answer_type != "yes_no"   # only the city's is given


def test_two_scopes_of_one_indicator_against_each_other(second):
    assert _said(second, "以乡镇人民政府为被申请人的案件纠错率是否高于县政府部门?") == ("yes_no", True)
    assert _said(second, "以县政府部门为被申请人的案件纠错率是否高于乡镇?") == ("yes_no", False)


def test_a_place_never_named_has_no_zero(second):
    assert ask(second, "石桥乡实现零败诉了吗?").answer_type != "yes_no"
    assert _said(second, "县政府是否实现零败诉?") == ("yes_no", True)


def test_a_platform_under_way_and_a_plan_being_drafted_are_not_done(second):
    assert _said(second, "县政务数据共享平台是否已经上线?") == ("yes_no", False)
    assert _said(second, "《蔺川县河道采砂管理办法》是否已经出台?") == ("yes_no", False)


def test_the_others_under_way_say_nothing_against_the_one_done(second):
    assert _said(second, "城关镇是否建成了乡镇法治文化公园?") == ("yes_no", True)
