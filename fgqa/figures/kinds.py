"""What kind of figure a number is: the year's own, a change, a target or a benchmark.

Confusing these is the typical error (a 下降73% read as the loss rate, a national 12.87%
read as the district's). The decision uses only the words around the number inside its
clause: the lead (words before it, up to the previous number) and the tail.
"""

from __future__ import annotations

import re

from fgqa.models import Kind

_CHANGE_UP = r"上升|增长|增加|提高|提升|上涨|增多|多出|增幅|涨幅"
_CHANGE_DOWN = r"下降|减少|降低|下滑|回落|减少了|压降|降幅"
# "增至/提高到/降至" give the new value, which is the year's figure, not a change
_TO_VALUE = re.compile(r"(?:提高为|提升为|上升为|增加为|增长为|下降为|降低为|减少为|增至|增加到|增长到|提高到|提高至|提升至|提升到|上升到|上升至|下降到|下降至|降至|降低到|降低至|减少到|减少至|达到|达)$")
_CHANGE_LEAD = re.compile(rf"(?:同比|环比|较上年|较去年|比上年|比去年|与上年|与去年|较\d{{4}}年)?[^,，。;；]{{0,12}}?(?P<verb>{_CHANGE_UP}|{_CHANGE_DOWN})了?(?:了|约|近|超|为|达)?$")
_UP = re.compile(_CHANGE_UP)
_RATE_OF_CHANGE = re.compile(r"(增幅|涨幅|降幅)(?:为|达|约|近)?$")
_TARGET = re.compile(r"目标|力争|争取|确保|控制在|不超过|不低于|不高于|计划|预计|拟|将要|要达到|力求|保持在")
_TARGET_TAIL = re.compile(r"^(?:以内|以下)?的?(?:目标|要求|任务)")
_BENCHMARK_LEAD = re.compile(r"(?:全国|全省|全市平均|省平均|国家|省级平均|省内平均|平均)[^,，。;；\d]{0,8}$")
_BENCHMARK_TAIL = re.compile(r"^(?:的)?(?:全国|全省)?平均")
# the plans part looks ahead: its numbers are goals ("降至5%以下", "不少于20场", "每季度一次")
# unless the words say they already happened ("今年已办结", "去年败诉的3件")
_PAST_IN_PLANS = re.compile(r"已经?|去年|上年|今年以来|过去|截至|累计|\d{4}年(?:全年|共|度共)")
# 由X降至Y / 从上年的X增加到Y / 较2023年的X提高到Y: X is the prior value, Y the year's
_PREVIOUS_VALUE = re.compile(r"(?:由|从|较|比)(?:上一?年度?|去年|上年同期|同期|(?:19|20)\d\d年度?)?(?:同期)?的?$")
_TO_VERB = r"(?:增|升|提|降|减|下降|上升|提高|提升|增加|增长|减少|降低|压降|回落|压缩|缩短|扩大)了?(?:至|到|为)"
_PREVIOUS_TAIL = re.compile(rf"^的?(?:水平)?[,，]?\s*(?:大幅|明显|进一步|稳步)?{_TO_VERB}")
#: the words between X and Y in 由X降至Y: Y is the same indicator's new value
TO_VALUE_LEAD = re.compile(rf"^的?(?:水平)?[,，]?\s*(?:大幅|明显|进一步|稳步)?{_TO_VERB}$")


def classify(lead: str, tail: str, *, in_plans: bool = False) -> tuple[Kind, str | None]:
    """Kind and change direction for a number with these words around it."""
    if _PREVIOUS_VALUE.search(lead) and _PREVIOUS_TAIL.search(tail):
        return "benchmark", None  # the base a change starts from ("由63项增至86项")
    rate_of_change = _RATE_OF_CHANGE.search(lead)
    if rate_of_change:  # "降幅达15%" is a change even after 达
        return "change", "down" if rate_of_change.group(1) == "降幅" else "up"
    if not _TO_VALUE.search(lead):
        m = _CHANGE_LEAD.search(lead)
        if m:
            return "change", "up" if _UP.fullmatch(m.group("verb")) else "down"
    if _BENCHMARK_LEAD.search(lead) or _BENCHMARK_TAIL.search(tail):
        return "benchmark", None
    if is_goal(lead, in_plans=in_plans) or _TARGET_TAIL.search(tail):
        return "target", None
    return "stated", None


def is_goal(lead: str, *, in_plans: bool) -> bool:
    """A verbal figure (零败诉, 全覆盖) said as an aim ("力争…零败诉") or in the plans part."""
    return bool(_TARGET.search(lead)) or (in_plans and not _PAST_IN_PLANS.search(lead))
