"""A government's own suits as the defendant, said to have been all won, are that scope's 0 % loss
rate beside the area's stated rate (docs/evaluation.md: a zero said of the issuer's own cases gives
the rate too); a department or a town named in the government's report is a part: its count only.

Sentences are our own (fictional places, fresh wording, new numbers).
"""

from __future__ import annotations

from fgqa.engines.rules import RulesEngine
from fgqa.models import DocInfo, Document, Figure, Meta
from fgqa.pipeline import summarize_document

_PARTS = "\n二、存在的不足\n基层执法规范化水平仍需提高。\n三、下一步打算\n持续推进严格规范公正文明执法。\n"


def found(body: str, issuer: str = "岑漪县人民政府", level: str = "county") -> list[Figure]:
    text = f"{issuer}2023年法治政府建设年度报告\n一、主要工作\n{body}{_PARTS}"
    doc = Document(info=DocInfo(path="report.txt", sha256="0" * 64, chars=len(text)), text=text,
                   meta=Meta(issuer=issuer, year=2023, level=level))  # type: ignore[arg-type]
    return summarize_document(doc, RulesEngine()).indicators


def zero_rates(figs: list[Figure]) -> list[str | None]:
    return [f.scope for f in figs if f.key == "litigation.loss_rate" and f.kind == "zero_claim"]


def test_the_county_government_as_defendant_winning_all_is_its_zero_rate_beside_the_countys() -> None:
    figs = found("全县行政机关一审行政诉讼案件收案86件，审结80件，败诉4件，败诉率5%。"
                 "以县政府为被告的案件13件，县政府无一败诉。")
    assert len(zero_rates(figs)) == 1 and "县政府" in (zero_rates(figs)[0] or "")
    assert [f.value for f in figs if f.key == "litigation.loss_rate" and f.kind == "stated"] == [5]


def test_a_city_government_named_as_defendant_in_other_words() -> None:
    figs = found("全市各级行政机关被诉案件214件，审结197件，败诉率6.1%。市政府作为被告的17件案件均未败诉。",
                 issuer="沣屿市人民政府", level="city")
    assert len(zero_rates(figs)) == 1


def test_a_department_named_in_the_governments_report_is_a_part_with_no_rate() -> None:
    figs = found("全县行政机关一审行政诉讼案件收案86件，审结80件，败诉4件，败诉率5%。"
                 "县交通运输局作为被告的6件案件无一败诉。")
    assert zero_rates(figs) == []
