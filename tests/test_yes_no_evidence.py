"""Yes/no from evidence (issue 12, the ninth round): the wordings a journalist or a 司法局
reviewer asks in (是否已经…, 能否…, …了没有, X长是谁), a shortfall written after the deed, a
rate short of 100 % asked as 全覆盖/全部, a pilot asked as 所有, the head named by title, the
body calling itself 本局, 均胜诉 as no loss. Each rule on a small report written for the test
(a fictional bureau and county)."""

import pytest

from fgqa.answers import answer_question
from fgqa.answers.evidence import Question
from fgqa.figures.derive import percent
from helpers import summarized

BUREAU = """栖霞湾市交通运输局2025年法治政府建设情况报告
一、主要举措和成效
(一)依法决策。局机关全年审查规范性文件和合同共31件,审查意见均被采纳。
(二)执法规范化。全市交通运输执法人员持证率为93%,执法记录仪配备率达到100%,群众满意率为98%。在港北区开展“非现场执法”试点,其他区县暂未推开。
(三)复议诉讼。以本局为被申请人的行政复议案件12件,审结12件,其中被撤销1件;以本局为被告的行政诉讼案件4件,审结4件,均胜诉。局主要负责人全年出庭应诉3次。
(四)公开透明。依申请公开答复率为100%。
二、存在的不足
一是执法监督“最后一公里”衔接不够到位;二是少数科室行政处罚信息公示不及时;三是区县交通执法信息化建设尚属空白。
三、主要负责人履行推进法治建设第一责任人职责情况
局长韩照庭带头学法,主持召开局党组会议研究法治工作4次。
四、2026年工作打算
一是力争执法人员持证率达到98%;二是推动“非现场执法”在各区县全覆盖。
栖霞湾市交通运输局
2026年1月20日
"""


def _summarized(path: str, text: str, issuer: str, signed: str):
    return summarized(text, path, issuer=issuer, year=2025, signed=signed)


@pytest.fixture(scope="module")
def bureau():
    return _summarized("qixiawan.txt", BUREAU, "栖霞湾市交通运输局", "2026-01-20")


def ask(report, q):
    doc, summary = report
    return answer_question(q, summary, doc.text)


def yes_no(report, q):
    a = ask(report, q)
    return (a.answer_type, a.value)


@pytest.mark.parametrize("question, content", [
    ("问题是否已经整改?", ["整改"]),              # 是否已经: the tense, not the matter
    ("信息是否已公示", ["信息", "公示"]),
    ("平台建成了没有?", ["平台建成"]),            # …了没有 asks, it is no content
    ("政务事项能否全部网上办理", ["政务事项", "全部网上办理"]),
    ("局长是谁", ["局长"]),                       # 是谁 asks as one word (no stray 是)
    ("执法全过程记录是否做到全覆盖", ["执法全过程记录", "做到", "全覆盖"]),  # 全过程 is a word, not 过
])
def test_the_asking_words_are_not_what_is_asked_about(question, content):
    assert Question.parse(question).chunks == content


def test_a_shortfall_written_after_the_deed_is_a_no(bureau):
    """"衔接不够到位", "公示不及时", "尚属空白": the deed the question asks about was not (fully) done."""
    assert yes_no(bureau, "执法监督最后一公里是否已经衔接到位?") == ("yes_no", False)
    assert yes_no(bureau, "行政处罚信息是否都按时公示?") == ("yes_no", False)
    assert yes_no(bureau, "区县有没有开展交通执法信息化建设?") == ("yes_no", False)
    # asked as the problem itself, the same sentence is a yes
    assert yes_no(bureau, "是否存在处罚信息公示不及时的问题?") == ("yes_no", True)


def test_a_rate_short_of_100_percent_is_not_all(bureau):
    assert yes_no(bureau, "执法人员是否全部持证?") == ("yes_no", False)            # 持证率为93%
    assert yes_no(bureau, "执法记录仪配备是否实现全覆盖?") == ("yes_no", True)    # 配备率达到100%
    assert yes_no(bureau, "依申请公开是否全部答复?") == ("yes_no", True)


def test_another_rate_in_the_sentence_does_not_decide(bureau):
    """The satisfaction rate (98%) is another clause's: it says nothing of the recorders."""
    a = ask(bureau, "执法记录仪是否全部配备?")
    assert (a.answer_type, a.value) == ("yes_no", True), a.text


def test_a_pilot_in_one_place_is_not_everywhere(bureau):
    assert yes_no(bureau, "是否所有区县都开展了非现场执法?") == ("yes_no", False)
    assert yes_no(bureau, "港北区是否开展了非现场执法试点?") == ("yes_no", True)


def test_the_head_asked_by_title(bureau):
    assert yes_no(bureau, "局长是否出庭应诉?") == ("yes_no", True)  # 局主要负责人…出庭应诉3次
    who = ask(bureau, "局长是谁?")
    assert who.answer_type == "text" and "韩照庭" in who.text


def test_the_body_calling_itself_this_bureau_is_its_own_scope(bureau):
    """以本局为被申请人 in the bureau's own report: the bureau's figures, not a part's."""
    assert yes_no(bureau, "行政复议有没有被撤销的?") == ("yes_no", True)
    rate = ask(bureau, "复议纠错率是多少")
    assert rate.answer_type == "number" and rate.kind == "derived" and abs(rate.value - 8.3) < 1e-9  # 1/12


def test_all_cases_won_is_no_loss(bureau):
    assert yes_no(bureau, "是否实现零败诉?") == ("yes_no", True)                 # 审结4件,均胜诉
    assert yes_no(bureau, "以本局为被告的行政诉讼有没有败诉?") == ("yes_no", False)
    loss = ask(bureau, "败诉率是多少")
    assert (loss.answer_type, loss.value) == ("number", 0)


def test_a_rate_bound_is_not_compared_with_a_count(bureau):
    """"审结率是否达到98%": the 审结 count (4件) is no rate; only the goal says 98% (持证率)."""
    a = ask(bureau, "诉讼案件审结率是否达到98%?")
    assert a.answer_type != "yes_no", a.text


def test_a_goal_only_is_not_a_yes_or_no(bureau):
    a = ask(bureau, "执法人员持证率是否达到98%?")
    assert (a.answer_type, a.value) == ("yes_no", False)  # the year's 93% decides, not the goal
    plan = ask(bureau, "非现场执法是否已在各区县全覆盖?")
    assert (plan.answer_type, plan.value) == ("yes_no", False)  # 其他区县暂未推开 (the plan is a goal)


@pytest.mark.parametrize("part, whole, rate", [(1, 16, 6.3), (1, 8, 12.5), (3, 40, 7.5), (1, 3, 33.3), (2, 3, 66.7)])
def test_derived_rates_round_half_up_as_reports_do(part, whole, rate):
    assert percent(part, whole) == rate


COUNTY = """雁栖县人民政府2025年法治政府建设情况报告
一、主要工作
(一)依法行政。全县行政执法人员均持有行政执法证件。县城新建宪法主题公园1座,白沙乡被命名为市级法治乡镇。全县未发生因征地补偿引发的群体性事件。
(二)复议应诉。全县行政复议纠错率为9.8%,低于全市平均水平;行政诉讼败诉率为6.4%,全省平均为5.9%。
二、存在的不足
一是个别乡镇法治力量薄弱。
三、主要负责人履行推进法治建设第一责任人职责情况
县委书记周砚每月听取一次法治工作汇报,县长孟川主持召开常务会议研究法治工作5次。
四、2026年工作安排
一是深化行政执法协调监督。
雁栖县人民政府
2026年2月2日
"""


@pytest.fixture(scope="module")
def county():
    return _summarized("yanqi.txt", COUNTY, "雁栖县人民政府", "2026-02-02")


def test_deeds_worded_otherwise(county):
    assert yes_no(county, "执法人员是不是都持证?") == ("yes_no", True)    # 均持有行政执法证件
    assert yes_no(county, "是否建成了宪法主题公园?") == ("yes_no", True)  # 新建…1座


def test_a_level_named_is_a_level_asked(county):
    """"省级法治乡镇" is not answered by "被命名为市级法治乡镇" (the report says nothing of 省级)."""
    assert ask(county, "是否有乡镇被命名为省级法治乡镇?").answer_type != "yes_no"
    assert yes_no(county, "是否有乡镇被命名为市级法治乡镇?") == ("yes_no", True)


def test_an_existence_question_beyond_a_count_the_report_does_not_give(county):
    """Routed by 重大… words to a count the report lacks; the sentence saying none answers."""
    a = ask(county, "有没有发生因征地补偿引发的群体性事件?")
    assert (a.answer_type, a.value) == ("yes_no", False), a.text


def test_a_comparison_said_in_words(county):
    assert yes_no(county, "复议纠错率是否低于全市平均水平?") == ("yes_no", True)   # 低于全市平均水平
    assert yes_no(county, "复议纠错率是否高于全市平均水平?") == ("yes_no", False)
    # a benchmark named by the bound's words decides (全省平均为5.9%), none other does
    assert yes_no(county, "败诉率是否低于全省平均水平?") == ("yes_no", False)
    assert ask(county, "复议纠错率是否低于全国平均水平?").answer_type != "yes_no"


def test_a_name_after_its_title_before_a_time_word(county):
    who = ask(county, "县委书记是谁?")
    assert who.answer_type == "text" and "周砚" in who.text and "每" not in who.text.split("(")[0]
