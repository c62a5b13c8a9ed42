"""Numbers said "respectively" (fgqa.answers.respective): the k-th number of a 分别/依次 list is
the k-th part's, so a question naming one part is answered by that part's number only, and a
question naming a part the list gives is not answered by the whole's total. The report is
written for these tests (a fictional city, fresh wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

from fgqa.answers.respective import names_another_part, respective_part
from fgqa.models import Figure

REPORT = """汐澜市人民政府2025年度法治政府建设工作报告

一、主要工作
(一)复议和应诉。全市复议机构收到复议申请1,905件,其中市本级、各县(区)依次为812件和1,093件。全市作为被告的行政诉讼案件共904件,枫岙县、梧溪县、南港区的被诉案件各自为118件、96件、143件;审结860件,败诉52件,败诉率6.0%,枫岙县、梧溪县、南港区的败诉率分别是4.2%、7.3%、5.1%。
(二)执法。全市查处行政处罚案件3.6万件,市本级与县(区)分别查处7,420件与28,580件。
(三)普法。全市开展普法活动2,310场。

二、存在的不足
基层执法力量仍然不足。

三、主要负责人履行第一责任人职责情况
市长主持常务会议研究法治工作6次。

四、2026年工作安排
力争败诉率控制在5%以内。
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "xilan.txt", issuer="汐澜市人民政府", year=2025)


def _number(text: str, written: str, after: str) -> Figure:
    at = text.index(written, text.index(after))
    return Figure(label="", value=0, unit="%", quote=written, span=(at, at + len(written)))


def test_the_parts_and_the_place_of_each_number():
    text = "审结860件,枫岙县、梧溪县、南港区的败诉率分别是4.2%、7.3%、5.1%。"
    places = [respective_part(text, _number(text, v, "分别")) for v in ("4.2%", "7.3%", "5.1%")]
    assert [p[1] for p in places if p] == [0, 1, 2]
    assert places[0] is not None and places[0][0][:2] == ["枫岙县", "梧溪县"]
    # the list's first number is another part's than the one asked; the second is the asked one's
    assert names_another_part("梧溪县的败诉率是多少", text, _number(text, "4.2%", "分别"))
    assert not names_another_part("梧溪县的败诉率是多少", text, _number(text, "7.3%", "分别"))
    # a question naming no part at all is no concern of the list's
    assert not names_another_part("败诉率是多少", text, _number(text, "4.2%", "分别"))


def test_a_thousands_comma_is_no_clause_break_and_a_plain_sentence_is_no_list():
    text = "收到申请1,905件,其中市本级、各县(区)依次为812件和1,093件。"
    assert respective_part(text, _number(text, "1,093件", "依次")) == (["市本级", "各县(区)"], 1)
    plain = "全市查处行政处罚案件3.6万件,罚没款1.2亿元。"
    assert respective_part(plain, _number(plain, "3.6万件", "查处")) is None


@pytest.mark.parametrize(("question", "value"), [
    ("梧溪县的行政诉讼败诉率是多少", 7.3),        # the second of 分别是 (not the first, 4.2)
    ("南港区的败诉率是多少", 5.1),                 # the third
    ("南港区被诉的行政诉讼案件有多少件", 143),     # 各自为 … the third count
    ("县（区）查处了多少件行政处罚案件", 28580),   # the part the list gives, not the whole's 3.6万
    ("各县(区)收到了多少件复议申请", 1093),
    ("败诉率是多少", 6.0),                         # no part named: the whole's own figure
])
def test_a_question_naming_a_part_gets_that_parts_number(report, question, value):
    answer = ask(report, question)
    assert answer.answer_type == "number" and answer.value == pytest.approx(value), answer.text


RATES = """澜屿县人民政府2025年法治政府建设年度报告

一、主要工作
(一)复议。全县复议机构新收复议申请240件,以调解方式结案的比例有所上升,调解结案率由上年的15.2%提高到21.7%,复议后又起诉的比例为9.4%。
(二)普法。开展普法活动380场。

二、存在的不足
复议人员不足。

三、主要负责人履行第一责任人职责情况
县长主持常务会议学法3次。

四、2026年工作安排
继续推进复议规范化建设。
"""


@pytest.mark.parametrize(("question", "value"), [
    ("复议调解结案率是多少", 21.7),     # not the next clause's 9.4 %, whose own words name another rate
    ("复议后又起诉的比例是多少", 9.4),
])
def test_a_rate_is_the_one_written_with_the_asked_name(question, value):
    answer = ask(summarized(RATES, "lanyu.txt", issuer="澜屿县人民政府", year=2025), question)
    assert answer.answer_type == "number" and answer.value == pytest.approx(value), answer.text


def test_a_count_asked_in_wan_is_answered_in_that_scale():
    from fgqa.answers.claims import in_the_scale_asked
    from fgqa.models import Answer

    count = Answer(doc="x.txt", answer_type="number", value=2460000, unit="公里", kind="stated", text="巡护: 2460000公里")
    scaled = in_the_scale_asked(count, "全年巡护堤防多少万公里")
    assert (scaled.value, scaled.unit) == (246, "万公里")
    assert in_the_scale_asked(count, "全年巡护堤防多少公里") == count          # not asked in 万
    money = Answer(doc="x.txt", answer_type="number", value=385.2, unit="万元", kind="stated", text="罚没款: 385.2万元")
    assert in_the_scale_asked(money, "罚没款多少万元") == money                # amounts keep their own unit
