"""The fetch pool: its own threads, a limit on fetches at once, and a close that stops them."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.discord_edge.fetching import Busy, FetchPool


async def test_a_fetch_runs_in_the_pool_and_returns_its_result() -> None:
    pool = FetchPool(workers=1)
    try:
        assert await pool.run(lambda: threading.current_thread().name) != threading.current_thread().name
    finally:
        pool.close()


async def test_more_fetches_than_threads_are_refused_not_queued() -> None:
    """A slow site holds its thread; the next request hears so at once instead of waiting behind it."""
    pool = FetchPool(workers=1)
    release = threading.Event()
    try:
        slow = asyncio.ensure_future(pool.run(release.wait, 10))
        await asyncio.sleep(0.05)
        with pytest.raises(Busy):
            await pool.run(lambda: "second")
        release.set()
        assert await slow is True
        assert await pool.run(lambda: "third") == "third"  # the thread is free again
    finally:
        release.set()
        pool.close()


def test_closing_the_pool_stops_a_fetch_between_pieces_of_its_page() -> None:
    """The stop flag a closed pool sets ends a trickling download at its next piece, not at its deadline."""
    from http.server import ThreadingHTTPServer

    from bot.app.articles import fetch
    from index.errors import CorpusError
    from tests.bot.app.test_articles import _Handler

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    pool = FetchPool(workers=1)
    try:
        threading.Timer(0.5, pool.close).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/slow"
        with pytest.raises(CorpusError, match="stopping"):
            fetch(url, deadline=30.0, stop=pool.stopping)
    finally:
        httpd.shutdown()
        httpd.server_close()
