"""Answers: routing paraphrases, and each answer type on a small report written for the test."""

import pytest

from fgqa.answers import answer_question
from fgqa.answers.router import route
from helpers import summarized

REPORT = """云台县人民政府关于2025年度法治政府建设情况的报告
一、2025年度推进法治政府建设的主要举措和成效
(一)规范行政应诉
全年以县政府为被告的行政应诉案件14件,审结12件,败诉1件。以乡镇、部门为被告的行政应诉案件26件,审结25件,败诉3件。
全县行政诉讼败诉率为8.1%,低于全省平均败诉率10.4%,同比下降2个百分点。行政机关负责人出庭应诉率100%。
(二)加强复议监督
全年收到行政复议申请90件,受理85件,审结80件,纠错9件。
(三)深化普法
全年开展普法活动120场,覆盖群众6万余人次。电信诈骗发案数同比下降31.5%。
二、存在的不足
一是基层执法力量薄弱。二是普法针对性不强。
三、2026年工作安排
一是持续压降败诉率,力争控制在6%以内。二是推进执法规范化。
云台县人民政府
2026年3月10日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "yuntai.txt", issuer="云台县人民政府", year=2025, signed="2026-03-10")


def ask(report, q):
    doc, summary = report
    return answer_question(q, summary, doc.text)


@pytest.mark.parametrize("question,key", [
    ("败诉率是多少", "litigation.loss_rate"),
    ("行政诉讼输的比例是多少?", "litigation.loss_rate"),
    ("输了几件官司?", "litigation.lost"),
    ("出庭率多少", "litigation.head_appearance_rate"),
    ("复议纠错率是多少?", "reconsideration.correction_rate"),
    ("清理了多少件规范性文件?", "normative_docs.cleaned"),
    ("普法活动覆盖了多少人次?", "legal_education.audience"),
])
def test_paraphrases_route_to_the_indicator(question, key):
    r = route(question)
    assert r.route == "indicator" and r.key == key


@pytest.mark.parametrize("question,part,shape", [
    ("有没有写不足?", "shortcomings", "yes_no"),
    ("明年有什么安排?", "plans", "list"),
    ("主要负责人履职情况写了吗", "leadership", "yes_no"),
])
def test_part_questions(question, part, shape):
    r = route(question)
    assert (r.route, r.part, r.shape) == ("part", part, shape)


def test_stated_rate_not_the_benchmark_or_change(report):
    a = ask(report, "败诉率是多少")
    assert (a.answer_type, a.value, a.kind) == ("number", 8.1, "stated")
    assert a.citations and a.citations[0].quote in REPORT
    bench = ask(report, "全省平均败诉率是多少?")
    assert (bench.value, bench.kind) == (10.4, "benchmark")
    target = ask(report, "败诉率的目标是多少?")
    assert (target.value, target.kind) == (6, "target")


def test_scope_named_in_the_question_picks_that_scope(report):
    a = ask(report, "以乡镇、部门为被告的行政应诉案件有多少件?")
    assert a.value == 26
    total = ask(report, "全县行政应诉案件一共有多少件?")
    assert (total.value, total.kind, total.formula) == (40, "derived", "14+26")


def test_not_disclosed_says_what_is_given_instead(report):
    a = ask(report, "法律援助案件有多少件?")
    assert a.answer_type == "not_disclosed" and a.value is None


def test_change_of_an_unkeyed_figure(report):
    a = ask(report, "电信诈骗发案数同比下降了多少?")
    # answered as the question words it: down by 31.5 %, not "down by −31.5 %"
    assert (a.answer_type, a.value, a.kind, a.direction) == ("number", 31.5, "change", "down")
    assert a.text.startswith("下降31.5%")
    signed = ask(report, "电信诈骗发案数同比变化了多少?")
    assert (signed.value, signed.direction) == (-31.5, "down")


def test_yes_no_and_list(report):
    yes = ask(report, "这份报告有没有写存在的不足?")
    assert (yes.answer_type, yes.value) == ("yes_no", True)
    no = ask(report, "有没有写主要负责人履行第一责任人职责的情况?")
    assert (no.answer_type, no.value) == ("yes_no", False)
    plans = ask(report, "2026年的工作安排有哪些?")
    assert plans.answer_type == "list" and len(plans.points) == 2
    assert plans.points[1].startswith("推进执法规范化")


def test_meta_question(report):
    a = ask(report, "报告的落款日期是哪天?")
    assert a.answer_type == "text" and "2026-03-10" in a.text


def test_cannot_answer_points_to_related_sections(report):
    a = ask(report, "明天会下雨吗")
    assert a.answer_type == "cannot_answer" and "无法" in a.text


class _FakeClient:
    """Stands in for the LLM client: returns a canned reply, records the prompt."""

    def __init__(self, reply):
        self.reply, self.prompts = reply, []

    def complete(self, response_model, messages, *, prompt_version, validation_context=None):
        from types import SimpleNamespace

        self.prompts.append(messages[-1]["content"])
        return SimpleNamespace(obj=response_model(**self.reply), usage=None)


def test_llm_answer_keeps_only_verified_quotes(report):
    doc, summary = report
    client = _FakeClient({"answer": "基层执法力量薄弱", "points": ["执法力量"],
                          "quotes": ["一是基层执法力量薄弱", "执法队伍年轻化程度很高"]})
    a = answer_question("执法力量怎么样?", summary, doc.text, client=client)
    assert a.answer_type == "text" and [c.quote for c in a.citations] == ["一是基层执法力量薄弱"]
    assert "执法力量怎么样" in client.prompts[0]


def test_llm_answer_with_no_verifiable_quote_is_not_shown(report):
    doc, summary = report
    client = _FakeClient({"answer": "很好", "quotes": ["执法队伍年轻化程度很高"]})
    a = answer_question("执法力量怎么样?", summary, doc.text, client=client)
    assert a.answer_type == "cannot_answer"


def test_yes_no_about_an_indicator_is_read_off_its_figure(report):
    corrected = ask(report, "行政复议有没有被纠错的?")
    assert (corrected.answer_type, corrected.value, corrected.unit) == ("yes_no", True, None)
    assert corrected.text.startswith("有。") and corrected.citations[0].quote.endswith("纠错9件")
    complete = ask(report, "负责人是否都出庭应诉了?")
    assert (complete.answer_type, complete.value) == ("yes_no", True) and complete.text.startswith("是。")


def test_a_named_target_is_a_figure_not_the_plans_part(report):
    a = ask(report, "明年的败诉率目标是什么?")
    assert (a.answer_type, a.value, a.kind) == ("number", 6, "target")


def test_an_indicator_question_never_takes_a_figure_of_another_unit():
    text = "一、工作情况\n全年以县政府为被告的行政诉讼案件3件。\n二、明年打算\n每季度组织一次集中学法。\n"
    a = answer_question("明年的败诉率目标是多少?", summarized(text, "t.txt", year=2025)[1], text)
    assert a.answer_type == "not_disclosed" and a.value is None


def test_a_question_asking_two_things_is_answered_part_by_part(report):
    a = ask(report, "全年开展了多少场普法活动?覆盖了多少人?")
    assert (a.answer_type, a.value, a.unit) == ("number", 120, "场")
    assert a.points == ["覆盖了多少人: 普法受众人数: 60000余人次 (报告给出)"]
    assert len(a.citations) == 2
    # "哪些报告给出了…?分别是多少?" asks one thing
    assert ask(report, "败诉率是多少?分别是多少?").answer_type == "number"


def test_a_follow_up_without_a_subject_asks_about_the_first_parts_subject(report):
    a = ask(report, "行政复议受理了多少件?统计时段是什么?")
    assert (a.answer_type, a.value) == ("number", 85)
    assert "报告未另注明统计时段, 应为2025年全年" in a.points[0]


def test_when_a_figure_was_counted_to():
    text = "一、工作情况\n截至10月底,全区人民调解组织调处纠纷812件,调解成功率96.5%。\n"
    _doc, summary = summarized(text, "t.txt", year=2025)
    a = answer_question("人民调解的数据统计到什么时候?调处了多少件纠纷?", summary, text)
    assert a.answer_type == "text" and "截至10月底" in a.text and "812件" in a.text
    assert a.points == ["截至10月底,全区人民调解组织调处纠纷812件,调解成功率96.5%"]  # the sentence it came from
