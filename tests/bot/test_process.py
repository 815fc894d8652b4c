"""`python -m bot run` as an operator starts it: a real process, its token from the environment, signals."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from index.engine import Engine
from tests.discord_emulator import DiscordEmulator

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "MTIzNDU2Nzg5.secret-token-that-must-never-be-printed"


def _config(tmp_path: Path, emulator: DiscordEmulator, engine: Engine) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[corpus]\ndir = "{engine.store.where}"\n'
        f'[index]\ndir = "{engine.index_settings.dir}"\n'
        f'[discord]\nrest_url = "{emulator.rest_url}"\ngateway_url = "{emulator.gateway_url}"\n'
        f'pins_db = "{tmp_path / "pins.sqlite3"}"\n',
        encoding="utf-8",
    )
    return path


async def _start(config: Path, token: str = TOKEN) -> asyncio.subprocess.Process:
    env = {**os.environ, "DISCORD_TOKEN": token, "HF_HUB_OFFLINE": "1"}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "--config",
        str(config),
        "run",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_sigterm_finishes_the_answer_in_flight_then_stops(
    emulator: DiscordEmulator, engine: Engine, tmp_path: Path
) -> None:
    """SIGTERM while an answer is being sent: the answer still arrives, then the process exits 0."""
    proc = await _start(_config(tmp_path, emulator, engine))
    try:
        await emulator.wait_for(lambda: emulator.commands, timeout=90, what="the bot to start")
        emulator.delay("PATCH", r"/messages/@original$", 1.5)  # the answer is in flight for 1.5 s
        iid = await emulator.slash("ask", {"question": "What is Airwars?"})
        await emulator.wait_for(lambda: emulator.sent("PATCH", r"/messages/@original$"), what="the answer being sent")
        proc.send_signal(signal.SIGTERM)
        message = await emulator.original(iid, timeout=30)
        assert "Airwars" in message["embeds"][0]["description"]
        out, err = await asyncio.wait_for(proc.communicate(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
    assert proc.returncode == 0, err.decode()[-2000:]
    log = out.decode() + err.decode()
    assert "stop requested" in log and "stopped" in log
    assert TOKEN not in log and TOKEN.split(".")[1] not in log


@pytest.mark.parametrize(
    ("status", "said"),
    [(401, "Discord refused the token"), (400, "Discord answered 400 when the bot logged in")],
)
async def test_a_refused_login_is_one_line_without_the_token(
    emulator: DiscordEmulator, engine: Engine, tmp_path: Path, status: int, said: str
) -> None:
    """The login answered with 401 (a bad token) or another error: a sentence, exit status 1, no traceback."""
    emulator.fail("GET", r"^/users/@me$", status, {"message": f"{status}: refused", "code": 0}, times=5)
    proc = await _start(_config(tmp_path, emulator, engine))
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    log = out.decode() + err.decode()
    assert proc.returncode == 1
    assert said in log and "Traceback" not in log
    assert TOKEN not in log and TOKEN.split(".")[1] not in log


@pytest.mark.parametrize("token", ["", "   "])
async def test_no_token_means_a_clear_message(
    tmp_path: Path, emulator: DiscordEmulator, engine: Engine, token: str
) -> None:
    proc = await _start(_config(tmp_path, emulator, engine), token=token)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 1 and "DISCORD_TOKEN is not set" in err.decode()


async def test_discord_out_of_reach_is_one_clear_line(tmp_path: Path, engine: Engine) -> None:
    """Nothing listens at the configured address: a sentence saying so, exit status 1, no traceback."""
    config = tmp_path / "config.toml"
    config.write_text(
        f'[corpus]\ndir = "{engine.store.where}"\n[index]\ndir = "{engine.index_settings.dir}"\n'
        '[discord]\nrest_url = "http://127.0.0.1:9/api/v10"\ngateway_url = "ws://127.0.0.1:9/gateway"\n'
        f'pins_db = "{tmp_path / "pins.sqlite3"}"\n',
        encoding="utf-8",
    )
    proc = await _start(config)
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    log = out.decode() + err.decode()
    assert proc.returncode == 1
    assert "cannot reach Discord at http://127.0.0.1:9/api/v10" in log and "Traceback" not in log
    assert TOKEN not in log


async def test_a_failed_command_sync_does_not_stop_the_bot(
    emulator: DiscordEmulator, engine: Engine, tmp_path: Path
) -> None:
    """The command sync answered with something unexpected (no descriptions): logged, and the bot still
    connects and answers with the commands Discord has."""
    emulator.malformed_sync = True
    proc = await _start(_config(tmp_path, emulator, engine))
    try:
        await emulator.wait_for(lambda: emulator.identifies, timeout=90, what="the bot to connect")
        await asyncio.sleep(1)  # READY and the guilds reach the client
        iid = await emulator.slash("ask", {"question": "What is Airwars?"})
        message = await emulator.original(iid, timeout=60)
        assert "Airwars" in message["embeds"][0]["description"]
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
    assert "syncing the application commands failed" in (out + err).decode()
