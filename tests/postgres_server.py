"""A real PostgreSQL server for the tests: its own data folder in a temporary directory, a free port on
127.0.0.1, a password (so that the tests can check it never shows), started once and stopped at the end.

It runs as an ordinary user: as the current one, or as `postgres` when the tests run as root (PostgreSQL
refuses to run as root). The server's programs are looked for where Debian's `postgresql` package puts them,
then on PATH."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

PASSWORD = "pw-" + uuid.uuid4().hex[:12]  # a fresh one each run; a test greps logs and messages for it
USER = "quotebot"


def bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A running server; `url(database)` is an address with the password in it."""

    def __init__(
        self, bindir: Path, root: Path, port: int, as_user: list[str], host: str = "127.0.0.1", durable: bool = False
    ) -> None:
        self.bindir, self.root, self.port, self._as, self.host = bindir, root, port, as_user, host
        self.durable = durable  # fsync as a real server does (for measuring); off for the tests' speed

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}:{PASSWORD}@{self.host}:{self.port}/{database}"

    def start(self) -> None:
        """Start the server (again, after a test stopped it), on the same port and data."""
        listen = ",".join(dict.fromkeys(["127.0.0.1", self.host]))
        fsync = "on" if self.durable else "off"
        options = f"-p {self.port} -k {self.root} -c listen_addresses={listen} -c fsync={fsync} -c max_connections=200"
        data, log = str(self.root / "data"), str(self.root / "log")
        self.run(str(self.bindir / "pg_ctl"), "-D", data, "-o", options, "-l", log, "-w", "start")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._as, *args], capture_output=True, text=True, check=True, cwd=self.root)

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        """A fresh, empty database for one test; dropped after it."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:16]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        try:
            yield self.url(name)
        finally:
            with psycopg.connect(self.url(), autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextlib.contextmanager
def running(host: str = "127.0.0.1", durable: bool = False) -> Iterator[Server]:
    """Start a server for the session; stop it and remove its files at the end. `host`: the address it is
    reached at besides 127.0.0.1 (a bridge to network namespaces: its /24 may connect, with the password)."""
    bindir = bin_dir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL's initdb was not found (install Debian's postgresql package)")
    root = Path(tempfile.mkdtemp(prefix="pg-tests-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    os.chmod(root, 0o700)
    (pwfile := root / "pw").write_text(PASSWORD + "\n")
    if as_user:
        shutil.chown(pwfile, "postgres", "postgres")
    port = _free_port()
    server = Server(bindir, root, port, as_user, host, durable)
    server.run(
        str(bindir / "initdb"), "-D", str(root / "data"), "-U", USER, f"--pwfile={pwfile}",
        "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
    )  # fmt: skip
    if host != "127.0.0.1":
        subnet = host.rsplit(".", 1)[0] + ".0/24"
        with (root / "data" / "pg_hba.conf").open("a") as hba:
            hba.write(f"host all all {subnet} scram-sha-256\n")
    server.start()
    try:
        yield server
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "-w", "stop"],
                       capture_output=True, cwd=root)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def seed(url: str, corpus: Path) -> None:
    """The articles of a corpus folder in the database, as `python -m bot db import` puts them there."""
    import psycopg

    from bot.app.postgres.articles import insert_article
    from bot.app.postgres.database import Database

    Database(url).migrate()
    with psycopg.connect(url) as conn, conn.transaction():
        for text in sorted(corpus.glob("*.txt")):
            meta = text.with_suffix(".toml").read_text(encoding="utf-8")
            insert_article(conn, text.stem, text.read_text(encoding="utf-8"), meta, "test")
