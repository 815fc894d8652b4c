#!/usr/bin/env bash
# Installs what is needed (with the test tools), then lints, type-checks and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install.sh dev
export HF_HUB_OFFLINE=1
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
