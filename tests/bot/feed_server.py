"""A local web server for the feed tests: RSS 2.0 and Atom feeds (with ETag and Last-Modified) and the pages
their items link to, all written for the tests; and the faults a feed can have."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RELEVANT = b"""<!doctype html><html><head><title>Turkish jets pound al-Bab as Moscow repeats coalition claim</title>
<meta property="og:site_name" content="Harbour Wire"><meta property="article:published_time" content="2017-01-26">
</head><body><article><h1>Turkish jets pound al-Bab as Moscow repeats coalition claim</h1>
<p>Turkish warplanes struck Islamic State positions around al-Bab in northern Syria on Wednesday, the Turkish
military said in a statement.</p>
<p>Russia's Defense Ministry repeated that two jets of the US-led coalition had joined Russian aircraft in strikes
near al-Bab earlier in the week, using target coordinates it said the coalition had passed to Moscow.</p>
<p>The Pentagon again denied coordinating any airstrikes with Russia in Syria, a spokesman told reporters.</p>
</article></body></html>"""

SPORTS = b"""<!doctype html><html><head><title>Harbour United lift the cup</title>
<meta property="og:site_name" content="Harbour Wire"></head><body><article>
<p>Harbour United won the county cup final 3-1 on Saturday with two goals in the last ten minutes.</p>
<p>The coach said his players never stopped believing, and the captain lifted the trophy for a second year.</p>
<p>Fans celebrated in the streets around the stadium until late in the evening.</p>
</article></body></html>"""

ATOM_RELEVANT = b"""<!doctype html><html><head><title>Ankara says its F-16s, not coalition jets, hit al-Bab</title>
<meta property="og:site_name" content="Valley Times"></head><body><article>
<p>Turkey's General Staff said its F-16 jets, not aircraft of the US-led coalition, carried out the strikes on
Islamic State targets near al-Bab that Moscow described as a joint mission.</p>
<p>A Turkish official said Russian aircraft had struck positions south of al-Bab at the same time.</p>
<p>The Kremlin did not comment on the Turkish account, and Pentagon officials declined to add to their denial.</p>
</article></body></html>"""


def rss(items: list[tuple[str, str]], title: str = "Harbour Wire") -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{formatdate(1485400000 - n * 60, usegmt=True)}</pubDate>"
        "</item>"
        for n, (t, link) in enumerate(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>http://example.test/</link>'
        f"<description>News</description>{entries}</channel></rss>"
    ).encode()


def atom(items: list[tuple[str, str]], title: str = "Valley Times") -> bytes:
    entries = "".join(
        f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id>'
        f"<updated>2017-01-26T10:0{n}:00Z</updated></entry>"
        for n, (t, link) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
        f"<id>urn:valley</id><updated>2017-01-26T10:00:00Z</updated>{entries}</feed>"
    ).encode()


class FeedServer:
    """Serves `pages` (path -> (bytes, content type)); feeds answer 304 to a matching ETag or date."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[bytes, str]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""

    def add(self, path: str, body: bytes, kind: str = "text/html") -> str:
        self.pages[path] = (body, kind)
        return self.base + path

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            server.requests.append((self.path, dict(self.headers)))
            if self.path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
                return
            found = server.pages.get(self.path)
            if found is None:
                self.send_error(404, "Not Found")
                return
            body, kind = found
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            modified = "Thu, 26 Jan 2017 10:00:00 GMT"
            if kind.endswith("xml") and (
                self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == modified
            ):
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if kind.endswith("rss+xml"):
                self.send_header("ETag", etag)
            elif kind.endswith("xml"):
                self.send_header("Last-Modified", modified)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
