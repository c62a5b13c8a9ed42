"""A count written before what it counts ("对14个村委会…开展督查", "组织1200余名网格员进行…") has its
words after it: a coordination before it is a sibling count's noun or the predicate's, not a sum it
makes; two such counts joined by 和 share the predicate after the second one's noun; a join inside
that predicate ("述法评议和专项测评各1次") is no sibling's item. Fictional district, our own words."""

import pytest

from helpers import ask, summarized

REPORT = """青枫区人民政府2025年法治政府建设情况报告
一、主要工作
(一)督查考核
区委依法治区办对全区14个村委会和3个社区居委会落实普法责任情况开展了专项督查。
区政府对9个镇(街道)政府、27个区政府工作部门开展年度法治考核,结果纳入绩效。
区司法局召集全区63家单位开展述法评议和专项测评各1次。
(二)基层治理
区司法局把宪法学习和法治培训列为年度重点,组织全区1200余名网格员参加法治培训结业测试,合格率达97%。
二、存在的不足
一是基层法治力量不足。
青枫区人民政府
2026年2月10日
"""


@pytest.fixture(scope="module")
def report():
    return summarized(REPORT, "qingfeng.txt", issuer="青枫区人民政府", year=2025, signed="2026-02-10")


def test_coordinated_counts_share_the_predicate_after_them(report):
    assert ask(report, "对多少个村委会开展了专项督查").value == 14
    assert ask(report, "对多少个社区居委会开展了专项督查").value == 3


def test_a_sibling_noun_before_the_count_is_no_sum_it_makes(report):
    assert ask(report, "对多少个区政府工作部门开展了年度法治考核").value == 27


def test_a_join_inside_the_predicate_is_no_sibling(report):
    assert ask(report, "召集全区多少家单位开展述法评议和专项测评").value == 63


def test_a_coordination_in_an_earlier_clause_is_not_what_the_count_counts(report):
    assert ask(report, "组织多少名网格员参加法治培训结业测试").value == 1200
