"""Yes/no of the twelfth round's classes (helper `yesno12`): an all-question read in the clause that
holds the whole question; a finding said not made (未发现…); a direction said negated (较上年没有减少);
a title only researched (立法调研); a 拟-verb describing papers (拟制发的文件); an all-word followed only
by another deed; a sentence leaning on the one before it (上述…); 人人 and a share in tenths (不到六成); a
bound asked of each part (所有部门…都达到) and a part said past it; a procedure that is a formality (流于
形式); a count asked (有4名吗); a deed handed to another body (移交…办理); a 责任人's 职责 written inside
another section; an outcome said by its opposite (维持 for 纠正); 均 inside 平均; the own level said of
the body (厅本级, 市政府本级: its cases as a party; a bare 市本级 is more); a part's figure against the
average of the report's own area; a person the sentence opens with, by the title they were
introduced with; the 地 of a word (征地) is no particle. The reports are fictional (their own places and wording)."""

from __future__ import annotations

import pytest
from tests.helpers import ask, summarized

BUREAU = """蔺沣县交通运输局2023年度法治政府建设工作报告

县人民政府：
现将我局2023年度法治政府建设工作报告如下。

一、主要工作
（一）规范性文件和合同。全年审核本局拟制发的文件、拟签订的合同共计57件，提出审核意见83条，意见全部被采纳。县人大常委会在备案审查中未发现我局报备的规范性文件存在越权问题。开展公平竞争审查，审查涉企措施21项，未发现违反公平竞争审查标准的情形。
（二）执法。局执法大队23名执法人员人人持证，执法记录仪配备率100%。乡镇交通管理站工作人员中取得执法证件的不到六成。
（三）立法和决策。配合县人大常委会开展《蔺沣县农村公路养护条例》立法调研，形成调研报告1份。年初公布重大行政决策事项目录，列入农村客运站点调整等7项事项。
上述事项中，涉及群众利益的3项召开了听证会，全部经局党组会议集体研究决定。
（四）复议应诉。全县交通运输系统行政诉讼收案31件，审结28件，败诉3件。以县交通运输局为被告的行政诉讼案件6件，审结5件，败诉1件。以县交通运输局为被告的案件败诉数较上年没有减少。以本局为被申请人的行政复议案件1件，县政府决定维持。
（五）法律服务和组织领导。受理群众法律援助申请14件，全部移交县法律援助中心办理。局党组书记、局长鞠澹舟作为法治建设第一责任人，全年主持专题会议3次。鞠澹舟同志全年带头讲授法治课2次。农村公路建设征地补偿款全部兑付到位，全年未发生因补偿不到位引发的集体上访。

二、存在的问题
一是2件败诉案件都与超限处罚程序有关，暴露出少数执法人员程序意识不强；二是部分站所合法性审核力量薄弱，法制审核室仅有审核人员2名；三是个别站所重大执法决定听证程序流于形式。

三、下一步打算
推动乡镇交通管理站工作人员持证上岗全覆盖。

蔺沣县交通运输局
2024年2月19日
"""

CITY = """琇屿市人民政府2024年度法治政府建设情况报告

一、行政应诉
全市法院审结以行政机关为被告的一审行政案件530件，行政机关败诉率6.2%。全市行政机关负责人出庭应诉率94.8%，仍有2个部门出庭应诉率低于85%。以市政府为被告的案件40件，审结38件，败诉2件。市、县、镇三级政府均已聘请法律顾问，镇政府本级每年对法律顾问履职情况考评一次。3个县区的复议工作站尚未实际运转。各县区情况如下：

县区 | 收案（件） | 败诉率
湄岭区 | 210 | 4.1%
榕汐县 | 96 | 9.7%

二、存在的不足
湄岭、榕汐等县区负责人出庭应诉率低于全市平均水平。

琇屿市人民政府
2025年2月27日
"""


@pytest.fixture(scope="module")
def bureau():
    return summarized(BUREAU, "tinglan.txt", issuer="蔺沣县交通运输局", level="county", year=2023, region="蔺沣县")


@pytest.fixture(scope="module")
def city():
    return summarized(CITY, "chengyu.txt", issuer="琇屿市人民政府", level="city", year=2024, region="琇屿市")


def _said(report, question):
    a = ask(report, question)
    return a.answer_type, a.value


def test_an_all_question_is_read_in_the_clause_holding_all_of_it(bureau):
    # "2件败诉案件都与超限处罚程序有关,暴露出少数执法人员…": 少数 is of the officers, not the cases
    assert _said(bureau, "2件败诉案件是否都与超限处罚有关?") == ("yes_no", True)


def test_a_finding_said_not_made_is_a_no_and_only_for_the_finding_asked(bureau):
    assert _said(bureau, "我局规范性文件在备案审查中有没有发现越权问题?") == ("yes_no", False)
    # "开展公平竞争审查,…,未发现违反公平竞争审查标准的情形": the review was done
    assert _said(bureau, "是否开展了公平竞争审查?") == ("yes_no", True)


def test_a_direction_said_negated_is_a_no_to_that_direction(bureau):
    assert _said(bureau, "以县交通运输局为被告的案件败诉数是否比上年减少?") == ("yes_no", False)


def test_a_title_only_researched_is_not_passed(bureau):
    assert _said(bureau, "《蔺沣县农村公路养护条例》是否已经通过?")[0] == "cannot_answer"


def test_a_ni_verb_describing_papers_is_no_goal(bureau):
    # "审核本局拟制发的文件…,意见全部被采纳": the review and the adoption were done
    assert _said(bureau, "审核意见是否都被采纳?") == ("yes_no", True)


def test_an_all_word_followed_only_by_another_deed_says_nothing_of_the_asked_one():
    text = BUREAU.replace("提出审核意见83条，意见全部被采纳", "提出审核意见83条，局党组全部采纳")
    report = summarized(text, "tinglan2.txt", issuer="蔺沣县交通运输局", level="county", year=2023, region="蔺沣县")
    assert _said(report, "本局文件和合同审核是否已经全覆盖?")[0] == "cannot_answer"


def test_a_sentence_opening_with_shangshu_leans_on_the_one_before(bureau):
    assert _said(bureau, "重大行政决策是否都经局党组会议集体研究?") == ("yes_no", True)


def test_renren_is_all_and_a_share_in_tenths_is_not(bureau):
    assert _said(bureau, "执法人员是否全部持证上岗?") == ("yes_no", True)
    assert _said(bureau, "乡镇交通管理站工作人员是否已经全部持证上岗?") == ("yes_no", False)


def test_a_procedure_said_to_be_a_formality_is_not_in_place(bureau):
    assert _said(bureau, "重大执法决定听证程序落实到位了吗?") == ("yes_no", False)


def test_a_count_asked_is_decided_by_the_count_said(bureau):
    assert _said(bureau, "法制审核室审核人员有4名吗?") == ("yes_no", False)
    assert _said(bureau, "法制审核室审核人员有2名吗?") == ("yes_no", True)


def test_a_departments_own_level_is_its_cases_as_a_party(bureau):
    assert _said(bureau, "县交通运输局本级有没有败诉的案件?") == ("yes_no", True)


def test_a_bound_asked_of_each_part_is_not_met_by_the_wholes_figure(city):
    # 94.8 % for the whole city says nothing of each department; "仍有2个部门…低于85%" does
    assert _said(city, "所有部门的出庭应诉率是否都达到了85%?") == ("yes_no", False)
    assert _said(city, "各县区的负责人出庭应诉率是否都高于全市平均?") == ("yes_no", False)


def test_a_part_is_compared_with_the_average_of_the_reports_own_area(city):
    assert _said(city, "榕汐县的败诉率是否高于全市平均?") == ("yes_no", True)
    assert _said(city, "湄岭区的败诉率是否高于全市平均?") == ("yes_no", False)


def test_a_deed_handed_to_another_body_was_not_done_by_the_one_asked(bureau):
    assert _said(bureau, "法律援助申请是否由县交通运输局自己办理?") == ("yes_no", False)


def test_a_first_responsibles_duties_are_written_as_the_responsible(bureau):
    # no part of its own: "局党组书记、局长作为法治建设第一责任人" inside part 一
    assert _said(bureau, "报告有没有写主要负责人履行第一责任人职责的情况?") == ("yes_no", True)


def test_the_own_level_said_of_the_government_is_the_government_as_a_party(city):
    # "市政府本级" is the government itself (以市政府为被告…败诉2件); a bare "市本级" holds its departments too
    assert _said(city, "市政府本级是否实现了零败诉?") == ("yes_no", False)
    assert _said(city, "市本级的败诉率是多少?")[0] != "number"


def test_words_a_report_leaves_out_are_set_aside(city):
    # levels said with 、 ("市、县、镇三级政府…") and the 起来 of a deed asked
    assert _said(city, "市县镇政府都聘请法律顾问了吗?") == ("yes_no", True)
    assert _said(city, "所有县区的复议工作站都运转起来了吗?") == ("yes_no", False)


def test_an_outcome_asked_is_said_by_its_opposite(bureau):
    assert _said(bureau, "复议案件中本局的行为被纠正了吗?") == ("yes_no", False)


def test_a_person_opening_a_sentence_has_the_title_they_were_introduced_with(bureau):
    assert _said(bureau, "局长是否讲授法治课?") == ("yes_no", True)


def test_the_di_of_a_word_is_kept(bureau):
    # "因征地补偿不到位": 征地 is a word, not 征 and a particle
    assert _said(bureau, "有没有发生因征地补偿不到位引发的集体上访?") == ("yes_no", False)
