"""Issue 11, class 5: a cue and its number split by a comma, and a cue gap widened by a list.

Sentences are our own (fictional, fresh wording).
"""

from fgqa.lexicon import lexicon
from fgqa.models import Figure
from helpers import figures_of


def stated(text: str) -> list[Figure]:
    return [f for f in figures_of(text) if f.kind == "stated"]


def test_a_bare_rate_takes_its_subject_from_the_clause_before() -> None:
    figs = stated("全乡9个行政村都已与律所签约法律顾问,覆盖率达到100%。")
    rate = next(f for f in figs if f.unit == "%")
    assert rate.key == "legal_advisor.coverage_rate" and rate.value == 100
    assert rate.scope == "行政村"
    assert rate.quote == "覆盖率达到100%"


def test_a_bare_rate_after_another_subject_stays_unkeyed() -> None:
    figs = stated("全乡9个行政村均建成调解室,覆盖率达到100%。")
    assert next(f for f in figs if f.unit == "%").key is None


def test_only_a_bare_rate_borrows_the_clause_before() -> None:
    # the second clause names its own subject: nothing is borrowed
    figs = stated("全乡各村均聘请了法律顾问,群众满意率达到96%。")
    assert next(f for f in figs if f.unit == "%").key is None


def test_a_list_closed_by_deng_may_stand_between_cue_and_noun() -> None:
    text = "县执法大队全年立案查处无证经营、私搭乱建、夜间施工扰民、占用消防通道等各类违法案件140件。"
    assert next(f for f in stated(text) if f.value == 140).key == "enforcement.cases"
    # without 等 the widened gap does not apply
    long_gap = "县执法大队全年立案查处无证经营私搭乱建夜间施工扰民占用消防通道的违法行为案件140件。"
    assert next(f for f in stated(long_gap) if f.value == 140).key is None


def test_the_list_template_expands_in_cues() -> None:
    cue = next(c for c in lexicon().cues if c.key == "enforcement.cases")
    assert cue.lead is not None and "等)?" in cue.lead.pattern


def test_a_rate_word_leans_on_the_passage_before_its_sentence() -> None:
    text = "区政府受理行政复议申请320件,审结301件。以调解、和解方式结案52件,调解率17.3%。"
    rate = next(f for f in stated(text) if f.unit == "%")
    assert rate.key == "reconsideration.mediation_rate"
    # a count does not: in a new paragraph of mediation, 调解 is the people's mediation
    other = "区政府受理行政复议申请320件。\n人民调解委员会调解纠纷52件,调解成功率96%。"
    assert next(f for f in stated(other) if f.unit == "%").key == "mediation.success_rate"
