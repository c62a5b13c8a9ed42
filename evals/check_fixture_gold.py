#!/usr/bin/env python3
"""Validate the project's own fixture gold files (evals/gold) against the fixture reports
(evals/corpus): JSON shape, enums, indicator keys, and that every quote / heading is an exact
substring of the decoded report. Prints warnings for figures whose number is not visible in
their quote. Exits 1 on any error.

Usage: python3 evals/check_fixture_gold.py [--set gold|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|holdout18|holdout19|holdout20|holdout21|holdout22|holdout23|classes|answers] [--ref-corpus DIR]
  --ref-corpus DIR  also fail if a fixture shares a 24-character run (whitespace removed,
                    >= 16 CJK characters) with any file in DIR (copy check).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import unicodedata
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
GOLD = os.path.join(HERE, "gold")

KINDS = {"stated", "derived", "change", "target", "benchmark", "zero_claim"}
QUALIFIERS = {"exact", "approx_more", "approx_less"}
LEVELS = {"national", "province", "city", "district", "county", "town", "street", "department"}
ANSWER_TYPES = {"number", "not_disclosed", "cannot_answer", "text", "yes_no", "list"}
PARTS = ("measures", "shortcomings", "leadership", "plans")
KEYS = {
    "litigation.cases", "litigation.concluded", "litigation.lost", "litigation.loss_rate",
    "litigation.head_appearance_rate", "litigation.head_appearances",
    "reconsideration.applications", "reconsideration.accepted", "reconsideration.concluded",
    "reconsideration.corrected", "reconsideration.correction_rate", "reconsideration.mediation_rate",
    "legality_review.documents", "legality_review.opinions", "major_decisions.count",
    "normative_docs.cleaned", "normative_docs.repealed", "legal_advisor.coverage_rate",
    "enforcement.cases", "enforcement.fines", "mediation.disputes", "mediation.success_rate",
    "legal_aid.cases", "legal_education.events", "legal_education.audience",
    "transparency.proactive", "transparency.requests", "transparency.response_rate",
}
INDICATOR_FIELDS = ("key", "value", "unit", "qualifier", "kind", "scope", "quote")
OTHER_FIELDS = ("label", "value", "unit", "qualifier", "kind", "quote")
MIN_QUESTIONS_PER_DOC = 10
LOSS_RATE_QUESTION = "败诉率是多少"
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
QUESTION_ID = re.compile(r"fx-[a-z]-\d{2}")
#: the fixture sets: corpus folder, gold folder, question id pattern, questions per report
SETS = {
    "gold": (CORPUS, GOLD, QUESTION_ID, MIN_QUESTIONS_PER_DOC),
    "holdout": (os.path.join(HERE, "holdout", "corpus"), os.path.join(HERE, "holdout", "gold"), re.compile(r"hk-[a-z]-\d{2}"), 10),
    "classes": (os.path.join(HERE, "classes", "corpus"), os.path.join(HERE, "classes", "gold"), re.compile(r"cl-[a-z]\d*-\d{2}"), 3),
    "holdout2": (os.path.join(HERE, "holdout2", "corpus"), os.path.join(HERE, "holdout2", "gold"), re.compile(r"hw-[a-z]-\d{2}"), 10),
    "answers": (os.path.join(HERE, "answers", "corpus"), os.path.join(HERE, "answers", "gold"), re.compile(r"an-[a-z][0-9]?-\d{2}"), 10),
    "holdout3": (os.path.join(HERE, "holdout3", "corpus"), os.path.join(HERE, "holdout3", "gold"), re.compile(r"h3-[a-z]-\d{2}"), 12),
    "holdout4": (os.path.join(HERE, "holdout4", "corpus"), os.path.join(HERE, "holdout4", "gold"), re.compile(r"h4-(?:yn-)?[a-z]-\d{2}"), 15),
    "holdout5": (os.path.join(HERE, "holdout5", "corpus"), os.path.join(HERE, "holdout5", "gold"), re.compile(r"h5-[a-z]-\d{2}"), 15),
    "holdout6": (os.path.join(HERE, "holdout6", "corpus"), os.path.join(HERE, "holdout6", "gold"), re.compile(r"h6-[a-z]-\d{2}"), 15),
    "holdout7": (os.path.join(HERE, "holdout7", "corpus"), os.path.join(HERE, "holdout7", "gold"), re.compile(r"h7-[a-z]-\d{2}"), 15),
    "holdout8": (os.path.join(HERE, "holdout8", "corpus"), os.path.join(HERE, "holdout8", "gold"), re.compile(r"h8-[a-z]-\d{2}"), 15),
    "holdout9": (os.path.join(HERE, "holdout9", "corpus"), os.path.join(HERE, "holdout9", "gold"), re.compile(r"h9-[a-z]-\d{2}"), 15),
    "holdout10": (os.path.join(HERE, "holdout10", "corpus"), os.path.join(HERE, "holdout10", "gold"), re.compile(r"h10-[a-z]-\d{2}"), 15),
    "holdout11": (os.path.join(HERE, "holdout11", "corpus"), os.path.join(HERE, "holdout11", "gold"), re.compile(r"h11-[a-z]-\d{2}"), 15),
    "holdout12": (os.path.join(HERE, "holdout12", "corpus"), os.path.join(HERE, "holdout12", "gold"), re.compile(r"h12-[a-z]-\d{2}"), 15),
    "holdout13": (os.path.join(HERE, "holdout13", "corpus"), os.path.join(HERE, "holdout13", "gold"), re.compile(r"h13-[a-z]-\d{2}"), 15),
    "holdout14": (os.path.join(HERE, "holdout14", "corpus"), os.path.join(HERE, "holdout14", "gold"), re.compile(r"h14-[a-z]-\d{2}"), 15),
    "holdout15": (os.path.join(HERE, "holdout15", "corpus"), os.path.join(HERE, "holdout15", "gold"), re.compile(r"h15-[a-z]-\d{2}"), 15),
    "holdout16": (os.path.join(HERE, "holdout16", "corpus"), os.path.join(HERE, "holdout16", "gold"), re.compile(r"h16-[a-z]-\d{2}"), 15),
    "holdout17": (os.path.join(HERE, "holdout17", "corpus"), os.path.join(HERE, "holdout17", "gold"), re.compile(r"h17-[a-z]-\d{2}"), 15),
    "holdout18": (os.path.join(HERE, "holdout18", "corpus"), os.path.join(HERE, "holdout18", "gold"), re.compile(r"h18-[a-z]-\d{2}"), 15),
    "holdout19": (os.path.join(HERE, "holdout19", "corpus"), os.path.join(HERE, "holdout19", "gold"), re.compile(r"h19-[a-z]-\d{2}"), 15),
    "holdout20": (os.path.join(HERE, "holdout20", "corpus"), os.path.join(HERE, "holdout20", "gold"), re.compile(r"h20-[a-z]-\d{2}"), 15),
    "holdout21": (os.path.join(HERE, "holdout21", "corpus"), os.path.join(HERE, "holdout21", "gold"), re.compile(r"h21-[a-z]-\d{2}"), 15),
    "holdout22": (os.path.join(HERE, "holdout22", "corpus"), os.path.join(HERE, "holdout22", "gold"), re.compile(r"h22-[a-z]-\d{2}"), 15),
    "holdout23": (os.path.join(HERE, "holdout23", "corpus"), os.path.join(HERE, "holdout23", "gold"), re.compile(r"h23-[a-z]-\d{2}"), 15),
}
CN_DIGITS = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 23: "二十三", 100: "百"}


def decode(raw: bytes) -> str:
    """UTF-16 only with a BOM (a BOM-less UTF-16 decode of GB bytes 'succeeds' as garbage),
    then strict UTF-8 (with or without BOM), then GB18030."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def read_report(doc: str) -> str:
    with open(os.path.join(CORPUS, doc), "rb") as fh:
        return decode(fh.read())


def as_list(quote: Any) -> list[str]:
    return quote if isinstance(quote, list) else [quote]


def number_forms(value: float) -> set[str]:
    """Spellings under which a value may appear in a quote (after NFKC)."""
    v = abs(value)
    forms: set[str] = set()
    if float(v).is_integer():
        i = int(v)
        forms |= {str(i), f"{i:,}"}
        if i in CN_DIGITS:
            forms.add(CN_DIGITS[i])
        if i >= 10000:
            forms |= {f"{i / 10000:g}万", f"{i / 10000:g}余万"}
    else:
        forms.add(f"{v:g}")
    return forms


def number_visible(value: float, quotes: list[str]) -> bool:
    joined = unicodedata.normalize("NFKC", "".join(quotes))
    joined = re.sub(r"(?<=\d),(?=\d{3})", "", joined).replace("萬", "万").replace("餘", "余")
    return any(form in joined for form in number_forms(value))


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")

    def check_quotes(self, where: str, quotes: list[str], text: str) -> None:
        for q in quotes:
            if not isinstance(q, str) or not q:
                self.error(where, f"empty or non-string quote {q!r}")
            elif q not in text:
                self.error(where, f"quote not in report: {q!r}")

    def check_meta(self, doc: str, meta: dict) -> None:
        for field in ("issuer", "region", "level", "year", "published", "published_source", "signed", "title"):
            if field not in meta:
                self.error(doc, f"meta missing {field}")
        if meta.get("level") not in LEVELS:
            self.error(doc, f"bad level {meta.get('level')!r}")
        if not isinstance(meta.get("year"), int):
            self.error(doc, "meta.year must be an int")
        for field in ("published", "signed"):
            val = meta.get(field)
            if val is not None and not DATE.fullmatch(str(val)):
                self.error(doc, f"meta.{field} is not an ISO date: {val!r}")

    def check_parts(self, doc: str, parts: dict, text: str) -> None:
        if set(parts) != set(PARTS):
            self.error(doc, f"parts must be exactly {PARTS}, got {sorted(parts)}")
        for name in PARTS:
            part = parts.get(name, {})
            if not isinstance(part.get("present"), bool):
                self.error(doc, f"parts.{name}.present must be a bool")
            heading = part.get("heading")
            if heading is not None:
                if not part.get("present"):
                    self.error(doc, f"absent part {name} has a heading")
                self.check_quotes(f"{doc} parts.{name}", [heading], text)

    def check_indicator(self, doc: str, i: int, e: dict, text: str) -> None:
        where = f"{doc} indicators[{i}]"
        for field in INDICATOR_FIELDS:
            if field not in e:
                self.error(where, f"missing {field}")
        if e.get("key") not in KEYS:
            self.error(where, f"unknown key {e.get('key')!r}")
        if e.get("kind") not in KINDS:
            self.error(where, f"bad kind {e.get('kind')!r}")
        if e.get("qualifier") not in QUALIFIERS:
            self.error(where, f"bad qualifier {e.get('qualifier')!r}")
        value = e.get("value")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            self.error(where, f"value must be a number, got {value!r}")
            return
        if e.get("kind") == "derived" and not e.get("formula"):
            self.error(where, "derived figure without formula")
        if e.get("kind") == "change":
            direction = e.get("direction")
            if direction not in ("up", "down"):
                self.error(where, "change without direction up/down")
            elif (direction == "up") != (value > 0):
                self.error(where, f"change sign {value} disagrees with direction {direction}")
        quotes = as_list(e.get("quote", []))
        self.check_quotes(where, quotes, text)
        if e.get("kind") in ("stated", "change", "target", "benchmark") and not number_visible(value, quotes):
            self.warn(where, f"number {value} not visible in quote {quotes}")

    def check_other(self, doc: str, i: int, e: dict, text: str) -> None:
        where = f"{doc} other_figures[{i}]"
        for field in OTHER_FIELDS:
            if field not in e:
                self.error(where, f"missing {field}")
        if e.get("kind") not in KINDS:
            self.error(where, f"bad kind {e.get('kind')!r}")
        if e.get("qualifier") not in QUALIFIERS:
            self.error(where, f"bad qualifier {e.get('qualifier')!r}")
        quotes = as_list(e.get("quote", []))
        self.check_quotes(where, quotes, text)
        if e.get("kind") != "zero_claim" and not number_visible(e.get("value", 0), quotes):
            self.warn(where, f"number {e.get('value')} not visible in quote {quotes}")

    def check_gold_file(self, path: str, docs: set[str]) -> None:
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
        doc = gold.get("doc", "")
        if doc not in docs:
            self.error(path, f"doc {doc!r} not in evals/corpus")
            return
        if os.path.basename(path) != doc.rsplit(".", 1)[0] + ".gold.json":
            self.error(path, f"file name does not match doc {doc}")
        text = read_report(doc)
        self.check_meta(doc, gold.get("meta", {}))
        self.check_parts(doc, gold.get("parts", {}), text)
        for i, e in enumerate(gold.get("indicators", [])):
            self.check_indicator(doc, i, e, text)
        others = gold.get("other_figures", [])
        # a size guard for the writers; the kinds under a stated total (docs/evaluation.md) are
        # other figures, so a report that lists them runs a few past the writers' 25
        if len(others) > 30:
            self.error(doc, "more than 30 other_figures")
        for i, e in enumerate(others):
            self.check_other(doc, i, e, text)

    def check_expected(self, qid: str, atype: str, ex: Any, q: dict) -> None:
        if atype == "number":
            if not (isinstance(ex, dict) and {"value", "unit", "kind", "qualifier"} <= set(ex)):
                self.error(qid, "number answer needs expected {value, unit, kind, qualifier}")
            elif ex["kind"] not in KINDS or ex["qualifier"] not in QUALIFIERS:
                self.error(qid, "bad kind/qualifier in expected")
        elif atype in ("not_disclosed", "cannot_answer") and (ex is not None or not q.get("note")):
            self.error(qid, f"{atype} needs expected null and a note")
        elif atype in ("text", "list") and not (isinstance(ex, list) and ex):
            self.error(qid, "text/list needs a non-empty expected list")
        elif atype == "yes_no" and not isinstance(ex, bool):
            self.error(qid, "yes_no needs a boolean expected")

    def check_questions(self, path: str, docs: set[str]) -> None:
        seen: set[str] = set()
        per_doc: dict[str, int] = dict.fromkeys(docs, 0)
        loss_rate_docs: set[str] = set()
        with open(path, encoding="utf-8") as fh:
            lines = [ln for ln in fh if ln.strip()]
        for n, line in enumerate(lines, 1):
            q = json.loads(line)
            qid = q.get("id", f"line {n}")
            if qid in seen:
                self.error(qid, "duplicate id")
            seen.add(qid)
            if not QUESTION_ID.fullmatch(qid):
                self.error(qid, f"id must match {QUESTION_ID.pattern}")
            atype = q.get("answer_type")
            if atype not in ANSWER_TYPES:
                self.error(qid, f"bad answer_type {atype!r}")
            self.check_expected(qid, atype, q.get("expected"), q)
            doc = q.get("doc")
            if doc == "*":
                for item in q.get("quote", []):
                    if item.get("doc") not in docs:
                        self.error(qid, f"cross-report quote names unknown doc {item.get('doc')!r}")
                    else:
                        self.check_quotes(qid, [item.get("quote")], read_report(item["doc"]))
                continue
            if doc not in docs:
                self.error(qid, f"doc {doc!r} not in evals/corpus")
                continue
            per_doc[doc] += 1
            self.check_quotes(qid, q.get("quote", []), read_report(doc))
            if q.get("question") == LOSS_RATE_QUESTION:
                loss_rate_docs.add(doc)
        for doc, count in per_doc.items():
            if count < MIN_QUESTIONS_PER_DOC:
                self.error(doc, f"only {count} questions (< {MIN_QUESTIONS_PER_DOC})")
        for doc in sorted(docs - loss_rate_docs):
            self.error(doc, f"no '{LOSS_RATE_QUESTION}' question")

    def check_copies(self, ref_dir: str) -> None:
        runs = shared_runs(ref_dir)
        for doc in sorted(os.listdir(CORPUS)):
            text = re.sub(r"\s+", "", read_report(doc))
            hits = [text[i:i + 24] for i in range(len(text) - 23) if text[i:i + 24] in runs]
            if hits:
                self.error(doc, f"{len(hits)} 24-character runs shared with {ref_dir}, e.g. {hits[0]!r}")


def shared_runs(ref_dir: str) -> set[str]:
    runs: set[str] = set()
    for name in os.listdir(ref_dir):
        if not os.path.isfile(os.path.join(ref_dir, name)):
            continue  # a reference folder may hold subfolders (evals/real/texts does)
        with open(os.path.join(ref_dir, name), encoding="utf-8", errors="ignore") as fh:
            text = re.sub(r"\s+", "", fh.read())
        for i in range(len(text) - 23):
            run = text[i:i + 24]
            if sum(1 for ch in run if "\u4e00" <= ch <= "\u9fff") >= 16:
                runs.add(run)
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref-corpus", help="directory of reference reports for the copy check")
    parser.add_argument("--set", choices=sorted(SETS), default="gold",
                        help="which fixture set: gold (evals/gold), holdout or classes (default: gold)")
    args = parser.parse_args()
    global CORPUS, GOLD, QUESTION_ID, MIN_QUESTIONS_PER_DOC
    CORPUS, GOLD, QUESTION_ID, MIN_QUESTIONS_PER_DOC = SETS[args.set]
    checker = Checker()
    docs = set(os.listdir(CORPUS))
    gold_files = sorted(glob.glob(os.path.join(GOLD, "*.gold.json")))
    gold_docs = set()
    for path in gold_files:
        checker.check_gold_file(path, docs)
        with open(path, encoding="utf-8") as fh:
            gold_docs.add(json.load(fh).get("doc"))
    for doc in sorted(docs - gold_docs):
        checker.error(doc, "report has no gold file")
    checker.check_questions(os.path.join(GOLD, "questions.jsonl"), docs)
    if args.ref_corpus:
        checker.check_copies(args.ref_corpus)
    for w in checker.warnings:
        print("WARN ", w)
    for e in checker.errors:
        print("ERROR", e)
    print(f"{len(gold_files)} gold files, {len(checker.errors)} errors, {len(checker.warnings)} warnings")
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main())
