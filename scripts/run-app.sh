#!/usr/bin/env bash
# Set up (first time) and start DeskCoach. Extra arguments go to `deskcoach`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/deskcoach "$@"
