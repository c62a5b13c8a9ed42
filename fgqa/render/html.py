"""`fgqa view`: one self-contained HTML page per report, and an overview page for a corpus.

The page shows the normalized text (the text every span indexes into) with each figure
highlighted in its sentence, so a reader can check a number where it was said. Safety:
every piece of report text is escaped, and a Content-Security-Policy allows only the page's
own inline script (by its hash) and no resource from anywhere, so a report that contains
`<script>` shows it as text and could not run it even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from importlib import resources

from fgqa.lexicon import lexicon
from fgqa.models import PART_KEYS, Figure, Summary

LEVEL_ZH = {"national": "国家部门", "province": "省级", "city": "市级", "district": "区级", "county": "县级",
            "town": "乡镇", "street": "街道", "department": "部门"}


def _asset(name: str) -> str:
    return resources.files("fgqa.render").joinpath("assets", name).read_text(encoding="utf-8")


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    # nothing is fetched: no src, no connect, no frames; only our own inline script runs
    return (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'; "
            "base-uri 'none'; form-action 'none'")


def _page(title: str, body: str, script: str) -> str:
    style = _asset("view.css")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{escape(_csp(script))}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{style}</style></head>"
            f"<body>{body}<script>{script}</script></body></html>\n")


def _json_for_script(data: object) -> str:
    """JSON that is safe inside <script type=application/json>: no '<' can end the element."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _indicator_names() -> dict[str, str]:
    return {ind.key: ind.name for ind in lexicon().indicators.values()}


def label_of(fig: Figure) -> str:
    """The Chinese name of the figure's indicator, else the report's own words."""
    return _indicator_names().get(fig.key or "", fig.label)


def value_text(fig: Figure) -> str:
    number = fig.value
    value = str(int(number)) if isinstance(number, float) and number.is_integer() else str(number)
    if fig.qualifier == "approx_more":
        return f"{value}余{fig.unit}"
    return f"{'近' if fig.qualifier == 'approx_less' else ''}{value}{fig.unit}"


# --------------------------------------------------------------------------- one report


@dataclass(frozen=True)
class _Mark:
    index: int
    figure: Figure


def section_figures(summary: Summary) -> list[Figure]:
    """Every figure of the report once, in text order: the ones the page highlights."""
    return [fig for sec in summary.sections for fig in sec.figures]


def _indicator_targets(summary: Summary, figures: list[Figure]) -> list[int | None]:
    """For each keyed indicator, the index of its highlight among the section figures."""
    where = {(f.span, f.key, f.value, f.kind): i for i, f in enumerate(figures)}
    by_span = {(f.span, f.key): i for i, f in enumerate(figures)}
    return [where.get((f.span, f.key, f.value, f.kind), by_span.get((f.span, f.key))) for f in summary.indicators]


def highlighted_text(text: str, figures: list[Figure], anchors: dict[int, list[str]]) -> str:
    """The text with one highlight per figure. Overlapping quotes nest; a quote that
    crosses another's end is drawn in pieces that carry the same `data-fig`."""
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, set[int]] = {}
    for i, fig in enumerate(figures):
        starts.setdefault(fig.span[0], []).append(_Mark(i, fig))
        ends.setdefault(fig.span[1], set()).add(i)
    cuts = sorted({0, len(text), *starts, *ends, *anchors})
    out: list[str] = []
    stack: list[_Mark] = []
    opened: set[int] = set()

    def open_mark(mark: _Mark) -> None:
        fig = mark.figure
        first = mark.index not in opened
        opened.add(mark.index)
        attrs = f' class="fig k-{fig.kind}{"" if first else " cont"}" data-fig="{mark.index}"'
        if first:
            attrs += f' id="fig-{mark.index}" tabindex="0"'
        out.append(f"<mark{attrs}>")
        stack.append(mark)

    for n, pos in enumerate(cuts):
        closing = ends.get(pos, set())
        reopen: list[_Mark] = []
        while closing & {m.index for m in stack}:
            mark = stack.pop()
            out.append("</mark>")
            if mark.index not in closing:
                reopen.append(mark)
        out.extend(f'<span class="anchor" id="sec-{escape(sid)}"></span>' for sid in anchors.get(pos, []))
        # longer quotes open first so shorter ones nest inside them
        for mark in sorted(reopen + starts.get(pos, []), key=lambda m: -m.figure.span[1]):
            open_mark(mark)
        if n + 1 < len(cuts):
            out.append(escape(text[pos:cuts[n + 1]]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _figure_data(figures: list[Figure]) -> list[dict[str, object]]:
    return [{"key": f.key, "label": label_of(f), "value": value_text(f), "kind": f.kind, "kind_zh": lexicon().kinds.labels[f.kind].label,
             "scope": f.scope, "formula": f.formula, "source": f.source, "period": f.period, "quote": f.quote}
            for f in figures]


def _legend(counts: dict[str, int] | None = None) -> str:
    items = "".join(
        f'<li><span class="swatch k-{k}"></span>{escape(names.label)} <small>{escape(k)}: {escape(names.gloss)}'
        f'{f" · {counts.get(k, 0)}" if counts is not None else ""}</small></li>' for k, names in lexicon().kinds.labels.items())
    return f'<section class="legend" aria-label="图例"><h2>图例</h2><ul>{items}</ul></section>'


def _meta_block(summary: Summary) -> str:
    m = summary.meta
    rows = [("单位", m.issuer), ("地区", m.region), ("层级", LEVEL_ZH.get(m.level or "", m.level)), ("年度", m.year),
            ("发布", m.published), ("落款", m.signed), ("文号", m.doc_number), ("索引号", m.index_number), ("文件", summary.doc.path), ("引擎", summary.engine)]
    cells = "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v)) if v not in (None, '') else '—'}</dd>" for k, v in rows)
    return f'<section class="meta" aria-label="元数据"><h2>元数据</h2><dl>{cells}</dl></section>'


def _parts_block(summary: Summary) -> str:
    items = []
    for key in PART_KEYS:
        st = summary.parts.get(key)
        present = bool(st and st.present)
        links = " ".join(f'<a href="#sec-{escape(sid)}">{escape(sid)}</a>' for sid in (st.section_ids if st else []))
        heading = escape(st.heading) if st and st.heading else ("(无标题,写在段落中)" if present else "")
        source = ' <small class="by-llm">(llm)</small>' if st and st.source == "llm" else ""
        state = "有" if present else "缺失"
        items.append(f'<li class="part {"present" if present else "missing"}" data-part="{key}">'
                     f'<span class="state">{state}</span> <b>{escape(lexicon().parts[key].label)}</b>{source}'
                     f'<div class="heading">{heading}</div><div class="where">{links}</div></li>')
    outline = "".join(
        f'<li class="lvl-{sec.level}{" p-" + sec.part if sec.part else ""}"><a href="#sec-{escape(sec.id)}">'
        f'{escape(sec.heading or ("前言" if sec.level == 0 else sec.id))}</a></li>'
        for sec in summary.sections if sec.level <= 2)
    return (f'<section class="parts" aria-label="四个部分"><h2>四个部分</h2><ul class="part-map">{"".join(items)}</ul>'
            f'<details><summary>章节</summary><ol class="outline">{outline}</ol></details></section>')


def _indicator_table(summary: Summary, targets: list[int | None]) -> str:
    rows = []
    for fig, target in zip(summary.indicators, targets):
        link = f'<a href="#fig-{target}" data-target="fig-{target}">{escape(fig.quote)}</a>' if target is not None else escape(fig.quote)
        rows.append(f'<tr class="k-row-{fig.kind}"><td>{escape(label_of(fig))}<br><code>{escape(fig.key or "")}</code></td>'
                    f'<td class="num">{escape(value_text(fig))}</td>'
                    f'<td><span class="swatch k-{fig.kind}"></span>{escape(lexicon().kinds.labels[fig.kind].label)}'
                    f'{"<br><code>" + escape(fig.formula) + "</code>" if fig.formula else ""}</td>'
                    f'<td>{escape(fig.scope or "—")}</td><td class="quote">{link}</td></tr>')
    return ('<section class="indicators" aria-label="关键指标"><h2>关键指标 '
            f'<small>{len(summary.indicators)}</small></h2><div class="scroll"><table><thead><tr><th>指标</th><th>数值</th>'
            f'<th>类型</th><th>范围</th><th>原文</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _warnings_block(summary: Summary) -> str:
    if not summary.warnings:
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in summary.warnings)
    return f'<section class="warnings" aria-label="警告"><h2>警告</h2><ul>{items}</ul></section>'


def render_report_html(summary: Summary, text: str, *, back_link: str | None = None) -> str:
    """The page of one report: `text` is the normalized text the summary's spans index into."""
    figures = section_figures(summary)
    anchors: dict[int, list[str]] = {}
    for sec in summary.sections:
        anchors.setdefault(sec.span[0], []).append(sec.id)
    counts: dict[str, int] = {}
    for f in figures:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    title = summary.meta.title or summary.meta.issuer or summary.doc.path
    back = f'<a class="back" href="{escape(back_link)}">← 全部报告</a>' if back_link else ""
    body = (f'<header>{back}<h1>{escape(title)}</h1><p class="sub">{len(figures)} 个数字 · '
            f'{len(summary.indicators)} 个关键指标 · {summary.doc.chars} 字</p></header>'
            '<main class="report">'
            f'<article class="text" aria-label="报告正文"><h2>正文</h2><div class="body">{highlighted_text(text, figures, anchors)}</div></article>'
            f'<aside>{_meta_block(summary)}{_parts_block(summary)}{_warnings_block(summary)}'
            f'<section class="details" aria-live="polite" aria-label="当前数字"><h2>当前数字</h2>'
            '<div id="details">将鼠标移到或用 Tab 键选中一个高亮的数字。</div></section>'
            f'{_legend(counts)}</aside></main>{_indicator_table(summary, _indicator_targets(summary, figures))}'
            f'<script type="application/json" id="figures">{_json_for_script(_figure_data(figures))}</script>')
    return _page(str(title), body, _asset("report.js"))


# --------------------------------------------------------------------------- a corpus


@dataclass(frozen=True)
class CorpusReport:
    """One report of a corpus page: its summary and the file name of its own page."""

    summary: Summary
    page: str


def _year_value(summary: Summary, key: str) -> tuple[Figure | None, int | None]:
    """The report's own figure for `key` (the first listed keyed fact) and its highlight index."""
    figures = section_figures(summary)
    targets = _indicator_targets(summary, figures)
    for fig, target in zip(summary.indicators, targets):
        if fig.key == key and fig.kind in ("stated", "derived", "zero_claim"):
            return fig, target
    return None, None


def corpus_columns(reports: Iterable[CorpusReport], limit: int = 12) -> list[str]:
    """The indicator keys most reports disclose, most common first."""
    counts: dict[str, int] = {}
    for rep in reports:
        for key in {f.key for f in rep.summary.indicators if f.key and f.kind in ("stated", "derived", "zero_claim")}:
            counts[key] = counts.get(key, 0) + 1
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:limit]


def _chart(reports: list[CorpusReport], key: str, hidden: bool) -> str:
    """A horizontal bar chart of one indicator across reports (inline SVG, no script needed)."""
    bars = []
    for rep in reports:
        fig, _ = _year_value(rep.summary, key)
        if fig is not None:
            bars.append((_report_name(rep.summary), float(fig.value), fig))
    top = max((v for _, v, _ in bars), default=0.0) or 1.0
    row, label_w, width = 22, 220, 640
    parts = [f'<svg class="chart" data-key="{escape(key)}" role="img" aria-label="{escape(_key_name(key))}" '
             f'viewBox="0 0 {width} {max(1, len(bars)) * row + 10}" width="100%"{" hidden" if hidden else ""}>']
    for n, (name, value, fig) in enumerate(bars):
        y = n * row + 5
        w = max(1.0, (width - label_w - 90) * value / top)
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(name)}</text>'
                     f'<rect class="k-{fig.kind}" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 8}"></rect>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + 15}">{escape(value_text(fig))}</text>')
    if not bars:
        parts.append('<text x="10" y="20">没有报告披露这一指标</text>')
    parts.append("</svg>")
    return "".join(parts)


def _key_name(key: str) -> str:
    return _indicator_names().get(key, key)


def _report_name(summary: Summary) -> str:
    m = summary.meta
    name = m.issuer or summary.doc.path.rsplit("/", 1)[-1]
    return f"{name} {m.year}" if m.year else name


def render_corpus_html(reports: list[CorpusReport], columns: list[str] | None = None) -> str:
    """The overview of a corpus: one row per report, the key indicators as columns."""
    columns = columns if columns is not None else corpus_columns(reports)
    levels = sorted({r.summary.meta.level for r in reports if r.summary.meta.level})
    years = sorted({r.summary.meta.year for r in reports if r.summary.meta.year})
    head = ("<tr><th data-sort=\"text\">报告</th><th data-sort=\"text\">层级</th><th data-sort=\"num\">年度</th>"
            + "".join(f'<th data-sort="num" title="{escape(lexicon().parts[p].label)}">{escape(lexicon().parts[p].abbrev)}</th>' for p in PART_KEYS)
            + "".join(f'<th data-sort="num" title="{escape(k)}">{escape(_key_name(k))}</th>' for k in columns) + "</tr>")
    rows = []
    for rep in reports:
        s = rep.summary
        cells = [f'<td data-v="{escape(_report_name(s))}"><a href="{escape(rep.page)}">{escape(_report_name(s))}</a></td>',
                 f'<td data-v="{escape(s.meta.level or "")}">{escape(LEVEL_ZH.get(s.meta.level or "", "—"))}</td>',
                 f'<td data-v="{s.meta.year or ""}">{s.meta.year or "—"}</td>']
        for p in PART_KEYS:
            present = bool(s.parts.get(p) and s.parts[p].present)
            cells.append(f'<td data-v="{int(present)}" class="{"present" if present else "missing"}">{"有" if present else "缺"}</td>')
        for key in columns:
            fig, target = _year_value(s, key)
            if fig is None:
                cells.append('<td data-v="" class="nd" title="not disclosed">未披露</td>')
                continue
            mark = "≈" if fig.kind == "derived" else ""
            href = f"{rep.page}#fig-{target}" if target is not None else rep.page
            cells.append(f'<td data-v="{fig.value}" class="num k-cell-{fig.kind}" title="{escape(lexicon().kinds.labels[fig.kind].label)}: '
                         f'{escape(fig.quote)}"><a href="{escape(href)}">{mark}{escape(value_text(fig))}</a></td>')
        rows.append(f'<tr data-level="{escape(s.meta.level or "")}" data-year="{s.meta.year or ""}">{"".join(cells)}</tr>')
    level_opts = "".join(f'<option value="{escape(lv)}">{escape(LEVEL_ZH.get(lv, lv))}</option>' for lv in levels)
    year_opts = "".join(f'<option value="{y}">{y}</option>' for y in years)
    key_opts = "".join(f'<option value="{escape(k)}">{escape(_key_name(k))}</option>' for k in columns)
    charts = "".join(_chart(reports, k, hidden=n > 0) for n, k in enumerate(columns))
    body = (f'<header><h1>报告总览</h1><p class="sub">{len(reports)} 份报告 · 单击表头排序 · ≈ 推算 · 未披露 = 报告没有给出</p></header>'
            '<form class="filters" aria-label="筛选"><label>层级 <select id="f-level"><option value="">全部</option>'
            f'{level_opts}</select></label> <label>年度 <select id="f-year"><option value="">全部</option>{year_opts}</select></label>'
            f' <span id="shown">{len(reports)}</span> 份</form>'
            f'<div class="scroll"><table id="corpus"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></div>'
            f'<section class="charts" aria-label="图表"><h2>指标对比 <select id="f-chart" aria-label="指标">{key_opts}</select></h2>'
            f'{charts}</section>{_legend()}')
    return _page("fgqa 报告总览", body, _asset("corpus.js"))
