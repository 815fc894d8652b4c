#!/usr/bin/env bash
# Installs what is needed, builds the index if it is missing or stale, and starts:
# the Discord bot when DISCORD_TOKEN is set, else a console that answers the same way.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install.sh
export HF_HUB_OFFLINE=1
exec .venv/bin/python -m bot "$@"
