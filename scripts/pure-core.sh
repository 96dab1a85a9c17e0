#!/usr/bin/env bash
# The domain's unit tests in a venv that has no PySide6, APScheduler or platformdirs: proof that
# deskcoach.core needs nothing outside the standard library (import-linter checks the imports;
# this checks that nothing slips through at run time, such as an import inside a function).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-core
py="${PYTHON:-python3}"
[ -x "$venv/bin/python" ] || "$py" -m venv "$venv"
stamp="$venv/.installed"
if [ ! -f "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  "$venv/bin/python" -m pip install -q -c constraints.txt pytest hypothesis >"$venv/install.log" 2>&1 \
    || { cat "$venv/install.log" >&2; exit 1; }
  touch "$stamp"
fi
if "$venv/bin/python" -c "import PySide6" 2>/dev/null; then
  echo "$venv has PySide6: it cannot show that the core runs without Qt" >&2
  exit 1
fi
exec "$venv/bin/python" -m pytest -c tests/unit/pure.ini --rootdir . -q tests/unit
