"""The records in one SQLite file (the default: no server needed), one module per table's concern."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from bot.app.records.sqlite.answers import AnswersTable
from bot.app.records.sqlite.changes import ChangesTable
from bot.app.records.sqlite.feeds import FeedsTable
from bot.app.records.sqlite.pins import PinsTable
from bot.app.records.sqlite.threads import ThreadsTable


class Records(AnswersTable, PinsTable, ChangesTable, FeedsTable, ThreadsTable):
    """All the records in one SQLite file (bot.app.records.interfaces.RecordStore)."""

    def open(self) -> Records:
        super().open()
        return self


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Records]:
    """The records at `path`, open for a block and closed after it (a command's use); RecordsUnavailable when
    they can't be opened."""
    records = Records(path).open()
    try:
        yield records
    finally:
        records.close()


__all__ = ["Records", "opened"]
