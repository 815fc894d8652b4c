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

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Quote:
        """A quote as `as_json` wrote it (its offsets are not stored: 0)."""
        return cls(
            text=str(data["text"]),
            source=_source(data["source"]),
            start=0,
            end=0,
            score=float(data.get("score", 0.0)),
            also_in=tuple(_source(s) for s in data.get("also_in", ())),
            speaker=data.get("speaker"),
            side=data.get("side"),
        )


def _source(data: dict[str, Any]) -> Source:
    return Source(
        id=str(data["id"]),
        outlet=str(data["outlet"]),
        title=data.get("title"),
        url=data.get("url"),
        published=data.get("published"),
    )


@dataclasses.dataclass(frozen=True)
class Answer:
    """Quotes answering a question; `abstained` means the articles do not answer it."""

    question: str
    quotes: tuple[Quote, ...]
    abstained: bool
    disputed: bool = False
    index_version: str = ""
    missing: tuple[str, ...] = ()  # when abstaining: named things of the question that no article mentions
    lacks: str = ""  # when abstaining: the kind of answer no quote holds ("date", "place", "name of the pilot")
    more: tuple[Quote, ...] = ()  # further quotes that passed the relevance cut but did not fit ("More quotes")
    unquoted: str = ""  # when abstaining: whose words were asked for ("What did X say?") that no article gives
    read_as: str = ""  # the question as answered, when a name in it was read as the articles spell it

    def as_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "abstained": self.abstained,
            "disputed": self.disputed,
            "missing": list(self.missing),
            "lacks": self.lacks,
            "unquoted": self.unquoted,
            "read_as": self.read_as,
            "quotes": [q.as_json() for q in self.quotes],
            "more": [q.as_json() for q in self.more],
            "index_version": self.index_version,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Answer:
        """An answer as `as_json` wrote it (a stored answer, read back for its buttons)."""
        return cls(
            question=str(data["question"]),
            quotes=tuple(Quote.from_json(q) for q in data.get("quotes", ())),
            abstained=bool(data["abstained"]),
            disputed=bool(data.get("disputed", False)),
            index_version=str(data.get("index_version", "")),
            missing=tuple(data.get("missing", ())),
            lacks=str(data.get("lacks", "")),
            unquoted=str(data.get("unquoted", "")),
            read_as=str(data.get("read_as", "")),
            more=tuple(Quote.from_json(q) for q in data.get("more", ())),
        )
