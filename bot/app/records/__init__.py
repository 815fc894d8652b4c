"""The bot's records: every answer it gave, pins and votes, the change log of the articles, the feeds'
state and the conversations' threads.

What the application needs of them is said by small interfaces (bot.app.records.interfaces), one per concern;
SQLite (bot.app.records.sqlite) is their first implementation.
"""

from bot.app.records.interfaces import (
    Activity,
    AnswerLog,
    ChangeLog,
    FeedLedger,
    PinBoard,
    PinRecord,
    RecordStore,
    RecordsUnavailable,
    ThreadLog,
)
from bot.app.records.sqlite import Records, opened

__all__ = [
    "Activity",
    "AnswerLog",
    "ChangeLog",
    "FeedLedger",
    "PinBoard",
    "PinRecord",
    "RecordStore",
    "Records",
    "RecordsUnavailable",
    "ThreadLog",
    "opened",
]
