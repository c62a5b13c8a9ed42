"""Write fgqa/documents/t2s_triggers.json: what OpenCC's t2s conversion can change.

OpenCC replaces a text's substrings that are keys of its dictionaries (t2s.json: the
CJK compatibility ideographs, then TSPhrases, TSCharactersExt, TSCharacters, longest
match first). An entry whose first candidate is its own key changes nothing. So a text
that holds no key character of a changing character entry, and no changing phrase made
only of other characters, comes out of the conversion as it went in, and fgqa does not
start OpenCC for it (its dictionaries take ~10 ms to load, as much as the rest of a
summarize's own work). The file records the dictionaries' hash; fgqa converts every text
when the installed dictionaries differ (tests/test_documents.py checks the file).

    python scripts/t2s_triggers.py            (after upgrading OpenCC)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fgqa.documents.traditional import DICTIONARIES, TRIGGERS, dictionaries_hash, share_dir  # noqa: E402


def entries(name: str) -> list[tuple[str, str]]:
    """(key, first candidate) of one of OpenCC's .ocd2 dictionaries, via its opencc_dict tool."""
    tool = share_dir().parents[1] / "bin" / "opencc_dict"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dict.txt"
        subprocess.run([str(tool), "-i", str(share_dir() / name), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True)
        rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if line]
    return [(key, value.split(" ")[0]) for key, value in rows]


def triggers() -> dict[str, object]:
    chars: set[str] = set()
    phrases: list[str] = []
    for name in DICTIONARIES:
        if not name.endswith(".ocd2"):
            continue
        changing = [key for key, first in entries(name) if key != first]
        if name == "TSPhrases.ocd2":
            phrases = changing
        else:
            chars.update("".join(changing))
    # a changing phrase with a trigger character is found by that character
    alone = sorted({p for p in phrases if chars.isdisjoint(p)})
    import opencc

    return {"opencc": opencc.__version__, "dictionaries_sha256": dictionaries_hash(),
            "chars": "".join(sorted(chars)), "phrases": alone}


if __name__ == "__main__":
    TRIGGERS.write_text(json.dumps(triggers(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {TRIGGERS}")
