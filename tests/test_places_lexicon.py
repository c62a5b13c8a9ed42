"""fgqa/lexicon/places.toml: the place and level vocabulary of the metadata stage is data, read
once and checked; a bad entry fails with one line naming the file and the entry."""

from __future__ import annotations

import pytest

from fgqa.documents.metadata import level_of
from fgqa.lexicon.places import PlacesError, parse_places, places


def test_the_shipped_file_loads_with_every_table() -> None:
    p = places()
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


@pytest.mark.parametrize("text, words", [
    ("[levels]\ntown = []\n", "[levels] town must be a non-empty list"),
    ("not toml = = 1", "not valid TOML"),
])
def test_a_bad_file_fails_with_one_line_naming_the_entry(text: str, words: str) -> None:
    with pytest.raises(PlacesError, match=words.replace("[", r"\[").replace("]", r"\]")):
        parse_places(text)


def test_a_self_reference_with_no_such_level_is_refused() -> None:
    from importlib import resources

    shipped = resources.files("fgqa.lexicon").joinpath("places.toml").read_text(encoding="utf-8")
    with pytest.raises(PlacesError, match="is not a level"):
        parse_places(shipped.replace('"苏木" = "town"', '"苏木" = "hamlet"'))
