"""fgqa/lexicon/places.toml: the place and level vocabulary of the metadata stage is data,
validated like every lexicon file (schemas.RawPlacesFile) and loaded with them; a bad entry
fails with one line naming the file and the entry."""

from __future__ import annotations

import pytest

from fgqa.documents.metadata import level_of
from fgqa.lexicon import LexiconError, lexicon, load_lexicon


def test_the_shipped_file_loads_with_every_table() -> None:
    p = lexicon().places
    assert ("自治县", "county") in p.level_suffixes and p.self_reference["苏木"] == "town"
    # longest suffix first: 地区 (a prefecture) is tried before 区
    suffixes = [s for s, _ in p.level_suffixes]
    assert suffixes.index("地区") < suffixes.index("区")


@pytest.mark.parametrize("issuer, level", [
    ("霁岭地区行政公署", "city"), ("栎溪自治县人民政府", "county"), ("澄溪保税区管委会", "district"),
    ("上海市人民政府", "province"), ("县人民政府", "county"), ("省政府", "province"),
])
def test_levels_follow_the_data(issuer: str, level: str) -> None:
    assert level_of(issuer) == level


@pytest.mark.parametrize("old, new, words", [
    ('town = ["镇", "乡", "苏木"]', "town = []", "places.toml: levels town: List should have at least 1 item"),
    ('town = ["镇", "乡", "苏木"]', 'town = ["镇", ""]', "places.toml: levels town 2: String should have at least 1 character"),
    ('"苏木" = "town"', '"苏木" = "hamlet"', "places.toml: self_reference 苏木: Input should be 'national'"),
    ('self_levels = ["district", "city"]', 'self_levels = ["district", "village"]', "places.toml: ambiguity self_levels 2: Input should be"),
    ("[mentions]", "[mention]", "places.toml: mentions: Field required"),
    ("[subjects]", "[subject]", "places.toml: subjects: Field required"),
    ('ends = ["报告", "总结", "汇报"]', "ends = []", "places.toml: titles ends: List should have at least 1 item"),
    ('reposted = ["转自"', 'reposted = [""', "places.toml: labels reposted 1: String should have at least 1 character"),
    ('not_in_names = "在的', 'not_in_names = "" #', "places.toml: subjects not_in_names: String should have at least 1 character"),
    ("[levels]", "[levels]\n= = 1", "places.toml: not valid TOML"),
    # the report's identifiers: labels, shapes and the head's size are validated too
    ('index_number = ["信息索引号", "索引号"]', "index_number = []", "places.toml: labels index_number: List should have at least 1 item"),
    ("\n[identifiers]\n", "\n[identifier]\n", "places.toml: identifiers: Field required"),
    ("doc_number = '[\\u4e00", "doc_number = '([\\u4e00", "places.toml: identifiers doc_number: Value error, not a regular expression"),
    ("index_number = '(?=", "index_number = '(?:x)?|(?=", "places.toml: identifiers index_number: Value error, matches an empty string"),
    ("index_number = '(?=", "index_number = '(x)(?=", "places.toml: identifiers index_number: Value error, has a capturing group"),
    ("head_lines = 6", "head_lines = 0", "places.toml: identifiers head_lines: Input should be greater than or equal to 1"),
    ('after_title = ["报告"', 'after_title = [""', "places.toml: identifiers after_title 1: String should have at least 1 character"),
])
def test_a_bad_file_fails_with_one_line_naming_the_entry(lexicon_copy, old: str, new: str, words: str) -> None:
    path = lexicon_copy / "places.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon(lexicon_copy)
    assert str(err.value).startswith(words) and "\n" not in str(err.value)


def test_a_folder_without_places_toml_names_it(lexicon_copy) -> None:
    (lexicon_copy / "places.toml").unlink()
    with pytest.raises(LexiconError, match=r"^places.toml: missing from "):
        load_lexicon(lexicon_copy)


def test_a_title_kind_and_a_page_label_added_to_the_file_are_read(lexicon_copy) -> None:
    """The title and label words are read from the file: a kind of title (述职) and a publication-date
    label (上线时间) added there are loaded with the file's other words; the shipped file is unchanged."""
    path = lexicon_copy / "places.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('ends = ["报告", "总结", "汇报"]', 'ends = ["报告", "总结", "汇报", "述职"]')
    text = text.replace('published = ["发布时间"', 'published = ["上线时间", "发布时间"')
    path.write_text(text, encoding="utf-8")
    places = load_lexicon(lexicon_copy).places
    assert "述职" in places.title_ends and "上线时间" in places.labels["published"]
    assert "述职" not in lexicon().places.title_ends


def test_the_areas_last_words_rank_whose_a_figure_is(lexicon_copy) -> None:
    """fgqa.figures.elsewhere ranks 全市 / 县级 / 县政府 by the same [levels] lists the metadata stage
    reads: a place word added there (a fictional 廓 as a city's) makes a 全廓 figure in a county's
    report somebody else's, with no code changed; the shipped file has no such word."""
    from fgqa.figures.extract import extract_figures

    path = lexicon_copy / "places.toml"
    text = path.read_text(encoding="utf-8")
    old = 'city = ["市", "州", "盟", "地区", "自治州"]'
    assert old in text
    path.write_text(text.replace(old, 'city = ["市", "州", "盟", "地区", "自治州", "廓"]'), encoding="utf-8")
    lex = load_lexicon(lexicon_copy)
    sentence = "全廓行政诉讼败诉率为7.3%。"
    county = {"level": "county", "issuer": "岙川县人民政府"}

    def kind(lexicon_: object) -> str | None:
        figs = extract_figures(sentence, [], 2024, lex=lexicon_, **county)  # type: ignore[arg-type]
        return next((f.kind for f in figs if f.key == "litigation.loss_rate"), None)

    assert kind(lex) == "benchmark"
    assert kind(lexicon()) == "stated"
    assert lex.places.area_levels["国"] == "national" and lex.places.shared_levels["市"] == "county"


def test_the_identifier_shapes_and_labels_are_the_files() -> None:
    """The metadata stage reads the report's 文号 and 索引号 with places.toml's [labels] and
    [identifiers]; questions.toml keeps only the words a question asks them with."""
    import re

    from fgqa.lexicon.schemas import RawGrammar

    p = lexicon().places
    assert {"文号", "发文字号"} <= set(p.labels["doc_number"]) and "索引号" in p.labels["index_number"]
    assert re.fullmatch(p.identifiers.doc_number, "苇政发〔2025〕16号")
    assert re.fullmatch(p.identifiers.doc_number, "苇司字(2024)第3号")
    assert re.fullmatch(p.identifiers.index_number, "0771-SF/2025-00031")
    assert not re.fullmatch(p.identifiers.index_number, "ABCDEFG")  # no digit: a word, not a number
    assert "报告" in p.identifiers.after_title and p.identifiers.head_lines >= 3
    assert not {"doc_number", "index_number", "doc_number_label"} & set(RawGrammar.model_fields)
