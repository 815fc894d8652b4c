"""What the application asks of its records, one small interface per concern, whatever holds them.

A method that cannot reach the records raises RecordsUnavailable, whose message is one line for a member or
an operator, except `AnswerLog.save_answer`, which never fails: an answer that cannot be written now is kept
and written with a later write.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol

from index.answer import Answer

Change = tuple[str, str, str, dict[str, Any]]  # (action "add" | "remove", article id, who, detail)


class RecordsUnavailable(Exception):
    """The records cannot be read or written now; the message says which records and why, in one line."""


@dataclasses.dataclass(frozen=True)
class PinRecord:
    """Who pinned which answer, when, and on which version of the corpus and index."""

    answer_id: str
    question: str
    quotes: tuple[dict[str, Any], ...]
    message_id: int
    channel_id: int
    guild_id: int | None
    pinned_by: int
    index_version: str
    pinned_at: str


class Writable(Protocol):
    def check_writable(self) -> None:
        """RecordsUnavailable unless a write could be made now: a change asks this before it touches anything."""
        ...


class AnswerLog(Protocol):
    """Every answer given, abstentions too."""

    @property
    def unsaved(self) -> int:
        """How many answers wait in memory for the records to be writable again."""
        ...

    def save_answer(self, answer: Answer, guild_id: int | None, channel_id: int | None, user_id: int | None) -> str:
        """Keep an answer; its id (for buttons and pins). Never fails and never waits long."""
        ...

    def answer(self, answer_id: str) -> dict[str, Any] | None:
        """A kept answer as JSON, or None."""
        ...


class Activity(Protocol):
    """What members asked and how they voted, over a time (the report, the suggestions)."""

    def asked_since(self, since: str, guild_id: int | None = None) -> list[tuple[str, bool, str, str]]:
        """(question, abstained, created_at, answer id) of every answer given since an ISO time."""
        ...

    def answered_questions(self, since: str) -> list[tuple[int | None, int | None, str]]:
        """(guild id, member id, question) of every question the articles answered since an ISO time."""
        ...

    def voted_not_helpful_since(self, since: str, guild_id: int | None = None) -> list[tuple[str, str, int, int]]:
        """(answer id, question, helpful, not helpful) for answers voted not helpful more than helpful."""
        ...


class PinBoard(Writable, Protocol):
    """Pins and votes on kept answers."""

    def record_pin(
        self, answer_id: str, message_id: int, channel_id: int, guild_id: int | None, pinned_by: int
    ) -> PinRecord:
        """Record a pin (the same message again keeps the first record); KeyError when no such answer."""
        ...

    def pins(self, guild_id: int | None = None) -> list[PinRecord]: ...

    def vote(self, answer_id: str, user_id: int, helpful: bool) -> None:
        """One vote per member and answer; voting again changes it."""
        ...

    def votes(self, answer_id: str) -> tuple[int, int]:
        """(helpful, not helpful) for an answer."""
        ...


class ChangeLog(Writable, Protocol):
    """Who added or removed which article, and when."""

    def record_change(self, action: str, article_id: str, who: str, detail: dict[str, Any]) -> None: ...

    def record_changes(self, changes: list[Change]) -> None:
        """Several changes in one transaction: all recorded or none."""
        ...

    def changes(self) -> list[tuple[str, str, str, str, str]]:
        """(at, action, article id, who, detail as JSON), oldest first."""
        ...


class FeedLedger(ChangeLog, Protocol):
    """The feeds watched: each feed's state, each item seen and what became of it."""

    def feed_state(self, url: str) -> tuple[str | None, str | None, int, str | None]:
        """(ETag, Last-Modified, failures in a row, next time to read it); nothing known: Nones."""
        ...

    def save_feed_state(
        self, url: str, etag: str | None, modified: str | None, failures: int, next_at: str, error: str | None
    ) -> None: ...

    def feed_items_seen(self, ids: list[str]) -> set[str]: ...

    def record_feed_item(
        self, item_id: str, link: str, feed: str, title: str, status: str, detail: str, draft: dict[str, Any] | None
    ) -> None: ...

    def feed_item(self, item_id: str) -> dict[str, Any] | None: ...

    def unposted_proposals(self) -> list[str]: ...

    def mark_posted(self, item_id: str, message_id: int) -> None: ...

    def decide_feed_item(self, item_id: str, status: str, who: str, change: Change | None = None) -> bool:
        """Mark a proposal added or skipped, with `change` in the change log in the same transaction; False
        if it was decided already (the first decision stands)."""
        ...


class ThreadLog(Protocol):
    """Conversations: threads opened on answers, and the answer each thread's follow-ups are read against."""

    def open_thread(self, thread_id: int, answer_id: str, guild_id: int | None, opened_by: int) -> None: ...

    def thread_of(self, answer_id: str) -> int | None: ...

    def thread(self, thread_id: int) -> tuple[dict[str, Any], str] | None: ...

    def follow_up(self, thread_id: int, context_id: str | None) -> None: ...


class RecordStore(AnswerLog, Activity, PinBoard, FeedLedger, ThreadLog, Protocol):
    """All the records, opened once per process (or per command) and closed at the end."""

    def open(self) -> RecordStore:
        """Open (and create) the records; RecordsUnavailable when they cannot be used."""
        ...

    def close(self) -> None:
        """Write what waits in memory, if it can, and close."""
        ...


__all__ = [
    "Activity",
    "AnswerLog",
    "Change",
    "ChangeLog",
    "FeedLedger",
    "PinBoard",
    "PinRecord",
    "RecordStore",
    "RecordsUnavailable",
    "ThreadLog",
]
