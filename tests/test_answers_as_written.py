"""Questions the report answers although they are not worded as it is (round 12, helper
`abstain12`): asked in traditional characters, with a spoken verb (办了, 出的庭), a classifier the
report does not count in (几个官司, 几场官司), a title split by the person's other titles, a
meeting asked with a place word after it (在哪个会上述法), a salutation glued to the title line by a
PDF copy. The reports are fictional, written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

ZONE = """泠湄高新区管委会2025年法治建设工作报告

岱洇市人民政府：
本年度法治工作情况简要报告如下。

一、本年度主要做法
（一）执法和应诉。园区综合行政执法大队全年办理占道经营、违规排放等行政执法案件241件。以管委会为被告的一审行政诉讼案件17件，法院审结15件，管委会败诉2件。管委会办公室主任符青禾牵头整理应诉卷宗。
管委会党工委副书记、主任祁远汀同志把法治建设摆在突出位置，主持召开管委会主任办公会议研究法治工作7次。11月，在岱洇市委全面依法治市委员会会议上述法。
（三）组织保障。党工委书记郗寒山是园区法治建设领导小组的组长，副主任罗知白任副组长。

二、党工委书记、管委会主任带头抓法治的情况
一是带头学法，全年组织集中学法9次；二是2025年7月带头出庭应诉1次；三是年底，党工委书记在园区年度考评大会作了专题发言。

三、存在的不足
执法文书质量有待提升。

四、2026年工作打算
继续推进综合行政执法规范化建设。

泠湄高新技术产业开发区管理委员会
2026年2月12日
"""

COUNTY = """蘅皋县人民政府2025年依法行政工作报告岱洇市人民政府：
一、主要工作
县长蔺照川出庭应诉2次，县政府作为被告的行政诉讼案件26件，败诉1件。區長一詞本報告不用。
二、存在的不足
基层执法力量不足。
"""


@pytest.fixture(scope="module")
def zone():
    return summarized(ZONE, "linmei.txt", issuer="泠湄高新技术产业开发区管理委员会", year=2025)


@pytest.fixture(scope="module")
def county():
    return summarized(COUNTY, "henggao.txt", issuer="蘅皋县人民政府", level="county", year=2025)


def _said(answer):
    return answer.text.split("(据报告")[0]


def test_a_question_in_traditional_characters_is_read_as_the_simplified_report(county):
    answer = ask(county, "縣長是誰?")
    assert answer.answer_type == "text" and _said(answer) == "蔺照川", answer.text


def test_the_name_right_after_a_title_before_a_verb_of_the_genre(county):
    # "县长蔺照川出庭应诉2次": 出庭 follows the name, as 主持 or 带头 do
    assert _said(ask(county, "县长是谁?")) == "蔺照川"


def test_a_title_after_the_persons_other_title_is_the_bodys_own(zone):
    # "管委会党工委副书记、主任祁远汀": 主任 of the 管委会 written first; not 管委会办公室主任符青禾
    answer = ask(zone, "管委会主任是谁?")
    assert answer.answer_type == "text" and _said(answer) == "祁远汀", answer.text


def test_the_head_of_a_group_said_with_shi_and_de(zone):
    answer = ask(zone, "谁担任园区法治建设领导小组组长?")
    assert answer.answer_type == "text" and "郗寒山" in _said(answer), answer.text


def test_the_ren_of_zhuren_is_no_verb_of_the_question(zone):
    answer = ask(zone, "管委会主任叫什么?")
    assert answer.answer_type == "text" and _said(answer) == "祁远汀", answer.text


def test_who_did_it_is_the_subject_of_the_clause_that_says_it(zone):
    answer = ask(zone, "谁在园区年度考评大会作了专题发言?")
    assert answer.answer_type == "text" and _said(answer) == "党工委书记", answer.text


@pytest.mark.parametrize("question", ["主任在哪次会议上述法?", "主任在哪个会上述法?"])
def test_the_meeting_asked_with_a_place_word_after_it(zone, question):
    answer = ask(zone, question)
    assert answer.answer_type == "text" and _said(answer) == "岱洇市委全面依法治市委员会会议", answer.text


@pytest.mark.parametrize("question", ["主任什么时候出的庭?", "主任是哪个月出庭的?"])
def test_when_a_deed_was_done_by_the_title_its_heading_names(zone, question):
    # the sentence says the deed, the heading names who: "二、党工委书记、管委会主任履行…"
    answer = ask(zone, question)
    assert answer.answer_type == "text" and "2025年7月" in _said(answer), answer.text


def test_a_salutation_glued_to_the_title_line(county):
    answer = ask(county, "报告送给谁?")
    assert answer.answer_type == "text" and answer.points == ["岱洇市人民政府"], answer.text


def test_the_body_sending_the_report_is_its_issuer(zone):
    answer = ask(zone, "报告的发文机关是谁?")
    assert answer.answer_type == "text" and "泠湄高新技术产业开发区管理委员会" in answer.text, answer.text


@pytest.mark.parametrize("question", ["管委会输了几个官司?", "管委会打输了几场官司?"])
def test_a_count_of_suits_asked_with_another_classifier(zone, question):
    answer = ask(zone, question)
    assert (answer.answer_type, answer.value, answer.unit) == ("number", 2, "件"), answer.text


def test_a_spoken_verb_of_one_character(zone):
    answer = ask(zone, "执法大队办了多少件案子?")
    assert (answer.answer_type, answer.value) == ("number", 241), answer.text


def test_a_spoken_verb_is_not_read_into_a_word_that_holds_it(zone):
    # 申请 / 举办 are words of their own, not 请 / 办 said the spoken way
    from fgqa.answers.wording import as_written

    assert as_written("收到信息公开申请多少件") == "收到信息公开申请多少件"
    assert as_written("举办了几场讲座") == "举办了几场讲座"
    assert as_written("镇里请了几个法律顾问") == "镇里聘请了几个法律顾问"


BUREAU = """澄溆省自然资源厅2025年度法治政府建设情况报告

一、行政应诉
全省自然资源系统一审行政诉讼案件312件，审结290件，败诉17件，行政诉讼败诉率为5.9%。以澄溆省自然资源厅为被告的案件9件，审结8件，败诉1件。

二、存在的不足
应诉能力有待提高。
"""

COUNTY_OWN = """苕川县人民政府2025年度法治政府建设情况报告

一、行政应诉
全县行政机关作为被告的一审行政诉讼案件73件，审结70件，败诉5件，败诉率7.1%。县政府本级被诉11件，审结10件，无一败诉。

二、存在的不足
应诉能力有待提高。
"""


def test_the_bodys_own_level_is_the_issuer_named_as_defendant():
    report = summarized(BUREAU, "chengxu.txt", issuer="澄溆省自然资源厅", level="department", year=2025)
    answer = ask(report, "厅本级败诉了几件?")
    assert (answer.answer_type, answer.value) == ("number", 1), answer.text


def test_the_zero_of_the_body_at_its_own_level_gives_its_rate_beside_the_whole_areas():
    report = summarized(COUNTY_OWN, "tiaochuan.txt", issuer="苕川县人民政府", level="county", year=2025)
    answer = ask(report, "县政府本级败诉率是多少?")
    assert (answer.answer_type, answer.value, answer.kind) == ("number", 0, "zero_claim"), answer.text
    assert ask(report, "败诉率是多少").value == 7.1


TOWN = """椴溪镇人民政府2025年度法治政府建设情况报告

一、主要工作
（一）矛盾化解。镇村两级调委会共化解矛盾纠纷257起，成功率97.3%，较上年减少19起。司法所指导各村开展“枫桥式”调解，全年调处邻里纠纷241件，比上年多化解纠纷23件。全镇涉企现场检查次数同比减少18.5%。
（二）执法数据。全年执法数据与上年对比如下：
项目 | 2025年 | 2024年
办结行政处罚案件（件） | 206 | 188
罚没款（万元） | 61.4 | 74.9

二、存在的不足
基层法治力量薄弱。
"""


@pytest.fixture(scope="module")
def town():
    return summarized(TOWN, "duanxi.txt", issuer="椴溪镇人民政府", level="town", year=2025)


def test_a_change_in_cases_after_a_rate_is_the_counts_change(town):
    # "化解矛盾纠纷257起,成功率97.3%,较上年减少19起": the disputes fell by 19, not the rate
    answer = ask(town, "矛盾纠纷比上年减少了多少?")
    assert (answer.answer_type, abs(answer.value), answer.kind, answer.direction) == ("number", 19, "change", "down"), answer.text


def test_a_change_said_with_duo_and_the_deed(town):
    # "比上年多化解纠纷23件": 多 after the comparison, then the deed and what it counts
    _, summary = town
    changed = [(f.key, f.value, f.direction) for f in summary.indicators if f.kind == "change" and f.unit == "件"]
    assert changed == [("mediation.disputes", 23, "up")]


def test_what_changed_asks_the_change(town):
    answer = ask(town, "涉企现场检查次数有什么变化?")
    assert (answer.answer_type, answer.value, answer.kind) == ("number", -18.5, "change"), answer.text


def test_a_trend_read_from_a_tables_two_year_columns(town):
    assert ask(town, "罚没款比上年是否减少?").value is True
    answer = ask(town, "罚没款比上年是增加还是减少?")
    assert answer.answer_type == "text" and answer.text.startswith("下降"), answer.text


CITY_TABLE = """鹈山市人民政府2025年度法治政府建设情况报告

一、主要数据
复议和应诉数据如下：
项目 | 2025年 | 2024年
新收行政复议申请（件） | 934 | 871
受理（件） | 902 | 846
审结（件） | 877 | 820
行政诉讼一审收案（件） | 415 | 452
败诉（件） | 26 | 31
办结行政处罚案件（件） | 3,206 | 2,980
其中：生态环境领域（件） | 288 | 301

二、存在的不足
基层复议力量不足。
"""


@pytest.fixture(scope="module")
def city_table():
    return summarized(CITY_TABLE, "tishan.txt", issuer="鹈山市人民政府", level="city", year=2025)


@pytest.mark.parametrize(("question", "value"), [
    ("行政复议受理了多少件?", 902),  # 受理(件) under 新收行政复议申请: the reconsiderations'
    ("行政复议审结了多少件?", 877),
    ("全市行政机关败诉多少件?", 26),  # 全市行政机关 is the whole, which a row need not name
    ("生态环境领域办了多少件处罚案件?", 288),  # 其中：… is a part of the row above
])
def test_rows_read_with_the_rows_above_them(city_table, question, value):
    answer = ask(city_table, question)
    assert (answer.answer_type, answer.value) == ("number", value), answer.text


def test_another_areas_agencies_are_not_the_whole():
    text = """楮源县枳坪镇人民政府2025年度法治政府建设情况报告

一、行政应诉
镇政府作为被告的行政诉讼案件6件，败诉1件，败诉率16.7%。

二、存在的不足
应诉能力有待提高。
"""
    report = summarized(text, "zhiping.txt", issuer="楮源县枳坪镇人民政府", level="town", year=2025)
    # 全县行政机关 is the county's, not the town's own cases
    assert ask(report, "全县行政机关败诉率是多少?").answer_type == "not_disclosed"
    assert ask(report, "全镇行政机关败诉了几件?").value == 1


def test_the_body_with_its_departments_as_respondent_is_the_body():
    text = """蓍塘经济开发区管委会2025年法治建设工作报告

一、主要工作
（二）行政复议和行政应诉工作
以管委会及其部门为被申请人的行政复议案件15件，市政府已审结13件，其中维持10件、纠错2件，另有2件尚在审理中。管委会及所属部门作为被告的一审行政诉讼案件27件，法院审结22件。

二、存在的不足
应诉能力有待提高。
"""
    report = summarized(text, "shitang.txt", issuer="蓍塘经济开发区管理委员会", year=2025)
    assert ask(report, "复议机关审结了多少件?").value == 13  # not the court's 22
    assert ask(report, "复议被纠错了几件?").value == 2


def test_a_spoken_ban_is_handling_only_when_cases_are_counted() -> None:
    # 办了几期 asks how many sessions were held (举办), not cases handled: the question keeps its word
    from fgqa.answers.wording import as_written

    assert as_written("普法骨干研修班办了几期") == "普法骨干研修班办了几期"
    assert "办理" in as_written("城管中队办了几起案子")
