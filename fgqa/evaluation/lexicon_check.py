"""`fgqa lexicon check`: validate the lexicon files and show, per indicator key, how many
gold figures the rules engine finds with them.

A domain expert who adds a cue runs this to see the cue's effect on the gold figures of
its key (and that no other key lost any).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from fgqa.lexicon import Lexicon, lexicon, load_lexicon, using


class KeyLine(BaseModel):
    key: str
    name: str
    cues: int
    synonyms: int
    #: counted gold figures of this key, and how many of them the rules engine found
    gold: int = 0
    found: int = 0


class LexiconCheck(BaseModel):
    source: str
    indicators: int
    cues: int
    domains: int
    zero_claims: int
    #: the gold folder scored, or None when there was none to score
    gold_dir: str | None
    reports: int = 0
    keys: list[KeyLine]
    #: keys gold uses that the lexicon does not define (they can never be found)
    unknown_gold_keys: list[str] = []


def check_lexicon(gold_dir: Path | None, corpus_dir: Path | None, folder: Path | None = None) -> LexiconCheck:
    """Load (and so validate) the lexicon of `folder` (default: the shipped one) and, when
    the gold folder exists, score the rules engine with it."""
    lex = (load_lexicon(folder) if folder is not None else lexicon()).compile_all()  # the question words too
    lines = {key: KeyLine(key=key, name=ind.name, cues=len(ind.cues), synonyms=len(ind.words) - 1)
             for key, ind in lex.indicators.items()}
    check = LexiconCheck(source=lex.source, indicators=len(lex.indicators), cues=len(lex.cues),
                         domains=len(lex.domains.names), zero_claims=len(lex.zero_claims.claims),
                         gold_dir=None, keys=list(lines.values()))
    if gold_dir is None or corpus_dir is None or not gold_dir.is_dir():
        return check
    record = _score(lex, gold_dir, corpus_dir)
    unknown = []
    for key, tally in record.scores.figures.per_key.items():
        if key in lines:
            lines[key].gold, lines[key].found = tally.gold, tally.found
        elif tally.gold:
            unknown.append(key)
    return check.model_copy(update={"gold_dir": str(gold_dir), "reports": record.scores.figures.docs,
                                    "keys": list(lines.values()), "unknown_gold_keys": sorted(unknown)})


def _score(lex: Lexicon, gold_dir: Path, corpus_dir: Path):
    from fgqa.evaluation.runs import run_eval

    with using(lex):
        return run_eval(gold_dir, corpus_dir, engine="rules", questions=[])


def render_check(check: LexiconCheck) -> str:
    from fgqa.text_table import table

    head = (f"lexicon OK: {check.indicators} indicators, {check.cues} cues, {check.domains} domains, "
            f"{check.zero_claims} zero claims ({check.source})")
    if check.gold_dir is None:
        return head + "\nno gold folder: the files were validated, no figures counted (--gold DIR --corpus DIR)"
    rows = [[k.key, k.name, str(k.cues), str(k.synonyms), str(k.gold), str(k.found), _pct(k.found, k.gold)]
            for k in check.keys]
    gold, found = sum(k.gold for k in check.keys), sum(k.found for k in check.keys)
    rows.append(["total", "", str(check.cues), "", str(gold), str(found), _pct(found, gold)])
    out = [head, f"gold figures found per key ({check.gold_dir}, {check.reports} reports):", "",
           table(["key", "name", "cues", "synonyms", "gold", "found", "recall"], rows, [34, 20, 5, 8, 5, 5, 7])]
    missing = [k.key for k in check.keys if not k.gold]
    if missing:
        out += ["", f"keys with no gold figure here (add a fixture to test them): {', '.join(missing)}"]
    if check.unknown_gold_keys:
        out += ["", f"gold keys the lexicon does not define: {', '.join(check.unknown_gold_keys)}"]
    return "\n".join(out)


def _pct(found: int, gold: int) -> str:
    return f"{100 * round(found / gold, 4):.1f}%" if gold else "-"  # rounded as fgqa eval rounds
