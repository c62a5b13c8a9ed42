"""Answers you can trust (issue 12): an answer's quote carries the question's scope, a named
part of a total is that part, yes/no polarity follows the question, and a report answers the
same alone as among others. Each rule on a small report written for the test (fictional place)."""

from pathlib import Path

import pytest

from fgqa.answers import answer_question
from helpers import summarized, summary_of

ROOT = Path(__file__).resolve().parents[1]

REPORT = """松岗区人民政府2025年法治政府建设情况报告
一、主要工作
(一)化解行政争议
各镇街作为被告的行政诉讼案件38件,审结35件,败诉3件。镇街层面行政机关负责人出庭应诉率88%。全区行政复议机关收到复议申请共计205件,其中涉及征收补偿67件、社会保障52件、其他86件,受理198件。
(二)规范执法
全区执法部门办理行政处罚案件共计940件,其中适用简易程序615件,罚没款1260万元。全区没有发生行政赔偿案件。
二、存在的不足
一是镇街合法性审查力量不足。
三、2026年工作安排
一是力争镇街层面负责人出庭应诉率达到95%。
松岗区人民政府
2026年2月12日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "songgang.txt", issuer="松岗区人民政府", year=2025, signed="2026-02-12")


def ask(report, q):
    doc, summary = report
    return answer_question(q, summary, doc.text)


def test_a_whole_report_question_is_not_answered_by_a_part_of_the_body(report):
    """Only the 镇街's cases are counted: the district's count is not given (never 38)."""
    a = ask(report, "行政诉讼案件有多少件")
    assert a.answer_type == "not_disclosed" and "镇街" in a.text
    assert any("38件" in p for p in a.points)  # what the report gives instead
    rate = ask(report, "负责人出庭应诉率是多少")
    assert rate.answer_type == "not_disclosed"


def test_a_question_naming_the_part_gets_that_parts_figure(report):
    a = ask(report, "各镇街作为被告的行政诉讼案件有多少件")
    assert (a.answer_type, a.value) == ("number", 38)
    assert ask(report, "镇街层面负责人出庭应诉率是多少").value == 88


def test_a_yes_no_about_the_whole_is_not_decided_by_a_part(report):
    a = ask(report, "负责人出庭应诉率是否达到90%")
    assert a.answer_type == "cannot_answer"
    # a part that lost cases says the whole did too
    lost = ask(report, "是否实现零败诉")
    assert (lost.answer_type, lost.value) == ("yes_no", False)


@pytest.mark.parametrize("question, value", [
    ("行政处罚案件有多少件", 940),            # the 共计 total, not its first part
    ("适用简易程序的处罚案件有多少件", 615),  # the part the question names
    ("行政复议申请有多少件", 205),
    ("涉及征收补偿的复议申请有多少件", 67),
])
def test_a_total_and_its_named_parts(report, question, value):
    a = ask(report, question)
    assert (a.answer_type, a.value) == ("number", value), a.text


def test_asking_whether_there_were_any_is_not_a_zero_question(report):
    """"有没有败诉案件" asks for existence: 未发生败诉案件 is a no (not the yes of 零败诉)."""
    doc, _summary = report
    town = REPORT.replace("各镇街作为被告的行政诉讼案件38件,审结35件,败诉3件", "全区行政诉讼案件38件,审结35件,未发生败诉案件")
    _d2, s2 = summarized(town, "t.txt", sha256="1" * 64, meta=doc.meta)
    for q in ("有没有败诉案件", "有无败诉案件"):
        a = answer_question(q, s2, town)
        assert (a.answer_type, a.value) == ("yes_no", False), (q, a.text)
    assert answer_question("是否实现零败诉", s2, town).value is True


def _questions():
    import json

    lines = (ROOT / "evals" / "answers" / "gold" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_a_report_answers_the_same_alone_and_among_others():
    """`fgqa ask Q A.txt` and `fgqa ask Q A.txt B.txt` give A the same answer, for every
    question of the answers set that is not itself a question about the set."""
    from fgqa.corpus.questions import ask_reports, read_intent
    from fgqa.session import Session

    corpus = ROOT / "evals" / "answers" / "corpus"
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    with Session("rules") as session:
        for q in _questions():
            if read_intent(q["question"]) is not None:
                continue
            alone = ask_reports(q["question"], session, files=[str(corpus / q["doc"])]).answer.answers[0]
            among = ask_reports(q["question"], session, files=files).answer
            mine = next(a for a in among.answers if Path(a.doc).name == q["doc"])
            assert (mine.answer_type, mine.value, mine.text) == (alone.answer_type, alone.value, alone.text), q["question"]


LISTS = """柳渡县人民政府2025年法治政府建设情况报告
一、主要工作
县司法局会同县公安局、县市场监管局、县总工会开展“法护民生”专项活动,全年举办讲座42场。
县政府通过府院联席会议、行政争议调解中心、败诉案件通报三项机制预防和化解行政争议。
县政府成立法治督察工作组,由副县长谭知远担任工作组负责人。
二、存在的不足
一是乡镇法治力量薄弱。
三、下一步打算
一是深化示范创建。
"""


@pytest.fixture(scope="module")
def lists_report():
    return summarized(LISTS, "liudu.txt", sha256="2" * 64, issuer="柳渡县人民政府", year=2025)


@pytest.mark.parametrize("question, items", [
    ("哪些单位参与了“法护民生”专项活动", ["县公安局", "县市场监管局", "县总工会"]),
    ("通过哪些机制化解行政争议", ["府院联席会议", "行政争议调解中心", "败诉案件通报"]),
    # the kind of item is the question's word, not the sentence's (三项机制 answers 哪些措施)
    ("采取了哪些措施预防和化解行政争议", ["府院联席会议", "行政争议调解中心", "败诉案件通报"]),
])
def test_a_list_is_the_items_of_the_one_sentence_that_enumerates_them(lists_report, question, items):
    a = ask(lists_report, question)
    assert a.answer_type == "list" and a.points == items, a.text
    assert a.citations and "、" in a.citations[0].quote


def test_a_list_question_the_report_does_not_cover_abstains(lists_report):
    a = ask(lists_report, "哪些单位参与了宪法宣传周活动")
    assert a.answer_type == "cannot_answer"


def test_who_is_responsible_is_the_person_the_sentence_names_for_that_role(lists_report):
    a = ask(lists_report, "法治督察工作组由谁负责")
    assert a.answer_type == "text" and a.text.startswith("副县长谭知远")


def test_a_set_question_reads_each_report_as_its_own_answer_does():
    """"以镇政府为被告的…共计多少件" over several reports sums the named scope's figures (3 for
    the town, not its 9), and a report that counts only parts of itself is not counted."""
    from fgqa.corpus.questions import ask_reports
    from fgqa.session import Session

    corpus = ROOT / "evals" / "answers" / "corpus"
    files = [str(corpus / "r_town_scopes.txt"), str(corpus / "s_district_subscope.txt")]
    with Session("rules") as session:
        named = ask_reports("以镇政府为被告的行政诉讼案件共计多少件", session, files=files).answer
        whole = ask_reports("行政诉讼案件一共多少件", session, files=files).answer
    by_doc = {Path(i.doc).name: i for i in named.items}
    assert by_doc["r_town_scopes.txt"].value == 3
    assert by_doc["s_district_subscope.txt"].value is None
    streets = {Path(i.doc).name: i for i in whole.items}["s_district_subscope.txt"]
    assert streets.value != 47  # the streets' cases are not the district's


OTHERS = """栖霞湾街道办事处2025年法治政府建设工作报告
一、主要工作
街道在全市法治建设考评中排名全区第二全市第七。
司法所为街道各类合同、文件进行合法性审查48次,提出意见5份。
通过复议前协商、行政调解等办法避免近30件高风险信访案件进入诉讼程序。
新任命的9名街道工作人员进行了宪法宣誓。
深化一社区一法律顾问建设,法律顾问走进居民小区。
街道“枫桥式”调解室荣获全省首批规范化调解室。
二、存在的不足
一是执法力量不足。
三、下一步计划
一是深化普法。
"""


@pytest.fixture(scope="module")
def others_report():
    return summarized(OTHERS, "qixiawan.txt", sha256="3" * 64, issuer="栖霞湾街道办事处", year=2025)


def test_the_ordinal_asked_is_the_one_after_the_questions_words(others_report):
    assert ask(others_report, "在全市法治建设考评中全市排第几").text.startswith("第七")
    assert ask(others_report, "在全市法治建设考评中全区排第几").text.startswith("第二")


def test_a_count_in_a_unit_the_indicator_never_uses_is_found_where_the_report_counts_so(others_report):
    a = ask(others_report, "合法性审查做了多少次")
    assert (a.answer_type, a.value, a.unit) == ("number", 48, "次")


def test_a_number_that_counts_another_noun_is_not_the_answer(others_report):
    """"避免近30件高风险信访案件" counts those cases, not mediations; "9名街道工作人员" are the
    people the question asks for."""
    assert ask(others_report, "行政调解了多少件").answer_type in ("cannot_answer", "not_disclosed")
    sworn = ask(others_report, "多少名新任命人员进行了宪法宣誓")
    assert (sworn.answer_type, sworn.value) == ("number", 9)


@pytest.mark.parametrize("question", ["是否推行了一社区一法律顾问", "调解室是否获得全省规范化调解室称号"])
def test_a_deed_worded_otherwise_is_a_yes(others_report, question):
    a = ask(others_report, question)
    assert (a.answer_type, a.value) == ("yes_no", True), a.text


def test_a_trend_said_in_words_decides_a_trend_question():
    text = "栗阳县人民政府2025年法治政府建设报告\n一、主要工作\n全县行政复议案件办理规范。\n二、存在的不足\n一是行政复议纠错率较上年有所上升。\n"
    _doc, summary = summarized(text, "liyang.txt", sha256="4" * 64, issuer="栗阳县人民政府")
    up = answer_question("行政复议纠错率比上年是否上升", summary, text)
    down = answer_question("行政复议纠错率比上年是否下降", summary, text)
    assert (up.answer_type, up.value, down.answer_type, down.value) == ("yes_no", True, "yes_no", False)


def test_whom_the_report_is_sent_to_is_its_salutation_line():
    text = "栗阳县人民政府2025年法治政府建设报告\n\n县委、县人大常委会:\n2025年,全县法治政府建设稳步推进。现报告如下。\n一、主要工作\n开展普法活动12场。\n"
    doc, summary = summarized(text, "liyang.txt", sha256="5" * 64, issuer="栗阳县人民政府")
    a = answer_question("这份报告报送给谁", summary, text)
    assert a.answer_type == "text" and a.points == ["县委、县人大常委会"]
    assert text[a.citations[0].span[0]:a.citations[0].span[1]] == "县委、县人大常委会:"
    bare = text.replace("县委、县人大常委会:\n", "")
    d2 = doc.model_copy(update={"text": bare})
    assert answer_question("这份报告报送给谁", summary_of(d2), bare).answer_type == "cannot_answer"


def test_a_which_question_whose_sentence_names_none_abstains(lists_report):
    """"哪些律所…" against "由3家律所担任": the sentence counts them but names none."""
    doc, _summary = lists_report
    text = doc.text + "县政府常年法律顾问由3家律师事务所担任。\n"
    d2 = doc.model_copy(update={"text": text})
    a = answer_question("哪些律师事务所担任法律顾问", summary_of(d2), text)
    assert a.answer_type == "cannot_answer"


def test_a_question_opening_with_a_part_of_the_body_names_that_scope(report):
    """"镇街的…" is the 镇街's figure; the issuer named so ("区政府的…") is the whole."""
    a = ask(report, "镇街的负责人出庭应诉率是多少")
    assert (a.answer_type, a.value) == ("number", 88)
    assert ask(report, "镇街败诉了几件").value == 3
    assert ask(report, "区政府的负责人出庭应诉率是多少").answer_type == "not_disclosed"


def test_a_place_the_body_acted_in_is_no_scope():
    """"在各社区设立法治宣传栏16块" is the street's own count (the boards stand in its
    communities); "各社区共调解纠纷40起" is the communities'."""
    text = ("青柳街道办事处2025年法治政府建设报告\n一、主要工作\n街道在各社区设立法治宣传栏16块。"
            "各社区共调解矛盾纠纷40起。\n二、存在的不足\n一是力量不足。\n")
    _doc, summary = summarized(text, "qingliu.txt", sha256="6" * 64, issuer="青柳街道办事处", year=2025)
    boards = answer_question("设立了多少块法治宣传栏", summary, text)
    assert (boards.answer_type, boards.value) == ("number", 16)
    assert answer_question("调解矛盾纠纷多少起", summary, text).answer_type in ("not_disclosed", "cannot_answer")
    assert answer_question("各社区调解矛盾纠纷多少起", summary, text).value == 40


YES_NO = """荷塘街道办事处2024年法治政府建设情况报告
一、主要工作
辖区8个社区中,6个社区配备了法律顾问,其余社区暂未配备。全部社区均建立了调解委员会。
街道综合执法队全年办理简易程序案件150件、一般程序案件24件。
街道执法平台与区级平台尚未打通。
街道上线运行“荷塘智慧执法”平台,全年受理投诉40件、办结38件。
二、存在的问题
一是部分社区尚未实现法律顾问全覆盖。
三、下一步计划
一是计划于2025年实现社区法律顾问全覆盖。
"""


@pytest.fixture(scope="module")
def yes_no_report():
    return summarized(YES_NO, "hetang.txt", sha256="7" * 64, issuer="荷塘街道办事处", year=2024)


@pytest.mark.parametrize("question, yes", [
    ("是否所有社区都配备了法律顾问", False),   # 6 of 8: a part did
    ("是否所有社区都建立了调解委员会", True),   # 全部…均
    ("是否实现了社区法律顾问全覆盖", False),   # 尚未实现…全覆盖 is no zero claim
    ("是否计划实现社区法律顾问全覆盖", True),  # asked about the plan itself
    ("执法平台是否与区级平台打通", False),     # 尚未 before the predicate that ends the question's words
])
def test_yes_no_wordings(yes_no_report, question, yes):
    a = ask(yes_no_report, question)
    assert (a.answer_type, a.value) == ("yes_no", yes), a.text


def test_a_total_of_kinds_the_question_does_not_name(yes_no_report):
    a = ask(yes_no_report, "行政执法案件有多少件")
    assert (a.answer_type, a.value, a.kind) == ("number", 174, "derived")
    assert ask(yes_no_report, "一般程序案件办理了多少件").value == 24


def test_a_list_is_only_the_enumeration_the_question_is_about(yes_no_report):
    """"哪些平台上线运行": the sentence's only 、-list is of cases, not platforms."""
    assert ask(yes_no_report, "哪些平台上线运行").answer_type != "list"


def test_non_core_questions_abstain_when_the_best_sentence_does_not_cover_them():
    """A name the report never uses (府院联席, 旁听庭审), or the head of the question's phrase
    missing from the sentence (审查 vs a 清理 sentence): no nearby date or number."""
    text = ("石门县人民政府2025年法治政府建设报告\n一、主要工作\n县政府于2025年5月召开全体会议,审议年度工作要点。"
            "对现行有效的规范性文件开展清理,保留18件、废止3件。开展普法活动90场,受众2.1万人次。"
            "县法治建设领导小组由县长韩川任组长。\n二、存在的不足\n一是力量不足。\n")
    _doc, summary = summarized(text, "shimen.txt", sha256="8" * 64, issuer="石门县人民政府", year=2025)
    for q in ("何时召开府院联席会议", "多少人参加了旁听庭审", "规范性文件审查了多少件"):
        a = answer_question(q, summary, text)
        assert a.answer_type in ("cannot_answer", "not_disclosed"), (q, a.text)
    assert answer_question("规范性文件清理后保留了多少件", summary, text).value == 18
    assert answer_question("领导小组组长是谁", summary, text).text.startswith("县长韩川")


BUREAU = """芦溪县司法局2024年度法治政府建设情况报告
一、主要工作
县政府行政复议机构全年收到复议申请60件,受理55件,审结50件,其中调解和解后终止8件。以本局为被申请人的复议案件为零。
全县法治政府建设考核已覆盖全部19个县直部门。
二、存在的不足
个别乡镇法治建设工作流于形式。
三、2025年工作计划
一是力争复议案件调解和解率提高到20%;二是开展法治宣传进企业活动不少于25场。
"""


@pytest.fixture(scope="module")
def bureau_report():
    return summarized(BUREAU, "luxi.txt", sha256="9" * 64, issuer="芦溪县司法局", year=2024)


def test_a_rate_question_is_never_answered_by_a_count(bureau_report):
    a = ask(bureau_report, "复议案件调解和解率是多少")
    assert a.answer_type != "number" or a.unit == "%", a.text
    assert not (a.answer_type == "number" and a.kind in ("stated", "derived")), a.text  # only the goal is given


def test_none_said_after_the_thing_counted(bureau_report):
    a = ask(bureau_report, "以本局为被申请人的复议案件有多少件")
    assert (a.answer_type, a.value) == ("number", 0)


def test_next_years_planned_count_is_the_goal(bureau_report):
    a = ask(bureau_report, "明年法治宣传进企业活动计划开展多少场")
    assert (a.answer_type, a.value, a.kind) == ("number", 25, "target")


@pytest.mark.parametrize("question", ["是否所有县直部门都纳入了法治政府建设考核", "是否有乡镇法治建设流于形式"])
def test_yes_from_a_covering_sentence_worded_otherwise_or_among_the_shortcomings(bureau_report, question):
    a = ask(bureau_report, question)
    assert (a.answer_type, a.value) == ("yes_no", True), a.text


def test_which_reports_achieved_a_zero_agrees_with_each_reports_own_yes_no():
    from fgqa.corpus.questions import ask_reports
    from fgqa.session import Session

    files = sorted(str(p) for p in (ROOT / "evals" / "answers" / "corpus").glob("*.txt"))
    with Session("rules") as session:
        across = ask_reports("哪些报告实现了零败诉", session, files=files).answer
        for item in across.items:
            alone = ask_reports("是否实现零败诉", session, files=[item.doc]).answer.answers[0]
            assert item.matches == (alone.value if alone.answer_type == "yes_no" else None), item.doc


def test_flat_trends_rates_of_counted_things_and_names_after_titles():
    text = ("江亭区2025年度法治政府建设情况报告\n一、主要工作\n区长林望舒主持召开常务会议研究法治工作3次。"
            "区政府全年提请审议重大行政决策事项6项,公众参与率达到100%。全区行政诉讼一审新收案件80件,同比持平。\n"
            "二、存在的不足\n一是力量不足。\n")
    _doc, summary = summarized(text, "jiangting.txt", sha256="a" * 64, issuer="江亭区人民政府", year=2025)
    up = answer_question("行政诉讼案件是否比上年增加", summary, text)
    assert (up.answer_type, up.value) == ("yes_no", False), up.text  # 持平 is neither up nor down
    rate = answer_question("重大行政决策公众参与率是多少", summary, text)
    assert (rate.answer_type, rate.value, rate.unit) == ("number", 100, "%")  # not the 6 decisions
    assert answer_question("区长是谁", summary, text).text.startswith("林望舒")


def test_counted_nouns_targets_light_verbs_and_the_body_named_by_itself():
    text = ("澜沧区2025年度法治政府建设情况报告\n一、主要工作\n区政府主要领导召开12次常务会议、3次党组会议研究审议法治政府建设工作。"
            "对全区各街道和区直部门开展法治督查,全年开展行政执法案卷评查2次,审查案件150起。"
            "抽选三家单位主要负责人进行现场专题述法。出台《澜沧区2025年法治政府建设工作要点》。\n"
            "二、存在的不足\n一是力量不足。\n")
    _doc, summary = summarized(text, "lancang.txt", sha256="b" * 64, issuer="澜沧区人民政府", year=2025)
    meetings = answer_question("召开了几次区政府常务会议研究法治政府建设", summary, text)
    assert meetings.value == 12, meetings.text  # 常务会议 stands by 12, only 会议 by 3
    assert answer_question("全年开展了几次行政执法案卷评查", summary, text).value == 2  # 对各街道…: a target, no scope
    assert answer_question("是否组织了现场专题述法", summary, text).value is True  # 组织 ← 进行
    assert answer_question("本区是否出台了法治政府建设工作要点", summary, text).value is True
    lookalike = answer_question("行政执法案件有多少件", summary, text)
    assert lookalike.answer_type in ("not_disclosed", "cannot_answer"), lookalike.text  # 150 cases reviewed, not handled


def test_parts_of_an_off_taxonomy_total_a_rate_after_the_parts_and_a_count_whose_sentence_denies_more():
    text = ("柳溪乡人民政府2024年度法治政府建设工作报告\n一、工作情况\n提交集体讨论的重大事项共计15项,其中涉及土地流转的6项、其他9项。"
            "乡综合执法队全年立案查处违法建设案件11件,无一例引发行政复议或行政诉讼。"
            "乡村两级调解组织排查矛盾纠纷120起,其中乡调解委员会调处40起、各村调委会调处80起,调处成功率97%。"
            "全年未出现因矛盾纠纷激化引发的刑事案件。\n二、存在的问题\n一是培训偏少。\n")
    _doc, summary = summarized(text, "liuxi.txt", sha256="c" * 64, issuer="柳溪乡人民政府", year=2024)
    assert answer_question("涉及土地流转的重大事项有多少项", summary, text).value == 6
    assert answer_question("提交集体讨论的重大事项有多少项", summary, text).value == 15
    assert answer_question("调处成功率是多少", summary, text).value == 97  # the whole's rate, after the parts' list
    for q in ("是否有执法案件引发行政复议", "是否发生了因矛盾纠纷激化引发的刑事案件"):
        a = answer_question(q, summary, text)
        assert (a.answer_type, a.value) == ("yes_no", False), (q, a.text)


def test_the_whole_areas_cases_against_its_bodies_are_its_own():
    """"全市法院一审审结以市、县两级政府部门为被告的行政案件934件…败诉率6.5%" is the city's own
    rate (the whole area's defendants, said precisely), while "全县各乡镇…" is each of its towns."""
    text = ("栖川市人民政府2024年法治政府建设情况报告\n一、主要工作\n全市法院一审审结以市、县两级政府部门为被告的行政案件900件,"
            "行政机关败诉54件,败诉率6%。全县各乡镇共办理行政处罚案件300件。\n二、存在的不足\n一是不平衡。\n")
    _doc, summary = summarized(text, "qichuan.txt", sha256="d" * 64, issuer="栖川市人民政府", year=2024)
    assert answer_question("败诉率是多少", summary, text).value == 6
    assert answer_question("败诉率是否低于5%", summary, text).value is False
    assert answer_question("行政处罚案件有多少件", summary, text).answer_type == "not_disclosed"
