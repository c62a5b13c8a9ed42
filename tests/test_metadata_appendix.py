"""The signature before an appendix: a page closing with 附件/附表 (a task list, a data table) after
the signing body and day is still signed on that day. The reports are written for these tests."""

from __future__ import annotations

import pytest

from fgqa.documents import clean_text, extract_meta
from fgqa.models import Meta


def _meta(raw: str) -> Meta:
    cleaned = clean_text(raw)
    return extract_meta(cleaned.text, cleaned.removed_lines)


_BODY = """沣岫县人民政府2024年度法治政府建设情况报告

一、主要工作
县政府完善了重大行政决策听证程序。
二、存在的不足
乡镇执法人员培训不够系统。

沣岫县人民政府
2025年2月17日
"""


@pytest.mark.parametrize("appendix", [
    "附件：沣岫县2025年法治政府建设任务分工\n县司法局　　牵头推进听证程序\n县财政局　　保障执法培训经费\n县人社局　　协调人员编制\n县审计局　　跟踪审计整改\n县信访局　　排查信访事项",
    "附表\n指标　　2024年　　2023年\n听证会（场）　　6　　4\n培训班（期）　　3　　2\n执法检查（次）　　41　　37\n案卷评查（卷）　　120　　96",
])
def test_the_signature_before_an_appendix_signs_the_report(appendix):
    meta = _meta(_BODY + "\n" + appendix + "\n")
    assert meta.signed == "2025-02-17"
    assert meta.issuer == "沣岫县人民政府"


def test_an_appendix_with_no_signature_before_it_signs_nothing():
    body = _BODY.replace("沣岫县人民政府\n2025年2月17日\n", "")
    meta = _meta(body + "\n附件：任务分工\n县司法局　　牵头\n县财政局　　保障\n县人社局　　协调\n县审计局　　跟踪\n县信访局　　排查\n")
    assert meta.signed is None
