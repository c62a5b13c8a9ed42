"""Answers the report gives that fgqa used to abstain on (issue 12, helper reach), and their
look-alikes that must stay "not in this report": the report's own document number, a date as
the report writes it, people named before or after their titles (谁是X, X叫什么名字, a deputy
is not the head), a date in a sentence whose title is in its heading, a count whose scope is
the body's own parts as the object of its deed or a body the question names, the reporting
body asked by its name (it calls itself 本局), and a count of another noun than the one asked.
The fixture is a report written for these tests (fictional places and people)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

REPORT = """澄溆区城市管理局2025年法治政府建设工作报告
澄城管发〔2026〕4号

区人民政府：
现将我局2025年度法治政府建设工作情况报告如下。
一、工作举措
（一）执法规范。分管副局长姚砚青兼任局综合行政执法规范化建设领导小组组长，牵头整治执法突出问题。督促各街道开展市容执法案卷互查2轮，互查案卷186卷。局机关法制科全年组织执法人员封闭培训5期。
（二）争议化解。本局作为被告的行政诉讼案件7件，已审结6件，均未败诉。以本局为被申请人的行政复议案件4件。
（三）普法宣传。深入5个商圈开展“城管普法进商户”活动，向沿街商户发放告知书3,200份。
二、局长履行推进法治建设第一责任人职责情况
瞿南星局长主持召开局务会议专题研究法治工作3次。
瞿南星同志于2025年11月在区委依法治区办组织的述法会上作了书面述法。
三、存在的不足
个别执法队员执法文书制作不规范。
四、下一步打算
推动执法人员年度培训不少于40学时。

澄溆区城市管理局
2026年1月16日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "chengxu.txt", issuer="澄溆区城市管理局", year=2025, signed="2026-01-16")


def _said(answer) -> str:
    return answer.text.split("(据报告")[0]


def test_the_reports_own_document_number(report):
    answer = ask(report, "这份报告的发文字号是什么")
    assert answer.answer_type == "text" and "澄城管发〔2026〕4号" in answer.text, answer.text
    assert answer.citations and REPORT[answer.citations[0].span[0]:answer.citations[0].span[1]] == "澄城管发〔2026〕4号"


def test_a_number_cited_in_the_body_is_no_document_number():
    text = REPORT.replace("澄城管发〔2026〕4号\n", "").replace("现将我局", "按照《澄溆区法治建设考核办法》(澄溆发〔2024〕9号),现将我局")
    answer = ask(summarized(text, "chengxu2.txt", issuer="澄溆区城市管理局", year=2025), "文号是多少")
    assert answer.answer_type == "cannot_answer", answer.text


def test_an_index_number_the_report_does_not_give(report):
    assert ask(report, "索引号是什么").answer_type == "cannot_answer"


def test_a_signature_date_as_the_report_writes_it(report):
    answer = ask(report, "报告落款是哪天")
    assert "2026年1月16日" in answer.text, answer.text


@pytest.mark.parametrize(("question", "who"), [
    ("局长是谁", "瞿南星"),  # the name before the title, opening the sentence
    ("谁是局综合行政执法规范化建设领导小组组长", "姚砚青"),  # 谁是X
    ("执法规范化建设领导小组组长由谁担任", "姚砚青"),  # the group's long name between 兼任 and 组长
])
def test_people_named_by_their_titles(report, question, who):
    answer = ask(report, question)
    assert answer.answer_type == "text" and who in _said(answer), answer.text


def test_a_deputy_is_not_the_head(report):
    answer = ask(report, "局长叫什么名字")
    assert "姚砚青" not in _said(answer), answer.text


def test_a_date_in_a_sentence_whose_title_is_in_its_heading(report):
    answer = ask(report, "局长什么时候述法的")
    assert answer.answer_type == "text" and "2025年11月" in _said(answer), answer.text


def test_a_date_the_report_does_not_give_for_the_deed(report):
    assert ask(report, "局长什么时候主持召开局务会议的").answer_type == "cannot_answer"


def test_a_count_of_what_the_body_had_its_parts_do(report):
    answer = ask(report, "市容执法案卷互查开展了几轮")
    assert answer.answer_type == "number" and answer.value == 2, answer.text


def test_a_count_of_a_body_the_question_names(report):
    answer = ask(report, "局机关法制科组织了几期封闭培训")
    assert answer.answer_type == "number" and answer.value == 5, answer.text


@pytest.mark.parametrize(("question", "value"), [
    ("城市管理局当被告的行政诉讼有几件", 7),
    ("以城市管理局为被申请人的行政复议案件有多少件", 4),
])
def test_the_reporting_body_asked_by_its_name(report, question, value):
    answer = ask(report, question)
    assert answer.answer_type == "number" and answer.value == value, answer.text


def test_another_body_asked_by_its_name_is_not_this_one(report):
    assert ask(report, "区市场监管局当被告的行政诉讼有几件").answer_type in ("cannot_answer", "not_disclosed")


def test_a_count_of_another_noun_is_not_the_answer(report):
    answer = ask(report, "深入多少个社区开展普法")
    assert answer.answer_type != "number", answer.text
    assert ask(report, "深入多少个商圈开展普法").value == 5


PREFECTURE = """岷澜自治州人民政府2025年度法治政府建设情况报告
一、主要成效
全州各级行政机关新收一审行政诉讼案件642件,审结601件,败诉38件。以州政府为被告的行政诉讼案件27件,州政府败诉1件。
各级法律援助机构共办理法律援助案件2,915件。
全州行政诉讼败诉率为6.3%,比上年下降0.8个百分点。罚没款较上年增长4.6%。
二、存在的不足
个别县市行政应诉能力不足。
"""


@pytest.fixture(scope="module")
def prefecture():
    return summarized(PREFECTURE, "minlan.txt", issuer="岷澜自治州人民政府", year=2025)


@pytest.mark.parametrize(("question", "value"), [
    ("全州一年新收了多少件一审行政诉讼案件", 642),  # 一年 is the report's year
    ("全州办理了多少件法律援助案件", 2915),  # 全州 names the whole area
    ("州政府自己当被告的官司输了几件", 1),  # 自己, 官司, 输
])
def test_words_that_name_the_year_the_area_or_a_lawsuit_in_speech(prefecture, question, value):
    answer = ask(prefecture, question)
    assert answer.answer_type == "number" and answer.value == value, answer.text


def test_a_change_asked_in_percentage_points(prefecture):
    answer = ask(prefecture, "败诉率降了几个百分点")
    assert answer.answer_type == "number" and answer.kind == "change" and answer.value == 0.8, answer.text
    assert answer.direction == "down"
    up = ask(prefecture, "罚没款比上年增长了百分之几")
    assert up.answer_type == "number" and up.value == 4.6 and up.kind == "change", up.text


def test_a_lawsuit_asked_in_speech_without_losing_is_the_count_of_suits(prefecture):
    answer = ask(prefecture, "州政府当被告的官司有几件")
    assert answer.answer_type == "number" and answer.value == 27, answer.text


def test_a_clause_with_a_subject_of_its_own_and_an_anaphora_of_the_sentence_before():
    text = ("云栖镇人民政府2025年法治政府建设情况报告\n一、主要做法\n"
            "1.压实领导责任。组建由镇长任主任的依法治镇协调委员会。全年召开协调委员会例会14次,"
            "督促落实法治工作清单。各村(社区)开展法治体检210余次,镇综合文化站举办法治电影展映9期。\n")
    report = summarized(text, "yunqi.txt", issuer="云栖镇人民政府", year=2025)
    answer = ask(report, "依法治镇协调委员会召开例会几次")
    assert answer.answer_type == "number" and answer.value == 14, answer.text
    answer = ask(report, "镇综合文化站举办了几期法治电影展映")
    assert answer.answer_type == "number" and answer.value == 9, answer.text
    # (the villages' own count stays theirs: a question naming no scope is not answered by it)
    assert ask(report, "开展法治体检多少次").answer_type != "number"


def test_an_earlier_year_asked_is_the_tables_earlier_column_and_a_later_one_is_not_answered():
    text = ("枫岙县人民政府2025年度法治政府建设情况报告\n一、主要指标\n"
            "指标 | 2025年 | 2024年\n行政复议收案(件) | 88 | 103\n行政诉讼一审收案(件) | 47 | 52\n"
            "全县一审行政诉讼收案47件,审结45件。\n")
    report = summarized(text, "fengao.txt", issuer="枫岙县人民政府", year=2025)
    answer = ask(report, "2024年行政诉讼一审收案多少件")
    assert answer.answer_type == "number" and answer.value == 52 and answer.kind == "benchmark", answer.text
    assert ask(report, "2026年行政诉讼一审收案多少件").answer_type != "number"


def test_a_sentence_pointing_back_with_gai_leans_on_the_one_before():
    text = ("沙湄县人民政府2025年法治政府建设情况报告\n一、主要做法\n"
            "县政府设立涉企行政争议调处专班,由县司法局牵头。该专班全年开展联合调处11次,化解争议34件。\n")
    report = summarized(text, "shamei.txt", issuer="沙湄县人民政府", year=2025)
    answer = ask(report, "涉企行政争议调处专班开展了几次联合调处")
    assert answer.answer_type == "number" and answer.value == 11, answer.text


def test_a_year_two_before_the_report_is_not_the_tables_earlier_column():
    text = ("枫岙县人民政府2025年度法治政府建设情况报告\n一、主要指标\n"
            "指标 | 2025年 | 2024年\n行政复议收案(件) | 88 | 103\n")
    report = summarized(text, "fengao2.txt", issuer="枫岙县人民政府", year=2025)
    assert ask(report, "2024年行政复议收案多少件").value == 103
    assert ask(report, "2023年行政复议收案多少件").answer_type != "number"


WHICH = ("苇川镇人民政府2025年法治政府建设情况报告\n一、主要做法\n"
         "由镇党政综合办公室牵头,组织各站所开展法律知识轮训。镇政府委托苇川镇汀洲律师事务所提供法律顾问服务。"
         "镇党委理论学习中心组专题学习了《中华人民共和国土地管理法》和《信访工作条例》。镇矛盾纠纷调处工作由镇司法所承担具体工作。\n")


@pytest.fixture(scope="module")
def which_report():
    return summarized(WHICH, "weichuan.txt", issuer="苇川镇人民政府", year=2025)


@pytest.mark.parametrize(("question", "named"), [
    ("由哪个办公室牵头开展法律知识轮训", "镇党政综合办公室"),  # the name written before the noun asked
    ("镇政府委托哪家律师事务所提供法律顾问服务", "汀洲律师事务所"),
    ("理论学习中心组学习了哪部土地方面的法律", "《中华人民共和国土地管理法》"),  # the title holding the question's word
    ("矛盾纠纷调处工作由哪个部门承担", "镇司法所"),  # a body named without the word 部门
])
def test_which_one_the_sentence_names(which_report, question, named):
    answer = ask(which_report, question)
    assert answer.answer_type == "text" and named in _said(answer), answer.text


def test_which_one_when_the_sentence_names_none(which_report):
    assert ask(which_report, "镇政府印发了哪部规范性文件").answer_type == "cannot_answer"
    # (哪个部门 asks a body the text names, never the report's issuer)
    assert "苇川镇人民政府" not in _said(ask(which_report, "由哪个部门负责普法考核"))


def test_which_meeting_with_its_date_and_ordinal():
    text = ("泠溪县人民政府2025年度法治政府建设情况报告\n(2026年2月3日县人民政府第27次常务会议审议通过)\n"
            "一、主要做法\n县政府全年召开常务会议专题学法6次。\n")
    report = summarized(text, "lingxi.txt", issuer="泠溪县人民政府", year=2025)
    answer = ask(report, "这份报告是哪次会议审议通过的")
    assert answer.answer_type == "text" and "县人民政府第27次常务会议" in _said(answer), answer.text
    assert "2026年2月3日" in _said(answer)


def test_a_later_year_asks_the_goal_in_the_words_of_a_plan():
    text = ("溱川县人民政府2025年度法治政府建设情况报告\n一、主要成效\n全县行政诉讼败诉率7.2%。全年开展“法治赶集”活动36场。\n"
            "二、2026年工作打算\n一是力争全县行政诉讼败诉率降到6%以内;二是开展“法治赶集”活动40场以上。\n")
    report = summarized(text, "qinchuan.txt", issuer="溱川县人民政府", year=2025)
    answer = ask(report, "2026年败诉率要控制在多少以内")
    assert answer.answer_type == "number" and answer.value == 6 and answer.kind == "target", answer.text
    answer = ask(report, "2026年计划开展多少场法治赶集活动")
    assert answer.answer_type == "number" and answer.value == 40 and answer.kind == "target", answer.text
    assert ask(report, "2026年法治赶集活动要覆盖多少个村").answer_type != "number"


def test_the_first_responsible_person_named_by_the_parts_heading():
    text = ("澹溪区人民政府2025年度法治政府建设情况报告\n一、主要做法\n全区办理行政处罚案件1,204件。\n"
            "二、区长履行推进法治建设第一责任人职责情况\n区长乔映川同志主持召开区政府常务会议专题学法4次。\n"
            "三、存在的不足\n基层执法力量薄弱。\n")
    report = summarized(text, "danxi.txt", issuer="澹溪区人民政府", year=2025)
    answer = ask(report, "谁是推进法治建设第一责任人")
    assert answer.answer_type == "text" and "乔映川" in _said(answer), answer.text
    assert ask(report, "谁是法治督察第一责任人").answer_type == "cannot_answer"


def test_a_count_asked_in_wan_is_answered_in_wan():
    text = "汶澜市水利局2025年法治政府建设情况报告\n一、主要做法\n全年巡查河道1,286万公里,查处涉河违法案件37件。\n"
    report = summarized(text, "wenlan.txt", issuer="汶澜市水利局", year=2025)
    answer = ask(report, "全年巡查河道多少万公里")
    assert answer.answer_type == "number" and answer.value == 1286 and answer.unit == "万公里", answer.text
    assert ask(report, "全年巡查河道多少公里").value == 12860000
