"""What the model is asked to fill in for one section, and how its answer is checked.

The models are small and flat on purpose: a 270M-parameter base model must be able to
fill them. Validation is lenient per item and strict per answer:

- an item that cannot be a figure (no quote, a value that is not a number…) is moved to
  `rejected` instead of failing the whole answer;
- a figure whose quote is not in the section, or whose value is not what its quote says,
  fails the answer while re-asks remain (instructor re-asks with our message), and on the
  last attempt is moved to `rejected` — so one bad figure never costs the whole reading;
- a missing `summary` or an answer that is not JSON fails the answer (instructor re-asks).

The grounding check needs the section text: it comes through pydantic's validation
context (`text`, `window`, and `attempt`/`max_reasks` to know which attempt this is).
Without a context (e.g. building objects in tests) only the item checks run.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from fgqa import re_cache
from fgqa.figures.grounding import locate, value_is_quoted
from fgqa.lexicon import lexicon
from fgqa.models import Qualifier

LlmKind = Literal["stated", "change", "target", "benchmark", "zero_claim"]

#: money keeps 万/亿 in its unit; every other count is expanded (the gold convention)
_MONEY_UNITS = frozenset({"万元", "亿元", "元"})
_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000}
_KIND_ALIASES = {"derived": "stated", "year": "stated", "zero": "zero_claim", "goal": "target"}
_QUALIFIER_ALIASES = {"more": "approx_more", "less": "approx_less", "approx": "approx_more"}


class FigureItem(BaseModel):
    """One number the section says, as the model read it (no span: we compute spans)."""

    model_config = ConfigDict(extra="ignore")

    quote: str = Field(description="从原文逐字复制的一小段话, 包含这个数字")
    value: float = Field(description="原文中的数字")
    unit: str = Field("", description="量词或单位, 如 件 份 人 万元 %")
    qualifier: Qualifier = Field("exact", description="exact | approx_more | approx_less")
    kind: LlmKind = Field("stated", description="stated | change | target | benchmark | zero_claim")
    key: str | None = Field(None, description="指标键名, 不确定时为 null")
    label: str = Field("", description="简短中文名称")
    scope: str | None = Field(None, description="数字属于谁, 报告单位本身为 null")

    @field_validator("quote")
    @classmethod
    def _quote_present(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("quote is empty")
        return value

    @field_validator("key", mode="before")
    @classmethod
    def _known_key(cls, value: Any) -> str | None:
        # a key outside the taxonomy is the model's guess, not an indicator
        if isinstance(value, str) and value.strip() in lexicon().indicators:
            return value.strip()
        return None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_alias(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower()
            return _KIND_ALIASES.get(value, value)
        return value

    @field_validator("qualifier", mode="before")
    @classmethod
    def _qualifier_alias(cls, value: Any) -> Any:
        if value is None:
            return "exact"
        if isinstance(value, str):
            value = value.strip().lower()
            return _QUALIFIER_ALIASES.get(value, value)
        return value

    @field_validator("unit", "label", mode="before")
    @classmethod
    def _text_or_empty(cls, value: Any) -> str:
        return "" if value is None else str(value).strip()

    @field_validator("scope", mode="before")
    @classmethod
    def _scope_or_none(cls, value: Any) -> str | None:
        text = "" if value is None else str(value).strip()
        return None if text.lower() in ("", "null", "none") else text

    @model_validator(mode="after")
    def _expand_multiplier(self) -> FigureItem:
        # "3万余人" written as value 3, unit 万人 → 30000 人 (money keeps 万元)
        unit = self.unit
        if unit and unit not in _MONEY_UNITS and unit[0] in _MULTIPLIERS and len(unit) > 1:
            self.value = self.value * _MULTIPLIERS[unit[0]]
            self.unit = unit[1:]
        if self.unit == "％":
            self.unit = "%"
        return self


#: figures read of one answer at most (a section states a few dozen; the rest are refused)
MAX_FIGURES_PER_CALL = 60

#: the output-format example's filler: a small model copies it verbatim, and it says nothing
PROMPT_PLACEHOLDERS = frozenset({"本节概括", "要点一", "要点二"})


class SectionReading(BaseModel):
    """The model's reading of one section: a summary, key points and the figures it says."""

    model_config = ConfigDict(extra="ignore")

    summary: str = Field(description="一两句话概括本节")
    key_points: list[str] = Field(default_factory=list, description="不超过5条要点")
    figures: list[FigureItem] = Field(default_factory=list, description="本节原文中的重要数字")
    #: items we dropped, with the reason (filled by the validators, never by the model)
    rejected: SkipJsonSchema[list[str]] = Field(default_factory=list)

    @field_validator("summary")
    @classmethod
    def _not_placeholder(cls, value: str) -> str:
        return "" if value.strip() in PROMPT_PLACEHOLDERS else value.strip()

    @field_validator("key_points", mode="before")
    @classmethod
    def _points_list(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list):
            points = (str(v).strip() for v in value if v is not None)
            return [p for p in points if p and p not in PROMPT_PLACEHOLDERS]
        return value

    @model_validator(mode="before")
    @classmethod
    def _keep_valid_items(cls, data: Any) -> Any:
        """Move items that cannot be figures to `rejected` instead of failing the answer."""
        if not isinstance(data, dict):
            return data
        raw = data.get("figures")
        if raw is None:
            return {**data, "figures": []}
        if not isinstance(raw, list):
            return {**data, "figures": [], "rejected": [*data.get("rejected", []), "figures is not a list"]}
        kept: list[Any] = []
        rejected = list(data.get("rejected") or [])
        if len(raw) > MAX_FIGURES_PER_CALL:
            rejected += [f"figures[{i}]: over {MAX_FIGURES_PER_CALL} figures in one answer"
                         for i in range(MAX_FIGURES_PER_CALL, len(raw))]
            raw = raw[:MAX_FIGURES_PER_CALL]
        for index, item in enumerate(raw):
            try:
                kept.append(FigureItem.model_validate(item))
            except ValidationError as err:
                problem = err.errors()[0]
                where = ".".join(str(p) for p in problem["loc"]) or "item"
                rejected.append(f"figures[{index}]: {where}: {problem['msg']}")
        return {**data, "figures": kept, "rejected": rejected}

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> SectionReading:
        context = info.context if isinstance(info.context, dict) else None
        if not context or "text" not in context:
            return self
        context["attempt"] = int(context.get("attempt", 0)) + 1
        last_attempt = context["attempt"] > int(context.get("max_reasks", 0))
        text: str = context["text"]
        window = tuple(context.get("window") or (0, len(text)))
        problems: list[tuple[int, str]] = []
        for index, fig in enumerate(self.figures):
            problem = grounding_problem(fig, text, window)
            if problem:
                problems.append((index, problem))
        if not problems:
            return self
        if not last_attempt:
            lines = "\n".join(f"- figures[{i}] “{self.figures[i].quote[:60]}”: {p}" for i, p in problems)
            raise ValueError(
                "这些数字记录与原文不符, 请改正或删去 (quote 必须逐字复制原文, value 必须是 quote 中的数字):\n" + lines
            )
        bad = {i for i, _ in problems}
        self.rejected = [*self.rejected, *(f"figures[{i}] “{self.figures[i].quote[:60]}”: {p}" for i, p in problems)]
        self.figures = [f for i, f in enumerate(self.figures) if i not in bad]
        return self


def grounding_problem(fig: FigureItem, text: str, window: tuple[int, int]) -> str | None:
    """Why this item is not grounded in text[window] (None when it is)."""
    span = locate(fig.quote, text, window)
    if span is None:
        return "quote 不在本节原文中 (quote not found verbatim in the section)"
    return value_is_quoted(fig.value, fig.kind, text[span[0]:span[1]])


# --------------------------------------------------------------------------- the outline call

_SECTION_ID = re_cache.compile(r"^s\d+(?:\.\d+)*$")
_YEAR_IN = re_cache.compile(r"(20\d\d)")
OUTLINE_PARTS = ("measures", "shortcomings", "leadership", "plans")


class OutlineReading(BaseModel):
    """The model's reading of a report's head, outline and end: who wrote it, which year,
    and which section holds each of the four parts. Asked only where the rules are unsure.

    Lenient per field: a value that is not grounded becomes null and is listed in
    `rejected` (an issuer not found verbatim in the text, a year the text never writes,
    a section id not in the outline). The answer as a whole only fails when it is not JSON.
    """

    model_config = ConfigDict(extra="ignore")

    issuer: str | None = Field(description="报告单位全称, 逐字复制原文, 没有写 null")
    year: int | None = Field(description="报告总结的年度, 如 2024, 没有写 null")
    measures: str | None = Field(description="主要举措和成效所在章节编号, 如 s1")
    shortcomings: str | None = Field(description="存在的不足所在章节编号")
    leadership: str | None = Field(description="主要负责人履行第一责任人职责所在章节编号")
    plans: str | None = Field(description="下一年度工作安排所在章节编号")
    #: values we dropped, with the reason (filled by the validators, never by the model)
    rejected: SkipJsonSchema[list[str]] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _shape(cls, data: Any) -> Any:
        """Normalize what a small model writes: "null" strings, "2024年度", " s3 "; move
        values of the wrong shape to `rejected` instead of failing the answer."""
        if not isinstance(data, dict):
            return data
        # every field is required in the schema (so a grammar-constrained model writes each
        # one), but a missing one is just null here
        out: dict[str, Any] = {"rejected": list(data.get("rejected") or []), "year": None}
        out.update(dict.fromkeys(OUTLINE_PARTS))
        out["issuer"] = _none_or_text(data.get("issuer"))
        year = _none_or_text(data.get("year"))
        if year is not None:
            m = _YEAR_IN.search(year)
            if m:
                out["year"] = int(m.group(1))
            else:
                out["rejected"].append(f"year: “{year[:20]}” is not a year")
        for part in OUTLINE_PARTS:
            value = _none_or_text(data.get(part))
            if value is None:
                continue
            if _SECTION_ID.match(value):
                out[part] = value
            else:
                out["rejected"].append(f"{part}: “{value[:20]}” is not a section id")
        return out

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> OutlineReading:
        context = info.context if isinstance(info.context, dict) else None
        if not context or "text" not in context:
            return self
        text: str = context["text"]
        ids = set(context.get("section_ids") or ())
        if self.issuer is not None and self.issuer not in text:
            self.rejected.append(f"issuer: “{self.issuer[:30]}” not found verbatim in the text")
            self.issuer = None
        if self.year is not None and not year_is_written(self.year, text):
            self.rejected.append(f"year: {self.year} is not written in the text")
            self.year = None
        for part in OUTLINE_PARTS:
            value = getattr(self, part)
            if value is not None and value not in ids:
                self.rejected.append(f"{part}: {value} is not a section of the outline")
                setattr(self, part, None)
        return self


def _none_or_text(value: Any) -> str | None:
    text = "" if value is None else str(value).strip()
    return None if text.lower() in ("", "null", "none", "无", "没有") else text


_CN_DIGITS = "〇一二三四五六七八九"


def year_is_written(year: int, text: str) -> bool:
    """Whether the text writes the year (2024年 or 二〇二四年)."""
    cn = "".join(_CN_DIGITS[int(d)] for d in str(year))
    return bool(re.search(rf"{year}\s*年|{cn}年|{cn.replace('〇', '零')}年", text))
