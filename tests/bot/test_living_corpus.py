"""A living corpus, from Discord alone: add an article (file or URL), see it answer, vote, read the report."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.discord_edge.client import QuoteBot
from index.config import AnswerSettings, IndexSettings
from index.embedder import SentenceTransformerEmbedder
from index.engine import Engine
from tests.bot.conftest import BotFactory
from tests.discord_emulator import MEMBER_PERMS, MODERATOR_PERMS, DiscordEmulator

STORY = b"""<!doctype html><html><head><title>Turkish jets hit al-Bab again | The Ankara Courier</title>
<meta property="og:site_name" content="The Ankara Courier"><meta name="author" content="Deniz Kaya">
<meta property="article:published_time" content="2017-01-25T09:00:00Z"></head><body>
<div class="ad">Advertisement</div><article><h1>Turkish jets hit al-Bab again</h1>
<p>Turkish F-16 jets struck seventeen Islamic State positions around al-Bab on Wednesday, the Turkish General Staff
said in a statement.</p>
<p>"Our operation will continue until the town is cleared," General Staff spokesman Colonel Ahmet Yildiz told
reporters in Ankara.</p>
<p>The strikes destroyed three ammunition depots near the town's grain silos, according to the statement.</p>
</article><footer>All rights reserved.</footer></body></html>"""
QUESTION = "How many ammunition depots were destroyed near the grain silos?"


@pytest.fixture
async def living(
    bots: BotFactory, corpus_copy: Path, tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> AsyncIterator[QuoteBot]:
    """A bot over its own copy of the corpus, which the tests change."""
    bots.engine = Engine(corpus_copy, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), embedder=real_embedder)
    await asyncio.to_thread(bots.engine.load)
    yield await bots.start()


async def _answer(emulator: DiscordEmulator, question: str) -> str:
    iid = await emulator.slash("ask", {"question": question})
    return str((await emulator.original(iid))["embeds"][0]["description"])


async def _preview_then_add(emulator: DiscordEmulator, iid: str) -> str:
    """Read the ephemeral preview, press its Add button, return the confirmation."""
    preview = await emulator.wait_for(lambda: emulator.followups(iid), what="the preview")
    message = preview[0]
    assert message["flags"] & 64 and "quotable sentences: 3" in message["content"]
    assert "Advertisement" not in message["content"].split("left out")[0]
    click = await emulator.click(message["id"], "source:add", author=emulator.moderator, perms=MODERATOR_PERMS)
    return await emulator.ephemeral_reply(click, timeout=60)


async def test_a_moderator_adds_an_article_from_a_file_and_it_answers(
    living: QuoteBot, emulator: DiscordEmulator
) -> None:
    before = await _answer(emulator, QUESTION)
    assert "The articles don't" in before and "> " not in before
    iid = await emulator.slash(
        "addsource", author=emulator.moderator, perms=MODERATOR_PERMS, attachments={"file": ("story.html", STORY)}
    )
    confirmation = await _preview_then_add(emulator, iid)
    assert confirmation.startswith("Added `turkish-jets-hit-al-bab-again`") and "6 articles" in confirmation
    text = (living.config.corpus_dir / "turkish-jets-hit-al-bab-again.txt").read_text()
    assert "three ammunition depots" in text
    answer = await _answer(emulator, QUESTION)
    assert "three ammunition depots" in answer and "The Ankara Courier" in answer
    changes = living.records.changes()
    assert changes[-1][1:4] == ("add", "turkish-jets-hit-al-bab-again", emulator.moderator["id"])


async def test_a_moderator_adds_an_article_from_a_url(living: QuoteBot, emulator: DiscordEmulator) -> None:
    url = emulator.serve("story.html", STORY)
    iid = await emulator.slash("addsource", {"url": url}, author=emulator.moderator, perms=MODERATOR_PERMS)
    assert (await _preview_then_add(emulator, iid)).startswith("Added")
    assert "three ammunition depots" in await _answer(emulator, QUESTION)
    toml = (living.config.corpus_dir / "turkish-jets-hit-al-bab-again.toml").read_text()
    assert 'outlet = "The Ankara Courier"' in toml and 'published = "2017-01-25"' in toml and url in toml


async def test_a_member_cannot_add_sources(living: QuoteBot, emulator: DiscordEmulator) -> None:
    iid = await emulator.slash(
        "addsource", author=emulator.member, perms=MEMBER_PERMS, attachments={"file": ("story.html", STORY)}
    )
    assert "manage messages" in (await emulator.ephemeral_reply(iid)).lower()
    assert not (living.config.corpus_dir / "turkish-jets-hit-al-bab-again.txt").exists()


async def test_an_article_already_there_is_reported_as_a_duplicate(living: QuoteBot, emulator: DiscordEmulator) -> None:
    existing = (living.config.corpus_dir / "zerohedge-first-joint-mission.txt").read_bytes()
    iid = await emulator.slash(
        "addsource",
        {"outlet": "Somebody"},
        author=emulator.moderator,
        perms=MODERATOR_PERMS,
        attachments={"file": ("copy.txt", existing)},
    )
    preview = await emulator.wait_for(lambda: emulator.followups(iid), what="the preview")
    assert "has this article already" in preview[0]["content"] and not preview[0]["components"]


async def test_votes_report_and_pins_that_no_longer_stand(living: QuoteBot, emulator: DiscordEmulator) -> None:
    """Votes count once per member; the report shows gaps and misses; a pin over a removed article is marked."""
    iid = await emulator.slash("ask", {"question": "Who called the Russian claim propaganda?"})
    message = await emulator.original(iid)
    ids = [c.get("custom_id", "") for row in message["components"] for c in row["components"]]
    up = next(i for i in ids if i.endswith(":up"))
    down = next(i for i in ids if i.endswith(":down"))
    pin = next(i for i in ids if i.startswith("answer:pin:"))
    await emulator.ephemeral_reply(await emulator.click(message["id"], up))
    await emulator.ephemeral_reply(await emulator.click(message["id"], down))  # the same member changes the vote
    answer_id = up.split(":")[2]
    assert living.records.votes(answer_id) == (0, 1)
    await _answer(emulator, "What is the price of Bitcoin?")
    await emulator.ephemeral_reply(
        await emulator.click(message["id"], pin, author=emulator.moderator, perms=MODERATOR_PERMS)
    )

    report = await emulator.slash("report", {"days": 7}, author=emulator.moderator, perms=MODERATOR_PERMS)
    sent = await emulator.wait_for(lambda: emulator.followups(report), what="the report")
    description = sent[0]["embeds"][0]["description"]
    assert "What is the price of Bitcoin?" in description.split("gaps")[1]
    assert "propaganda" in description.split("Voted not helpful")[1]
    assert sent[0]["embeds"][0]["image"]["url"] == "attachment://questions.png"

    # Remove the articles the pinned answer quotes: its quotes no longer stand.
    for article in ("breitbart-pentagon-denies-joint-airstrikes", "jalopnik-russia-claims-joint-mission"):
        if (living.config.corpus_dir / f"{article}.txt").exists():
            await emulator.ephemeral_reply(
                await emulator.slash(
                    "removesource", {"article_id": article}, author=emulator.moderator, perms=MODERATOR_PERMS
                ),
                timeout=60,
            )
    pins = await emulator.slash("pins", author=emulator.moderator, perms=MODERATOR_PERMS)
    await emulator.wait_for(lambda: pins in emulator.callbacks, what="/pins")
    listing = emulator.callbacks[pins]["data"]["embeds"][0]["description"]
    assert "no longer stands" in listing and "propaganda" in listing


SECOND = b"""<!doctype html><html><head><title>Ankara says coalition jets helped near al-Bab | Capital Wire</title>
<meta property="og:site_name" content="Capital Wire"></head><body><article>
<p>Two coalition aircraft flew over the hills west of al-Bab on Thursday, a Turkish military official told Capital Wire,
speaking on condition of anonymity.</p><p>The official said the aircraft dropped flares but no bombs.</p>
</article></body></html>"""


async def test_a_moderator_adds_several_articles_in_one_command(living: QuoteBot, emulator: DiscordEmulator) -> None:
    """Two files, a page already in the corpus, a URL and an address that is no web address in one /addsource:
    one preview each in one message, the two that can't be added say why, and one button adds the rest."""
    existing = (living.config.corpus_dir / "zerohedge-first-joint-mission.txt").read_bytes()
    url = emulator.serve("third.html", STORY.replace(b"Turkish jets hit al-Bab again", b"Depots burn near al-Bab"))
    iid = await emulator.slash(
        "addsource",
        {"url": f"{url} ftp://files.example/story.html", "outlet": "Somebody"},
        author=emulator.moderator,
        perms=MODERATOR_PERMS,
        attachments={"file": ("story.html", STORY), "file2": ("second.html", SECOND), "file3": ("copy.txt", existing)},
    )
    preview = (await emulator.wait_for(lambda: emulator.followups(iid), what="the preview"))[0]
    assert preview["flags"] & 64 and preview["content"].startswith("2 of 5 articles can be added")
    embeds = preview["embeds"]
    assert [e["title"] for e in embeds] == [
        "story.html",
        "second.html",
        "copy.txt",
        url,
        "ftp://files.example/story.html",
    ]
    assert (
        "the corpus has it already" in embeds[2]["description"] and "not an http(s) address" in embeds[4]["description"]
    )
    # the third page is the first one again under another title: a duplicate within the command
    assert "DUPLICATE" in embeds[3]["description"]
    click = await emulator.click(preview["id"], "source:add", author=emulator.moderator, perms=MODERATOR_PERMS)
    confirmation = await emulator.ephemeral_reply(click, timeout=60)
    assert confirmation.startswith(
        "Added `turkish-jets-hit-al-bab-again`, `ankara-says-coalition-jets-helped-near-al-bab`"
    )
    assert "7 articles" in confirmation
    assert "dropped flares but no bombs" in await _answer(
        emulator, "What did the coalition aircraft drop west of al-Bab?"
    )
    assert [c[1] for c in living.records.changes()][-2:] == ["add", "add"]
    # for several articles `outlet` fills in what a page lacks: both pages name their own outlet, which stays
    second = (living.config.corpus_dir / "ankara-says-coalition-jets-helped-near-al-bab.toml").read_text()
    assert 'outlet = "Capital Wire"' in second


async def test_in_a_thread_who_said_that_and_what_turkey_said(living: QuoteBot, emulator: DiscordEmulator) -> None:
    """After an article from a Turkish outlet is added: in a mention's thread, "who said that?" shows the first
    quote again under its speaker, and "and what did Turkey say?" is answered from the Turkish article."""
    import re

    iid = await emulator.slash(
        "addsource", author=emulator.moderator, perms=MODERATOR_PERMS, attachments={"file": ("story.html", STORY)}
    )
    await _preview_then_add(emulator, iid)
    me = f"<@{living.user.id}>"  # type: ignore[union-attr]
    asked = await emulator.post(f"{me} Who struck Islamic State targets near al-Bab?")
    (answer,) = await emulator.wait_for(lambda: emulator.replies_to(asked["id"]), what="the answer")
    thread = await emulator.wait_for(lambda: emulator.thread_ready(answer["id"]), what="the thread")
    first = re.findall(r"^> (.+)$", answer["embeds"][0]["description"], flags=re.M)[0]

    who = await emulator.post(f"{me} who said that?", thread=thread)
    (said,) = await emulator.wait_for(lambda: emulator.replies_to(who["id"]), what="who said it")
    description = said["embeds"][0]["description"]
    speaker = description.split(":\n>", 1)[0].strip("*")
    assert re.findall(r"^> (.+)$", description, flags=re.M) == [first] and speaker

    turkey = await emulator.post(f"{me} and what did Turkey say?", thread=thread)
    (reply,) = await emulator.wait_for(lambda: emulator.replies_to(turkey["id"]), what="Turkey's side")
    assert "The Ankara Courier" in reply["embeds"][0]["description"]


async def test_an_add_whose_index_update_fails_tells_the_moderator_and_changes_nothing(
    living: QuoteBot, emulator: DiscordEmulator
) -> None:
    """The index can't take the article (its folder unwritable, its build stopped): the moderator hears so in the
    ephemeral reply, without the folder's path, and the article is not left in the corpus."""
    from index.errors import IndexUnwritable

    class Unwritable:  # beside the real engine: its builder fails as an unwritable index folder does
        def build(self, *args: object, **kwargs: object) -> None:
            raise IndexUnwritable("can't write the index folder /srv/bot/.index: No space left on device")

        def close(self) -> None:
            pass

    living.engine.build_apart(Unwritable())  # type: ignore[arg-type]
    iid = await emulator.slash(
        "addsource", author=emulator.moderator, perms=MODERATOR_PERMS, attachments={"file": ("story.html", STORY)}
    )
    preview = (await emulator.wait_for(lambda: emulator.followups(iid), what="the preview"))[0]
    click = await emulator.click(preview["id"], "source:add", author=emulator.moderator, perms=MODERATOR_PERMS)
    reply = await emulator.ephemeral_reply(click, timeout=60)
    assert reply.startswith("Not added: my index can't be brought up to date") and "Nothing was changed" in reply
    assert "/srv/bot" not in reply
    assert not (living.config.corpus_dir / "turkish-jets-hit-al-bab-again.txt").exists()
    assert "The articles don't" in await _answer(emulator, QUESTION)
