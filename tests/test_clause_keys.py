"""The clause fallback (fgqa/figures/clause_keys.py): a number no cue keyed, tied to the one
indicator its own words name — and every way it abstains. Sentences written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.helpers import figures_of, summarized

from fgqa.figures.clause_keys import Unkeyed, clause_indicator, named_indicator
from fgqa.lexicon import LexiconError, lexicon, load_lexicon, using


def _switched_on(lex):
    assert lex.fallback is not None
    return lex._replace(fallback=lex.fallback._replace(on=True))


@pytest.fixture(autouse=True)
def fallback_on():
    """These tests read what the fallback does when it is switched on ([fallback] on = true);
    the shipped lexicon has it off (test_the_shipped_lexicon_keys_nothing_by_the_fallback)."""
    shipped = lexicon()
    with using(_switched_on(shipped)):
        yield shipped


def _keyed(text: str, year: int | None = 2024, **kw) -> list[tuple[str | None, float, str, str | None]]:
    return [(f.key, f.value, f.kind, f.found_by) for f in figures_of(text, year, **kw) if f.key]


def _found(text: str, value: float, year: int | None = 2024, **kw):
    return next((f for f in figures_of(text, year, **kw) if f.value == value), None)


# --------------------------------------------------------------------------- what it keys


@pytest.mark.parametrize(("text", "value", "key"), [
    # the noun in the clause before a bare 总数为 / 合计 / 数量为 (the cues read only their own clause)
    ("全镇14个执法中队本年度立案查办的各类违法案件，总数为1,318件。", 1318, "enforcement.cases"),
    ("镇法律援助工作站为外来务工人员承办的援助案件，合计97件。", 97, "legal_aid.cases"),
    ("经镇政府党委会研究并按程序作出的重大行政决策，数量上共6项。", 6, "major_decisions.count"),
    # words the cues do not allow between the noun and the number, but only bare ones (的, 共计)
    ("区法律援助机构审查后指派律师承办的援助案件共计208件。", 208, "legal_aid.cases"),
    # the place the clause before ranks first (its noun, then the rank word)
    ("全县11个乡镇中，石桥乡办理各类违法案件最多，为96件。", 96, "enforcement.cases"),
    # the noun of the row, in words no cue was written for (a text table whose header names the years)
    ("项目 | 2024年 | 2023年\n调委会化解的邻里矛盾 | 3,406件 | 3,115件\n", 3406, "mediation.disputes"),
])
def test_a_number_no_cue_keyed_takes_the_one_indicator_its_clause_names(text, value, key):
    fig = _found(text, value)
    assert fig is not None and fig.key == key and fig.found_by == "clause" and fig.kind == "stated"


def test_a_figure_a_cue_keyed_says_nothing_of_how_it_was_found():
    fig = _found("全年受理行政复议案件52件。", 52)
    assert fig is not None and fig.key == "reconsideration.accepted" and fig.found_by is None


def test_the_kind_stays_the_stages_a_table_cell_of_the_prior_year_is_a_benchmark():
    figs = figures_of("项目 | 2024年 | 2023年\n调委会化解的邻里矛盾 | 3,406件 | 3,115件\n", 2024)
    prior = next(f for f in figs if f.value == 3115)
    assert prior.key == "mediation.disputes" and prior.kind == "benchmark" and prior.found_by == "clause"


def test_read_with_the_clause_before_the_place_it_ranks_is_the_scope():
    fig = _found("全区9个街道中，青苇街道化解矛盾纠纷的数量最多，为523件。", 523)
    assert fig is not None and fig.key == "mediation.disputes" and fig.scope == "青苇街道"


# --------------------------------------------------------------------------- which of several


@pytest.mark.parametrize(("words", "unit", "key"), [
    # a noun inside another indicator's noun yields to it: a request, not a disclosure
    ("收到依申请公开政府信息的", "件", "transparency.requests"),
    ("收到的政府信息公开申请", "件", "transparency.requests"),
    # of two named together, the narrower: what was accepted of the applications
    ("复议机构对收到的申请予以受理", "件", "reconsideration.accepted"),
    ("行政诉讼案件中被判决败诉", "件", "litigation.lost"),
    ("清理后决定废止的文件", "件", "normative_docs.repealed"),
    # the unit family decides between a count and its rate
    ("法律顾问配备率", "%", "legal_advisor.coverage_rate"),
])
def test_the_words_name_one_indicator(words, unit, key):
    ind, ambiguous = named_indicator(lexicon(), words, unit)
    assert ind is not None and ind.key == key and not ambiguous


def test_a_domain_named_alone_is_no_count_of_it():
    # 政府信息公开 as a kind of matter in a breakdown of applications: not what was disclosed
    assert named_indicator(lexicon(), "政府信息公开", "件") == (None, False)
    figs = figures_of("申请事项 | 举报投诉 | 政府信息公开\n数量 | 75件 | 16件\n", 2024)
    assert all(f.key is None for f in figs if f.value == 16)


def test_two_indicators_neither_narrower_are_no_key():
    ind, ambiguous = named_indicator(lexicon(), "人民调解与法律援助", "件")
    assert ind is None and ambiguous
    assert _found("县司法所开展人民调解与法律援助工作，合计服务办件412件。", 412).key is None


# --------------------------------------------------------------------------- where it abstains


def _clause(lead: str, unit: str = "件", *, tail: str = "", before: str = "", year: int | None = 2024,
            own_area=None, **kw):
    """What the fallback keys a number by, given its own words (and the clause before)."""
    u = Unkeyed(index=0, lead=lead, tail=tail, before=before, clause=f"{lead}0件{tail}", **kw)
    found = clause_indicator(lexicon(), u, unit, year, own_area)
    return found[0].key if found else None


def test_the_fallback_keys_what_its_words_name():
    assert _clause("县法律援助中心承办的援助案件共计") == "legal_aid.cases"
    assert _clause("合计", before="县法律援助中心承办的援助案件") == "legal_aid.cases"


@pytest.mark.parametrize(("lead", "kw"), [
    ("县信访局转来的矛盾纠纷共", {}),                       # a look-alike channel
    ("为群众办理法律援助事项的公证共", {}),                 # another service
    ("法律援助志愿者参加培训的共", {}),                     # training
    ("其中刑事类法律援助案件", {}),                         # a part of a total
    ("2022年县法律援助中心承办援助案件", {}),               # another year
    ("上年度县法律援助中心承办援助案件", {}),               # another year in words
    ("市检察院督促办理的违法案件", {}),                     # another body
    ("", {"tail": "行政诉讼案件也没有败诉"}),              # a negation
    ("", {"tail": "人民调解组织"}),                         # a number of bodies (in 个, below)
    ("按案件类型分,行政处罚类", {}),                       # a breakdown by kind
    ("全年制定政府规章3件、修改2件、废止", {"domain": "legislation"}),  # a repeal of rules, not documents
])
def test_the_fallback_abstains(lead, kw):
    unit = "个" if kw.get("tail") == "人民调解组织" else "件"
    assert _clause(lead, unit, **kw) is None


@pytest.mark.parametrize(("text", "value"), [
    # another deed or noun stands between the indicator's noun and the number: it counts that
    ("芦溪村普法志愿者走进养老院讲课9场。", 9),
    ("区法律援助机构审查申请后指派律师办理的案件共计208件。", 208),
    ("区法律援助中心设在产业园的联络点另办理案件23件。", 23),
    # a sample of the indicator's things, not their number (选取, 抽取)
    ("随机抽取五项已作出的重大行政决策开展后评估。", 5),
    ("拟挑选三项已实施满一年的重大行政决策开展后评估。", 3),
])
def test_the_fallback_abstains_on_a_number_whose_own_noun_is_another(text, value):
    fig = _found(text, value)
    assert fig is not None and fig.key is None


def test_the_noun_may_stand_after_the_number():
    assert _clause("全年", tail="的援助案件由法律援助中心承办") == "legal_aid.cases"
    assert _clause("全年", tail="群众获得法律援助") is None  # what it counts is the people


def test_beside_the_year_figure_a_cue_found_the_fallback_keys_nothing():
    text = "全年开展普法宣传活动64场。青柳社区面向居民的法治宣传，全年共11场。"
    keyed = _keyed(text)
    assert ("legal_education.events", 64, "stated", None) in keyed
    assert not any(k == "legal_education.events" and v == 11 for k, v, _, _ in keyed)
    # alone, the same clause's number is the one its noun names
    alone = _found("青柳社区面向居民的法治宣传，全年共11场。", 11)
    assert alone is not None and alone.key == "legal_education.events" and alone.found_by == "clause"


def test_a_bare_lead_only_reads_the_clause_before():
    assert _clause("合计", before="镇法律援助工作站承办的援助案件") == "legal_aid.cases"
    # a lead with words of its own is about them, not about the clause before
    assert _clause("发现隐患问题", before="组织排查化解矛盾纠纷") is None


def test_a_number_the_rules_refused_on_purpose_is_never_keyed_by_the_fallback():
    # officials' study said in the sentence: the lecture cue is refused, and so is the fallback
    # (whose nouns name the lecture: 法治讲座)
    fig = _found("县政府常务会学法12次，举办法治讲座3期。", 3)
    assert fig is not None and fig.key is None


def test_a_province_counts_its_own_province_wide_figures():
    own = re.compile("全省")
    assert _clause("全省法律援助机构为困难群众指派律师承办援助事项", own_area=own) == "legal_aid.cases"
    assert _clause("全省法律援助机构为困难群众指派律师承办援助事项") is None  # a county's report: the province's


# --------------------------------------------------------------------------- as data


def test_a_noun_added_to_the_data_file_is_read(lexicon_copy):
    text = "全年为群众解答的法律问题，合计2,140件。"
    assert _found(text, 2140).key is None
    path = lexicon_copy / "indicators.toml"
    content = path.read_text(encoding="utf-8")
    assert "nouns = ['法律援助', '援助案件', '援助事项']" in content
    content = content.replace("nouns = ['法律援助', '援助案件', '援助事项']", "nouns = ['法律援助', '援助案件', '援助事项', '法律问题']")
    path.write_text(content.replace("\non = false\n", "\non = true\n", 1), encoding="utf-8")
    with using(load_lexicon(lexicon_copy)):
        assert _found(text, 2140).key == "legal_aid.cases"


def test_the_shipped_lexicon_keys_nothing_by_the_fallback(fallback_on, lexicon_copy):
    """Off by default: a number only the fallback would key stays unkeyed; a copy of the lexicon
    with `on = true` under [fallback] (what README and indicators.toml say to do to measure it) keys it."""
    text = "镇法律援助工作站为外来务工人员承办的援助案件，合计97件。"
    assert fallback_on.fallback is not None and not fallback_on.fallback.on
    with using(fallback_on):
        assert _found(text, 97).key is None
    path = lexicon_copy / "indicators.toml"
    content = path.read_text(encoding="utf-8")
    assert content.count("\non = false\n") == 1
    path.write_text(content.replace("\non = false\n", "\non = true\n"), encoding="utf-8")
    with using(load_lexicon(lexicon_copy)):
        fig = _found(text, 97)
        assert fig is not None and fig.key == "legal_aid.cases" and fig.found_by == "clause"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('narrows = "litigation.concluded"', 'narrows = "litigation.closed"', r"narrows: unknown indicator key 'litigation\.closed'"),
    ('narrows = "litigation.concluded"', 'narrows = "litigation.loss_rate"', r"another unit family \(rate, not case\)"),
    ('narrows = "litigation.cases"', 'narrows = "litigation.lost"', r"narrows: a cycle"),
    ("year = '((?:19|20)\\d\\d)年'", "year = '(?:19|20)\\d\\d年'", r"fallback year: needs a group"),
])
def test_a_bad_fallback_entry_is_one_clear_line(lexicon_copy, old, new, expected):
    path = lexicon_copy / "indicators.toml"
    content = path.read_text(encoding="utf-8")
    assert old in content
    path.write_text(content.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon(lexicon_copy)
    assert re.search(expected, str(err.value)), str(err.value)


def test_every_indicator_has_nouns_and_each_noun_names_its_own_indicator():
    lex = lexicon()
    for ind in lex.indicators.values():
        assert ind.nouns is not None, ind.key
        unit = sorted(ind.units)[0]
        found, _ = named_indicator(lex, ind.name, unit)
        assert found is not None and found.key == ind.key, (ind.key, found and found.key)


# --------------------------------------------------------------------------- in the summary


def test_the_summary_says_how_a_figure_was_found_and_its_schema_is_5():
    _, summary = summarized("一、主要工作\n镇法律援助工作站为外来务工人员承办的援助案件，合计97件。\n", year=2024)
    data = json.loads(summary.model_dump_json(by_alias=True))
    assert data["schema"] == "fgqa.summary/5"  # /5 added the report's identifiers to meta
    fig = next(f for f in data["indicators"] if f["value"] == 97)
    assert fig["key"] == "legal_aid.cases" and fig["found_by"] == "clause"


def test_a_saved_summary_of_schema_3_is_still_read():
    from fgqa.models import Summary

    _, summary = summarized("全年受理行政复议案件52件。", year=2024)
    data = json.loads(summary.model_dump_json(by_alias=True))
    data["schema"] = "fgqa.summary/3"
    for fig in data["indicators"]:
        fig.pop("found_by")
    assert Summary.model_validate(data).indicators[0].found_by is None


def test_the_readme_documents_found_by():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "fgqa.summary/5" in readme and "/4 differed from /3 only in the figures'" in readme and '"found_by"' in readme
