"""The one claim check every number answer passes (fgqa.answers.claims.claim_holds): the quote's
clause must carry the question's subject, and its unit must be one the question counts in.
The fixture is a report written for these tests (a fictional county, fresh wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

from fgqa.answers.claims import carrier, claim_holds, subject_of, uncarried
from fgqa.answers.evidence import ReportIndex
from fgqa.answers.respond import all_figures
from fgqa.models import Answer, Citation

REPORT = """苇川县人民政府2025年法治政府建设情况报告

一、主要工作
(一)化解行政争议。县政府作为复议机关收到复议申请88件,受理80件,审结77件。全县行政诉讼案件新收40件,其中以县政府为被告的9件;审结36件,败诉2件。
(二)优化服务。县便民热线全年受理群众诉求1.6万件,办结率98.2%。综治中心受理各类纠纷310件,调解成功296件。
(三)法治宣传。开展"法律进集市"活动42场,受众1.1万人次。全县建成村级法律服务点19个。
(四)履职。县法律顾问审核合同57份、出具法律意见64条。县长主持召开常务会议9次,研究法治政府建设议题。县编办印发了8家单位的职能方案和11家单位的编制通知。

二、存在的不足
部分乡镇法治力量薄弱,规范性文件报备不够及时。

三、主要负责人履行第一责任人职责情况
县长带头学法。

四、2026年工作计划
力争败诉率控制在4%以内。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "weichuan.txt", issuer="苇川县人民政府", year=2025)


def _figure_answer(report, quote: str) -> tuple[Answer, ReportIndex, list]:
    doc, summary = report
    figures = all_figures(summary)
    end = doc.text.index(quote) + len(quote)  # the figure whose number ends the quote
    fig = next(f for f in figures if f.span[1] == end and f.kind != "derived")
    answer = Answer(doc="weichuan.txt", answer_type="number", value=fig.value, unit=fig.unit, kind=fig.kind,
                    key=fig.key, citations=[Citation(quote=fig.quote, span=fig.span)])
    return answer, ReportIndex.build(summary, doc.text), figures


@pytest.mark.parametrize(("question", "quote", "holds"), [
    # the number's own clause, or the clauses before it in its sentence, carry every word asked
    ("受理复议申请多少件", "受理80件", True),
    ("受理复议申请多少件", "收到复议申请88件", False),  # 受理 is said after 88, of another number
    ("调解成功了多少件纠纷", "调解成功296件", True),
    ("调解成功了多少件纠纷", "各类纠纷310件", False),  # the neighbouring count, not the settled ones
    ("热线办结了多少件诉求", "群众诉求1.6万件", False),  # only a rate of settled ones is given
    ("建成了多少个乡镇法律服务点", "法律服务点19个", False),  # the points are the villages'
    ("建成了多少个村级法律服务点", "法律服务点19个", True),
    ("法律顾问审核了多少份合同", "审核合同57份", True),
    ("法律顾问出具了多少条法律意见", "法律意见64条", True),
    # a clause with no number after the count says what was counted (召开…9次,研究…)
    ("召开几次常务会议研究法治政府建设", "常务会议9次", True),
    # what an earlier number of the clause counts is its own, not the next one's
    ("印发了多少家单位的职能方案", "11家", False),
    ("印发了多少家单位的编制通知", "11家", True),
])
def test_a_number_is_kept_only_when_its_clause_carries_the_question(report, question, quote, holds):
    answer, index, figures = _figure_answer(report, quote)
    assert claim_holds(answer, question, index, figures, "苇川县人民政府") is holds


def test_the_unit_must_be_one_the_question_counts_in(report):
    answer, index, figures = _figure_answer(report, "活动42场")
    assert claim_holds(answer, "开展法律进集市活动多少场", index, figures, "苇川县人民政府")
    assert not claim_holds(answer, "开展法律进集市活动多少人次", index, figures, "苇川县人民政府")


def test_the_subject_leaves_out_what_the_figure_vouches_for():
    # the indicator's words and its domain's (败诉, 行政诉讼), the kind and year words, the
    # reporting body's own name: the figures stage read them off the figure itself
    subject = subject_of("2025年县政府行政诉讼案件败诉率同比下降了多少", "litigation.loss_rate", issuer="苇川县人民政府")
    assert [c for c in subject.chunks if len(c) >= 2] == ["案件"]
    # an unkeyed figure vouches for nothing: the question's words stay to be carried
    assert "热线办结" in "".join(subject_of("热线办结了多少件", None).chunks)


def test_a_figure_keyed_to_another_indicator_vouches_for_nothing_of_the_one_asked(report):
    answer, index, figures = _figure_answer(report, "新收40件")  # the county's lawsuits, keyed as such
    assert claim_holds(answer, "行政诉讼案件有多少件", index, figures, "苇川县人民政府")
    assert not claim_holds(answer, "行政诉讼败诉多少件", index, figures, "苇川县人民政府")


def test_an_indicator_figure_vouches_only_for_the_words_its_quote_says(report):
    # "审核合同57份" is keyed as reviewed documents, whose words also read 审核…文件: the quote
    # vouches for 审核, not for the 规范性文件 the question names
    answer, index, figures = _figure_answer(report, "审核合同57份")
    assert answer.key == "legality_review.documents"
    assert claim_holds(answer, "审核了多少份合同", index, figures, "苇川县人民政府")
    assert not claim_holds(answer, "审核了多少件规范性文件", index, figures, "苇川县人民政府")


def test_a_table_cell_is_carried_by_its_row_and_its_column_header():
    text = ("柳渡区人民政府2025年法治政府建设情况报告\n\n一、主要工作\n表1 行政应诉情况\n项目 | 区政府本级 | 全区\n"
            "新收行政诉讼案件(件) | 12 | 85\n\n二、存在的不足\n无。\n")
    doc, summary = summarized(text, "liudu.txt", issuer="柳渡区人民政府", year=2025)
    index = ReportIndex.build(summary, doc.text)
    cell = next(f for f in all_figures(summary) if f.value == 12)
    said = carrier(cell, index)
    assert "区政府本级" in said and "新收行政诉讼案件" in said
    assert not uncarried(subject_of("区政府本级新收行政诉讼案件多少件", None), said, index)


@pytest.mark.parametrize(("question", "value"), [
    ("调解成功了多少件纠纷", 296),  # not the 310 received right before it
    ("县政府受理复议申请多少件", 80),  # not the 88 applications received
    ("印发了多少家单位的职能方案", 8),  # the 11 counts the units whose 编制通知 was issued
])
def test_a_refused_number_gives_way_to_the_one_its_clause_says(report, question, value):
    answer = ask(report, question)
    assert (answer.answer_type, answer.value) == ("number", value)


@pytest.mark.parametrize("question", [
    "热线办结了多少件群众诉求",  # only 办结率 is given, next to the count of those received
    "建成了多少个乡镇法律服务点",  # the report counts the villages' points
    "法律顾问审核了多少件规范性文件",  # the adviser's count (keyed as reviewed documents) is of contracts
])
def test_ask_abstains_rather_than_give_a_neighbouring_number(report, question):
    answer = ask(report, question)
    assert answer.answer_type in ("cannot_answer", "not_disclosed"), answer.text
    assert answer.points  # the most related sentences, for a reader to check


COUNTERS = """岚溪区人民政府2025年法治政府建设情况报告

一、主要工作
(一)化解争议。区政府本级全年受理复议5例,其中撤销1例;以区政府为被告的行政诉讼案件3件。区城管执法中队查办占道违法行为共217起。
(二)办理建议。办理人大代表建议46件。

二、存在的不足
执法人员培训不够系统。
"""


@pytest.mark.parametrize(("question", "value"), [
    ("区政府本级受理了多少件复议案件", 5),  # 例 is only ever said of cases: it counts the 案件 asked
    ("执法中队查办了多少件违法案件", 217),  # 起 likewise
])
def test_a_counter_that_names_cases_carries_the_word(question, value):
    answer = ask(summarized(COUNTERS, "lanxi.txt", issuer="岚溪区人民政府", year=2025), question)
    assert (answer.answer_type, answer.value) == ("number", value), answer.text


def test_a_counter_of_anything_does_not_carry_cases():
    # 件 counts suggestions as well as cases: "建议46件" is no count of 案件
    answer = ask(summarized(COUNTERS, "lanxi.txt", issuer="岚溪区人民政府", year=2025), "办理了多少件建议案件")
    assert answer.answer_type in ("cannot_answer", "not_disclosed"), answer.text


PROVINCE = """澜川省司法厅2025年法治政府建设情况报告

一、主要工作
(一)行政应诉。全省行政机关一审行政诉讼案件4,120件,败诉236件,败诉率5.7%,低于全国平均水平。本厅作为被告的行政诉讼案件3件,均未败诉。
(二)执法监督。组织全省集中评查执法案卷8,600卷。全省法律援助案件从2024年的1.3万件增加到2025年的1.5万件。
(三)示范创建。向中央依法治国办推荐全国法治政府建设示范候选地区2个。

二、存在的不足
部分市县法治力量不足。
"""


@pytest.fixture(scope="module")
def province():
    return summarized(PROVINCE, "lanchuan.txt", issuer="澜川省司法厅", year=2025)


@pytest.mark.parametrize(("question", "value"), [
    # 全省/全国 alone made these ask for a benchmark; the report's own figure names that area
    ("全省评查了多少卷执法案卷", 8600),
    ("推荐了几个全国法治政府建设示范候选地区", 2),
    # a lawsuit count vouches for 行政诉讼, not for the 败诉 asked (the losses are their own figure)
    ("全省行政诉讼败诉了多少件", 236),
])
def test_an_area_word_alone_asks_for_the_areas_own_figure(province, question, value):
    answer = ask(province, question)
    assert (answer.answer_type, answer.value) == ("number", value), answer.text


@pytest.mark.parametrize("question", [
    "全国评查了多少卷执法案卷",  # the 8,600 are the province's; nothing names the nation's
    "全国行政诉讼败诉率是多少",  # 低于全国平均水平 compares with the nation, the 5.7% is the province's
    "全国法律援助案件有多少件",  # the 1.3万件 are the province's own of last year, not the nation's
])
def test_an_area_the_report_does_not_give_stays_not_in_the_report(province, question):
    answer = ask(province, question)
    assert answer.answer_type in ("cannot_answer", "not_disclosed"), answer.text


def test_a_city_does_not_speak_for_its_province():
    # "全省…多少" opening the question asks for the province's figure: a city's "在全省…" count is its own
    city = ("汀州市人民政府2025年法治政府建设情况报告\n\n一、主要工作\n全市组织开展全省执法案卷评查协作,评查案卷640卷。\n"
            "二、存在的不足\n基层执法力量不足。\n")
    answer = ask(summarized(city, "tingzhou.txt", issuer="汀州市人民政府", year=2025), "全省评查了多少卷执法案卷")
    assert answer.answer_type in ("cannot_answer", "not_disclosed"), answer.text


CLEANUP = """沙汀县人民政府2025年法治政府建设情况报告

一、主要工作
(一)文件管理。全年清理规章和行政规范性文件132件,废止9件、修改14件。公开县政府规章5件(含修改2件),公开县政府行政规范性文件27件。

二、存在的不足
部分乡镇法治力量薄弱。
"""


@pytest.fixture(scope="module")
def cleanup():
    return summarized(CLEANUP, "shating.txt", issuer="沙汀县人民政府", year=2025)


@pytest.mark.parametrize(("question", "value"), [
    # the parts of a clean-up the figures stage leaves unkeyed: the item is the question's word alone
    ("废止了多少件规范性文件", 9),
    ("清理中修改了多少件规范性文件", 14),
])
def test_a_part_written_by_its_verb_alone_answers(cleanup, question, value):
    answer = ask(cleanup, question)
    assert (answer.answer_type, answer.value) == ("number", value), answer.text


@pytest.mark.parametrize("question", [
    "清理中宣布失效了多少件规范性文件",  # nothing was declared void
    "公开了多少件废止的行政规范性文件",  # the 27 published are no repealed documents
])
def test_a_part_the_report_does_not_count_stays_not_in_the_report(cleanup, question):
    answer = ask(cleanup, question)
    assert answer.answer_type in ("cannot_answer", "not_disclosed"), answer.text


def test_a_word_read_with_a_gap_vouches_for_its_own_words_only():
    # 清理.{0,8}规范性文件 matches the whole question; the 修改 in its gap is still to be carried
    from fgqa.answers.claims import indicator_words_removed

    rest = indicator_words_removed("清理中修改了多少件规范性文件", "normative_docs.cleaned")
    assert "修改" in rest and "清理" not in rest and "规范性文件" not in rest
