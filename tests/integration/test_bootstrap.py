"""scripts/bootstrap.sh on a shared machine: it waits for another apt instead of failing, and
the README names every system package it installs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bootstrap.sh"
LOCKS = ("/var/lib/dpkg/lock-frontend", "/var/lib/dpkg/lock", "/var/lib/apt/lists/lock")
HOLD = """
import fcntl, os, sys, time
fds = []
for path in sys.argv[2:]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o640)
    fcntl.lockf(fd, fcntl.LOCK_EX)
    fds.append(fd)
print("held", flush=True)
time.sleep(float(sys.argv[1]))
"""


def bootstrap_packages() -> list[str]:
    """Every package named in the script's pkgs=(...) and pkgs+=(...) arrays."""
    text = SCRIPT.read_text(encoding="utf-8")
    found: list[str] = []
    for body in re.findall(r"pkgs\+?=\(([^)]*)\)", text):
        found += [w for w in re.sub(r"#.*", "", body).split()]
    return found


def test_the_readme_names_every_system_package_the_commands_install() -> None:
    packages = bootstrap_packages()
    assert {"xvfb", "openbox", "trayer", "lintian", "wixl", "libxcb-cursor0"} <= set(packages)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using it")[0]
    missing = [p for p in packages if f"`{p}`" not in section]
    assert missing == [], f"README's setup paragraph does not name {missing}"


def test_bootstrap_waits_for_another_apt_instead_of_failing(tmp_path: Path) -> None:
    """Another apt holds the dpkg and package-list locks for a few seconds while bootstrap
    needs a package (xdotool, which it installs anyway: reported missing by a stand-in
    dpkg-query, so apt-get really runs and finds it already installed)."""
    if not (sys.platform.startswith("linux") and shutil.which("apt-get")
            and shutil.which("dpkg-query")):
        pytest.skip("bootstrap.sh installs system packages with apt (Debian and Ubuntu)")
    if os.geteuid() != 0:
        pytest.skip("holding apt's locks needs root (CI runs as root)")
    real = shutil.which("dpkg-query")
    fake = tmp_path / "bin" / "dpkg-query"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\nfor a in "$@"; do [ "$a" = xdotool ] && exit 1; done\n'
                    f'exec {real} "$@"\n', encoding="utf-8")
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{fake.parent}:{os.environ['PATH']}", "APT_LOCK_WAIT": "60"}
    with subprocess.Popen([sys.executable, "-c", HOLD, "6", *LOCKS], stdout=subprocess.PIPE,
                          text=True) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "held"
            started = time.monotonic()
            done = subprocess.run(["bash", str(SCRIPT), "--test", "--system-only"], env=env,
                                  capture_output=True, text=True, timeout=300, check=False)
            waited = time.monotonic() - started
        finally:
            holder.kill()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Installing system packages: xdotool" in done.stdout
    assert "Could not get lock" not in done.stderr
    assert waited > 3, "it cannot have waited for the lock"
