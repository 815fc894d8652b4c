"""The answer a question gets: quotes with their sources, or a plain abstention."""

from __future__ import annotations

import dataclasses
from typing import Any

from index.corpus import Source


@dataclasses.dataclass(frozen=True)
class Quote:
    """Words that stand verbatim in one article (`text == article.text[start:end]`), with who carried them."""

    text: str
    source: Source
    start: int
    end: int
    score: float
    also_in: tuple[Source, ...] = ()  # other outlets carrying the same passage
    speaker: str | None = None
    side: str | None = None  # "claim" | "denial" | "other"; set when the answer is disputed

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "source": self.source.as_json(),
            "score": round(self.score, 4),
            "speaker": self.speaker,
            "side": self.side,
            "also_in": [s.as_json() for s in self.also_in],
        }


@dataclasses.dataclass(frozen=True)
class Answer:
    """Quotes answering a question; `abstained` means the articles do not answer it."""

    question: str
    quotes: tuple[Quote, ...]
    abstained: bool
    disputed: bool = False
    index_version: str = ""
    missing: tuple[str, ...] = ()  # when abstaining: named things of the question that no article mentions
    lacks: str = ""  # when abstaining: the kind of answer asked for ("date", "place", ...) that no quote holds

    def as_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "abstained": self.abstained,
            "disputed": self.disputed,
            "missing": list(self.missing),
            "lacks": self.lacks,
            "quotes": [q.as_json() for q in self.quotes],
            "index_version": self.index_version,
        }
