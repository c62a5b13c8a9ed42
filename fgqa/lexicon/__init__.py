"""The lexicon: every word list and cue pattern fgqa reads reports and questions with, as data.

The files beside this module (indicators.toml, zero_claims.toml, kinds.toml, parts.toml,
questions.toml, places.toml, tables.toml, scopes.toml …; their schemas in schemas.py) are loaded once by `lexicon()`;
every reader gets its words from that one object.
"""

from fgqa.lexicon.load import Cue, Indicator, Lexicon, LexiconError, Part, lexicon, load_lexicon, using

__all__ = ["Cue", "Indicator", "Lexicon", "LexiconError", "Part", "lexicon", "load_lexicon", "using"]
