"""Reliability through the real client: bad input, Discord faults, load, and pin records that survive a kill."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app.looplag import LoopLag
from bot.discord_edge.client import HTTP_CONNECTIONS, QuoteBot
from tests.bot.conftest import BotFactory
from tests.discord_emulator import DiscordEmulator, snowflake, user

ROOT = Path(__file__).resolve().parents[2]

BAD_QUESTIONS = [
    "   ",
    "\u200b\u200b\u200b",
    "\x00\x07\x1b[31m",
    "???!!!...",
    "\N{FACE WITH TEARS OF JOY}\N{FIRE}\N{ROCKET}",
    "¿Quién dijo que el ataque conjunto fue propaganda?",
    "**bold** __under__ `code` ```py\nprint('x')\n``` > quote",
    "@everyone @here <@&123456789012345678> <@111111111111111111> who denied it?",
    "What did the Pentagon say? " * 222,  # about 6,000 characters, Discord's limit for an option
    "{config} $(rm -rf /) '; DROP TABLE pins; -- __import__('os')",
]


@pytest.mark.parametrize("question", BAD_QUESTIONS)
async def test_bad_input_gets_a_clear_reply_and_never_a_traceback(
    bot: QuoteBot, emulator: DiscordEmulator, question: str
) -> None:
    """Whatever a member types, they get an answer, an abstention or a short private message."""
    iid = await emulator.slash("ask", {"question": question})

    def replied() -> str | None:
        cb = emulator.callbacks.get(iid)
        if cb and cb["type"] == 4:
            return str(cb["data"].get("content", ""))
        token = "itoken-" + iid
        mid = emulator.originals.get(token)
        msg = emulator.messages.get(mid) if mid else None
        if msg and msg.get("embeds"):
            return json.dumps(msg["embeds"])
        followups = emulator.followups(iid)
        return str(followups[0].get("content")) if followups else None

    reply = await emulator.wait_for(replied, what="a reply")
    assert "Traceback" not in reply and "Error" not in reply
    assert len(reply) < 8000
    if emulator.callbacks[iid]["type"] == 4:  # refused before answering: privately
        assert emulator.callbacks[iid]["data"]["flags"] & 64
    if "DROP TABLE" in question:
        assert bot.records.pins() == []  # the question was data, nothing else


async def test_a_5xx_on_sending_the_answer_is_retried(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    emulator.fail("PATCH", r"/messages/@original$", 502, {"message": "Bad Gateway"}, times=1)
    iid = await emulator.slash("ask", {"question": "What is Airwars?"})
    message = await emulator.original(iid, timeout=30)
    assert "Airwars" in message["embeds"][0]["description"]
    assert len(emulator.sent("PATCH", r"/messages/@original$")) == 2


async def test_the_bot_resumes_after_the_gateway_drops(bot: QuoteBot, emulator: DiscordEmulator) -> None:
    await emulator.drop_gateway()
    await emulator.wait_for(lambda: emulator.resumes >= 1, timeout=30, what="a RESUME")
    iid = await emulator.slash("ask", {"question": "Where is al-Bab?"})
    assert "Aleppo" in (await emulator.original(iid))["embeds"][0]["description"]


async def test_five_hundred_questions_at_once(bots: BotFactory, emulator: DiscordEmulator) -> None:
    """500 /ask at once: each acknowledged within 3 s over a bounded pool of connections, each answered, none lost,
    the loop responsive."""
    await bots.start(cooldown_rate=1000, cooldown_seconds=1.0)
    emulator.rest_peers.clear()
    questions = [
        "Who called the Russian claim propaganda?",
        "Where is al-Bab?",
        "What is Airwars?",
        "What did Sergei Lavrov say in Budapest?",
        "What is the price of Bitcoin?",
    ]
    loop = asyncio.get_running_loop()
    async with LoopLag() as lag:
        started = loop.time()
        ids = []
        for i in range(500):
            ids.append(await emulator.slash("ask", {"question": questions[i % 5]}, author=user(snowflake(), f"m{i}")))
        await emulator.wait_for(lambda: all(i in emulator.callbacks for i in ids), timeout=60, what="500 acks")
        answers = await asyncio.gather(*(emulator.original(i, timeout=180) for i in ids))
        elapsed = loop.time() - started
    late = [i for i in ids if emulator.callback_times[i] - emulator.dispatched_at[i] >= 3.0]
    assert not late, f"{len(late)} interactions acknowledged after 3 s"
    assert len(emulator.rest_peers) <= HTTP_CONNECTIONS, f"{len(emulator.rest_peers)} connections to the REST API"
    assert len(answers) == 500 and all(a["embeds"] for a in answers)
    assert elapsed < 180
    assert lag.worst < 1.0, f"event loop blocked for {lag.worst:.2f} s"


def test_a_killed_process_loses_no_acknowledged_pin(tmp_path: Path) -> None:
    """SIGKILL while pin records are being written: every record acknowledged before is there, the file intact."""
    db = tmp_path / "pins.sqlite3"
    writer = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from pathlib import Path\n"
        "from bot.app.records import Records\n"
        "from index.answer import Answer\n"
        f"r = Records(Path({str(db)!r})).open()\n"
        "aid = r.save_answer(Answer('q', (), False, index_version='v1'), 1, 2, 3)\n"
        "i = 0\n"
        "while True:\n"
        "    i += 1\n"
        "    r.record_pin(aid, i, 2, 1, 99)\n"
        "    print('ack', i, flush=True)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True)
    acked = []
    assert proc.stdout is not None
    for line in proc.stdout:
        acked.append(int(line.split()[1]))
        if len(acked) >= 40:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(10)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in conn.execute("SELECT message_id FROM pins")}
    assert set(acked) <= stored
