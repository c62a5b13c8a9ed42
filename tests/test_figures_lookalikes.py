"""Issue 11, class 7: a look-alike word must not key a number to an indicator it is not.

Every sentence is our own (fictional places, fresh wording). Each case pairs the look-alike
with the genuine wording, so a rule that drops the key everywhere fails too.
"""

import pytest

from fgqa.lexicon import lexicon
from fgqa.models import Figure
from helpers import figures_of


def keyed(text: str) -> dict[float, str | None]:
    figs: list[Figure] = figures_of(text)
    return {f.value: f.key for f in figs if f.kind == "stated"}


@pytest.mark.parametrize("lookalike,genuine,key", [
    # a petition or hotline channel is not an enforcement / reconsideration count
    ("镇综合执法队依托民生热线和信访平台跟踪办理案件37件。", "全年立案查处违法案件37件。", "enforcement.cases"),
    ("全年受理复议申请后,又通过信访渠道受理案件12件。", "全年受理行政复议案件12件。", "reconsideration.accepted"),
    # cases kept out of court by means of 复议 are not corrections
    ("借助行政复议纠错、和解撤回等办法避免逾30件案件进入诉讼。", "行政复议决定撤销30件。", "reconsideration.corrected"),
    # comments on draft legislation are not legality-review opinions
    ("经基层立法联系点提出立法建议意见44条。", "出具合法性审查意见44条。", "legality_review.opinions"),
    # posts on a WeChat account or in the media are not proactive disclosure
    ("在本局微信公众号和市级媒体发布信息稿件65篇。", "在门户网站发布政务信息65条。", "transparency.proactive"),
    # cadres' own lectures are not public legal education
    ("全年举办领导干部法治专题讲座5场。", "全年举办社区普法讲座5场。", "legal_education.events"),
    # a type of disputed act inside a reconsideration breakdown is not an enforcement count
    ("复议案件按类型分,行政强制类案件31件,行政处罚类案件19件。", "全年办理行政处罚案件19件。", "enforcement.cases"),
    # 修改 is not 清理
    ("对规范性文件进行清理后修改9件。", "清理规范性文件9件。", "normative_docs.cleaned"),
    # repealed government rules (规章) are not repealed normative documents
    ("废止政府规章3件。", "废止规范性文件3件。", "normative_docs.repealed"),
    # filing review and fair-competition review are other reviews
    ("开展公平竞争审查政策措施26件。", "合法性审查政府合同26件。", "legality_review.documents"),
    ("报送备案审查规范性文件8件。", "审查规范性文件8件。", "legality_review.documents"),
])
def test_lookalike_words_do_not_key_the_number(lookalike: str, genuine: str, key: str) -> None:
    value = next(iter(v for v, k in keyed(genuine).items() if k == key))
    assert keyed(lookalike).get(value) != key
    assert keyed(genuine)[value] == key


def test_a_combined_count_of_several_kinds_of_case_keys_none() -> None:
    figs = keyed("全年办理行政复议、行政应诉和调解案件共158件。")
    assert figs[158] is None
    assert keyed("全年办理行政复议案件158件。")[158] == "reconsideration.accepted"


def test_combined_needs_two_kinds_joined_as_one_noun() -> None:
    domains = lexicon().domains
    assert domains.combined_in("办理行政复议、行政应诉及调解案件共")
    assert not domains.combined_in("受理行政复议案件")
    assert not domains.combined_in("行政复议被诉案件")  # 被诉 after 复议 with no join: lawsuits that followed


def test_drafting_is_not_a_goal() -> None:
    text = "全年拟定规范性文件草案11件并全部进行合法性审查。"
    figs = figures_of(text)
    assert all(f.kind != "target" for f in figs if f.value == 11)
    goal = "明年拟开展普法活动40场。"
    assert any(f.kind == "target" for f in figures_of(goal) if f.value == 40)
