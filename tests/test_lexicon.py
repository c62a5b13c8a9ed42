"""The lexicon as data: the loader's validation, one object for every reader, the per-key
lookup that sees every cue of a key, and `fgqa lexicon check`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from fgqa.engines.hybrid import cue_near, merge_figures
from fgqa.figures.extract import extract_figures
from fgqa.lexicon import LexiconError, lexicon, load_lexicon, using
from fgqa.lexicon.load import FILES, GAP
from fgqa.models import Figure, Kind
from fgqa.sections import outline

ROOT = Path(__file__).resolve().parents[1]


def _append(folder: Path, name: str, text: str) -> None:
    with (folder / name).open("a", encoding="utf-8") as f:
        f.write("\n" + text)


def _replace(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    content = path.read_text(encoding="utf-8")
    assert old in content
    path.write_text(content.replace(old, new, 1), encoding="utf-8")


# --------------------------------------------------------------------------- loading


def test_the_shipped_lexicon_loads_once_with_unique_keys_and_compiled_patterns():
    lex = lexicon()
    assert lexicon() is lex  # loaded once
    assert len(lex.indicators) == len(set(lex.indicators)) >= 28
    assert all(cue.key in lex.indicators for cue in lex.cues)
    assert all(isinstance(cue.lead or cue.tail, re.Pattern) for cue in lex.cues)
    # {gap:N} expands to the no-digit, no-clause-break gap
    loss = lex.indicators["litigation.loss_rate"].cues[0]
    assert loss.lead is not None and (GAP % 10) in loss.lead.pattern
    assert set(lex.parts) == {"measures", "shortcomings", "leadership", "plans"}


def test_every_kind_is_named_once_for_each_output():
    """Answers, tables and fgqa view read a kind's names from kinds.toml [labels.<kind>]."""
    labels = lexicon().kinds.labels
    assert tuple(labels) == get_args(Kind)
    assert all(names.answer and names.label and names.gloss for names in labels.values())
    assert labels["benchmark"].answer == "参照值(他方或上年)" and labels["stated"].label == "报告所述"


def test_the_scope_reader_reads_its_words_from_scopes_toml(lexicon_copy):
    """scopes.toml is the scope reader's only vocabulary: an edited copy's patterns are the
    ones a fresh load compiles, in the file's order, with the reader's anchors around them."""
    from fgqa.figures import scope

    words = lexicon().scopes
    assert scope._SCOPE_PATTERNS == (*words.narrower, words.each_subarea)
    assert scope.LEVEL_SCOPE.match("镇级") and not scope.LEVEL_SCOPE.match("本级")
    assert scope.WHOLE_SCOPE.match("全旗") and not scope.WHOLE_SCOPE.match("区全")
    _replace(lexicon_copy, "scopes.toml", "whole = '省|市|区|县|镇|乡|街道|州|盟|旗'", "whole = '省|市'")
    edited = load_lexicon(lexicon_copy).scopes
    assert edited.whole.match("全市") and not edited.whole.match("全旗")


def test_a_copied_folder_loads_like_the_shipped_one(lexicon_copy):
    copy, shipped = load_lexicon(lexicon_copy), lexicon()
    assert list(copy.indicators) == list(shipped.indicators)
    assert [c.lead and c.lead.pattern for c in copy.cues] == [c.lead and c.lead.pattern for c in shipped.cues]


def test_a_duplicate_key_names_the_file_and_both_entries(lexicon_copy):
    _append(lexicon_copy, "indicators.toml", '[[indicator]]\nkey = "litigation.loss_rate"\nname = "败诉率"\nunits = "rate"\n')
    with pytest.raises(LexiconError) as err:
        load_lexicon(lexicon_copy)
    message = str(err.value)
    assert message.startswith("indicators.toml: indicator ")
    assert "duplicate key 'litigation.loss_rate'" in message and "(already indicator 1)" in message


def test_a_bad_pattern_names_the_file_the_entry_and_the_field(lexicon_copy):
    _replace(lexicon_copy, "indicators.toml", "lead = '纠错率{gap:8}'", "lead = '纠错率(?:{gap:8}'")
    with pytest.raises(LexiconError) as err:
        load_lexicon(lexicon_copy)
    assert re.match(r"indicators\.toml: cue \d+ \(reconsideration\.correction_rate\) lead: bad pattern '纠错率\(\?:\{gap:8\}': ",
                    str(err.value)), str(err.value)


@pytest.mark.parametrize(("name", "old", "new", "expected"), [
    # a typo in a field name is not silently ignored
    ("indicators.toml", "exclude = '意见|案卷|案件|评查|(?<!审查和)", "exlude = '意见|案卷|案件|评查|(?<!审查和)",
     r"indicators\.toml: cue \d+ \(legality_review\.documents\) exlude: Extra inputs are not permitted"),
    ("indicators.toml", "\n[[cue]]\n", "\n[[cue]]\nkey = \"mediation.success_rat\"\nlead = '成功率'\n\n[[cue]]\n",
     r"indicators\.toml: cue 1 \(mediation\.success_rat\): unknown indicator key"),
    # a combined-count domain that is not a domain
    ("indicators.toml", 'domains = ["litigation", "reconsideration"', 'domains = ["litigaton", "reconsideration"',
     r"indicators\.toml: combined domains: unknown domain 'litigaton'"),
    ("indicators.toml", 'domain = "reconsideration"', 'domain = "reconsideraton"',
     r"unknown domain 'reconsideraton'"),
    ("indicators.toml", 'units = "money"', 'units = "cash"', r"indicator \d+ \(enforcement\.fines\): unknown unit family 'cash'"),
    # a cue's own unit family must be one of [units]
    ("indicators.toml", 'units = "reviews"', 'units = "reviws"', r"cue \d+ \(legality_review\.documents\): unknown unit family 'reviws'"),
    ("zero_claims.toml", "pattern = '(?:零纠错|零撤改|{no}", "pattern = '(?:零纠错|零撤改|{nothing}",
     r"zero_claims\.toml: claim \d+ \(reconsideration\.corrected\) pattern: unknown template \{nothing\}"),
    ("kinds.toml", "tail = '^(?:以内|以下)?的?(?:目标|要求|任务)'", "tail = '^(?:以内|以下?的?(?:目标|要求|任务)'",
     r"kinds\.toml: target tail: bad pattern"),
    ("parts.toml", "[plans]", "[plan]", r"parts\.toml: \[plan\]: unknown part"),
    # a scope pattern says which words are the scope: its group 1
    ("scopes.toml", "'(人民调解)',", "'人民调解',", r"scopes\.toml: scope narrower 8: needs a group: the scope"),
    ("scopes.toml", "part_of = '其中|包括|分别'", "part_of = '其中|包括|分别('", r"scopes\.toml: scope part_of: bad pattern"),
    # every kind of the Figure model is named once, with every field; no kind fgqa does not write
    ("kinds.toml", "[labels.target]", "[labels.goal]", r"kinds\.toml: labels goal \[key\]: Input should be 'stated', "),
    ("kinds.toml", "[labels.change]\nanswer = '变化幅度'\nlabel = '变化'\ngloss = 'a year-on-year change'\n", "",
     r"kinds\.toml: labels: Value error, no labels for kind change"),
    ("kinds.toml", "label = '推算'\n", "", r"kinds\.toml: labels derived label: Field required"),
    ("kinds.toml", "answer = '目标值'", "answer = ''", r"kinds\.toml: labels target answer: String should have at least 1 character"),
    # the overview's figures are keys of the file, each once
    ("indicators.toml", '"litigation.cases", "litigation.lost"', '"litigation.case", "litigation.lost"',
     r"indicators\.toml: overview_keys: unknown indicator key 'litigation\.case'"),
    ("indicators.toml", '"litigation.cases", "litigation.lost"', '"litigation.cases", "litigation.cases"',
     r"indicators\.toml: overview_keys entry 3: duplicate key 'litigation\.cases' \(already overview_keys entry 2\)"),
    ("indicators.toml", "\n[units]\n", "\n[units\n", r"indicators\.toml: not valid TOML"),
])
def test_a_bad_entry_is_one_clear_line(lexicon_copy, name, old, new, expected):
    _replace(lexicon_copy, name, old, new)
    with pytest.raises(LexiconError) as err:
        load_lexicon(lexicon_copy)
    assert re.search(expected, str(err.value)), str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(("name", "old", "new", "expected", "read"), [
    ("parts.toml", "question = '不足|问题", "question = '(不足|问题", r"parts\.toml: \[shortcomings\] question: bad pattern '\(不足",
     lambda lex: lex.parts["shortcomings"].question),
    ("parts.toml", "confirming = '第一责任|", "confirming = '第一责任(|", r"parts\.toml: \[leadership\] confirming: bad pattern",
     lambda lex: lex.parts["leadership"].confirming),
    ("kinds.toml", "|力争|控制在", "|力争(|控制在", r"kinds\.toml: question target: bad pattern",
     lambda lex: lex.kinds.question),
    ("indicators.toml", "synonyms = ['败诉率', ", "synonyms = ['败诉(', ",
     r"indicators\.toml: indicator 1 \(litigation\.loss_rate\) synonym 1: bad pattern '败诉\('",
     lambda lex: lex.indicators["litigation.loss_rate"].words),
])
def test_a_bad_question_pattern_fails_where_it_is_read_and_in_the_check(lexicon_copy, name, old, new, expected, read):
    """The question words are compiled when first read (only `ask` and the LLM engines read
    them): the same one-line error then, and `compile_all` (`fgqa lexicon check`) finds it."""
    _replace(lexicon_copy, name, old, new)
    with pytest.raises(LexiconError, match=expected):  # a folder given is read whole
        load_lexicon(lexicon_copy)
    lex = load_lexicon(lexicon_copy, deferred=True)  # as a run reads the shipped files
    assert lex.cues  # what summarize reads is there
    for attempt in (lambda: read(lex), lex.compile_all):
        with pytest.raises(LexiconError) as err:
            attempt()
        assert re.search(expected, str(err.value)) and "\n" not in str(err.value), str(err.value)
    out = _fgqa("lexicon", "check", "--lexicon", str(lexicon_copy))
    assert out.returncode == 2 and re.search(expected, out.stderr), out.stderr


def test_the_question_words_are_compiled_only_when_read(lexicon_copy):
    lex = load_lexicon(lexicon_copy, deferred=True)
    assert "loaded" not in vars(lex.questions)  # questions.toml not even read
    assert lex.grammar.yes_no.search("是否聘请了法律顾问") and "loaded" in vars(lex.questions)
    loss = lex.indicators["litigation.loss_rate"]
    assert "patterns" not in vars(loss.question_words)  # summarize never reads them
    assert loss.words[0].pattern == re.escape(loss.name) and "patterns" in vars(loss.question_words)
    assert lex.compile_all() is lex
    assert all(isinstance(p, re.Pattern) for part in lex.parts.values() for p in (part.question, part.confirming))


# --------------------------------------------------------------------------- one object for every reader

REPORT = "一、主要工作\n全年审结行政诉讼案件20件,败诉率为5%。清理相关文件45件。\n"


def _keys(text: str) -> dict[str, float]:
    sections = outline(text).sections
    return {f.key: f.value for f in extract_figures(text, sections) if f.key}


def test_the_extractor_reads_the_lexicon_it_is_given():
    assert _keys(REPORT)["litigation.loss_rate"] == 5
    with using(lexicon().without_cues("litigation.loss_rate")):
        assert "litigation.loss_rate" not in _keys(REPORT)
    assert _keys(REPORT)["litigation.loss_rate"] == 5  # and back after the block


def test_adding_a_cue_is_an_edit_of_the_data_file(lexicon_copy):
    """The README's recipe: a new wording (a fictional one here) is keyed once its cue is in the file."""
    text = "一、主要工作\n全年受理法援申请并指派承办58宗。\n"
    assert "legal_aid.cases" not in _keys(text)
    _replace(lexicon_copy, "indicators.toml", "lead = '法律援助{gap:6}'", "lead = '(?:法律援助|法援){gap:12}'")
    with using(load_lexicon(lexicon_copy)):
        assert _keys(text)["legal_aid.cases"] == 58


def test_adding_a_question_synonym_is_an_edit_of_the_data_file(lexicon_copy):
    from fgqa.answers.router import route

    assert route("官司输掉的比重是多少").key is None
    _replace(lexicon_copy, "indicators.toml", "'败诉(?:的)?目标']", "'败诉(?:的)?目标', '官司输掉的比重']")
    with using(load_lexicon(lexicon_copy)):
        assert route("官司输掉的比重是多少").key == "litigation.loss_rate"


def test_every_cue_row_of_a_key_is_seen_by_a_per_key_lookup():
    """normative_docs.cleaned has three cue rows; a per-key lookup keeps all of them and the
    key's synonyms (the old BY_KEY kept only the last row, which has none)."""
    ind = lexicon().indicators["normative_docs.cleaned"]
    assert len(ind.cues) == 3 and ind.synonyms
    assert ind.cue_domains is None  # one of its cues counts in any domain


def _unkeyed_rules_figure(text: str, quote: str, value: int, unit: str) -> Figure:
    start = text.index(quote)
    return Figure(key=None, label=quote[:6], value=value, unit=unit, kind="stated", quote=quote,
                  span=(start, start + len(quote)))


@pytest.mark.parametrize(("sentence", "quote", "value", "unit", "key"), [
    ("清理相关文件45件。", "清理相关文件45件", 45, "件", "normative_docs.cleaned"),
    ("审查各类合同18份。", "审查各类合同18份", 18, "份", "legality_review.documents"),
])
def test_the_hybrid_cue_check_sees_the_synonyms_of_every_cue_row(sentence, quote, value, unit, key):
    """The llm's key is taken for an unkeyed rules figure when the key's words are next to the
    number. Through the last cue row only (the old BY_KEY) this said no for both sentences."""
    text = "一、主要工作\n" + sentence + "\n"
    sections = outline(text).sections
    twin = _unkeyed_rules_figure(text, quote, value, unit)
    ind = lexicon().indicators[key]
    assert cue_near(ind, twin, text, sections, lexicon())
    proposed = twin.model_copy(update={"key": key, "label": ind.name, "source": "llm"})
    merged, warnings = merge_figures([twin], [proposed], text, sections)
    assert [(f.key, f.source) for f in merged] == [(key, "llm")] and not warnings


def test_the_hybrid_cue_check_still_refuses_a_key_whose_words_are_not_there():
    text = "一、主要工作\n举办讲座45场。\n"
    sections = outline(text).sections
    twin = _unkeyed_rules_figure(text, "举办讲座45场", 45, "场")
    assert not cue_near(lexicon().indicators["normative_docs.cleaned"], twin, text, sections, lexicon())


# --------------------------------------------------------------------------- fgqa lexicon check


def _fgqa(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], capture_output=True, text=True, cwd=ROOT, check=False,
                          env=env, timeout=120)


def _row(output: str, key: str) -> list[str]:
    line = next(line for line in output.splitlines() if line.startswith(key + " "))
    return line.split()


def test_lexicon_check_prints_per_key_gold_figures_found():
    out = _fgqa("lexicon", "check")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("lexicon OK: ")
    assert "evals/gold, 11 reports" in out.stdout
    _key, name, cues, _synonyms, gold, found, _recall = _row(out.stdout, "normative_docs.cleaned")
    assert (name, cues) == ("清理规范性文件数", "3") and int(gold) >= int(found) > 0
    total = _row(out.stdout, "total")
    assert int(total[-3]) >= int(total[-2]) > 200  # the fixture set's counted gold figures


def test_lexicon_check_measures_the_files_it_is_given(lexicon_copy):
    """Break the 法律援助 cue (and the clause fallback's nouns of it) in a copy: the check shows that
    key's gold figures lost, and only those."""
    _replace(lexicon_copy, "indicators.toml", "lead = '法律援助{gap:6}'", "lead = '法律援助中心办理{gap:6}'")
    _replace(lexicon_copy, "indicators.toml", "nouns = ['法律援助', '援助案件', '援助事项']", "nouns = ['法律援助中心办理']")
    shipped = _fgqa("lexicon", "check").stdout
    out = _fgqa("lexicon", "check", "--lexicon", str(lexicon_copy))
    assert out.returncode == 0, out.stderr
    assert str(lexicon_copy) in out.stdout.splitlines()[0]
    before, after = _row(shipped, "legal_aid.cases"), _row(out.stdout, "legal_aid.cases")
    assert after[4] == before[4] and int(after[5]) < int(before[5])  # same gold, fewer found
    assert _row(out.stdout, "litigation.loss_rate") == _row(shipped, "litigation.loss_rate")


@pytest.mark.parametrize("name, old, new, expected", [
    ("parts.toml", "[plans]", "[plan]", "parts.toml: [plan]: unknown part"),
    ("places.toml", '"苏木" = "town"', '"苏木" = "hamlet"', "places.toml: self_reference 苏木: Input should be"),
])
def test_lexicon_check_with_a_bad_file_is_one_line_and_exit_2(lexicon_copy, name, old, new, expected):
    _replace(lexicon_copy, name, old, new)
    out = _fgqa("lexicon", "check", "--lexicon", str(lexicon_copy))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().count("\n") == 0 and expected in out.stderr


@pytest.mark.parametrize("name", FILES)
def test_lexicon_check_validates_every_file(lexicon_copy, name):
    """Every file of the folder is read by the check: one that is not TOML is one line, exit 2."""
    _append(lexicon_copy, name, "= = 1")
    out = _fgqa("lexicon", "check", "--lexicon", str(lexicon_copy))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().count("\n") == 0 and f"{name}: not valid TOML" in out.stderr


def test_every_lexicon_file_is_a_validated_file():
    """Each TOML file shipped under fgqa/lexicon is loaded (FILES) and has its schema."""
    from importlib import resources

    from fgqa.lexicon.schemas import SCHEMAS

    shipped = sorted(p.name for p in resources.files("fgqa.lexicon").iterdir() if p.name.endswith(".toml"))
    assert shipped == sorted(FILES)
    assert set(FILES) - set(SCHEMAS) == {"parts.toml"}  # parts.toml: a RawPart per part key (schemas._parts)


def test_lexicon_check_without_a_gold_folder_still_validates(tmp_path):
    out = _fgqa("lexicon", "check", "--gold", str(tmp_path / "none"), "--corpus", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("lexicon OK: ") and "no gold folder" in out.stdout


def test_the_question_grammar_is_data_an_edit_of_questions_toml_changes_how_a_question_is_read(lexicon_copy):
    """The answers stage reads a question's shape with questions.toml's [grammar] (issue 9):
    a new yes/no cue is one line of data, not code."""
    from fgqa.answers.router import yes_no_question

    assert not yes_no_question("可曾聘请法律顾问")
    _replace(lexicon_copy, "questions.toml", "yes_no = '有没有|是否|有无|是不是|能否|能不能'", "yes_no = '有没有|是否|有无|是不是|能否|能不能|可曾'")
    with using(load_lexicon(lexicon_copy)):
        assert yes_no_question("可曾聘请法律顾问")


@pytest.mark.parametrize("edit, message", [
    (("who = ", "whom = "), "who"),                        # a pattern the code needs is missing
    (("ask_who = '由谁|是谁|谁'", "ask_who = '由谁|(是谁'"), "ask_who"),  # a pattern that does not compile
    (("\n[grammar]\n", "\n[grammar]\nspare = '哪'\n"), "spare"),   # a name the code does not read
    (("yes_no = '{yes_no}", "yes_no = '{yesno}"), "yesno"),  # an unknown template
])
def test_a_broken_question_grammar_fails_on_load_naming_the_entry(lexicon_copy, edit, message):
    _replace(lexicon_copy, "questions.toml", *edit)
    with pytest.raises(LexiconError) as err:
        load_lexicon(lexicon_copy)
    assert "questions.toml" in str(err.value) and message in str(err.value)
    # a run's shipped lexicon reads questions.toml when a question is first read: the same error then
    lex = load_lexicon(lexicon_copy, deferred=True)
    with pytest.raises(LexiconError) as deferred:
        lex.grammar  # noqa: B018
    assert str(deferred.value) == str(err.value)


def test_the_units_a_measure_word_admits_are_data(lexicon_copy):
    """"多少艘" admits only 艘 once questions.toml's [measures] says so (issue 9: no table in code)."""
    from fgqa.answers.evidence import units_for

    assert units_for("艘") is None
    _append(lexicon_copy, "questions.toml", '"艘" = ["艘", "条"]')
    with using(load_lexicon(lexicon_copy)):
        assert units_for("艘") == frozenset({"艘", "条"})
