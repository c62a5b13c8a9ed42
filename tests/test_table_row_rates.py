"""Rates derived down a table of units (each row's 败诉 over its 被诉) only where they measure what
the report measures: when the rows, summed, give the rate the report states for the whole, each
row's rate is derived; when they miss it (the report's rate is over the concluded cases, which the
table does not give per unit), no row gets a rate the report would never write. A page of our own
(fictional places and numbers)."""

from __future__ import annotations

from tests.helpers import summary_of

from fgqa.documents.loading import load_document

PAGE = """<html><head><title>蓼川市自然资源局2024年法治政府建设工作报告</title></head><body>
<h1>蓼川市自然资源局2024年法治政府建设工作报告</h1>
<p>一、主要成效</p>
<p>全系统行政诉讼案件50件，法院已审结{concluded}件，其中败诉3件，败诉率{rate}%。各单位被诉情况见下表。</p>
<table>
<caption>表1　2024年各单位被申请行政复议和被诉情况</caption>
<tr><th>单位</th><th>被申请行政复议（件）</th><th>复议纠错（件）</th><th>被诉（件）</th><th>败诉（件）</th></tr>
<tr><td>局机关</td><td>7</td><td>1</td><td>20</td><td>2</td></tr>
<tr><td>东坪分局</td><td>5</td><td>0</td><td>12</td><td>1</td></tr>
<tr><td>西塘分局</td><td>2</td><td>0</td><td>8</td><td>0</td></tr>
<tr><td>北坞分局</td><td>3</td><td>0</td><td>10</td><td>0</td></tr>
<tr><td>合计</td><td>17</td><td>1</td><td>50</td><td>3</td></tr>
</table>
<p>二、存在的不足</p><p>分局法制审核力量不足。</p>
<p>三、2025年工作打算</p><p>力争败诉率控制在5%以内。</p>
</body></html>"""


def _loss_rates(tmp_path, concluded: int, rate: float) -> dict[str | None, float]:
    page = tmp_path / "liaochuan.html"
    page.write_text(PAGE.format(concluded=concluded, rate=rate), encoding="utf-8")
    summary = summary_of(load_document(page))
    return {f.scope: f.value for s in summary.sections for f in s.figures
            if f.key == "litigation.loss_rate" and f.kind in ("stated", "derived")}


def test_rows_are_not_given_a_rate_over_another_count_than_the_reports(tmp_path):
    # 3 of 30 concluded = 10 %: the rows' 3 of 50 suits (6 %) is not the report's measure
    assert _loss_rates(tmp_path, concluded=30, rate=10) == {None: 10}


def test_rows_that_sum_to_the_stated_rate_each_get_theirs(tmp_path):
    # 3 of 50 = 6 %, stated over the same suits the table counts: each unit's rate is derived
    rates = _loss_rates(tmp_path, concluded=50, rate=6)
    assert rates == {None: 6, "局机关": 10.0, "东坪分局": 8.3, "西塘分局": 0.0, "北坞分局": 0.0}
