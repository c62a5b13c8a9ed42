"""`fgqa summarize` output for people: a terminal text view and Markdown."""

from __future__ import annotations

from fgqa.lexicon import lexicon
from fgqa.models import Figure, Meta, Summary
from fgqa.text_table import table


def _value(f: Figure) -> str:
    q = {"approx_more": "余/以上", "approx_less": "近/以内"}.get(f.qualifier, "")
    return f"{f.value}{f.unit}{'(' + q + ')' if q else ''}"


def _indicator_rows(summary: Summary) -> list[list[str]]:
    return [[f.key or "", _value(f), lexicon().kinds.labels[f.kind].label + (f" {f.formula}" if f.formula else ""), f.scope or "-",
             f.quote, f"{f.span[0]}-{f.span[1]}"] for f in summary.indicators]


def _identifiers(m: Meta, sep: str, colon: str) -> str:
    """The report's 文号 and 索引号 after the dates, when it gives them."""
    return "".join(f"{sep}{name}{colon}{value}" for name, value in (("文号", m.doc_number), ("索引号", m.index_number)) if value)


def render_text(summary: Summary) -> str:
    m = summary.meta
    out = [f"报告 {summary.doc.path}  ({summary.doc.chars} 字, sha256 {summary.doc.sha256[:12]}, engine {summary.engine})",
           f"单位 {m.issuer or '-'} | 地区 {m.region or '-'} | 层级 {m.level or '-'} | 年度 {m.year or '-'} | "
           f"发布 {m.published or '-'} | 落款 {m.signed or '-'}" + _identifiers(m, " | ", " "), ""]
    if summary.overview:
        out += ["概要", f"  {summary.overview}", ""]
    out += ["四个部分"]
    for key, st in summary.parts.items():
        mark = "✓" if st.present else "✗ 缺失"
        by_model = "  (llm)" if st.source == "llm" else ""
        out.append(f"  {mark:<6} {lexicon().parts[key].label:<8}  {st.heading or ('(无标题)' if st.present else '')}{by_model}")
    out += ["", "章节摘要"]
    for sec in summary.sections:
        if sec.level > 2 or not (sec.heading or sec.summary):
            continue
        indent = "  " * max(1, sec.level)
        out.append(f"{indent}[{sec.id}] {sec.heading or '(前言)' if sec.level == 0 else sec.heading or '(无标题段落)'}")
        if sec.summary:
            out.append(f"{indent}    {sec.summary}")
    out += ["", f"关键指标 ({len(summary.indicators)})"]
    out.append(table(["指标", "数值", "类型", "范围", "原文", "位置"], _indicator_rows(summary), [34, 16, 14, 16, 48, 11]))
    if summary.warnings:
        out += ["", "警告"] + [f"  - {w}" for w in summary.warnings]
    if summary.usage:
        u = summary.usage
        out += ["", f"用量: calls {u.calls}, cached {u.cached_calls}, tokens {u.prompt_tokens}+{u.completion_tokens}, "
                    f"rejected figures {u.rejected_figures}, rejected sentences {u.rejected_text}, {u.seconds:.2f}s"]
    return "\n".join(out)


def render_markdown(summary: Summary) -> str:
    m = summary.meta
    out = [f"# {m.title or summary.doc.path}", "",
           f"- 单位: {m.issuer or '-'}; 地区: {m.region or '-'}; 层级: {m.level or '-'}; 年度: {m.year or '-'}",
           f"- 发布: {m.published or '-'}; 落款: {m.signed or '-'}" + _identifiers(m, "; ", ": ") + f"; engine: {summary.engine}", ""]
    if summary.overview:
        out += ["## 概要", "", summary.overview, ""]
    out += ["## 四个部分", "",
           "| 部分 | 有无 | 标题 |", "|---|---|---|"]
    for key, st in summary.parts.items():
        by_model = " (llm)" if st.source == "llm" else ""
        out.append(f"| {lexicon().parts[key].label} | {'有' if st.present else '**缺失**'} | {st.heading or ''}{by_model} |")
    out += ["", "## 章节摘要", ""]
    for sec in summary.sections:
        if sec.level > 2:
            continue
        title = sec.heading or ("前言" if sec.level == 0 else "(无标题段落)")
        out.append(f"{'###' if sec.level <= 1 else '####'} {title}")
        if sec.summary:
            out += ["", sec.summary]
        out.append("")
    out += ["## 关键指标", "", "| 指标 | 数值 | 类型 | 范围 | 原文 |", "|---|---|---|---|---|"]
    for row in _indicator_rows(summary):
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in row[:5]) + " |")
    if summary.warnings:
        out += ["", "## 警告", ""] + [f"- {w}" for w in summary.warnings]
    return "\n".join(out) + "\n"
