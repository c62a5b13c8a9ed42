"""Corpus stage: many reports into one SQLite database (index), out as tables (export),
and questions asked across them (questions)."""
