"""Verbal zeros in the forms writers who never read the rules use, and the counts a
lexicon synonym names (违法行为 punished, 主题活动 held). Sentences are our own (fictional)."""

from fgqa.models import Figure
from helpers import ask, figures_of, summarized


def zeros(text: str, **kw: object) -> list[tuple[str | None, float, str]]:
    figs: list[Figure] = figures_of(text, **kw)
    return [(f.key, f.value, f.kind) for f in figs if f.kind in ("zero_claim", "stated") and f.key]


def test_not_a_single_case_judged_lost_is_a_zero_and_no_count_of_one() -> None:
    got = zeros("全年以县政府为被告的行政诉讼12件,法院审结10件,没有一起被判败诉。")
    assert ("litigation.lost", 0, "zero_claim") in got
    assert ("litigation.lost", 1, "stated") not in got


def test_no_judgement_annulling_the_body_is_no_loss() -> None:
    got = zeros("以本局为被告的行政诉讼案件4件,均已审结,未有一件被法院判决确认违法。")
    assert ("litigation.lost", 0, "zero_claim") in got


def test_a_department_defending_its_own_suits_has_a_zero_rate() -> None:
    text = "以本局为被告的行政诉讼案件5件,本局没有一件被判决败诉。"
    rates = [f for f in figures_of(text, level="department", issuer="白沙县水利局") if f.key == "litigation.loss_rate"]
    assert [(f.value, f.kind) for f in rates] == [(0, "zero_claim")]


def test_a_government_as_defendant_is_a_part_of_its_area_no_rate() -> None:
    text = "以县政府为被告的行政诉讼案件5件,县政府没有一件被判决败诉。"
    rates = [f for f in figures_of(text, level="county", issuer="白沙县人民政府") if f.key == "litigation.loss_rate"]
    assert rates == []


def test_no_major_decision_said_with_wu_or_meiyou() -> None:
    assert ("major_decisions.count", 0, "zero_claim") in zeros("本年度本所无重大行政决策事项。")
    assert ("major_decisions.count", 0, "zero_claim") in zeros("全年没有应当纳入目录的重大行政决策。")
    # "none went without review" is no zero of the decisions
    assert not [z for z in zeros("没有重大行政决策未经合法性审查。") if z[0] == "major_decisions.count"]


def test_every_unit_has_an_adviser_in_other_verbs() -> None:
    assert ("legal_advisor.coverage_rate", 100, "zero_claim") in zeros("全乡9个村均聘有常年法律顾问。")
    assert ("legal_advisor.coverage_rate", 100, "zero_claim") in zeros("辖区7个社区都签订了“一居一法律顾问”协议。")


def test_offences_punished_are_enforcement_cases() -> None:
    got = zeros("(二)执法监管。全年共查处违规占道、私搭乱建等违法违规行为213起。")
    assert ("enforcement.cases", 213, "stated") in got


def test_themed_outreach_events_after_a_list() -> None:
    got = zeros("围绕普法规划,举办“法治集市”“宪法进校园”“民法典讲堂”等主题活动29场次。")
    assert ("legal_education.events", 29, "stated") in got


def test_a_zero_does_not_answer_how_many_suits() -> None:
    text = ("柳汀县人民政府2024年法治政府建设情况报告\n一、主要成效\n"
            "县政府作为被告的7件诉讼没有一件被判败诉。\n")
    answer = ask(summarized(text), "县政府作为被告的诉讼有几件?")
    assert answer.value == 7


def test_one_departments_suits_in_a_countys_report_are_no_zero_of_the_body() -> None:
    text = "县交通运输局作为被告的3起案件均已审结,局里没有一起被判决撤销行政行为。"
    figs = figures_of(text, level="county", issuer="柳汀县人民政府")
    assert not [f for f in figs if f.kind == "zero_claim"]
