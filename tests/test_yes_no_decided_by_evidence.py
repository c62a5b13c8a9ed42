"""Yes/no decided from evidence (issue 12 item 2), one class of writing per test: a yes needs a
sentence stating the thing as done (its words or their lexicon forms, the deed too), a no a
sentence negating it, a goal only a plan; anything else is "the report does not say". The
report is fictional (its own places and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """青岚县人民政府关于2024年度法治政府建设情况的报告

一、主要举措和成效
（一）依法决策
未经合法性审查的决策事项一律不提交县政府常务会议讨论。县政府制定年度法治政府建设工作计划，明确任务分工。印发《青岚县2024年依法行政工作要点》。推动实现县、乡党政主要负责人年终述法全覆盖。为41家企业开展“法治体检”。清理目录向社会公布。县城停车收费调整方案召开了听证会。配合县人大常委会完成《青岚县古树名木保护条例》立法调研。县司法局审核规范性文件和合同共计86件。县政府未新出台行政规范性文件。
（二）执法与服务
行政执法三项制度在县直部门全面落地。12个乡镇均配上了专职法制员。县政务服务中心推行无缝衔接的帮办代办服务。年内，县政府召开法治建设专题会议，研究部署下一步的法治建设工作。
（三）行政争议
全县行政诉讼败诉率为8.2%。全县法律援助案件较上年减少6.3%。全年没有发生一起行政复议被撤销的案件。全县实现安全生产零事故。县司法局开展了法律明白人培训，但未组织考核。以县政府为被告的案件，法院均判决驳回原告诉讼请求。

二、存在的不足
部分乡镇合法性审查流于形式，审查人员不足。执法案卷评查中发现的问题整改不够彻底。

三、2025年工作打算
2025年，我们将重点做好以下工作：一是推进执法监督规范化建设；
二是开展行政规范性文件质量提升年活动；
三是力争全县行政诉讼败诉率降至7%以下。

青岚县人民政府
2025年3月10日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "qinglan.txt", issuer="青岚县人民政府", level="county", year=2024)


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_a_plan_word_that_names_the_thing_made_is_no_goal(report):
    # "制定…工作计划": 计划 is what was made
    assert _said(report, "是否制定了年度法治政府建设工作计划") == ("yes_no", True)


def test_a_goal_word_in_another_clause_does_not_make_the_deed_a_goal(report):
    # "召开专题会议, 研究部署下一步的…工作": 下一步 governs the other clause
    assert _said(report, "县政府是否召开了法治建设专题会议") == ("yes_no", True)


def test_an_item_under_a_lead_of_intentions_is_a_goal(report):
    a = ask(report, "是否开展了行政规范性文件质量提升年活动")
    assert (a.answer_type, a.kind) == ("not_disclosed", "target")


def test_a_deed_asked_in_another_form_of_it_is_found(report):
    # 举行 is a form of 召开 (the synonym table, read both ways)
    assert _said(report, "停车收费调整前举行过听证吗") == ("yes_no", True)
    # 落实 ← 落地; 配上 said, 配备 asked
    assert _said(report, "三项制度在县直部门落实了吗") == ("yes_no", True)
    assert _said(report, "乡镇是否都配备了专职法制员") == ("yes_no", True)


def test_a_deed_must_be_said_not_any_deed_on_the_same_thing(report):
    # "审核规范性文件" is no 出台; the sentence saying 未新出台 decides
    assert _said(report, "县政府是否出台了行政规范性文件") == ("yes_no", False)


def test_only_the_preparation_done_is_no_yes(report):
    a = ask(report, "《青岚县古树名木保护条例》是否完成了立法")
    assert a.answer_type in ("cannot_answer", "not_disclosed")


def test_a_problem_asked_is_stated_by_the_shortcomings(report):
    assert _said(report, "部分乡镇的合法性审查是否流于形式") == ("yes_no", True)


def test_a_negator_look_alike_negates_nothing(report):
    # 无缝衔接 is no 无 before 衔接
    assert _said(report, "是否推行了帮办代办服务") == ("yes_no", True)


def test_an_outcome_said_the_other_way(report):
    # 胜诉 asked, the court dismissed the claims
    assert _said(report, "以县政府为被告的案件是否全部胜诉") == ("yes_no", True)


def test_a_fall_to_a_bound_is_a_comparison(report):
    # 8.2 % is not below 7 % (7 % is next year's goal)
    assert _said(report, "全县败诉率是否降到了7%以下") == ("yes_no", False)


def test_the_yes_no_words_are_lexicon_data(tmp_path):
    """yes_no.toml is validated with the other files: a bad pattern is one LexiconError naming it."""
    from importlib import resources

    from fgqa.lexicon import LexiconError, load_lexicon

    shipped = resources.files("fgqa.lexicon")
    for f in shipped.iterdir():
        if f.name.endswith(".toml"):
            (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    lex = load_lexicon(tmp_path)
    assert lex.yes_no.preparatory.match("调研")
    bad = (tmp_path / "yes_no.toml").read_text(encoding="utf-8").replace("preparatory = '调研", "preparatory = '(调研")
    (tmp_path / "yes_no.toml").write_text(bad, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"yes_no\.toml.*preparatory"):
        load_lexicon(tmp_path)


def test_the_condition_of_a_rule_is_no_negation(report):
    # "未经合法性审查的…一律不提交": the review is required, not missing
    assert _said(report, "是否开展了合法性审查") == ("yes_no", True)


def test_a_shortfall_of_the_deed_worded_otherwise_is_a_no(report):
    # 整改到位 asked, "整改不够彻底" said (到位 ← 彻底)
    assert _said(report, "案卷评查发现的问题是否整改到位") == ("yes_no", False)


def test_a_shortcoming_states_a_deed_only_when_it_says_the_deed(report):
    # "评查中发现的问题整改不够彻底" names 评查 but does not say one was held (开展)
    assert _said(report, "是否开展了执法案卷评查") == ("cannot_answer", None)


def test_a_direction_word_ending_the_question_asks_the_change(report):
    # "…是否增加了" asks the year-on-year change, said in words (较上年减少)
    a = ask(report, "法律援助案件是否增加了")
    assert (a.answer_type, a.value) == ("yes_no", False) and a.text.startswith("否")
    # a deed "是否增加了X" is no trend question
    assert _said(report, "是否增加了法律援助律师") != ("yes_no", False)


def test_the_answer_word_follows_the_question(report):
    assert ask(report, "停车收费调整前举行过听证吗").text.startswith("是。")
    assert ask(report, "有没有召开法治建设专题会议").text.startswith("有。")


def test_a_zero_said_before_the_thing_is_a_no_for_its_happening(report):
    assert _said(report, "是否发生了安全生产事故") == ("yes_no", False)
    assert _said(report, "是否实现安全生产零事故") == ("yes_no", True)


def test_a_deed_negated_in_another_clause_does_not_deny_the_asked_one(report):
    # "开展了…培训, 但未组织考核": 组织 is a form of 开展, negated about the 考核
    assert _said(report, "是否开展了法律明白人培训") == ("yes_no", True)
    assert _said(report, "是否组织了法律明白人考核") == ("yes_no", False)


def test_an_existence_question_with_no_count_is_answered_by_the_sentence():
    # no count or rate of losses is given; the sentence says none happened
    town = summarized("苇塘镇人民政府2024年法治政府建设情况报告\n\n一、主要工作\n全年没有发生一起行政诉讼败诉案件。"
                      "镇政府聘请律师担任法律顾问。\n", "weitang.txt", issuer="苇塘镇人民政府", level="town", year=2024)
    a = ask(town, "有没有败诉")
    assert (a.answer_type, a.value) == ("yes_no", False) and "没有发生一起" in a.citations[0].quote


def test_levels_named_together_and_a_year_word_are_written_otherwise(report):
    # "县乡两级" ← "县、乡"; "年度…工作要点" ← "2024年…工作要点"
    assert _said(report, "县乡两级党政主要负责人年终述法是否全覆盖") == ("yes_no", True)
    assert _said(report, "是否印发了年度依法行政工作要点") == ("yes_no", True)


def test_a_preposition_opening_the_object_may_stand_apart_in_the_report(report):
    # "为企业开展" ← "为41家企业开展"; 向社会 stays framing
    assert _said(report, "是否为企业开展了“法治体检”") == ("yes_no", True)
    assert _said(report, "清理目录有没有向社会公布") == ("yes_no", True)
