"""config.toml, read once into frozen dataclasses; the Discord token only ever comes from the environment."""

from __future__ import annotations

import dataclasses
import os
import tomllib
import urllib.parse
from pathlib import Path

from pydantic import SecretStr, with_config

from index.config import SETTINGS, AnswerSettings, IndexSettings, section_from_table
from index.errors import ConfigError

TOKEN_ENV = "DISCORD_TOKEN"
DATABASE_ENV = "DATABASE_URL"  # wins over [storage] database_url


@with_config(SETTINGS)
@dataclasses.dataclass(frozen=True)
class DiscordSettings:
    """Where the bot answers and how it behaves towards members."""

    guilds: tuple[int, ...] = ()  # guild ids it answers in; empty means all
    channels: tuple[int, ...] = ()  # channel ids it answers in; empty means all
    cooldown_rate: int = 3  # questions a member may ask ...
    cooldown_seconds: float = 30.0  # ... per this many seconds
    rest_url: str = ""  # empty: Discord's own API; set for an HTTP proxy or a local test server
    gateway_url: str = ""  # empty: Discord's own gateway
    pins_db: Path = Path("data/pins.sqlite3")
    sync_commands: bool = True  # register the slash commands with Discord at start-up
    shard_count: int = 0  # 0: a single process without sharding
    shard_ids: tuple[int, ...] = ()
    # How often to look whether another process (another shard) changed the index; 0 = never.
    index_check_seconds: float = 30.0
    # Follow-ups in a thread opened on an answer are answered until it has been this long since the last one.
    follow_up_hours: float = 24.0

    def __post_init__(self) -> None:
        if self.cooldown_rate < 1:
            raise ValueError("cooldown_rate must be at least 1")
        if self.cooldown_seconds < 0:
            raise ValueError("cooldown_seconds must not be negative")
        if self.follow_up_hours <= 0:
            raise ValueError("follow_up_hours must be above 0")
        if self.index_check_seconds < 0:
            raise ValueError("index_check_seconds must not be negative")
        if self.shard_count < 0:
            raise ValueError("shard_count must not be negative")
        if self.shard_ids and not self.shard_count:
            raise ValueError("shard_ids need shard_count (the number of shards of all processes together)")
        if any(not 0 <= i < self.shard_count for i in self.shard_ids):
            raise ValueError(f"shard_ids must be shards below shard_count ({self.shard_count})")
        if len(set(self.shard_ids)) != len(self.shard_ids):
            raise ValueError("shard_ids lists a shard twice")
        for key in ("rest_url", "gateway_url"):
            url = getattr(self, key)
            if url and not url.startswith(("http://", "https://", "ws://", "wss://")):
                raise ValueError(f"{key} must be an http(s) or ws(s) address, not {url!r}")


@with_config(SETTINGS)
@dataclasses.dataclass(frozen=True)
class FeedSettings:
    """The outlets' RSS or Atom feeds the bot watches for new articles to propose to the moderators."""

    urls: tuple[str, ...] = ()  # feed addresses; none: no watching
    review_channel: int = 0  # the moderators' channel where proposals are posted (needed with urls)
    interval_minutes: float = 15.0  # how often each feed is read; a failing feed waits longer each time
    max_items: int = 30  # the newest items of a feed looked at each time (a feed may list thousands)
    # An item is proposed when its best sentences are this close in meaning to the articles' (mean of the
    # five best matches) and it names at least `min_shared_names` people, places or bodies they name.
    min_similarity: float = 0.55
    min_shared_names: int = 2

    def __post_init__(self) -> None:
        from index.corpus import is_web_address

        for url in self.urls:
            if not is_web_address(url):
                raise ValueError(f"urls: {url!r} is not an http(s) address")
        if self.urls and not self.review_channel:
            raise ValueError("review_channel: feeds need the moderators' channel to post proposals to")
        if self.interval_minutes < 1:
            raise ValueError("interval_minutes must be at least 1 (be gentle with the outlets' servers)")
        if not 1 <= self.max_items <= 500:
            raise ValueError("max_items must be between 1 and 500")
        if not 0 < self.min_similarity <= 1:
            raise ValueError("min_similarity must be above 0 and at most 1")
        if self.min_shared_names < 0:
            raise ValueError("min_shared_names must not be negative")


@with_config(SETTINGS)
@dataclasses.dataclass(frozen=True)
class StorageSettings:
    """Where the records and the articles live: with no database, SQLite and the corpus folder on this machine;
    with a postgresql:// address, a PostgreSQL server that every machine's processes share."""

    database_url: SecretStr = SecretStr("")  # a secret: its password never prints (see database_label)
    pool_size: int = 4  # connections a process keeps to the database
    # How often a process looks for article changes when a notification may have been missed (a dropped
    # connection); the notifications themselves arrive at once.
    check_seconds: float = 30.0

    def __post_init__(self) -> None:
        url = self.database_url.get_secret_value()
        if url and not url.startswith(("postgresql://", "postgres://")):
            raise ValueError("database_url must be empty or a postgresql:// address")
        if self.pool_size < 1:
            raise ValueError("pool_size must be at least 1")
        if self.check_seconds <= 0:
            raise ValueError("check_seconds must be above 0")

    @property
    def url(self) -> str:
        return self.database_url.get_secret_value()


def database_label(url: str) -> str:
    """A database address fit for a log or a message: host, port and database name, never a user or password."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    query = urllib.parse.parse_qs(parts.query)
    if not parts.hostname and "host" in query:  # a Unix socket folder given as ?host=/run/postgresql
        host = query["host"][0]
    return f"{host}{port}{parts.path or '/'}"


@dataclasses.dataclass(frozen=True)
class Config:
    corpus_dir: Path
    index: IndexSettings
    answer: AnswerSettings
    discord: DiscordSettings
    path: Path | None = None
    feeds: FeedSettings = FeedSettings()
    storage: StorageSettings = StorageSettings()


def load_config(path: Path | None = None) -> Config:
    """Read config.toml (or the defaults when there is none); ConfigError names the bad key."""
    data: dict[str, object] = {}
    base = Path.cwd()
    if path is not None:
        base = path.resolve().parent
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config: {path} does not exist") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config: {path} is not valid TOML ({exc})") from None
    known = {"corpus", "index", "answer", "discord", "feeds", "storage"}
    for key in data:
        if key not in known:
            raise ConfigError(f"config: unknown section [{key}] (known sections: {', '.join(sorted(known))})")
    corpus = data.get("corpus", {})
    if not isinstance(corpus, dict) or set(corpus) - {"dir"}:
        bad = sorted(set(corpus) - {"dir"}) if isinstance(corpus, dict) else ["(not a table)"]
        raise ConfigError(f"config: unknown key [corpus] {bad[0]} (known keys: dir)")
    corpus_dir = corpus.get("dir", "corpus")
    if not isinstance(corpus_dir, str):
        raise ConfigError("config: [corpus] dir must be a path (string)")
    return Config(
        corpus_dir=(base / corpus_dir) if not Path(corpus_dir).is_absolute() else Path(corpus_dir),
        index=section_from_table(IndexSettings, data.get("index"), "index", base),
        answer=section_from_table(AnswerSettings, data.get("answer"), "answer", base),
        discord=section_from_table(DiscordSettings, data.get("discord"), "discord", base),
        path=path,
        feeds=section_from_table(FeedSettings, data.get("feeds"), "feeds", base),
        storage=_storage(data.get("storage")),
    )


def _storage(table: object) -> StorageSettings:
    """[storage], with DATABASE_URL from the environment in place of database_url when it is set."""
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        table = {**(table if isinstance(table, dict) else {}), "database_url": from_env}
    return section_from_table(StorageSettings, table, "storage")


def token_from_env() -> SecretStr | None:
    """The bot token, from the environment only; None when it is not set. A secret: it prints as asterisks in any
    log line, traceback or repr, and only `get_secret_value()` (at login) reads it."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    return SecretStr(token) if token else None
