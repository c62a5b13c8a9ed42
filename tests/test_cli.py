"""End to end through the installed `fgqa` command: JSON interfaces, text output, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fgqa import cli as fgqa_cli

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "evals" / "corpus"
SHARED = ROOT.parent / "shared"


def fgqa(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FGQA_")}  # only the settings given
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "fgqa.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=full_env, timeout=120)


def test_summarize_json_is_the_documented_interface():
    out = fgqa("summarize", str(FIXTURES / "a_city_plain.txt"), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "fgqa.summary/5" and data["engine"] == "rules"
    assert set(data) >= {"doc", "meta", "parts", "sections", "indicators", "warnings"}
    assert set(data["doc"]) == {"path", "sha256", "chars"}
    assert set(data["meta"]) >= {"issuer", "region", "level", "year", "published", "doc_number", "index_number"}
    assert set(data["parts"]) == {"measures", "shortcomings", "leadership", "plans"}
    assert set(data["parts"]["measures"]) == {"present", "heading", "section_ids", "source"}
    section = data["sections"][1]
    assert set(section) == {"id", "heading", "level", "part", "span", "summary", "figures"}
    fig = data["indicators"][0]
    assert set(fig) >= {"key", "label", "value", "unit", "qualifier", "kind", "scope", "quote", "span", "formula", "source",
                        "primary"}
    # /3: one primary figure per key at most, and only a year figure of the report's own scope
    primary = [f for f in data["indicators"] if f["primary"]]
    assert primary and len({f["key"] for f in primary}) == len(primary)
    assert all(f["kind"] in ("stated", "zero_claim", "derived") and (not f["scope"] or f["scope"].startswith("全"))
               for f in primary)


def test_every_quote_equals_clean_output_at_its_span():
    for name in ("b_district_chrome.html", "c_town_oneline_gbk.txt", "d_department_traditional.txt", "f_county_utf16.txt"):
        clean = fgqa("clean", str(FIXTURES / name))
        assert clean.returncode == 0, clean.stderr
        text = clean.stdout
        data = json.loads(fgqa("summarize", str(FIXTURES / name), "--format", "json").stdout)
        figures = data["indicators"] + [f for s in data["sections"] for f in s["figures"]]
        assert figures
        for f in figures:
            assert text[f["span"][0]:f["span"][1]] == f["quote"], (name, f)
        assert data["doc"]["chars"] == len(text)


def test_clean_removes_chrome_glosses_and_traditional():
    text = fgqa("clean", str(FIXTURES / "d_department_traditional.txt")).stdout
    assert "(dǎo)" not in text and "導" not in text
    html = fgqa("clean", str(FIXTURES / "b_district_chrome.html")).stdout
    assert "<" not in html and "索引号" not in html and "您当前的位置" not in html


def test_summarize_text_and_markdown_for_people():
    text = fgqa("summarize", str(FIXTURES / "e_street_markdown.md")).stdout
    assert "四个部分" in text and "关键指标" in text
    md = fgqa("summarize", str(FIXTURES / "e_street_markdown.md"), "--format", "md").stdout
    assert md.startswith("# ") and "| 指标 |" in md


def test_ask_number_with_citation_json():
    out = fgqa("ask", "败诉率是多少", str(FIXTURES / "b_district_chrome.html"), "--format", "json")
    data = json.loads(out.stdout)
    assert data["schema"] == "fgqa.answer/2"
    a = data["answers"][0]
    assert a["answer_type"] == "number" and a["kind"] == "derived" and a["value"] == 6.1
    assert a["formula"] == "4/66" and a["citations"][0]["quote"]


def test_ask_several_files_gives_one_answer_each_and_a_table():
    files = [str(FIXTURES / n) for n in ("a_city_plain.txt", "c_town_oneline_gbk.txt", "d_department_traditional.txt")]
    data = json.loads(fgqa("ask", "败诉率是多少", *files, "--format", "json").stdout)
    types = [(a["answer_type"], a["kind"]) for a in data["answers"]]
    assert types == [("number", "stated"), ("number", "zero_claim"), ("not_disclosed", None)]
    assert "目标" in data["answers"][2]["text"]  # says what the report gives instead
    table = fgqa("ask", "败诉率是多少", *files).stdout
    assert table.count("\n") >= 4 and "未披露" in table


def test_unroutable_question_is_honest():
    data = json.loads(fgqa("ask", "天气怎么样", str(FIXTURES / "a_city_plain.txt"), "--format", "json").stdout)
    assert data["answers"][0]["answer_type"] == "cannot_answer"


@pytest.mark.parametrize("make,expect", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "directory"),
    (lambda d: _write(d / "empty.txt", b""), "empty"),
    (lambda d: _write(d / "bin.txt", b"\x00\x01\x02" * 100), "binary"),
    (lambda d: _write(d / "report.pdf", b"%PDF-1.4"), "cannot read the pdf, damaged or incomplete (data format error)"),
    (lambda d: _write(d / "report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)), "not supported: save as .docx or pdf"),
    (lambda d: _write(d / "big.txt", "法治".encode() * 3_000_000), "too large"),
])
def test_bad_input_is_one_line_exit_2_no_traceback(tmp_path, make, expect):
    path = make(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    out = fgqa("summarize", str(path))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1
    assert out.stderr.startswith("fgqa: ") and expect in out.stderr.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written next to the input


def test_bad_engine_and_empty_question(tmp_path):
    out = fgqa("summarize", str(FIXTURES / "a_city_plain.txt"), "--engine", "magic")
    assert out.returncode == 2 and "unknown engine" in out.stderr
    out = fgqa("ask", " ", str(FIXTURES / "a_city_plain.txt"))
    assert out.returncode == 2 and "empty" in out.stderr


def test_help_and_rules_engine_do_not_import_llm_libraries():
    code = ("import sys, runpy; sys.argv=['fgqa','summarize',{!r},'--format','json'];\n"
            "import fgqa.cli\n"
            "try:\n    fgqa.cli.main()\nexcept SystemExit:\n    pass\n"
            "bad=[m for m in ('openai','instructor','diskcache','tenacity','bs4','pypdfium2','docx','httpx','openpyxl','xlsxwriter','sqlite3','rich') if m in sys.modules]\n"
            "sys.stderr.write('LOADED:'+','.join(bad))") .format(str(FIXTURES / "a_city_plain.txt"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stderr.endswith("LOADED:"), out.stderr[-300:]


def test_summarize_compiles_few_string_annotations_of_fgqa(tmp_path):
    """typing.NamedTuple and pydantic turn each string annotation into a ForwardRef, which
    compile()s it (~15-40 µs each; ~400 of them were ~0.1x the start-up floor): the modules a
    summarize imports define their typed tuples and models with evaluated annotations (no
    `from __future__ import annotations`; a name defined later is quoted). Measured on a warm
    start (a cache miss validates the lexicon with fgqa/lexicon/schemas.py, whose models may keep
    string annotations)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "fgqa.cli", "summarize", str(FIXTURES / "a_city_plain.txt")],
                   capture_output=True, env=env, timeout=60, check=True)  # fills the caches
    code = ("import sys, traceback, typing\nfrom pathlib import Path\n"
            "n = [0]\norig = typing.ForwardRef.__init__\n"
            "def init(self, *a, **k):\n"
            "    who = next(f.filename for f in reversed(traceback.extract_stack()[:-1])\n"
            "               if Path(f.filename).name != 'typing.py' and 'pydantic' not in Path(f.filename).parts)\n"
            "    n[0] += Path(who).resolve().is_relative_to({pkg!r})\n"
            "    orig(self, *a, **k)\n"
            "typing.ForwardRef.__init__ = init\n"
            "sys.argv = ['fgqa', 'summarize', {!r}, '--format', 'json']\nimport fgqa.cli\n"
            "try:\n    fgqa.cli.main()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write('FORWARD:%d' % n[0])").format(str(FIXTURES / "a_city_plain.txt"),
                                                             pkg=str((ROOT / "fgqa").resolve()))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    count = int(out.stderr.rsplit("FORWARD:", 1)[-1])
    assert count <= 40, f"{count} string annotations compiled by fgqa's modules on a summarize"


def test_a_summarize_runs_the_garbage_collector_a_few_times_and_import_fgqa_never_retunes_it(tmp_path):
    """The start-up's long-lived objects made the collector's young generation fill ~60 times
    in a summarize's command (~9 ms): the CLI process raises its first threshold
    (fgqa.cli.main), so the command collects a handful of times at most; importing fgqa (a
    library user's process) leaves Python's thresholds as they were."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    report = str(FIXTURES / "a_city_plain.txt")
    subprocess.run([sys.executable, "-m", "fgqa.cli", "summarize", report], capture_output=True, env=env, timeout=60,
                   check=True)  # fills the caches
    imports = ("import gc, json, sys\nimport fgqa, fgqa.cli, fgqa.session, fgqa.answers\n"
               "sys.stderr.write('GC:' + json.dumps(gc.get_threshold()))")
    out = subprocess.run([sys.executable, "-c", imports], capture_output=True, text=True, timeout=60, env=env)
    # Python's own thresholds from a bare process: this test process's may have been raised by
    # another test that ran fgqa.cli.main in-process
    bare = subprocess.run([sys.executable, "-c", "import gc, json, sys; sys.stderr.write(json.dumps(gc.get_threshold()))"],
                          capture_output=True, text=True, timeout=60, env=env)
    python_own = tuple(json.loads(bare.stderr))
    assert tuple(json.loads(out.stderr.rsplit("GC:", 1)[-1])) == python_own
    run = ("import gc, json, sys\nimport fgqa.cli\nbefore = gc.get_stats()[0]['collections']\n"
           f"sys.argv = ['fgqa', 'summarize', {report!r}, '--format', 'json']\n"
           "try:\n    fgqa.cli.main()\nexcept SystemExit:\n    pass\n"
           "sys.stderr.write('GC:' + json.dumps([gc.get_threshold(), gc.get_stats()[0]['collections'] - before]))")
    out = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, timeout=60, env=env)
    assert json.loads(out.stdout)["indicators"]
    after, runs = json.loads(out.stderr.rsplit("GC:", 1)[-1])
    assert tuple(after) == (fgqa_cli.YOUNG_COLLECTION_THRESHOLD, *python_own[1:]) != python_own
    assert runs <= 5, f"{runs} young-generation collections in one summarize's command"


def test_a_warm_summarize_leaves_no_pattern_for_re_to_compile(tmp_path):
    """Every pattern a summarize uses comes from the pattern cache on a warm start (fgqa.re_cache):
    the metadata readers' inline and run-time-built ones and the URL test went to `re`, which
    compiled them afresh in every process (~2 ms). What typer and pydantic compile at import is
    theirs, and so are the patterns of the modules they import on the way; a bytes pattern (the
HTML sniffing's) is not cached."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    report = str(FIXTURES / "a_city_plain.txt")
    subprocess.run([sys.executable, "-m", "fgqa.cli", "summarize", report], capture_output=True, env=env, timeout=60,
                   check=True)  # fills the caches
    run = ("import json, sys, traceback\nfrom pathlib import Path\nimport re._compiler as rc\nimport fgqa.cli\n"
           "seen = []\noriginal = rc.compile\n"
           "def compile(p, flags=0):\n"
           "    who = next(f.filename for f in reversed(traceback.extract_stack()[:-1]) if Path(f.filename).parent.name != 're')\n"
           f"    if isinstance(p, str) and Path(who).resolve().is_relative_to({str((ROOT / 'fgqa').resolve())!r}):\n"
           "        seen.append(f'{who}: {p!r}')\n"
           "    return original(p, flags)\n"
           "rc.compile = compile\n"
           f"sys.argv = ['fgqa', 'summarize', {report!r}, '--format', 'json']\n"
           "try:\n    fgqa.cli.main()\nexcept SystemExit:\n    pass\n"
           "sys.stderr.write('RE:' + json.dumps(seen))")
    out = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, timeout=60, env=env)
    assert json.loads(out.stdout)["indicators"]
    assert json.loads(out.stderr.rsplit("RE:", 1)[-1]) == []


def test_help_does_not_load_rich():
    """typer renders help with rich when it is installed: its import costs more than a rules run."""
    code = ("import sys\nimport fgqa.cli\nsys.argv=['fgqa','--help']\n"
            "try:\n    fgqa.cli.main()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write('LOADED:'+','.join(m for m in ('rich', 'typer.rich_utils') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "Usage: fgqa" in out.stdout and "summarize" in out.stdout
    assert out.stderr.endswith("LOADED:"), out.stderr[-300:]


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared is not beside the repo")
def test_eval_on_shared_gold_meets_the_floor():
    out = fgqa("eval", "--gold", str(SHARED / "gold"), "--corpus", str(SHARED / "corpus"), "--no-save", "--format", "json")
    assert out.returncode == 0, out.stderr
    rec = json.loads(out.stdout)
    fig = rec["scores"]["figures"]
    assert fig["overall"]["recall"] >= 0.90 and fig["overall"]["precision"] >= 0.95
    assert not fig["traps"]
    assert fig["docs_all_parts_right"]["num"] == fig["docs_all_parts_right"]["den"] == 5


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_eval_compare_exits_1_on_a_regression(tmp_path):
    baseline = ROOT / "evals" / "runs" / "baseline-rules.json"
    ok = fgqa("eval", "--compare", str(baseline), "--no-save")
    assert ok.returncode == 0, ok.stderr[-500:]
    # a baseline that claims a failing answer (or, with every answer right, a missed figure) once
    # passed: the new run must be reported as worse
    record = json.loads(baseline.read_text(encoding="utf-8"))
    failing = next((r for r in record["qa"] if r["status"] == "fail"), None)
    if failing is not None:
        failing["status"] = "pass"
        qa = record["scores"]["qa"]["overall"]
        qa["num"] += 1
        qa["share"] = qa["num"] / qa["den"]
        metric, named = "qa_accuracy", failing["id"]
    else:
        missed = next(o for o in record["outcomes"] if o["status"] == "missed")
        missed["status"], missed["predicted_value"] = "found", missed["gold_value"]
        overall = record["scores"]["figures"]["overall"]
        overall["found"] += 1
        overall["recall"] = overall["found"] / overall["gold"]
        metric, named = "recall", missed["key"]
    better = tmp_path / "better.json"
    better.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    out = fgqa("eval", "--compare", str(better), "--no-save", "--tolerance", "0")
    assert out.returncode == 1
    assert f"regression: {metric}" in out.stderr and named in out.stdout


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("where, engine_line, expected", [
    ("FGQA_CONFIG", "", "hybrid"),
    ("XDG_CONFIG_HOME", "", "hybrid"),  # the default location, no environment variable naming it
    ("FGQA_CONFIG", 'engine = "rules"', "rules"),
])
def test_with_only_a_config_file_every_command_agrees_on_the_engine(tmp_path, where, engine_line, expected):
    # an endpoint on a closed port: the llm reading falls back to rules at once, the engine name stays
    config = tmp_path / "xdg" / "fgqa" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'[llm]\n{engine_line}\nbase_url = "http://127.0.0.1:{_closed_port()}/v1"\nmodel = "m"\n'
                      f'max_retries = 0\ntimeout = 2\ncache_dir = "{(tmp_path / "cache").as_posix()}"\n', encoding="utf-8")
    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    gold.mkdir(), corpus.mkdir()
    (gold / "a_city_plain.gold.json").write_bytes((ROOT / "evals" / "gold" / "a_city_plain.gold.json").read_bytes())
    (corpus / "a_city_plain.txt").write_bytes((FIXTURES / "a_city_plain.txt").read_bytes())
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    if where == "FGQA_CONFIG":
        env = {"FGQA_CONFIG": str(config.rename(tmp_path / "fgqa.toml")), "XDG_CONFIG_HOME": str(tmp_path / "none")}
    report = str(FIXTURES / "a_city_plain.txt")

    shown = fgqa("config", "--json", env=env)
    summary = fgqa("summarize", report, "--format", "json", env=env)
    answers = fgqa("ask", "败诉率是多少", report, "--format", "json", env=env)
    run = fgqa("eval", "--gold", str(gold), "--corpus", str(corpus), "--no-save", "--format", "json", env=env)
    for out in (shown, summary, answers, run):
        assert out.returncode == 0, out.stderr[-400:]
    engines = {"config": json.loads(shown.stdout)["engine"], "summarize": json.loads(summary.stdout)["engine"],
               "ask": json.loads(answers.stdout)["engine"], "eval": json.loads(run.stdout)["provenance"]["engine"]}
    assert engines == dict.fromkeys(engines, expected)
    assert json.loads(shown.stdout)["sources"]["engine"].startswith("file " if engine_line else "default: an endpoint")
