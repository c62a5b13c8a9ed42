"""The four parts on the classes of writing that unseen reports used (issues 11/12): a
leadership duty reported only in a sentence of the measures, a loosely worded leadership
heading, and WeChat-dressed heading lines. Each report here is a short invented one."""

from fgqa.sections import outline
from fgqa.sections.headings import find_headings
from fgqa.sections.parts import classify_heading


def _report(measures_body: str, *, lead_heading: str | None = None) -> str:
    lines = ["蓁川乡2025年法治政府建设工作报告", "一、全年工作开展及成效", "（一）依法决策", measures_body]
    if lead_heading:
        lines += [lead_heading, "每月听取一次依法行政汇报。"]
    lines += ["二、存在问题", "村级调解员年龄偏大。", "三、2026年工作打算", "办好普法夜校。"]
    return "\n".join(lines) + "\n"


def test_the_head_acting_as_first_responsible_person_in_a_measures_sentence_is_the_part():
    for sentence in ("乡长作为推进法治建设第一责任人，全年带头讲法治课2次。",
                     "乡党委书记把履行法治建设第一责任人职责扛在肩上，亲自审定合法性审查意见。",
                     "乡人民政府主任祁远舟担起法治建设第一责任人责任，督办复议纠错案件。"):
        lead = outline(_report(sentence)).parts["leadership"]
        assert lead.present and lead.heading is None and lead.section_ids, sentence


def test_a_responsibility_system_naming_the_head_is_not_the_part():
    # 以主要领导为第一责任人: the system is described, not what the head did
    text = _report("建立以主要领导为第一责任人、分管领导具体抓的工作机制，审查合同15件。")
    assert not outline(text).parts["leadership"].present


def test_the_duty_promised_in_the_plans_or_missed_in_the_shortcomings_is_not_the_part():
    text = ("蓁川乡2025年法治政府建设工作报告\n一、全年工作开展及成效\n审查合同15件。\n二、存在问题\n"
            "个别村主任履行法治建设第一责任人职责不够到位。\n三、2026年工作打算\n"
            "乡长将继续作为法治建设第一责任人，抓好普法。\n")
    assert not outline(text).parts["leadership"].present


def test_loosely_worded_leadership_headings():
    for heading in ("二、局党组书记抓法治建设情况", "三、局党委书记、局长抓法治建设履职情况",
                    "二、镇党委书记和镇长抓法治建设第一责任落实情况", "四、厅长抓法治建设责任落实情况"):
        assert classify_heading(heading) == ["leadership"], heading
    # a theme heading naming neither a head nor the duty stays a theme
    assert "leadership" not in classify_heading("二、抓法治建设重点工作情况")


def test_a_loose_leadership_sub_heading_inside_the_measures():
    text = _report("审查合同15件。", lead_heading="（二）乡党委书记抓法治建设情况")
    o = outline(text)
    assert o.parts["leadership"].present and o.parts["leadership"].heading == "（二）乡党委书记抓法治建设情况"
    assert o.parts["measures"].present


def test_dressed_wechat_heading_lines_are_headings():
    text = ("沅汀市水务局2025年法治政府建设年度报告\n——一、主要举措和成效——\n审核文件31件。\n"
            "■二、市水务局局长履行第一责任人职责情况\n局长带头学法6次。\n【三、存在的不足】\n执法装备老旧。\n"
            "━━四、2026年工作计划━━\n修订取水许可细则。\n")
    tops = [h for h in find_headings(text) if h.depth == 1]
    assert [h.text for h in tops] == ["一、主要举措和成效", "二、市水务局局长履行第一责任人职责情况",
                                      "三、存在的不足", "四、2026年工作计划"]
    for h in tops:
        assert text[h.span[0]:h.span[1]] == h.text
    parts = outline(text).parts
    assert all(parts[p].present for p in parts)
    assert parts["plans"].heading == "四、2026年工作计划"


def test_a_dash_inside_a_sentence_does_not_start_a_heading():
    text = "沅汀市水务局2025年报告\n一、主要举措\n工作分两步——一、先摸清底数，二、再分类整改。\n"
    assert [h.text for h in find_headings(text) if h.depth == 1] == ["一、主要举措"]
