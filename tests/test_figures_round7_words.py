"""Words for a figure that writers who never read the rules used and the lexicon lacked:
a catalogue's items said with 管理 between (纳入目录管理的决策事项), a mediation success said
verb first (成功化解N起). Sentences are our own (fictional)."""

from fgqa.figures.derive import derive_rates
from helpers import figures_of


def test_items_of_the_managed_catalogue_are_major_decisions() -> None:
    text = "区政府编制重大行政决策事项目录,纳入目录管理的决策事项共7项。"
    got = [(f.key, f.value) for f in figures_of(text) if f.key]
    assert ("major_decisions.count", 7) in got


def test_success_said_verb_first_gives_the_success_rate() -> None:
    text = "镇人民调解委员会全年受理矛盾纠纷240起,成功化解228起。"
    figs = figures_of(text)
    rates, _ = derive_rates(figs, text)
    assert [(r.key, r.value) for r in rates] == [("mediation.success_rate", 95.0)]


def test_opinions_and_suggestions_written_together_are_review_opinions() -> None:
    text = "县司法局对县政府拟签订的合同开展合法性审查,全年审查合同212件,提出法律意见建议305条。"
    got = [(f.key, f.value) for f in figures_of(text) if f.key]
    assert ("legality_review.opinions", 305) in got


def test_a_count_past_a_semicolon_keeps_the_statements_domain() -> None:
    text = ("县政府全年收到行政复议申请410件;受理392件,审结371件,其中维持240件、通过调解和解结案58件,"
            "以撤销、变更等方式纠错44件。")
    got = [(f.key, f.value) for f in figures_of(text) if f.key]
    assert ("reconsideration.corrected", 44) in got
    # a full stop ends the statement: no reconsideration domain carried into a count of another
    text = "县政府全年收到行政复议申请410件。全县人民调解组织调解纠纷2,300件,变更调解协议12件。"
    assert ("reconsideration.corrected", 12) not in [(f.key, f.value) for f in figures_of(text) if f.key]
