"""`python -m bot`: see bot/shell/cli.py."""

from __future__ import annotations

import sys

from bot.shell.cli import main

if __name__ == "__main__":
    sys.exit(main())
