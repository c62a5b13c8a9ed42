"""A table whose columns are the bodies that did the work and their total (项目 | 局机关 |
下属单位 | 乡镇 | 合计): each cell is its row's indicator for that column's body; the 合计 column
is the body's own figure. Table of our own (fictional)."""

from fgqa.documents.cleaning import clean_text
from helpers import figures_of

TABLE = """\
柘川县人民政府2024年法治政府建设情况报告
一、主要成效
2024年县域行政争议情况表
项目 | 县政府本级 | 县直部门 | 乡镇 | 合计
复议案件(件) | 14 | 27 | 6 | 47
败诉案件(件) | 1 | 2 | 0 | 3
二、存在的不足
一是基层力量不足。
"""


def test_each_body_column_gives_its_scope() -> None:
    text = clean_text(TABLE).text
    got = {(f.key, f.value, f.scope) for f in figures_of(text, 2024) if f.kind == "stated" and f.key}
    assert ("reconsideration.accepted", 14, "县政府本级") in got
    assert ("reconsideration.accepted", 27, "县直部门") in got
    assert ("reconsideration.accepted", 6, "乡镇") in got
    assert ("reconsideration.accepted", 47, None) in got  # the total: the body's own, no narrower scope
    assert ("litigation.lost", 0, "乡镇") in got
