"""config.toml: defaults run as they are; a bad key or value gets a message that names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config
from index.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_config_loads() -> None:
    config = load_config(ROOT / "config.toml")
    assert config.corpus_dir == ROOT / "corpus"
    assert config.index.dir == ROOT / ".index"
    assert config.answer.max_quotes >= 1 and config.discord.guilds == ()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[index]\nchunk_size = 3\n", "[index] chunk_size"),
        ('[answer]\nmax_quotes = "three"\n', "[answer] max_quotes"),
        ("[discord]\ncooldown_rate = 0\n", "cooldown_rate"),
        ("[answer]\nmax_quotes = 0\n", "max_quotes must be at least 1"),
        ("[index]\nchunk_max_chars = 5\n", "chunk_max_chars"),
        ("[index]\nbatch_workers = -1\n", "batch_workers must be at least 0"),
        ('[discord]\nrest_url = "ftp://x"\n', "rest_url"),
        ('[discord]\nguilds = ["abc"]\n', "[discord] guilds"),
        ("[bogus]\nx = 1\n", "[bogus]"),
        ('[corpus]\npath = "x"\n', "[corpus] path"),
        ("[index\n", "not valid TOML"),
    ],
)
def test_a_bad_setting_is_named(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert named in str(err.value)


def test_the_token_is_not_a_setting(tmp_path: Path) -> None:
    """A token in the file is refused as an unknown key: secrets come from the environment only."""
    path = tmp_path / "config.toml"
    path.write_text('[discord]\ntoken = "abc"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "token" in str(err.value)


def test_the_token_never_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    """The token read from the environment is a secret: its repr, str and f-string are asterisks."""
    import logging

    from bot.config import token_from_env

    value = "MTIz.secret-token-value"
    monkeypatch.setenv("DISCORD_TOKEN", f"  {value}\n")
    token = token_from_env()
    assert token is not None and token.get_secret_value() == value
    shown = [repr(token), str(token), f"{token}", logging.Formatter().format(logging.makeLogRecord({"msg": token}))]
    assert all(value not in s and "secret" not in s.lower().replace("secretstr", "") for s in shown)
    monkeypatch.setenv("DISCORD_TOKEN", "  ")
    assert token_from_env() is None
