"""The classes of the answers set's round b (evals/answers b1–b3), each on a short report
written for the test (fictional places): a list of names in quotation marks, a change asked
with another direction word than the report's, 提高了多少 on a rate the taxonomy keys only as
a count, the bureau itself as defendant, "X和Y" that the report counts as one item, and the
body "及其部门" as the whole."""

import pytest

from helpers import ask, summarized

COUNTY = """栖霞湾县人民政府2025年法治政府建设情况报告
一、主要做法
(一)宣传教育。依托“田埂讲堂”“指尖课堂”“法治赶场”等载体开展普法,全年举办活动118场。
(二)法律服务。全县接待法律咨询5300人次,比上年增加了410人次。县司法局审查县政府规范性文件草案7件、政府合同和协议63份。
(三)行政应诉。全县法院受理以县政府及其部门为被告的一审行政诉讼案件142件,其中以县政府为被告的31件;审结130件,败诉7件。
二、存在的不足
一是基层普法形式单一。
三、下一步打算
一是力争败诉率控制在5%以内。
"""

BUREAU = """岑溪市文化广电旅游局2025年法治政府建设情况报告
一、主要做法
以本局为被告的行政诉讼案件6件,审结5件,败诉1件。12345热线转办诉求办结率98.2%,较上年提高1.7个百分点。
二、存在的不足
一是执法装备不足。
三、下一步打算
一是力争行政诉讼零败诉。
"""


def _report(text: str, issuer: str):
    return summarized(text, "r.txt", issuer=issuer, year=2025)


@pytest.fixture(scope="module")
def county():
    return _report(COUNTY, "栖霞湾县人民政府")


@pytest.fixture(scope="module")
def bureau():
    return _report(BUREAU, "岑溪市文化广电旅游局")


def test_names_in_quotation_marks_one_after_another_are_a_list(county):
    answer = ask(county, "依托哪些载体开展普法")
    assert answer.answer_type == "list"
    assert answer.points == ["田埂讲堂", "指尖课堂", "法治赶场"]


def test_a_change_asked_as_growth_is_read_from_a_sentence_that_says_increase(county):
    answer = ask(county, "法律咨询增长了多少")
    assert answer.answer_type == "number" and answer.value == 410 and answer.unit == "人次"
    assert answer.kind == "change" and answer.direction == "up"


def test_an_item_the_report_counts_as_one_is_not_a_total_of_two(county):
    answer = ask(county, "审查了多少份政府合同和协议")
    assert answer.answer_type == "number" and answer.value == 63


def test_the_body_and_its_departments_is_the_whole_and_the_body_alone_a_part_of_it(county):
    whole = ask(county, "行政诉讼案件有多少件")
    assert whole.answer_type == "number" and whole.value == 142
    part = ask(county, "以县政府为被告的行政诉讼案件有多少件")
    assert part.answer_type == "number" and part.value == 31


def test_raised_by_how_much_is_a_change_never_the_years_rate(bureau):
    answer = ask(bureau, "办结率提高了多少")
    assert answer.answer_type == "number" and answer.value == pytest.approx(1.7) and answer.unit == "个百分点"
    assert answer.kind == "change" and answer.direction == "up"


def test_the_bureau_as_defendant_is_the_bureau_itself(bureau):
    answer = ask(bureau, "败诉率是多少")
    assert answer.answer_type == "number" and answer.value == pytest.approx(20.0) and answer.kind == "derived"
    zero = ask(bureau, "是否实现了行政诉讼零败诉")
    assert zero.answer_type == "yes_no" and zero.value is False


AGENCY = """汀州市应急管理局2025年法治政府建设情况报告
一、主要做法
全市应急管理系统全年立案查处安全生产违法案件214件,结案201件,罚款863.5万元。其中,市局本级立案52件;责令停产停业整顿的案件13件,暂扣相关证照的案件6件,移送司法机关的案件4件。
二、存在的不足
一是基层执法力量薄弱。
三、下一步打算
一是开展执法案卷评查。
"""


def test_a_list_question_reads_the_clauses_that_count_its_noun_in_the_figures_paragraph():
    report = _report(AGENCY, "汀州市应急管理局")
    answer = ask(report, "报告列出了哪些特殊类型的执法案件?")
    assert answer.answer_type == "list"
    assert answer.points == ["责令停产停业整顿的案件13件", "暂扣相关证照的案件6件", "移送司法机关的案件4件"]
    doc, _ = report
    assert all(doc.text[c.span[0]:c.span[1]] == c.quote for c in answer.citations)


def test_a_title_ending_in_ren_is_no_verb_of_the_question():
    report = _report("""澧阳市人民政府2025年法治政府建设情况报告
一、主要做法
市政府法治建设委员会由市委副书记、市长顾南舟任主任,委员会办公室设在市司法局。
二、存在的不足
一是基层执法力量薄弱。
三、下一步打算
一是开展执法案卷评查。
""", "澧阳市人民政府")
    answer = ask(report, "法治建设委员会主任是谁")
    assert answer.answer_type == "text" and "顾南舟" in answer.text
