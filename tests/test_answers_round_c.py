"""The classes of the answers set's round c (evals/answers c1 and the spent held-out sets'
misses), each on a short report written for the test (fictional places): an outcome said the
other way (驳回原告诉讼请求, 均胜诉, 均予以维持), a negation of happening that covers the
phrase after it (未收到因…引起的…), a count of another thing for a yes/no about existence, a
number keyed to another indicator, a place named by its name, the body's own level (本级) in
a table column, a field of a total, one part of a derived sum, and X当被告 as a scope."""

import pytest

from fgqa.answers.scopes import qualifiers_named, scopes_named
from helpers import ask, summarized

COUNTY = """溆岚县人民政府2025年法治政府建设情况报告
一、主要做法
(一)行政应诉。以县政府为被告的一审行政诉讼案件7件,审结6件,法院均判决驳回原告的诉讼请求。全县行政机关作为被告的一审行政诉讼案件52件,审结48件,败诉3件。以县政府为被申请人的行政复议案件4件,经复议机关审理后均予以维持。
(二)政务公开。全县受理政府信息公开申请27件,全年未收到因信息公开答复引起的行政诉讼。县政府作出重大行政决策6项,未发生因决策失误引发的群体性事件。
(三)执法监督。全县办理行政处罚案件2160件,其中市场监管领域830件、城市管理领域512件。全县11个乡镇中,榴岗镇办理行政处罚案件最多,为301件。
(四)文件管理。县本级清理规范性文件88件,其中废止9件、宣布失效4件。
表1 2025年应诉情况
项目 | 县政府本级 | 全县
负责人出庭应诉率 | 100% | 95.1%
二、存在的不足
一是基层执法力量薄弱。
三、下一步打算
一是力争行政诉讼败诉率控制在5%以内。
"""

BUREAU = """沙塘市生态环境局2025年法治政府建设情况报告
一、主要做法
以本局为被告的行政诉讼案件3件,法院均判决本局胜诉。
二、存在的不足
一是执法装备不足。
三、下一步打算
一是力争行政诉讼零败诉。
"""


def _report(text: str, issuer: str):
    return summarized(text, "r.txt", issuer=issuer, year=2025)


@pytest.fixture(scope="module")
def county():
    return _report(COUNTY, "溆岚县人民政府")


@pytest.fixture(scope="module")
def bureau():
    return _report(BUREAU, "沙塘市生态环境局")


@pytest.mark.parametrize("question", ["以县政府为被告的行政诉讼有没有败诉?", "县政府当被告的行政诉讼是否有败诉的"])
def test_claims_all_dismissed_say_no_loss(county, question):
    answer = ask(county, question)
    assert answer.answer_type in ("yes_no", "not_disclosed")
    assert answer.value is not True  # the county's 3 losses are another scope's


def test_claims_dismissed_is_a_no(county):
    answer = ask(county, "以县政府为被告的行政诉讼有没有败诉?")
    assert answer.answer_type == "yes_no" and answer.value is False
    assert "驳回原告的诉讼请求" in answer.citations[0].quote


def test_all_upheld_is_no_correction(county):
    answer = ask(county, "以县政府为被申请人的复议案件有没有被纠错?")
    assert answer.value is not True


def test_all_won_is_no_loss(bureau):
    answer = ask(bureau, "以本局为被告的行政诉讼有没有败诉?")
    assert answer.answer_type == "yes_no" and answer.value is False


def test_the_whole_county_losses_are_a_yes(county):
    answer = ask(county, "全县行政机关有没有败诉的案件?")
    assert answer.answer_type == "yes_no" and answer.value is True


@pytest.mark.parametrize("question", ["有没有因信息公开答复引起的行政诉讼?", "是否有因信息公开答复而起的行政诉讼"])
def test_a_negation_of_receiving_covers_the_phrase_after_it(county, question):
    answer = ask(county, question)
    assert answer.answer_type == "yes_no" and answer.value is False
    assert "未收到因信息公开答复引起的行政诉讼" in answer.citations[0].quote


def test_a_negation_of_happening_covers_the_cause(county):
    answer = ask(county, "决策失误是否引发了群体性事件")
    assert answer.answer_type == "yes_no" and answer.value is False


def test_a_count_of_requests_does_not_say_a_lawsuit_exists(county):
    # the 27 requests are no lawsuit about them
    answer = ask(county, "是否有因信息公开申请引起的行政诉讼")
    assert answer.value is not True


def test_the_lost_count_is_not_the_cases_count(county):
    answer = ask(county, "全县行政机关败诉案件有多少件?")
    assert answer.answer_type == "number" and answer.value == 3


def test_a_town_named_by_its_name_gets_its_own_figure(county):
    answer = ask(county, "榴岗镇办理了多少件行政处罚案件?")
    assert answer.answer_type == "number" and answer.value == 301


def test_a_town_the_report_never_names_gets_no_figure(county):
    answer = ask(county, "茅坪镇办理了多少件行政处罚案件?")
    assert answer.answer_type in ("cannot_answer", "not_disclosed")


def test_a_place_named_is_a_qualifier_the_issuer_is_not():
    assert qualifiers_named("榴岗镇办理了多少件", "溆岚县人民政府", "溆岚县") == ["榴岗镇"]
    assert qualifiers_named("溆岚县办理了多少件", "溆岚县人民政府", "溆岚县") == []
    assert qualifiers_named("各设区的市败诉率是多少", "江澜省人民政府", "江澜省") == []
    assert qualifiers_named("市场监管领域办理了多少件", "溆岚县人民政府", "溆岚县") == []
    assert qualifiers_named("县本级清理了多少件", "溆岚县人民政府", "溆岚县") == ["本级"]


def test_the_own_level_column_answers_the_own_level(county):
    answer = ask(county, "县政府本级负责人出庭应诉率是多少?")
    assert answer.answer_type == "number" and answer.value == 100


def test_the_own_level_column_never_answers_the_whole(county):
    answer = ask(county, "全县负责人出庭应诉率是多少?")
    assert not (answer.answer_type == "number" and answer.value == 100)


def test_a_field_of_a_total_with_the_totals_verb(county):
    answer = ask(county, "市场监管领域办理了多少件行政处罚案件?")
    assert answer.answer_type == "number" and answer.value == 830


def test_one_part_named_is_not_the_sum_of_parts(county):
    answer = ask(county, "县本级废止了多少件规范性文件")
    assert answer.answer_type == "number" and answer.value == 9


def test_dang_beigao_is_a_scope():
    assert scopes_named("县政府当被告的一审案件有无败诉", "溆岚县人民政府") == ["县政府"]


COUNTS = """蓼川街道办事处2025年法治政府建设情况报告
一、主要工作
按照每两月1次的频次召开理论学习中心组法治学习会,全年共开展法治学习6次。对辖区7个社区的服务事项开展梳理,共梳理事项250项,其中,自治事项130项、协助事项120项。将街道权责清单事项由原来的120项精简为88项。全年办理信访、行政复议、行政诉讼案件共计19件。综治中心受理劳动争议、邻里纠纷和物业矛盾等各类纠纷共计203件。街道法律顾问审核各社区报送合同12份、征求意见8件。
二、存在的问题
一是法律服务供给不均衡。
三、下一步计划
一是推动每个社区法律顾问服务每月不少于1次。
"""


@pytest.fixture(scope="module")
def counts():
    return _report(COUNTS, "蓼川街道办事处")


def test_a_frequency_is_no_count(counts):
    answer = ask(counts, "理论学习中心组开展法治学习几次?")
    assert answer.answer_type == "number" and answer.value == 6


def test_the_total_before_its_parts(counts):
    answer = ask(counts, "共梳理了多少项事项?")
    assert answer.answer_type == "number" and answer.value == 250


def test_bodies_beside_things_are_not_the_things(counts):
    answer = ask(counts, "共梳理多少项服务事项?")
    assert not (answer.answer_type == "number" and answer.value == 7)


def test_the_result_of_a_change_and_its_base(counts):
    assert ask(counts, "街道权责清单事项精简为多少项?").value == 88
    base = ask(counts, "精简前街道权责清单事项有多少项?")
    assert base.value == 120 and base.kind == "benchmark"


def test_a_count_of_several_kinds_is_none_of_them(counts):
    answer = ask(counts, "街道办理了多少件行政复议案件?")
    assert not (answer.answer_type == "number" and answer.value == 19)


def test_the_noun_counted_after_its_kinds(counts):
    answer = ask(counts, "综治中心受理各类纠纷多少件?")
    assert answer.answer_type == "number" and answer.value == 203


def test_a_sum_of_parts_that_are_all_a_parts_is_no_whole_figure(counts):
    # 12份 and 8件 are the communities' submissions, 20 their sum: never the answer
    answer = ask(counts, "审核合同多少份?")
    assert not (answer.answer_type == "number" and answer.value == 20)


def test_the_questions_measure_word_bounds_the_lookup():
    report = _report("""芷岩镇人民政府2025年法治政府建设情况报告
一、主要工作
镇法律顾问参与镇重大事项讨论16次,审核各部门报送合同9份、出具法律意见书2份。
二、存在的问题
一是法律服务力量不足。
三、下一步计划
一是推进合法性审查全覆盖。
""", "芷岩镇人民政府")
    answer = ask(report, "出具法律意见书多少份")
    assert not (answer.answer_type == "number" and answer.unit == "次")
