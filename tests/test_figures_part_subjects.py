"""A part of a total named by the body or the place that did it keeps the total's key and
takes that subject as its scope (fgqa/figures/part_subjects.py).

Sentences are our own (fictional places and bodies, fresh wording).
"""

from fgqa.figures import part_subjects
from helpers import ask, stated_with_scopes, summarized

keyed = stated_with_scopes


def test_the_subject_after_a_part_word() -> None:
    assert part_subjects.after_part_word("其中县交通运输局查处") == "县交通运输局"
    assert part_subjects.after_part_word(";其中园区综合执法大队直接办理") == "园区综合执法大队"
    assert part_subjects.after_part_word("其中12个乡镇以自身名义作出的") == "12个乡镇"
    # a part word before a kind, a period or an outcome names no subject
    assert part_subjects.after_part_word("其中上半年调处") is None
    assert part_subjects.after_part_word("其中涉及征地拆迁的") is None
    assert part_subjects.after_part_word("其中废止") is None


def test_a_lead_that_is_only_a_subject_and_its_verb() -> None:
    assert part_subjects.only_subject("，县应急管理局办理") == "县应急管理局"
    assert part_subjects.only_subject("、河湾镇") == "河湾镇"
    assert part_subjects.only_subject("建成调解中心") is not None  # read only where a run of parts is open
    assert part_subjects.only_subject("，罚没款") is None


def test_parts_by_body_after_qizhong_keep_the_key_with_their_scope() -> None:
    text = ("全县各执法机关办理行政处罚案件6,210件,罚没款1,840万元;其中县交通运输局查处1,032件,"
            "罚没款266万元,县应急管理局办理418件。")
    got = keyed(text)
    assert ("enforcement.cases", 6210, None) in got
    assert ("enforcement.cases", 1032, "县交通运输局") in got
    assert ("enforcement.fines", 266, "县交通运输局") in got
    assert ("enforcement.cases", 418, "县应急管理局") in got


def test_a_breakdown_by_place_in_the_sentence_after_the_total() -> None:
    text = "全市行政机关被诉一审案件共530件。分区县来看,市本级97件,清源区121件、白鹭区88件,临川县74件。"
    got = keyed(text)
    assert ("litigation.cases", 530, None) in got
    for value, place in ((97, "市本级"), (121, "清源区"), (88, "白鹭区"), (74, "临川县")):
        assert ("litigation.cases", value, place) in got


def test_a_level_after_the_whole_rate_takes_the_rate() -> None:
    got = keyed("全县行政机关负责人出庭应诉率96.2%,县本级达到100%。")
    assert ("litigation.head_appearance_rate", 100, "县本级") in got


def test_a_bracketed_part_ends_where_its_bracket_closes() -> None:
    got = keyed("全县共清理规范性文件240件(其中县本级61件),废止和宣布失效19件(其中县本级5件)。")
    assert ("normative_docs.repealed", 19, None) in got


def test_a_period_or_a_verb_ending_in_chu_is_no_body() -> None:
    text = "全镇调处矛盾纠纷300件,调解成功率98.0%。其中下半年调处140件。"
    assert not [f for f in keyed(text) if f[1] == 140]


def test_a_question_about_the_whole_area_gets_the_total_not_a_part() -> None:
    text = ("柘林区人民政府2024年法治政府建设情况报告\n一、主要成效\n"
            "全区行政执法机关办理行政处罚案件5,300件,罚没款3,960.4万元;其中,7个街道以自身名义办理的"
            "综合行政执法案件1,204件,罚没款207.5万元。\n")
    answer = ask(summarized(text), "全区罚没款是多少?")
    assert answer.value == 3960.4
