"""Yes/no decided by the clause that says the asked deed (round 9, helper `yesno`): an all-word or a
part is read where the deed is said, not in a neighbouring clause about something else; a none-
quantifier before a negation is a double negation; a cause the question names must be in the sentence
a count is read from; 尚待 and 比上年少N件 / 由1,204次降至977次 as written. The report is fictional
(its own place and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """雁栖县人民政府关于2024年度法治政府建设情况的报告

市人民政府：
现将雁栖县2024年度法治政府建设情况报告如下。

一、主要工作和成效
（一）决策和文件。县政府全年以县政府名义制发行政规范性文件十一件，无一件未经合法性审核。全县11个乡镇和18个县直单位均配备了法律顾问，村级法律顾问覆盖率为93.6%。县政府拟订的《雁栖县湿地保护办法》已于2024年10月提请县人大常委会审议，尚待审议表决。
（二）基层法律服务。全县16个社区均已建立法律服务工作站，其中7个社区的工作站实行周末轮值。县政府共受理信息公开申请58件，均在法定期限内办结，其中部分公开5件、不予公开2件。县政府未因信息公开处理不当被提起行政复议。
（三）复议应诉。县政府作为被申请人的行政复议案件41件，被撤销3件、确认违法2件，申请人主动撤回4件。县政府出台《雁栖县行政执法公示实施办法》，执法信息统一在县政府网站公示。全年未发生因执法程序违法而被复议撤销的情况。全年没有发生以县应急管理局为被申请人的行政复议案件。全县行政复议纠错率为9.1%。县政府作为被告的行政诉讼案件36件，比上年少5件；审结30件，判决败诉1件。以县自然资源局为被告的案件4件，该局未有败诉。涉企现场检查由上年的1,204次降至977次。

二、存在的不足
一是社区法律顾问全覆盖目标未能如期实现；二是执法人员培训不够系统。

三、下一步打算
继续推进社区法律顾问全覆盖。

雁栖县人民政府
2025年3月6日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "yanqi.txt", issuer="雁栖县人民政府", level="county", year=2024)


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_an_all_word_in_the_deeds_own_clause_decides_not_a_part_named_after_it(report):
    # "均在法定期限内办结,其中部分公开5件": 部分公开 is a kind of outcome, not a part left undone
    assert _said(report, "信息公开申请是否都按期办结了") == ("yes_no", True)


def test_the_deed_said_only_of_a_part_opened_by_qizhong_is_not_all_of_them(report):
    # "16个社区均已建立…工作站,其中7个社区的工作站实行周末轮值": 均 is the stations' founding, not the rota
    assert _said(report, "所有社区的工作站都实行周末轮值吗") == ("yes_no", False)
    assert _said(report, "社区是否都建立了法律服务工作站") == ("yes_no", True)


def test_a_rate_of_another_body_in_another_clause_does_not_decide(report):
    # "11个乡镇…均配备了法律顾问,村级法律顾问覆盖率为93.6%": the villages' rate is not the towns'
    assert _said(report, "乡镇是否都配备了法律顾问") == ("yes_no", True)


def test_an_all_claim_said_unmet_after_it_is_a_no(report):
    assert _said(report, "社区法律顾问是否实现了全覆盖") == ("yes_no", False)


def test_none_left_undone_is_all_of_them_done(report):
    # "无一件未经合法性审核": a double negation
    assert _said(report, "县政府制发的规范性文件是否都经过了合法性审核") == ("yes_no", True)
    assert _said(report, "县政府制发的规范性文件是否经过了合法性审核") == ("yes_no", True)


def test_still_awaiting_the_vote_is_not_passed(report):
    assert _said(report, "《雁栖县湿地保护办法》通过了吗") == ("yes_no", False)


def test_a_cause_asked_is_not_answered_by_the_count_of_all(report):
    # 5 decisions were corrected, but none for the cause asked
    assert _said(report, "有没有因执法程序违法被复议撤销") == ("yes_no", False)
    # "未因信息公开处理不当被提起行政复议": the negated cause covers the rest of its clause
    assert _said(report, "县政府有没有因为信息公开处理不当被提起行政复议") == ("yes_no", False)


def test_fewer_by_a_count_and_a_change_between_numbers_with_separators(report):
    assert _said(report, "县政府作为被告的案件是否比上年增加了") == ("yes_no", False)
    assert _said(report, "涉企现场检查是否比上年减少了") == ("yes_no", True)


def test_a_denial_holding_more_of_the_question_beats_a_figure_near_it(report):
    # "没有发生以县应急管理局为被申请人的…案件" against the county's 纠错率 9.1 %
    assert _said(report, "县应急管理局被申请过行政复议吗") == ("yes_no", False)


def test_an_outcome_asked_of_a_scope_is_read_where_that_scope_is_given(report):
    # "以县自然资源局为被告的案件4件,该局未有败诉": the scope worded otherwise than asked
    assert _said(report, "县自然资源局作为被告是否败诉过") == ("yes_no", False)
    # the scope in one ；-item, its losses in the next
    assert _said(report, "县政府作为被告的案件有没有败诉的") == ("yes_no", True)


BUREAU = """澜石市司法局2024年度法治政府建设情况报告

一、主要工作
（一）行政复议。市政府行政复议机构全年审结复议案件210件，纠错31件，纠错率14.8%。本局全年没有出现被复议机关纠错的情形，以本局为被告的诉讼案件2件均胜诉。

澜石市司法局
2025年1月20日
"""


def test_the_issuer_naming_itself_gives_the_scope_asked_of_it():
    report = summarized(BUREAU, "lanshi.txt", issuer="澜石市司法局", level="department", year=2024)
    # the city's 31 corrections are the office's decisions, not the bureau's own cases
    assert _said(report, "市司法局作为被申请人的复议案件有没有被纠错") == ("yes_no", False)


def test_framing_words_of_a_question_are_set_aside(report):
    # "…中有…的吗" asks whether any among them; "…方面的" frames the thing asked
    assert _said(report, "复议案件中有申请人撤回的吗") == ("yes_no", True)
    # (the 中有 of 中有没有 is the asking itself: "…中有没有被撤销的")
    assert _said(report, "复议案件中有没有被撤销的") == ("yes_no", True)
    assert _said(report, "是否出台了行政执法公示方面的办法") == ("yes_no", True)
