"""Issue 12, confidently wrong answers (round 11): the classes behind the tuning sets' `wrong`
items, each in our own words (fictional places, numbers and sentences).

- the year before's value written right after the year's figure (…件(上年为…件), …,上年为…%)
  is that figure's benchmark: a question about the year before is answered by it;
- a question about the year before is never answered by somebody else's average the figure is
  compared with (低于全省平均水平(…%)): without the body's own prior value it is not disclosed;
- a goal that sets an average (力争…平均办理时限缩短至…日以内) is a target, not a benchmark.
"""

import pytest

from helpers import ask, figures_of, summarized

PRIOR = """苍梧县人民政府2024年度法治政府建设情况报告
一、主要成效
全县行政机关被诉一审行政案件共143件(上年为127件),法院审结118件,行政机关败诉9件,败诉率7.6%(上年为8.9%),低于全省平均水平(9.4%)。
县政府共受理行政复议案件64件,上年为58件。全县罚没款1,905万元,去年同期为2,210万元。
二、存在的不足
基层执法力量薄弱。
"""

ONLY_AVERAGE = """苍梧县人民政府2024年度法治政府建设情况报告
一、主要成效
全县法院审结一审行政案件118件,行政机关败诉9件,败诉率7.6%,低于全省平均水平(9.4%)。
二、存在的不足
基层执法力量薄弱。
"""


@pytest.fixture(scope="module")
def prior():
    return summarized(PRIOR, "prior.txt", issuer="苍梧县人民政府", year=2024)


@pytest.mark.parametrize("text, key, value", [
    ("全县行政机关被诉一审行政案件共143件(上年为127件)。", "litigation.cases", 127),
    ("法院审结118件,败诉9件,败诉率7.6%(上年为8.9%)。", "litigation.loss_rate", 8.9),
    ("县政府共受理行政复议案件64件,上年为58件。", "reconsideration.accepted", 58),
    ("全县罚没款1,905万元,去年同期为2,210万元。", "enforcement.fines", 2210),
])
def test_the_year_befores_value_after_the_figure_is_its_benchmark(text, key, value):
    figs = [(f.key, f.value, f.kind) for f in figures_of(text, 2024)]
    assert (key, value, "benchmark") in figs
    # the year's own figure keeps its kind
    assert any(f.key == key and f.kind == "stated" for f in figures_of(text, 2024))


def test_a_prior_value_with_no_figure_before_it_is_nobodys():
    # no keyed figure of the year precedes it: nothing to give the year before's value to
    assert not [f for f in figures_of("据统计,上年为127件。", 2024) if f.key is not None]


@pytest.mark.parametrize("question, value", [
    ("上一年的败诉率是多少", 8.9),
    ("上年被诉的行政案件有多少件", 127),
    ("2023年受理行政复议案件多少件", 58),
    ("全省平均败诉率是多少", 9.4),
    ("败诉率是多少", 7.6),
])
def test_the_year_before_is_its_own_value_not_the_average(prior, question, value):
    a = ask(prior, question)
    assert a.answer_type == "number" and a.value == value, a.text


def test_the_year_before_is_not_disclosed_when_only_an_average_is_given():
    report = summarized(ONLY_AVERAGE, "avg.txt", issuer="苍梧县人民政府", year=2024)
    a = ask(report, "上一年的败诉率是多少")
    assert a.answer_type in ("not_disclosed", "cannot_answer"), a.text
    # the average itself still answers a question about it
    b = ask(report, "全省平均败诉率是多少")
    assert b.answer_type == "number" and b.value == 9.4


def test_a_goal_that_sets_an_average_is_a_target():
    figs = figures_of("下一步,力争行政许可事项平均办理时限缩短至12个工作日以内。", 2024)
    assert [f.kind for f in figs if f.value == 12] == ["target"]
    # somebody else's average stays a benchmark
    figs = figures_of("全县行政机关败诉率7.6%,低于全省平均水平(9.4%)。", 2024)
    assert ("benchmark", 9.4) in [(f.kind, f.value) for f in figs]


# -- a Chinese numeral after 合同 is a count (同一 makes a word with a lone 一 only) -----------------

@pytest.mark.parametrize("text, value", [
    ("审核县政府合同一百零六份。", 106),
    ("审核各类合同十四份。", 14),
])
def test_a_chinese_numeral_after_a_contract_is_a_count(text, value):
    from fgqa.figures.numbers import find_quantities

    assert [q.value for q in find_quantities(text)] == [value]


@pytest.mark.parametrize("text", ["对同一件事重复投诉。", "统一部署,单一窗口。", "唯一一家试点单位。"])
def test_a_lone_one_after_such_a_character_is_still_a_word(text):
    from fgqa.figures.numbers import find_quantities

    assert [q.value for q in find_quantities(text) if q.unit] == []


# -- a question naming one kind of paper asks that kind's count, not the total's ----------------------

PAPERS = """苍梧县人民政府2024年度法治政府建设情况报告
一、主要成效
县司法局审核县政府及其办公室印发的文件四十一件、合同一百零六份,共计一百四十七件,提出审核意见二百一十条。
镇法制办审查合同、协议和文件共58件(份),其中合同协议39份、文件19件。
二、存在的不足
基层执法力量薄弱。
"""


@pytest.fixture(scope="module")
def papers():
    return summarized(PAPERS, "papers.txt", issuer="苍梧县人民政府", year=2024)


@pytest.mark.parametrize("question, value", [
    ("县司法局审核了多少份合同", 106),
    ("镇法制办审查的合同协议有多少份", 39),
    ("县司法局审核了多少件文件和合同", 147),
])
def test_the_kind_asked_is_its_own_count(papers, question, value):
    a = ask(papers, question)
    assert a.answer_type == "number" and a.value == value, a.text


def test_a_total_of_documents_keeps_a_question_about_one_kind_of_document():
    # 文件 in the total's own clause says the 规范性文件 asked: an earlier count of them, in another
    # clause of the sentence, is no item of this list
    report = summarized("""苍梧县人民政府2024年度法治政府建设情况报告
一、主要成效
全年以县政府名义制发的规范性文件共9件,均按时报备,同时对现行有效的规范性文件开展全面清理,清理涉及的文件总数为163件,继续有效的有140件。
""", "clean.txt", issuer="苍梧县人民政府", year=2024)
    a = ask(report, "清理了多少件规范性文件")
    assert a.answer_type == "number" and a.value == 163, a.text


def test_a_count_after_the_fair_competition_review_is_not_the_legality_reviews():
    text = "凡涉及企业经营的政策措施均先行开展公平竞争审查,全年审查19件,未发现限制竞争内容。"
    assert [f.key for f in figures_of(text, 2024) if f.value == 19] == [None]
    # a legality review's count said the same way keeps its key
    text = "县政府文件和合同一律先行合法性审查,全年审查64件。"
    assert [f.key for f in figures_of(text, 2024) if f.value == 64] == ["legality_review.documents"]


def test_two_kinds_joined_by_and_are_two_items_under_their_total():
    report = summarized("""苍梧县人民政府2024年度法治政府建设情况报告
一、主要成效
对局机关起草的制度文件12件和对外签订的合同35份进行了合法性审核,合计47件(份),提出修改意见80条。
""", "joined.txt", issuer="苍梧县人民政府", year=2024)
    a = ask(report, "合法性审核了多少件文件和合同")
    assert a.answer_type == "number" and a.value == 47, a.text


def test_an_outcome_of_a_review_is_not_handed_to_the_reviewed_kind():
    report = summarized("""苍梧县人民政府2024年度法治政府建设情况报告
一、主要成效
对各乡镇和县直部门报送备案的规范性文件开展备案审查318件,纠正7件。
""", "outcome.txt", issuer="苍梧县人民政府", year=2024)
    a = ask(report, "备案审查纠正了多少件规范性文件")
    assert not (a.answer_type == "number" and a.value == 318), a.text
