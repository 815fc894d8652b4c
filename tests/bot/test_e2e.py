"""End to end: the real bot and discord.py client over real sockets, against the Discord emulator."""

from __future__ import annotations

import asyncio
import json
import re
from typing import cast

import pytest

from bot.discord_edge.client import QuoteBot
from tests.bot.conftest import BotFactory
from tests.discord_emulator import MEMBER_PERMS, MODERATOR_PERMS, DiscordEmulator, snowflake, user


@pytest.fixture(params=["sqlite", "postgres"])
def records_in(request: pytest.FixtureRequest) -> str:
    """Every test here runs with the records in SQLite and in PostgreSQL, except what is SQLite's own."""
    return str(request.param)


def _sqlite_only(records_in: str) -> None:
    if records_in != "sqlite":
        pytest.skip("about the SQLite file (PostgreSQL's faults are tested in tests/bot/app)")


def _pin_id(message: dict) -> str:  # type: ignore[type-arg]
    ids = [c.get("custom_id", "") for row in message["components"] for c in row["components"]]
    pins = [i for i in ids if i.startswith("answer:pin:")]
    assert len(pins) == 1, ids
    return pins[0]


async def test_connects_and_registers_its_commands(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """The bot identifies on the gateway and registers /ask, /sources and the message command."""
    assert emulator.identifies == 1
    names = {(c["name"], c.get("type", 1)) for c in emulator.commands}
    assert {("ask", 1), ("sources", 1), ("Ask the articles", 3)} <= names
    ask = next(c for c in emulator.commands if c["name"] == "ask")
    assert ask["options"][0]["name"] == "question" and ask["options"][0]["max_length"] == 6000


async def test_ask_answers_with_quotes_and_sources(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """/ask is acknowledged within 3 s, then answered by an embed of block quotes with linked sources."""
    iid = await emulator.slash("ask", {"question": "Who called the Russian claim propaganda?"})
    message = await emulator.original(iid)
    assert emulator.callbacks[iid]["type"] == 5  # deferred: "thinking..."
    assert emulator.callback_times[iid] - emulator.dispatched_at[iid] < 3.0
    embed = message["embeds"][0]
    assert embed["title"].startswith("Q: Who called the Russian claim propaganda?")
    description = embed["description"]
    assert "\n> " in "\n" + description and "Dorrian" in description and "propaganda" in description
    assert re.search(r"\*\*[^*]+\*\*, \[[^\]]+\]\(https?://", description)  # **Outlet**, [Title](url)
    assert len(description) <= 4096
    _pin_id(message)


async def test_an_unanswerable_question_gets_a_plain_abstention(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    iid = await emulator.slash("ask", {"question": "Write a poem about autumn."})
    message = await emulator.original(iid)
    assert "The articles don't answer that." in message["embeds"][0]["description"]
    assert "> " not in message["embeds"][0]["description"]
    assert not message["components"]


async def test_a_question_about_something_never_mentioned_names_it(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """The abstention says which named thing no article mentions, and quotes nothing."""
    iid = await emulator.slash("ask", {"question": "What is the price of Bitcoin?"})
    description = (await emulator.original(iid))["embeds"][0]["description"]
    assert "The articles don't mention \u201cBitcoin\u201d." in description
    assert "> " not in description


async def test_the_message_command_answers_a_members_message(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """'Ask the articles' on a member's message takes its text as the question and links back to it."""
    target = emulator.member_message("did the pentagon deny that it coordinated strikes with russia?")
    iid = await emulator.message_command("Ask the articles", target)
    message = await emulator.original(iid)
    embed = message["embeds"][0]
    assert "did the pentagon deny" in embed["title"].lower()
    assert "not coordinating airstrikes" in embed["description"] or "denied" in embed["description"]
    assert embed["url"].endswith(f"/{emulator.channel_id}/{target['id']}")


async def test_a_moderator_pins_and_the_pin_is_recorded(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """The Pin button pins the answer for a member with Manage Messages and records who, what and on which index."""
    iid = await emulator.slash("ask", {"question": "What did Pentagon spokesman Eric Pahon say?"})
    message = await emulator.original(iid)
    click = await emulator.click(message["id"], _pin_id(message), author=emulator.moderator, perms=MODERATOR_PERMS)
    reply = await emulator.ephemeral_reply(click)
    assert reply.startswith("Pinned")
    assert emulator.pins[emulator.channel_id] == [message["id"]]
    records = bot.records.pins()
    assert len(records) == 1
    record = records[0]
    assert record.message_id == int(message["id"]) and record.pinned_by == int(emulator.moderator["id"])
    assert record.index_version == bot.engine.version and record.question.startswith("What did Pentagon")
    assert record.quotes and all("text" in q and "source" in q for q in record.quotes)


async def test_a_member_without_manage_messages_is_refused(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """The permission is checked on the server side: a click without Manage Messages pins nothing."""
    iid = await emulator.slash("ask", {"question": "What is Airwars?"})
    message = await emulator.original(iid)
    click = await emulator.click(message["id"], _pin_id(message), author=emulator.member, perms=MEMBER_PERMS)
    reply = await emulator.ephemeral_reply(click)
    assert "manage messages" in reply.lower()
    assert not emulator.sent("PUT", r"/pins/") and bot.records.pins() == []


async def test_the_pin_button_works_after_a_restart(bots: BotFactory, emulator: DiscordEmulator) -> None:
    """An answer given before a restart can still be pinned by its button afterwards."""
    first = await bots.start()
    iid = await emulator.slash("ask", {"question": "Where is al-Bab?"})
    message = await emulator.original(iid)
    await bots.stop(first)

    second = await bots.start()
    click = await emulator.click(message["id"], _pin_id(message), author=emulator.moderator, perms=MODERATOR_PERMS)
    assert (await emulator.ephemeral_reply(click)).startswith("Pinned")
    assert [p.message_id for p in second.records.pins()] == [int(message["id"])]


async def test_everyone_in_a_question_pings_nobody(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """A question with @everyone and role or user mentions comes back escaped, and nothing may ping."""
    question = "@everyone <@&123456789012345678> <@111111111111111111> what did Eric Pahon say?"
    iid = await emulator.slash("ask", {"question": question})
    message = await emulator.original(iid)
    title = message["embeds"][0]["title"]
    assert "@everyone" not in title and "<@&" not in title and "<@1" not in title
    bot_writes = [
        r
        for r in emulator.requests
        if r.method in ("POST", "PATCH")
        and isinstance(r.body, dict)
        and ("embeds" in r.body or "content" in r.body or "data" in r.body)
    ]
    assert bot_writes
    for r in bot_writes:
        body = r.body.get("data", r.body) if r.path.endswith("/callback") else r.body
        if "content" in body or "embeds" in body:
            assert body.get("allowed_mentions") == {"parse": []}, (r.path, body)


async def test_a_429_on_sending_the_answer_is_retried(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """Discord rate-limits the answer's edit once; the bot waits and the answer still arrives."""
    emulator.rate_limit("PATCH", r"/messages/@original$", retry_after=0.3)
    iid = await emulator.slash("ask", {"question": "What is Airwars?"})
    message = await emulator.original(iid)
    assert "Airwars" in message["embeds"][0]["description"]
    assert len(emulator.sent("PATCH", r"/messages/@original$")) == 2


async def test_a_full_pin_list_gets_a_clear_message(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    emulator.pin_limit = 0
    iid = await emulator.slash("ask", {"question": "What is Airwars?"})
    message = await emulator.original(iid)
    click = await emulator.click(message["id"], _pin_id(message), author=emulator.moderator, perms=MODERATOR_PERMS)
    assert "limit of pinned messages" in await emulator.ephemeral_reply(click)
    assert bot.records.pins() == []


async def test_missing_bot_permission_to_pin_gets_a_clear_message(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    emulator.bot_can_pin = False
    iid = await emulator.slash("ask", {"question": "What is Airwars?"})
    message = await emulator.original(iid)
    click = await emulator.click(message["id"], _pin_id(message), author=emulator.moderator, perms=MODERATOR_PERMS)
    assert "I need the **Manage Messages** permission" in await emulator.ephemeral_reply(click)


async def test_a_fast_asker_gets_the_cooldown_and_others_are_served(
    bots: BotFactory, emulator: DiscordEmulator
) -> None:
    await bots.start(cooldown_rate=1, cooldown_seconds=60.0)
    first = await emulator.slash("ask", {"question": "What is Airwars?"})
    await emulator.original(first)
    second = await emulator.slash("ask", {"question": "Where is al-Bab?"})
    assert "wait" in (await emulator.ephemeral_reply(second)).lower()
    other = await emulator.slash("ask", {"question": "Where is al-Bab?"}, author=user(snowflake(), "other"))
    assert "Aleppo" in (await emulator.original(other))["embeds"][0]["description"]


async def test_sources_lists_the_articles(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    iid = await emulator.slash("sources")
    await emulator.wait_for(lambda: iid in emulator.callbacks, what="/sources")
    embed = emulator.callbacks[iid]["data"]["embeds"][0]
    for outlet in ("RFE/RL", "ZeroHedge", "Breitbart News", "Polygraph.info", "Foxtrot Alpha"):
        assert outlet in embed["description"]
    assert embed["description"].count("https://") + embed["description"].count("http://") == 5


async def test_an_error_gives_a_short_apology_and_logs_the_traceback(
    bot: QuoteBot, emulator: DiscordEmulator, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Something breaks inside /ask: the member gets an ephemeral apology, the log the traceback."""

    async def broken(question: str) -> None:
        raise RuntimeError("index exploded")

    monkeypatch.setattr(bot.answerer, "ask", broken)
    iid = await emulator.slash("ask", {"question": "What is Airwars?"})
    reply = await emulator.ephemeral_reply(iid)
    assert reply.startswith("Sorry, something went wrong") and "Traceback" not in reply and "exploded" not in reply
    assert any(r.exc_info and "index exploded" in str(r.exc_info[1]) for r in caplog.records)
    # The public "thinking..." message is removed, so nothing but the apology remains.
    assert emulator.sent("DELETE", r"/messages/@original$")
    everything = json.dumps([m for m in emulator.messages.values()])
    assert "Traceback" not in everything


async def test_a_channel_it_is_not_set_up_for_is_refused(bots: BotFactory, emulator: DiscordEmulator) -> None:
    await bots.start(channels=(123,))
    iid = await emulator.slash("ask", {"question": "What is Airwars?"})
    assert "this channel" in await emulator.ephemeral_reply(iid)
    await asyncio.sleep(0.1)
    assert iid not in [m.get("_interaction_id") for m in emulator.messages.values() if m.get("embeds")]


async def test_timeline_lists_dates_in_order(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    iid = await emulator.slash("timeline")
    await emulator.wait_for(lambda: iid in emulator.callbacks, what="/timeline")
    description = emulator.callbacks[iid]["data"]["embeds"][0]["description"]
    positions = [
        description.find(d) for d in ("September 2015", "24 August 2016", "21 January 2017", "24 January 2017")
    ]
    assert -1 not in positions and positions == sorted(positions)
    assert len(description) <= 4096


async def test_a_disputed_answer_shows_each_side_under_its_heading_with_speakers(
    bot: QuoteBot, emulator: DiscordEmulator
) -> None:
    iid = await emulator.slash("ask", {"question": "Did the coalition headquarters send coordinates to Hmeymim?"})
    description = (await emulator.original(iid))["embeds"][0]["description"]
    assert "The sources conflict on this." in description
    claimed, denied = description.find("What is claimed"), description.find("What is denied")
    assert 0 < claimed < denied
    assert "Ministry of Defense**:" in description or "Defense Ministry**:" in description


async def test_answers_go_on_while_another_process_locks_the_records(
    bots: BotFactory, emulator: DiscordEmulator, monkeypatch: pytest.MonkeyPatch, records_in: str
) -> None:
    """The records are locked: /ask still answers, with its buttons; Pin says why it can't and pins nothing;
    once the lock is gone the kept answer is written and the same button pins it."""
    _sqlite_only(records_in)
    import sqlite3

    from bot.app.records.sqlite import base as records_module

    monkeypatch.setattr(records_module, "BUSY_WAIT", 0.2)
    bot = await bots.start()
    holder = sqlite3.connect(bots.db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        iid = await emulator.slash("ask", {"question": "What did Pentagon spokesman Eric Pahon say?"})
        message = await emulator.original(iid)
        assert "not coordinating airstrikes" in message["embeds"][0]["description"]
        assert bot.records.unsaved == 1
        click = await emulator.click(message["id"], _pin_id(message), author=emulator.moderator, perms=MODERATOR_PERMS)
        assert "records can't be written right now" in await emulator.ephemeral_reply(click)
        assert not emulator.sent("PUT", r"/pins/")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    click = await emulator.click(message["id"], _pin_id(message), author=emulator.moderator, perms=MODERATOR_PERMS)
    assert (await emulator.ephemeral_reply(click)).startswith("Pinned")
    assert bot.records.unsaved == 0 and [p.message_id for p in bot.records.pins()] == [int(message["id"])]


async def test_a_damaged_records_file_does_not_stop_the_bot_answering(
    bots: BotFactory, emulator: DiscordEmulator, records_in: str
) -> None:
    _sqlite_only(records_in)
    bots.db.write_bytes(b"not a database\n" * 400)
    bot = await bots.start()
    iid = await emulator.slash("ask", {"question": "Where is al-Bab?"})
    message = await emulator.original(iid)
    assert "al-Bab" in message["embeds"][0]["description"] and bot.records.unsaved == 1


async def test_a_mention_is_answered_in_a_reply_like_ask(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """@Bot and a question: the reply references the question's message, quotes with sources, the Pin button,
    a typing indicator meanwhile, and pings nobody (not even the asker)."""
    question = emulator.post(f"<@{bot.user.id}> what did Pentagon spokesman Eric Pahon say?")  # type: ignore[union-attr]
    message = await question
    (reply,) = await emulator.wait_for(lambda: emulator.replies_to(message["id"]), what="the reply")
    embed = reply["embeds"][0]
    assert embed["title"].startswith("Q: what did Pentagon spokesman Eric Pahon say?")
    assert "not coordinating airstrikes" in embed["description"]
    assert reply["_allowed_mentions"]["parse"] == [] and reply["_allowed_mentions"].get("replied_user") is False
    assert _pin_id(reply).startswith("answer:pin:")
    assert emulator.channel_id in emulator.typing
    click = await emulator.click(reply["id"], _pin_id(reply), author=emulator.moderator, perms=MODERATOR_PERMS)
    assert (await emulator.ephemeral_reply(click)).startswith("Pinned")


async def test_a_dm_is_answered_and_other_messages_are_not_read(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    dm = await emulator.post("Where is al-Bab?", mention_bot=False, dm=True)
    (reply,) = await emulator.wait_for(lambda: emulator.replies_to(dm["id"]), what="the DM reply")
    assert reply["channel_id"] == emulator.dm_channel_id and "al-Bab" in reply["embeds"][0]["description"]
    chatter = await emulator.post("Where is al-Bab? (not for the bot)", mention_bot=False)
    empty = await emulator.post(f"<@{bot.user.id}>")  # type: ignore[union-attr]
    (hint,) = await emulator.wait_for(lambda: emulator.replies_to(empty["id"]), what="the hint")
    assert hint["content"].startswith("Ask me a question after the mention")
    assert emulator.replies_to(chatter["id"]) == []


async def test_a_mention_keeps_the_cooldown_and_the_channel_settings(
    bots: BotFactory, emulator: DiscordEmulator
) -> None:
    bot = await bots.start(cooldown_rate=1, cooldown_seconds=60)
    me = f"<@{bot.user.id}>"  # type: ignore[union-attr]
    first = await emulator.post(f"{me} Where is al-Bab?")
    await emulator.wait_for(lambda: emulator.replies_to(first["id"]), what="the first answer")
    second = await emulator.post(f"{me} Who denied it?")
    (slow,) = await emulator.wait_for(lambda: emulator.replies_to(second["id"]), what="the cooldown")
    assert "asking quickly" in slow["content"] and not slow["embeds"]
    await bots.stop(bot)
    elsewhere = await bots.start(channels=(1,))
    third = await emulator.post(f"<@{elsewhere.user.id}> Where is al-Bab?", author=emulator.moderator)  # type: ignore[union-attr]
    (refused,) = await emulator.wait_for(lambda: emulator.replies_to(third["id"]), what="the refusal")
    assert "this channel" in refused["content"]


async def test_sources_are_link_buttons_and_more_quotes_work_after_a_restart(
    bots: BotFactory, emulator: DiscordEmulator
) -> None:
    """Under an answer: a link button to each quoted article (its outlet and title, 80 characters at most) and
    More quotes, which shows privately the further quotes that passed the relevance cut, after a restart too."""
    first = await bots.start()
    iid = await emulator.slash("ask", {"question": "Did the Pentagon deny coordinating airstrikes with Russia?"})
    message = await emulator.original(iid)
    rows = message["components"]
    links = [c for c in rows[1]["components"] if c["style"] == 5]
    quoted = set(re.findall(r"\]\((https?://[^)]+)\)", message["embeds"][0]["description"]))
    assert links and {c["url"] for c in links} <= quoted and all(len(c["label"]) <= 80 for c in links)
    more_id = next(c["custom_id"] for c in rows[0]["components"] if c.get("custom_id", "").startswith("answer:more:"))
    await bots.stop(first)

    await bots.start()
    click = await emulator.click(message["id"], more_id, author=emulator.member, perms=MEMBER_PERMS)
    await emulator.wait_for(lambda: click in emulator.callbacks, what="the More quotes reply")
    reply = emulator.callbacks[click]["data"]
    assert reply["flags"] & 64  # only the member who asked for more sees it
    embed = reply["embeds"][0]
    assert embed["title"].startswith("More on: Did the Pentagon deny")
    shown = message["embeds"][0]["description"]
    further = re.findall(r"^> (.+)$", embed["description"], flags=re.M)
    assert further and not any(line in shown for line in further)


async def test_ask_suggests_what_three_members_asked_and_the_articles_answered(
    bot: QuoteBot, emulator: DiscordEmulator
) -> None:
    """A question three members asked and the articles answered is suggested as a member types; one only two
    asked, and one the articles could not answer, are never suggested."""
    from bot.discord_edge.cog import Answers
    from index.answer import Answer

    asked = [
        ("Who denied the joint strikes?", [11, 12, 13], False),
        ("who denied the joint strikes", [14], False),  # the same question, written otherwise
        ("Who paid for the jets?", [21, 22], False),  # two members only
        ("What is the price of Bitcoin?", [31, 32, 33], True),  # not answered
    ]
    for question, members, abstained in asked:
        for member in members:
            bot.records.save_answer(Answer(question, (), abstained), int(emulator.guild_id), 1, member)
    loaded = bot.get_cog("Answers")  # the extension's class: load_extension imports bot.discord_edge.cog afresh
    assert loaded is not None and (type(loaded).__module__, type(loaded).__name__) == (
        "bot.discord_edge.cog",
        "Answers",
    )
    cog = cast(Answers, loaded)
    await cog.refresh_suggestions()
    choices = await emulator.autocomplete("ask", "question", "who den")
    assert [c["value"] for c in choices] == ["Who denied the joint strikes?"]
    everything = [c["value"] for c in await emulator.autocomplete("ask", "question", "")]
    assert everything == ["Who denied the joint strikes?"]
    assert await emulator.autocomplete("ask", "question", "bitcoin") == []


async def test_a_conversation_in_a_thread_reads_follow_ups_against_the_answer_before(
    bots: BotFactory, emulator: DiscordEmulator
) -> None:
    """A mention's answer opens a thread; "who said the second quote?" is that quote again with its speaker
    and source; "when was that?" is asked with the question before it; after a restart the thread is still
    followed; past follow_up_hours the bot says it stopped following."""
    bot = await bots.start()
    me = f"<@{bot.user.id}>"  # type: ignore[union-attr]
    asked = await emulator.post(f"{me} did the Pentagon deny coordinating airstrikes with Russia?")
    (answer,) = await emulator.wait_for(lambda: emulator.replies_to(asked["id"]), what="the answer")
    thread = await emulator.wait_for(lambda: emulator.thread_ready(answer["id"]), what="the thread")
    assert emulator.thread_names[thread].startswith("did the Pentagon deny")
    quotes = re.findall(r"^> (.+)$", answer["embeds"][0]["description"], flags=re.M)
    assert len(quotes) >= 2

    who = await emulator.post(f"{me} who said the second quote?", thread=thread)
    (reply,) = await emulator.wait_for(lambda: emulator.replies_to(who["id"]), what="the second quote")
    again = re.findall(r"^> (.+)$", reply["embeds"][0]["description"], flags=re.M)
    assert again and again[0] == quotes[1] and re.search(r"\]\(https?://", reply["embeds"][0]["description"])
    await bots.stop(bot)

    bot = await bots.start()
    when = await emulator.post(f"{me} when was that?", thread=thread)
    (dated,) = await emulator.wait_for(lambda: emulator.replies_to(when["id"]), what="the follow-up")
    title = dated["embeds"][0]["title"]
    assert title.startswith("Q: when was that? (did the Pentagon deny coordinating")
    assert len(emulator.threads) == 1  # answers inside the thread open no thread of their own

    bots.sql("UPDATE threads SET last_at = '2020-01-01T00:00:00+00:00'")
    late = await emulator.post(f"{me} and what did Turkey say?", thread=thread)
    (stopped,) = await emulator.wait_for(lambda: emulator.replies_to(late["id"]), what="the end of the thread")
    assert stopped["content"].startswith("I've stopped following this thread")


async def test_follow_up_opens_a_thread_on_a_slash_answer_once(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    iid = await emulator.slash("ask", {"question": "Where is al-Bab?"})
    message = await emulator.original(iid)
    follow = next(
        c["custom_id"]
        for row in message["components"]
        for c in row["components"]
        if c.get("custom_id", "").startswith("answer:follow:")
    )
    first = await emulator.click(message["id"], follow, author=emulator.member, perms=MEMBER_PERMS)
    assert f"<#{message['id']}>" in await emulator.ephemeral_reply(first)
    second = await emulator.click(message["id"], follow, author=emulator.moderator, perms=MODERATOR_PERMS)
    assert f"<#{message['id']}>" in await emulator.ephemeral_reply(second)
    assert len(emulator.sent("POST", r"/threads$")) == 1


async def test_a_busy_thread_waits_and_another_bot_is_ignored(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    """Ten follow-ups a minute in one thread, whoever asks; the eleventh is told to wait. A bot mentioning the
    bot, and a mention shown as code, get silence."""
    from bot.app.cooldown import Cooldown
    from bot.app.service import THREAD_RATE

    # the thread's minute on a clock that stands still: on a loaded machine eleven answers may take longer than that
    bot.service.thread_cooldown = Cooldown(THREAD_RATE, bot.service.thread_cooldown.per, clock=lambda: 0.0)
    me = f"<@{bot.user.id}>"  # type: ignore[union-attr]
    asked = await emulator.post(f"{me} did the Pentagon deny coordinating airstrikes with Russia?")
    (answer,) = await emulator.wait_for(lambda: emulator.replies_to(asked["id"]), what="the answer")
    thread = await emulator.wait_for(lambda: emulator.thread_ready(answer["id"]), what="the thread")
    for n in range(THREAD_RATE):
        author = emulator.member if n % 2 else emulator.moderator
        follow = await emulator.post(f"{me} who said that?", author=author, thread=thread)
        await emulator.wait_for(lambda mid=follow["id"]: emulator.replies_to(mid), what=f"follow-up {n}")
    busy = await emulator.post(f"{me} who said that?", thread=thread)
    (wait,) = await emulator.wait_for(lambda: emulator.replies_to(busy["id"]), what="the thread cooldown")
    assert wait["content"].startswith("This thread is moving fast!")

    other_bot = {**emulator.member, "id": "555555555555555555", "username": "otherbot", "bot": True}
    from_bot = await emulator.post(f"{me} where is al-Bab?", author=other_bot)
    as_code = await emulator.post(f"type `{me} your question` to ask it")
    probe = await emulator.post(f"{me} where is al-Bab?")
    await emulator.wait_for(lambda: emulator.replies_to(probe["id"]), what="a later answer")
    assert emulator.replies_to(from_bot["id"]) == [] and emulator.replies_to(as_code["id"]) == []


async def test_a_mention_in_a_thread_the_bot_did_not_start_is_a_plain_question(
    bot: QuoteBot, emulator: DiscordEmulator
) -> None:
    me = f"<@{bot.user.id}>"  # type: ignore[union-attr]
    asked = await emulator.post(f"{me} when was that?", thread="777777777777777777")
    (reply,) = await emulator.wait_for(lambda: emulator.replies_to(asked["id"]), what="the reply")
    assert reply["embeds"][0]["title"] == "Q: when was that?"  # no conversation to read it against
    assert emulator.threads == {}  # and no thread opened inside a thread
