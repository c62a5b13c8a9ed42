"""Sectioning: heading styles, hierarchy, inline headings and the four parts by meaning."""

from fgqa.sections import SectionIndex, outline, section_at
from fgqa.sections.headings import find_headings
from fgqa.sections.parts import classify_heading

LINED = """青禾市人民政府关于2025年度法治政府建设情况的报告
2025年,我市统筹推进法治政府建设。现将有关情况报告如下:
一、2025年度推进法治政府建设的主要举措和成效
(一)健全依法决策机制
1.完善决策程序。全年审议重大事项5项。
2.强化合法性审查。审查文件80件。
(二)规范行政执法
(1)推行执法公示。全年公示信息300条。
(2)落实法制审核。一是严把程序关。二是严把证据关。
二、存在的问题和不足
执法队伍专业化水平还不够高。
三、区政府主要负责人履行推进法治建设第一责任人职责的情况
区长全年带头学法四次。
四、2026年工作安排
(一)深化依法行政
继续推进各项工作。
"""


def test_heading_styles_and_depths():
    hs = find_headings(LINED)
    styles = {(h.marker, h.depth) for h in hs}
    assert ("cn", 1) in styles and ("paren_cn", 2) in styles
    assert ("arabic", 3) in styles and ("paren_arabic", 4) in styles
    assert ("ordinal", 5) in styles
    first = next(h for h in hs if h.marker == "cn")
    assert first.text == "一、2025年度推进法治政府建设的主要举措和成效"
    assert LINED[first.span[0]:first.span[1]] == first.text


def test_section_tree_ids_levels_and_spans():
    o = outline(LINED)
    ids = [s.id for s in o.sections]
    assert ids[0] == "s0"
    assert "s1.1.2" in ids and "s1.2.1" in ids and "s4.1" in ids
    sec = next(s for s in o.sections if s.id == "s1.1.2")
    assert sec.level == 3 and sec.heading.startswith("2.强化合法性审查")
    # spans do not overlap and are in reading order
    spans = [s.span for s in o.sections]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    # ordinal items stay inside their section
    assert not any((s.heading or "").startswith("一是") for s in o.sections)


def test_four_parts_found_with_headings():
    o = outline(LINED)
    assert all(st.present for st in o.parts.values())
    assert o.parts["leadership"].heading.startswith("三、区政府主要负责人")
    assert "s4.1" in o.parts["plans"].section_ids


def test_parts_by_meaning_not_number_misnumbered_and_missing():
    text = ("一、推进法治政府建设的主要举措和成效 (一)强化统筹。全年开展督查3次。"
            " 二、推进法治政府建设中存在的问题和不足 基层力量仍然薄弱。"
            " 二、主要负责人履行法治建设第一责任人职责的有关情况 书记带头讲法治课。")
    o = outline(text)
    assert o.parts["measures"].present and o.parts["shortcomings"].present and o.parts["leadership"].present
    assert not o.parts["plans"].present
    tops = [s for s in o.sections if s.level == 1]
    assert [s.part for s in tops] == ["measures", "shortcomings", "leadership"]
    assert tops[1].heading == "二、推进法治政府建设中存在的问题和不足"


def test_one_line_report_inline_headings():
    text = "白石镇2025年法治政府建设情况报告。 一、主要举措和成效 (一)完善制度。出台制度2项。 (二)严格执法。查处案件9起。 二、存在不足 人员不足。 三、下一步工作打算 持续用力。"
    o = outline(text)
    subs = [s.heading for s in o.sections if s.level == 2]
    assert subs == ["(一)完善制度", "(二)严格执法"]
    assert o.parts["plans"].heading == "三、下一步工作打算"


def test_thematic_headings_are_measures_and_unheaded_plans_paragraph():
    text = ("临川区2025年度法治政府建设工作情况报告\n"
            "一、深入学习法治思想,法治建设取得新思路\n学习10次。\n"
            "二、健全行政执法体系\n查处案件20起。\n"
            "下一步,我区将继续推进法治政府建设。\n一是强化学习。\n二是规范执法。\n")
    o = outline(text)
    assert o.parts["measures"].present and o.parts["measures"].heading is None
    assert o.parts["plans"].present
    plan_sec = next(s for s in o.sections if s.id in o.parts["plans"].section_ids)
    assert text[plan_sec.span[0]:].startswith("下一步")
    assert not o.parts["shortcomings"].present and not o.parts["leadership"].present


def test_merged_part_heading_counts_for_both():
    assert classify_heading("三、存在的不足和下一步打算") == ["shortcomings", "plans"]
    assert classify_heading("二、党政主要负责人履行推进法治建设第一责任人职责的举措") == ["leadership"]
    assert classify_heading("四、2026年度推进法治政府建设的主要安排") == ["plans"]
    assert classify_heading("一、深入学习法治思想,取得新思路") == []


def test_markdown_headings():
    text = "# 东湖街道2025年法治政府建设报告\n\n## 一、主要举措和成效\n\n### (一)强化组织\n\n成立领导小组。\n\n## 二、存在的不足和下一步打算\n\n力量不足。\n"
    o = outline(text)
    assert o.parts["shortcomings"].present and o.parts["plans"].present
    assert any(s.heading == "(一)强化组织" and s.level == 2 for s in o.sections)


def test_leadership_as_a_sub_section_of_the_measures():
    text = ("一、2025年工作情况\n(一)依法决策\n全年审议重大决策2项。\n(二)落实第一责任人职责\n书记带头学法4次。\n"
            "二、存在问题\n力量薄弱。\n三、2026年打算\n继续推进。\n")
    o = outline(text)
    lead = o.parts["leadership"]
    assert lead.present and lead.heading == "(二)落实第一责任人职责"
    assert [s.part for s in o.sections if s.id in lead.section_ids] == ["leadership"]
    assert o.parts["measures"].heading == "一、2025年工作情况"


def test_a_theme_sub_section_about_duties_is_not_the_leadership_part():
    text = "一、工作情况\n(一)依法履职\n全年审议重大决策2项。\n二、存在问题\n力量薄弱。\n"
    assert not outline(text).parts["leadership"].present


# --------------------------------------------------------------------------- lookups on long reports


def _long_outline_text(seed: int, parts: int = 40) -> str:
    """A report with hundreds of sections at every depth, some top-level ones unheaded."""
    import random

    rng = random.Random(seed)
    cn = "一二三四五六七八九十"
    lines = ["青禾市2025年法治政府建设情况报告", "现将有关情况报告如下:"]
    for i in range(parts):
        lines.append(f"{cn[i % 10]}、第{i}部分工作")
        for j in range(rng.randint(0, 5)):
            lines.append(f"({cn[j % 10]})第{j}项")
            for k in range(rng.randint(0, 3)):
                lines.append(f"{k + 1}.第{k}点。全年受理案件{k}件。" if rng.random() < 0.7 else f"{k + 1}.标题")
                for m in range(rng.randint(0, 2)):
                    lines.append(f"({m + 1})细目。办理{m}件。")
            if rng.random() < 0.5:
                lines.append("具体做法:一是健全制度。二是规范执法。")
    lines.append("下一步,我们将继续推进依法行政。")
    return "\n".join(lines) + "\n"


def _naive_section_at(sections, pos):
    found = None
    for sec in sections:
        if sec.span[0] <= pos:
            found = sec
        else:
            break
    return found


def _naive_subtree_span(sections, section):
    end = section.span[1]
    for sec in sections:
        if sec.id.startswith(section.id + "."):
            end = max(end, sec.span[1])
    return section.span[0], end


def test_section_index_answers_as_a_scan_of_every_section():
    for seed in range(5):
        text = _long_outline_text(seed)
        sections = outline(text).sections
        assert len(sections) > 100 and max(s.level for s in sections) >= 4
        index = SectionIndex(sections)
        for pos in [-1, *range(0, len(text) + 2, 7), *(s.span[0] for s in sections), *(s.span[0] - 1 for s in sections)]:
            assert index.at(pos) is _naive_section_at(sections, pos)
            assert section_at(sections, pos) is _naive_section_at(sections, pos)
        for sec in sections:
            assert index.get(sec.id) is next(s for s in sections if s.id == sec.id)
            assert index.subtree_span(sec) == _naive_subtree_span(sections, sec)
            chain, sid = [], sec.id
            while sid:
                chain.append(next(s for s in sections if s.id == sid))
                sid = sid.rsplit(".", 1)[0] if "." in sid else None
            assert index.lineage(sec) == chain
        assert index.get("s999") is None and index.lineage(None) == []


def test_section_index_on_no_sections():
    index = SectionIndex([])
    assert index.at(5) is None and section_at([], 5) is None


def test_a_spoken_leadership_heading_names_the_part():
    # the heads named as leading the work, the duty itself not named
    from fgqa.sections import outline as _outline

    text = ("澍川镇2024年法治建设情况\n一、今年做了哪些事\n调处纠纷40件。\n二、镇党委书记、镇长带头抓法治\n"
            "书记和镇长每季度听一次汇报。\n三、还有哪些不足\n懂法的干部少。\n四、明年怎么干\n继续抓好普法。\n")
    assert _outline(text).parts["leadership"].present


def test_a_spoken_shortcomings_heading_names_the_part():
    from fgqa.sections import outline as _outline

    text = "澍川镇2024年法治建设情况\n一、今年做了哪些事\n调处纠纷40件。\n二、还有哪些不够的地方\n懂法的干部少。\n"
    assert _outline(text).parts["shortcomings"].present
