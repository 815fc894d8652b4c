"""Fetching a page for a new article: the whole download has a deadline, so a trickling server is cut off."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.app.articles import add_articles, fetch, remove_article
from bot.app.records import Records
from index import ingest
from index.corpus import Article, CorpusProblem
from index.errors import CorpusError

PAGE = b"<html><head><title>Ferry</title></head><body><p>The ferry stays in port.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        if self.path in ("/loop", "/ftp"):
            self.send_response(302)
            self.send_header("Location", "/loop" if self.path == "/loop" else "ftp://files.example/page.html")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        if self.path == "/slow":
            # one byte every 0.2 s for at most 4 s (bounded: the server stops by itself)
            for b in PAGE[:20]:
                try:
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    return  # the reader gave up, as the test wants: no traceback on the test's output
                time.sleep(0.2)
        else:
            self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_page_is_fetched_whole(server: str) -> None:
    assert fetch(server + "/page") == PAGE


def test_a_server_sending_a_byte_at_a_time_is_cut_off_at_the_deadline(server: str) -> None:
    """Each read gets its byte in time, so only a deadline on the whole download stops it."""
    with pytest.raises(CorpusError, match="took longer than 1 s"):
        fetch(server + "/slow", deadline=1.0)


def test_only_web_addresses_are_fetched() -> None:
    with pytest.raises(CorpusError):
        fetch("file:///etc/passwd")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the site answered 404"),
        ("/loop", "the site answered 30"),
        ("/ftp", "not http"),
    ],
)
def test_a_page_that_cannot_be_had_is_one_sentence(server: str, path: str, message: str) -> None:
    """A 404, a redirect loop, a redirect to ftp: each a CorpusError with one line, never a traceback."""
    with pytest.raises(CorpusError, match=message) as caught:
        fetch(server + path)
    assert "\n" not in str(caught.value)


def test_an_unreachable_site_is_one_sentence() -> None:
    with pytest.raises(CorpusError, match="cannot reach"):
        fetch("http://127.0.0.1:9/")  # the discard port: nothing listens there


def test_articles_that_can_only_be_read_are_not_changed(tmp_path: Path) -> None:
    """A source without writes (neither a folder nor one that records its own changes) refuses, in one line."""

    class ReadOnly:
        where = "a read-only copy"

        def read_all(self) -> tuple[list[Article], list[CorpusProblem]]:
            return [], []

        def read_added(self, article_ids: list[str]) -> tuple[list[Article], list[Article]]:
            return [], []

    records = Records(tmp_path / "pins.sqlite3").open()
    draft = ingest.Draft("harbour-closes", "The harbour closed.\n", {"outlet": "Coast Times"})
    with pytest.raises(CorpusError, match="a read-only copy can't be changed"):
        add_articles([draft], ReadOnly(), records, "42", [{}], lambda ids: None, lambda: None)
    with pytest.raises(CorpusError, match="can't be changed"):
        remove_article("harbour-closes", ReadOnly(), records, "42", lambda: None)
    assert records.changes() == []
    records.close()
