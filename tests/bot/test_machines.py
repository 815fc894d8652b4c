"""Several machines: two `python -m bot run` processes, each in a working folder of its own (its own index, no
corpus folder) and, where the tests may make them (root, iproute2), a network namespace of its own: two hosts
on a private bridge, sharing only a real PostgreSQL server and the Discord emulator on the bridge's address.
Each runs one shard of two.
A moderator adds an article through one and a member's /ask in a server of the other answers from it within
seconds; a pin made through one is listed from the other's folder, and by /pins in its server once that
server's shard runs on the other machine; a member's two votes count once."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import psycopg
import pytest

from tests.bot.test_living_corpus import QUESTION, STORY, _preview_then_add
from tests.bot.test_sharding import _owner
from tests.discord_emulator import MEMBER_PERMS, MODERATOR_PERMS, DiscordEmulator
from tests.netns import Hosts, hosts
from tests.postgres_server import PASSWORD, running

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "MTIzNDU2Nzg5.another-token-never-printed"


def _machine(folder: Path, emulator: DiscordEmulator, shard: int) -> Path:
    folder.mkdir(parents=True)
    config = folder / "config.toml"
    config.write_text(
        f'[corpus]\ndir = "{folder / "corpus"}"\n'  # not there: the articles are in the database
        f'[index]\ndir = "{folder / ".index"}"\n'
        f'[discord]\nrest_url = "{emulator.rest_url}"\ngateway_url = "{emulator.gateway_url}"\n'
        f'pins_db = "{folder / "data" / "pins.sqlite3"}"\nshard_count = 2\nshard_ids = [{shard}]\n'
        "cooldown_rate = 100\nindex_check_seconds = 0\n"
        "[storage]\ncheck_seconds = 2.0\n",
        encoding="utf-8",
    )
    return config


def _env(url: str) -> dict[str, str]:
    # The code from this checkout; the working folder (and so all the machine's files) its own.
    return {**os.environ, "DATABASE_URL": url, "DISCORD_TOKEN": TOKEN, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}


def _shell(config: Path, url: str, *args: str, on: list[str] | None = None) -> str:
    done = subprocess.run(
        [*(on or []), sys.executable, "-m", "bot", "--config", str(config), *args],
        cwd=config.parent,
        env=_env(url),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert PASSWORD not in done.stdout + done.stderr
    return done.stdout


async def _run(config: Path, url: str, on: list[str]) -> asyncio.subprocess.Process:
    """`python -m bot run` on a machine: in its network namespace (`on`), its folder, the shared database."""
    return await asyncio.create_subprocess_exec(
        *on, sys.executable, "-m", "bot", "--config", str(config), "run", cwd=config.parent, env=_env(url),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def _asked_until(emulator: DiscordEmulator, guild: str, wanted: str, seconds: float) -> dict:  # type: ignore[type-arg]
    """Ask in `guild` every second until the answer holds `wanted`; the last answer."""
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while True:
        iid = await emulator.slash("ask", {"question": QUESTION}, guild_id=guild)
        message = await emulator.original(iid, timeout=60)
        if wanted in message["embeds"][0]["description"] or loop.time() > end:
            return message
        await asyncio.sleep(1)


@pytest.fixture
async def network(request: pytest.FixtureRequest) -> AsyncIterator[tuple[Hosts | None, DiscordEmulator, str]]:
    """Two hosts in network namespaces with the database and the emulator on their bridge; where namespaces
    can't be made, the loopback (the test server and an emulator on 127.0.0.1)."""
    with contextlib.ExitStack() as stack:
        found = stack.enter_context(hosts(2))
        if found is not None:
            server = stack.enter_context(running(found.address))
            url = stack.enter_context(server.database())
        else:
            url = stack.enter_context(request.getfixturevalue("postgres_server").database())
        emulator = await DiscordEmulator(found.address if found else "127.0.0.1").start()
        try:
            yield found, emulator, url
        finally:
            await emulator.stop()


async def test_two_machines_share_articles_pins_and_votes(
    network: tuple[Hosts | None, DiscordEmulator, str], tmp_path: Path
) -> None:
    found, emulator, postgres_url = network
    on = [found.prefix(i) if found else [] for i in range(2)]
    if found is not None:
        assert "127.0.0.1" not in emulator.rest_url + postgres_url  # the machines reach them over the bridge
    guilds = [emulator.guild_id, emulator.add_guild()]
    adder_guild = next(g for g in guilds if _owner(g, 2) == 0)
    other_guild = next(g for g in guilds if _owner(g, 2) == 1)
    configs = [_machine(tmp_path / f"machine-{i}", emulator, shard=i) for i in range(2)]
    imported = await asyncio.to_thread(
        _shell, configs[0], postgres_url, "db", "import", "--corpus", str(ROOT / "corpus"), on=on[0]
    )
    assert "articles only" in imported and imported.rstrip().endswith("Nothing lost.")

    procs = [await _run(c, postgres_url, on[i]) for i, c in enumerate(configs)]
    outputs: list[tuple[bytes, bytes]] = [(b"", b"")] * 3
    try:
        await emulator.wait_for(lambda: len(emulator.identified_shards) >= 2, timeout=240, what="both machines")
        await asyncio.sleep(1)  # READY and the guilds reach both clients
        if found is not None:  # each bot is on a network of its own, not this one's
            networks = {os.readlink(f"/proc/{p.pid}/ns/net") for p in procs}
            assert len(networks) == 2 and os.readlink("/proc/self/ns/net") not in networks
        before = await _asked_until(emulator, other_guild, "never", 0)
        assert "three ammunition depots" not in before["embeds"][0]["description"]

        iid = await emulator.slash(
            "addsource", author=emulator.moderator, perms=MODERATOR_PERMS, attachments={"file": ("story.html", STORY)},
            guild_id=adder_guild,
        )  # fmt: skip
        assert "Added" in await _preview_then_add(emulator, iid)
        answer = await _asked_until(emulator, other_guild, "three ammunition depots", seconds=30)
        assert "three ammunition depots" in answer["embeds"][0]["description"], "the other machine did not follow"

        buttons = [c["custom_id"] for row in answer["components"] for c in row["components"]]
        pin = next(b for b in buttons if b.startswith("answer:pin:"))
        click = await emulator.click(answer["id"], pin, author=emulator.moderator, perms=MODERATOR_PERMS)
        assert (await emulator.ephemeral_reply(click)).startswith("Pinned")
        up = pin.replace("answer:pin:", "answer:vote:") + ":up"
        for _ in range(2):  # the same member votes twice: one vote
            click = await emulator.click(answer["id"], up, author=emulator.member, perms=MEMBER_PERMS)
            await emulator.ephemeral_reply(click)
        answer_id = pin.removeprefix("answer:pin:")
        with psycopg.connect(postgres_url) as conn:
            assert conn.execute("SELECT count(*) FROM votes WHERE answer_id = %s", (answer_id,)).fetchone() == (1,)
        listed = await asyncio.to_thread(_shell, configs[0], postgres_url, "pins", on=on[0])  # on the other machine
        assert QUESTION in listed

        # Machine 1 goes down; its shard is started again on machine 0 (a second process there, same index):
        # the server's /pins lists the pin made through machine 1.
        procs[1].send_signal(signal.SIGTERM)
        outputs[1] = await asyncio.wait_for(procs[1].communicate(), 60)
        takeover = configs[0].with_name("config-shard-1.toml")
        takeover.write_text(configs[0].read_text().replace("shard_ids = [0]", "shard_ids = [1]"), encoding="utf-8")
        identified = len(emulator.identified_shards)
        procs.append(await _run(takeover, postgres_url, on[0]))  # on machine 0
        await emulator.wait_for(lambda: len(emulator.identified_shards) > identified, timeout=120, what="shard 1 again")
        await asyncio.sleep(1)
        iid = await emulator.slash("pins", {}, author=emulator.moderator, perms=MODERATOR_PERMS, guild_id=other_guild)
        shown = await emulator.wait_for(lambda: emulator.callbacks.get(iid), what="/pins")
        assert QUESTION in shown["data"]["embeds"][0]["description"]

        for i in (0, 2):
            procs[i].send_signal(signal.SIGTERM)
            outputs[i] = await asyncio.wait_for(procs[i].communicate(), 60)
    finally:
        for i, p in enumerate(procs):
            if p.returncode is None:
                p.kill()
                out, err = await p.communicate()
                print(f"--- machine {i} ---\n" + (out + err).decode()[-3000:])  # shown when the test fails
    for p, (out, err) in zip(procs, outputs, strict=True):
        log = (out + err).decode()
        assert p.returncode == 0, log[-2000:]
        assert PASSWORD not in log and TOKEN.split(".")[1] not in log
    assert not (tmp_path / "machine-0" / "corpus").exists()  # nothing went through a corpus folder
