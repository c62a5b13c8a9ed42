"""Patterns written for speed find exactly what their plain form finds (matches and groups)."""

from __future__ import annotations

import random
import re

import pytest

from fgqa.sections.headings import _STYLES, CN_DIGITS

#: the heading styles as first written: the boundary checked before the number
_BOUNDARY = r"(?:(?<=^)|(?<=[\n 。;；:：!！?？]))"
PLAIN_STYLES = {
    "cn": _BOUNDARY + rf"([{CN_DIGITS}]{{1,3}})、",
    "paren_cn": _BOUNDARY + rf"[(（]([{CN_DIGITS}]{{1,3}})[)）]",
    "arabic": _BOUNDARY + r"(\d{1,2})(?:[.．、](?!\d))",
    "paren_arabic": _BOUNDARY + r"[(（](\d{1,2})[)）]",
    "ordinal": _BOUNDARY + rf"([{CN_DIGITS}]{{1,2}})是(?=[\u4e00-\u9fff“\"])",
}


@pytest.mark.parametrize("style", sorted(PLAIN_STYLES))
def test_each_heading_style_finds_what_its_plain_form_finds(style):
    fast = {name: pattern for name, _, pattern in _STYLES}[style]
    plain = re.compile(PLAIN_STYLES[style])
    rng = random.Random(style)
    alphabet = list(CN_DIGITS + "0123456789()（）、.．是\n 。;；:：!！?？x法治")
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert [(m.span(), m.groups()) for m in fast.finditer(s)] == [(m.span(), m.groups()) for m in plain.finditer(s)], s
        assert (fast.match(s) is None) == (plain.match(s) is None), s
