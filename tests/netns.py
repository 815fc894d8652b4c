"""Hosts of their own for the tests: Linux network namespaces joined by a bridge, with private addresses
(10.231.N.0/24) and nothing else on the network. Each "machine" runs its processes with `ip netns exec`; the
shared services (PostgreSQL, the Discord emulator) listen on the bridge's address. Needs root and iproute2;
`hosts()` yields None where they can't be made."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import shutil
import subprocess
from collections.abc import Iterator


@dataclasses.dataclass(frozen=True)
class Hosts:
    address: str  # where the shared services listen, as the machines reach it
    names: tuple[str, ...]  # one network namespace per machine

    def prefix(self, machine: int) -> list[str]:
        """The command prefix that runs a program on a machine."""
        return ["ip", "netns", "exec", self.names[machine]]


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


@contextlib.contextmanager
def hosts(machines: int = 2) -> Iterator[Hosts | None]:
    if os.geteuid() != 0 or shutil.which("ip") is None:
        yield None
        return
    tag = f"{random.randrange(16**4):04x}"
    net = random.randrange(1, 250)
    bridge, names = f"qb{tag}br", tuple(f"qb{tag}m{i}" for i in range(machines))
    made: list[str] = []
    try:
        _ip("link", "add", bridge, "type", "bridge")
        made.append(bridge)
        _ip("addr", "add", f"10.231.{net}.1/24", "dev", bridge)
        _ip("link", "set", bridge, "up")
        for i, name in enumerate(names):
            _ip("netns", "add", name)
            made.append(name)
            outside, inside = f"qb{tag}v{i}", f"qb{tag}p{i}"
            _ip("link", "add", outside, "type", "veth", "peer", "name", inside)
            _ip("link", "set", inside, "netns", name)
            _ip("link", "set", outside, "master", bridge)
            _ip("link", "set", outside, "up")
            _ip("-n", name, "addr", "add", f"10.231.{net}.{i + 2}/24", "dev", inside)
            _ip("-n", name, "link", "set", inside, "up")
            _ip("-n", name, "link", "set", "lo", "up")
    except (subprocess.CalledProcessError, OSError):
        _remove(made)
        yield None
        return
    try:
        yield Hosts(f"10.231.{net}.1", names)
    finally:
        _remove(made)


def _remove(made: list[str]) -> None:
    for thing in reversed(made):
        if thing.endswith("br"):
            subprocess.run(["ip", "link", "del", thing], capture_output=True)
        else:
            subprocess.run(["ip", "netns", "del", thing], capture_output=True)
