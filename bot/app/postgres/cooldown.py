"""The members' cooldown held in PostgreSQL, so that it counts a member's questions on every process of every
machine (a member in two servers served by two machines is one member).

Each question is one short transaction, serialised per member with an advisory lock. When the database can't
be reached within ASK_WAIT the process's own cooldown decides instead: a member is never kept waiting on it."""

from __future__ import annotations

import logging
import time

from bot.app.cooldown import Cooldown
from bot.app.postgres.database import Database
from bot.app.records.interfaces import RecordsUnavailable

log = logging.getLogger(__name__)

ASK_WAIT = 0.25  # seconds the shared count may take before the process's own decides
_LOCK_CLASS = 7311  # pg_advisory_xact_lock(class, member): one member's questions counted one at a time
PRUNE_EVERY = 60.0  # seconds between clearing everyone's questions older than the window


class SharedCooldown:
    """At most `rate` questions per `per` seconds for each member, counted in the database."""

    def __init__(self, database: Database, rate: int, per: float) -> None:
        self.db = database
        self.rate = rate
        self.per = per
        self.local = Cooldown(rate, per)  # used while the database is away
        self._pruned = 0.0
        self._warned = 0.0

    def retry_after(self, key: int) -> float:
        """Seconds until member `key` may ask again, recording this question when they may ask now (0.0)."""
        if self.per <= 0:
            return 0.0
        try:
            with self.db.transaction("written", timeout=ASK_WAIT) as conn:
                conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, key % 2**31))
                window = f"{self.per} seconds"
                row = conn.execute(
                    "SELECT count(*), EXTRACT(EPOCH FROM now() - min(at)) FROM asks"
                    " WHERE user_id = %s AND at > now() - %s::interval",
                    (key, window),
                ).fetchone()
                count, age = (int(row[0]), float(row[1] or 0.0)) if row else (0, 0.0)
                if count >= self.rate:
                    return max(0.0, self.per - age)
                conn.execute("INSERT INTO asks (user_id, at) VALUES (%s, now())", (key,))
                if time.monotonic() - self._pruned > PRUNE_EVERY:
                    conn.execute("DELETE FROM asks WHERE at < now() - %s::interval", (window,))
                    self._pruned = time.monotonic()
            return 0.0
        except RecordsUnavailable as exc:
            if time.monotonic() - self._warned > PRUNE_EVERY:
                log.warning("%s; members' cooldowns are counted by this process alone meanwhile", exc)
                self._warned = time.monotonic()
            return self.local.retry_after(key)


__all__ = ["SharedCooldown"]
