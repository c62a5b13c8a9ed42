"""What the model is asked to fill in when it answers a question (the response model)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class QuotedAnswer(BaseModel):
    """What the model returns: an answer and the sentences it rests on."""

    answer: str = Field(description="一句话回答")
    points: list[str] = Field(default_factory=list, max_length=8)
    quotes: list[str] = Field(default_factory=list, max_length=8)
