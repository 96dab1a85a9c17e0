#!/usr/bin/env bash
# Set up (first time) and run every check: lint, types, the architecture contract, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh --test
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff";         ruff check .
echo "== mypy";         mypy
echo "== import-linter"; lint-imports
echo "== core without Qt"; bash scripts/pure-core.sh
echo "== pytest";       exec pytest "$@"
