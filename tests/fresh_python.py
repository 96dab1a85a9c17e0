"""Run a snippet in a fresh interpreter: what a module loads is only visible in a new process."""

from __future__ import annotations

import os
import subprocess
import sys


def fresh_python(code: str, **env: str) -> str:
    """The snippet's standard output; it fails the test when the snippet fails."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
