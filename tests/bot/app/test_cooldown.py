"""The sliding-window cooldown, on a clock the test moves."""

from __future__ import annotations

import pytest

from bot.app.cooldown import Cooldown


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_uses_go_then_the_next_waits_until_the_oldest_leaves_the_window() -> None:
    clock = Clock()
    cooldown = Cooldown(3, 60.0, clock)
    for _ in range(3):
        assert cooldown.retry_after(7) == 0.0
        clock.now += 10  # uses at 1000, 1010, 1020
    assert cooldown.retry_after(7) == pytest.approx(30.0)  # at 1030: the use at 1000 leaves at 1060
    clock.now = 1060.0
    assert cooldown.retry_after(7) == 0.0


def test_a_refused_try_is_not_counted_as_a_use() -> None:
    clock = Clock()
    cooldown = Cooldown(1, 10.0, clock)
    assert cooldown.retry_after(1) == 0.0
    for _ in range(5):
        clock.now += 1
        assert cooldown.retry_after(1) > 0
    clock.now = 1010.0  # ten seconds after the only use, however often it was tried meanwhile
    assert cooldown.retry_after(1) == 0.0


def test_members_have_their_own_windows() -> None:
    cooldown = Cooldown(1, 60.0, Clock())
    assert cooldown.retry_after(1) == 0.0
    assert cooldown.retry_after(1) > 0
    assert cooldown.retry_after(2) == 0.0


def test_no_window_means_no_wait() -> None:
    cooldown = Cooldown(1, 0.0, Clock())
    assert all(cooldown.retry_after(1) == 0.0 for _ in range(5))


def test_members_whose_window_passed_are_forgotten_and_the_others_kept() -> None:
    clock = Clock()
    cooldown = Cooldown(1, 60.0, clock)
    for member in range(10_000):
        cooldown.retry_after(member)
    clock.now += 61
    cooldown.retry_after(-1)  # a window of its own, still open
    cooldown.retry_after(-2)  # the 10,002nd member: the forgetting runs
    assert len(cooldown._uses) == 2
    assert cooldown.retry_after(-1) > 0  # still counted
