"""How official Chinese documents number their headings, written once.

一、 > (一) / (1) > 1. / 1、, with 一是 / 二是 as inline enumerations. The section splitter
(fgqa/sections/headings.py) builds its heading styles from these, and the metadata reader
(fgqa/documents/metadata.py) uses them to tell a numbered heading from a report's title.
The patterns carry no anchors: each reader anchors them where it needs to.
"""

from __future__ import annotations

CN_DIGITS = "一二三四五六七八九十"
#: 一、
CN_MARKER = rf"[{CN_DIGITS}]+、"
#: (一) / (1), half- or full-width brackets
PAREN_MARKER = rf"[(（][{CN_DIGITS}\d]+[)）]"
#: 1. / 1、
ARABIC_MARKER = r"\d+[.、]"
#: any of the three heading number styles, as one alternation
NUMBER_MARKER = rf"{CN_MARKER}|{PAREN_MARKER}|{ARABIC_MARKER}"
#: the inline enumeration 一是 / 二是
ORDINAL_MARKER = rf"[{CN_DIGITS}]+是"
#: what opens a line that starts a block of its own in a text whose line ends the layout set (a
#: PDF copy, an editor's <br>): looser than the heading styles (一. / (12) / 二是 too, 1.5 never)
LINE_OPENING_MARKER = (rf"[{CN_DIGITS}]+[、.．]|[(（][{CN_DIGITS}\d]{{1,3}}[)）]|\d{{1,2}}[、.．](?!\d)"
                       rf"|[{CN_DIGITS}]是")
