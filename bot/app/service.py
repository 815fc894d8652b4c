"""The application layer: the product's verbs over the engine, the records, the answerer and the cooldowns.

Ask and follow up, the sources and the timeline, an answer kept and its pin, votes and further quotes, the
pins and the report, a conversation's thread, adding and removing an article. The Discord cogs and the
command line are adapters over it: they turn a slash command, a button or a shell line into one of these
calls, and its result into a message.
Blocking verbs (the records, the index) are plain methods, for the shell and for `asyncio.to_thread`; asking
is awaited, for the answerer batches questions on the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import gc
import logging
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bot.app.answerer import Answerer
from bot.app.articles import add_articles, batch_preview, remove_article
from bot.app.cooldown import Cooldown
from bot.app.records import PinRecord, RecordStore, RecordsUnavailable
from bot.app.refusals import Refusal
from bot.app.report import Report, build_report
from bot.app.storage import engine_for, follow_articles, member_cooldown, record_store
from bot.config import Config
from index import ingest
from index.answer import Answer
from index.builder import ProcessBuilder
from index.chunking import Sentence
from index.corpus import Article, Source
from index.engine import Engine
from index.followup import becomes_context, quoted, read_against
from index.timeline import Event

log = logging.getLogger(__name__)

THREAD_RATE = 10  # follow-ups one thread takes a minute, whoever asks (each member's own cooldown applies too)


@dataclasses.dataclass(frozen=True)
class Asker:
    """Who asks and where, as Discord numbers them (None: not in a server, or from the shell)."""

    user_id: int | None = None
    guild_id: int | None = None
    channel_id: int | None = None


@dataclasses.dataclass(frozen=True)
class Asked:
    """An answer and the id it is kept under (its buttons and pins name it)."""

    answer: Answer
    answer_id: str


def settle() -> None:
    """Once what a process keeps for good is loaded (the index, the model, the tagger): take it out of the garbage
    collector's full passes (gc.freeze), which otherwise walk its half a million objects each time and hold every
    thread, the event loop's too, for about 250 ms (measured here); new objects are collected as before."""
    gc.collect()
    gc.freeze()


class Service:
    """One per process: owns the engine, the records, the answerer and the members' cooldowns."""

    def __init__(self, config: Config, engine: Engine | None = None, records: RecordStore | None = None) -> None:
        self.config = config
        self.engine = engine or engine_for(config)  # the articles are the engine's store: it reads, we write
        self.records = records or record_store(config)
        self.answerer = Answerer(self.engine)
        self.cooldown = member_cooldown(config)  # with a database, one member is one member on every machine
        self.thread_cooldown = Cooldown(THREAD_RATE, 60.0)  # follow-ups a minute in one thread, all members
        self._unfollow: Callable[[], None] | None = None

    async def start(self) -> None:
        """Open the records (answering goes on without them) and load the index, then take questions."""
        try:
            await asyncio.to_thread(self.records.open)
        except RecordsUnavailable as exc:  # answers are kept in memory and written once the file can be
            log.error("%s; answering anyway, pins and votes wait for the records", exc)
        if not self.engine.loaded:
            await asyncio.to_thread(self.engine.load)
        await asyncio.to_thread(self.engine.warm_up_questions)  # the first unusual question waits for nothing
        if self.config.index.build_apart:  # articles added from now on are indexed in a process of their own
            self.engine.build_apart(ProcessBuilder(self.config.index.model, self.config.index.batch_size))
        settle()
        self._unfollow = follow_articles(self.config, self.engine)  # articles other machines add or remove
        self.answerer.start()

    async def stop(self) -> None:
        """Stop taking questions (the records stay open for what the edges still write: see `close`)."""
        await self.answerer.stop()
        builder = self.engine.builder
        if builder is not None:
            self.engine.build_apart(None)
            builder.close()
        if self._unfollow is not None:
            await asyncio.to_thread(self._unfollow)
            self._unfollow = None

    def close(self) -> None:
        self.records.close()

    @contextlib.contextmanager
    def records_open(self) -> Iterator[Service]:
        """The service with its records open for a block (a shell command's use), closed after it;
        RecordsUnavailable when they can't be opened. The index is not loaded: pins and the report need none."""
        self.records.open()
        try:
            yield self
        finally:
            self.records.close()

    # --- asking -----------------------------------------------------------------------------------------

    def answer(self, question: str) -> Answer:
        """An answer now, not kept (the shell's questions are nobody's in a server); EmptyQuestion or
        QuestionTooLong for what cannot be asked."""
        return self.engine.ask(question)

    def answer_many(self, questions: list[str]) -> list[Answer | Exception]:
        """Answers to several questions in one batch, not kept; a question that cannot be asked gets its error
        in its place, and the others are answered."""
        return self.engine.ask_many(questions)

    def admit(self, asker: Asker) -> None:
        """The server and channel settings, then the member's cooldown: Refusal says which stops the question.
        Blocking (with a database the cooldown is counted there): the edges call it in a thread."""
        settings = self.config.discord
        if settings.guilds and asker.guild_id not in settings.guilds:
            raise Refusal("I only answer in the servers I was set up for.")
        if settings.channels and asker.channel_id not in settings.channels:
            raise Refusal("I don't answer questions in this channel; please ask in one of my channels.")
        wait = self.cooldown.retry_after(asker.user_id or 0)
        if wait > 0:
            raise Refusal(f"You're asking quickly! Please wait {max(1, round(wait))} s before the next question.")

    def admit_in_thread(self, thread_id: int) -> None:
        """A thread's own rate, whoever asks in it."""
        wait = self.thread_cooldown.retry_after(thread_id)
        if wait > 0:
            raise Refusal(f"This thread is moving fast! Please wait {max(1, round(wait))} s, then ask again.")

    async def ask(self, question: str, asker: Asker) -> Asked:
        """The answer, kept. Every answer is recorded, abstentions too (the report shows where the articles have
        gaps); recording never fails or waits long: one the records can't take now is kept until they can."""
        answer = await self.answerer.ask(question)
        return Asked(answer, await asyncio.to_thread(self.keep, answer, asker))

    def keep(self, answer: Answer, asker: Asker) -> str:
        return self.records.save_answer(answer, asker.guild_id, asker.channel_id, asker.user_id)

    def conversation(self, thread_id: int) -> tuple[dict[str, Any], str] | None:
        """The answer a thread's next follow-up is read against, and when the thread was last asked in."""
        return self.records.thread(thread_id)

    def following(self, last: str) -> bool:
        """Whether a thread last asked in at `last` is still followed."""
        hours = self.config.discord.follow_up_hours
        return dt.datetime.fromisoformat(last) >= dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)

    async def follow_up(self, question: str, asker: Asker, thread_id: int, before: dict[str, Any]) -> Asked:
        """A follow-up in a thread: a quote already shown ("who said the second one?"), or a question asked with
        the one before; kept, and the thread's next follow-up is read against it when it is a new answer."""
        previous = Answer.from_json(before)
        wanted = await asyncio.to_thread(read_against, question, previous)
        if wanted.quote is not None:
            answer = quoted(question, previous, wanted.quote)
        else:
            answer = await self.answerer.ask(wanted.question)
        answer_id = await asyncio.to_thread(self.keep, answer, asker)
        context = answer_id if becomes_context(wanted, answer) else None
        await asyncio.to_thread(self.records.follow_up, thread_id, context)
        return Asked(answer, answer_id)

    # --- the articles -----------------------------------------------------------------------------------

    def sources(self) -> list[Source]:
        return self.engine.sources

    @property
    def index_version(self) -> str:
        return self.engine.version

    def timeline(self) -> tuple[list[Event], Callable[[Sentence], str]]:
        """The dated events in order, and who said each event's sentence."""
        return self.engine.timeline(), self.engine.speaker_of

    # --- answers kept -----------------------------------------------------------------------------------

    def stored(self, answer_id: str) -> Answer | None:
        """A kept answer, or None when the records have none by that id."""
        found = self.records.answer(answer_id)
        return Answer.from_json(found) if found is not None else None

    def check_writable(self) -> None:
        """RecordsUnavailable unless a pin could be recorded now (a pin that can't be is not made)."""
        self.records.check_writable()

    def record_pin(self, answer_id: str, message_id: int, channel_id: int, guild_id: int, user_id: int) -> PinRecord:
        return self.records.record_pin(answer_id, message_id, channel_id, guild_id, user_id)

    def vote(self, answer_id: str, user_id: int, helpful: bool) -> bool:
        """Record a member's vote (a second one replaces the first); False when no answer is kept by that id."""
        if self.records.answer(answer_id) is None:
            return False
        self.records.vote(answer_id, user_id, helpful)
        return True

    def thread_of(self, answer_id: str) -> int | None:
        return self.records.thread_of(answer_id)

    def open_thread(self, thread_id: int, answer_id: str, guild_id: int | None, opened_by: int) -> None:
        self.records.open_thread(thread_id, answer_id, guild_id, opened_by)

    # --- for moderators ---------------------------------------------------------------------------------

    def articles(self) -> dict[str, Article]:
        """The articles the index answers from now, by id."""
        return self.engine.index.articles

    def preview(self, draft: ingest.Draft, earlier: list[ingest.Draft]) -> ingest.Preview:
        """What adding `draft` would do (new, duplicate, reprint), checked against the articles and against
        `earlier` drafts of the same batch."""
        if not self.engine.loaded:
            return batch_preview(draft, [], None, earlier)  # an empty corpus: the first article
        index = self.engine.index
        return batch_preview(draft, list(index.articles.values()), index, earlier)

    def add(self, drafts: Sequence[ingest.Draft], who: str, details: Sequence[dict[str, Any]]) -> list[str]:
        """Add articles all-or-nothing (bot.app.articles): the articles, the index (only the new articles
        embedded) and a change record each, or none of them; where each article went."""
        engine = self.engine
        return add_articles(drafts, engine.store, self.records, who, details, engine.add, engine.load)

    def remove(self, article_id: str, who: str) -> str:
        """Take an article out all-or-nothing; where it is kept (the folder store: beside the records, in
        `removed/`)."""
        return remove_article(article_id, self.engine.store, self.records, who, self.engine.load)

    def changes(self) -> list[tuple[str, str, str, str, str]]:
        """Who added or removed which article, and when: (at, action, article id, who, detail), oldest first."""
        return self.records.changes()

    def pins(self, guild_id: int | None = None) -> list[PinRecord]:
        return self.records.pins(guild_id)

    def report(self, days: int, guild_id: int | None = None) -> Report:
        return build_report(self.records, days, guild_id)

    def suggestable(self, since: str) -> list[tuple[int | None, int | None, str]]:
        """The questions asked since `since` that the articles answered (for /ask's suggestions)."""
        return self.records.answered_questions(since)
