"""A per-member sliding-window cooldown with an injectable clock."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class Cooldown:
    """At most `rate` uses per `per` seconds for each key."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        self._uses: dict[int, deque[float]] = {}

    def retry_after(self, key: int) -> float:
        """Seconds until `key` may go again, recording this use when it may go now (0.0)."""
        if self.per <= 0:
            return 0.0
        now = self._clock()
        uses = self._uses.setdefault(key, deque())
        while uses and now - uses[0] >= self.per:
            uses.popleft()
        if len(uses) >= self.rate:
            return self.per - (now - uses[0])
        uses.append(now)
        if len(self._uses) > 10000:  # forget members whose window has passed
            self._uses = {k: v for k, v in self._uses.items() if v and now - v[-1] < self.per}
        return 0.0
