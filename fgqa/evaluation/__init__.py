"""Evaluation: score summaries and answers against the hand-made gold set, keep run
records, diff two runs and render reports.

gold (load) → scoring (figures, parts, grounding) + qa (answers) → runs (RunRecord,
save/find) → compare (diff two records) → report (text / Markdown / JSON).
"""

from fgqa.evaluation.compare import Comparison, compare_runs
from fgqa.evaluation.gold import GoldFile, GoldQuestion, load_gold_dir, load_questions
from fgqa.evaluation.qa import QAResult, score_answer
from fgqa.evaluation.report import render_json, render_markdown, render_text
from fgqa.evaluation.runs import RunRecord, find_last_run, load_run, run_eval, save_run
from fgqa.evaluation.scoring import DocScore, Scores, aggregate, score_document

__all__ = [
    "Comparison", "DocScore", "GoldFile", "GoldQuestion", "QAResult", "RunRecord", "Scores", "aggregate",
    "compare_runs", "find_last_run", "load_gold_dir", "load_questions", "load_run", "render_json",
    "render_markdown", "render_text", "run_eval", "save_run", "score_answer", "score_document",
]
