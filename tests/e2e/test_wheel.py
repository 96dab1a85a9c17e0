"""What `pip install .` gives: the sdist and the wheel built as a release builds them
(`python -m build`: the wheel from the unpacked sdist), the wheel installed with its
dependencies into a fresh virtual environment (not an editable install), its `deskcoach`
command run from a folder outside the checkout, and the real app started from it under Xvfb.

The Windows and macOS builds freeze the installed copy, so a module the wheel leaves out is
missing from them too. CI runs this on every change.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from deskcoach import __version__
from tests.e2e.desktop import missing_tools, start_desktop
from tools.control import wait_for

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
NOT_COPIED = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info",
                                    "__pycache__", ".*_cache", ".hypothesis", "shots")


def checkout_modules() -> set[str]:
    """deskcoach/**/*.py and resources/**/{toml,svg,json} as they land in the wheel."""
    found = {p.relative_to(ROOT).as_posix() for p in (ROOT / "deskcoach").rglob("*.py")}
    for pattern in ("*.py", "*.toml", "*.svg", "*.json"):
        found |= {"deskcoach/resources/" + p.relative_to(ROOT / "resources").as_posix()
                  for p in (ROOT / "resources").rglob(pattern) if "__pycache__" not in p.parts}
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel), built from a copy of the checkout so nothing is written into it."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_COPIED)
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(work / "dist"),
                           str(source)], capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    sdist = work / "dist" / f"deskcoach-{__version__}.tar.gz"
    wheel = work / "dist" / f"deskcoach-{__version__}-py3-none-any.whl"
    assert sdist.is_file(), sorted(p.name for p in (work / "dist").iterdir())
    assert wheel.is_file(), sorted(p.name for p in (work / "dist").iterdir())
    return sdist, wheel


@pytest.fixture(scope="module")
def venv(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel and its dependencies (pinned by constraints.txt)."""
    _sdist, wheel = built
    where = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, timeout=300)
    done = subprocess.run([str(where / "bin" / "python"), "-m", "pip", "install", "-q",
                           "-c", str(ROOT / "constraints.txt"), str(wheel)],
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return where


def run_installed(venv: Path, *args: str, cwd: Path,
                  env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in (env or os.environ).items()
             if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    return subprocess.run([str(venv / "bin" / "deskcoach"), *args], capture_output=True,
                          text=True, timeout=120, check=False, cwd=cwd, env=clean)


def test_the_wheel_holds_every_module_and_data_file(built: tuple[Path, Path]) -> None:
    _sdist, wheel = built
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "deskcoach = deskcoach.__main__:main" in archive.read(entry_points).decode()
    missing = sorted(checkout_modules() - names)
    assert missing == [], f"the wheel leaves out {missing}"
    assert "deskcoach/cli/settings.py" in names
    # the translations: .qm compiled by setup.py's build step, content catalogues as they are
    from deskcoach.core.languages import CODES
    for code in ("en", *CODES):
        assert f"deskcoach/resources/i18n/deskcoach_{code}.qm" in names, code
    for code in CODES:
        assert f"deskcoach/resources/i18n/content_{code}.ts" in names, code
    assert not any(n.startswith(("tests/", "resources/", "bench/")) for n in names)


def test_the_sdist_holds_what_the_wheel_is_built_from(built: tuple[Path, Path]) -> None:
    sdist, _wheel = built
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for needed in ("pyproject.toml", "setup.py", "README.md", "deskcoach/cli/__init__.py",
                   "resources/__init__.py", "resources/checklist/checklist.toml",
                   "resources/exercises/chin-tuck.toml"):
        assert needed in names, needed


def test_the_installed_command_works_outside_the_checkout(venv: Path, tmp_path: Path) -> None:
    python = venv / "bin" / "python"
    where = subprocess.run([str(python), "-c", "import deskcoach.cli, deskcoach.resources as r;"
                            " print(deskcoach.cli.__file__); print(r.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path,
                           env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    for line in where.stdout.splitlines():
        assert line.startswith(str(venv)), f"not the installed copy: {line}"
    profile = tmp_path / "profile"
    version = run_installed(venv, "--version", cwd=tmp_path)
    assert version.stdout.strip() == f"deskcoach {__version__}", version.stderr
    listed = run_installed(venv, "--profile", str(profile), "exercises", "--format", "json",
                           cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "chin-tuck" in {e["id"] for e in json.loads(listed.stdout)}
    for args in (("config", "set", "work_minutes", "45"), ("config", "show", "--json"),
                 ("checklist", "items"), ("policy", "show"), ("stats", "--format", "json"),
                 ("export", str(tmp_path / "export.json"))):
        done = run_installed(venv, "--profile", str(profile), *args, cwd=tmp_path)
        assert done.returncode == 0, f"deskcoach {' '.join(args)}: {done.stderr}"
        assert "Traceback" not in done.stderr
    shown = run_installed(venv, "--profile", str(profile), "config", "show", "--json",
                          cwd=tmp_path)
    assert json.loads(shown.stdout)["work_minutes"]["value"] == 45
    not_running = run_installed(venv, "--profile", str(profile), "status", cwd=tmp_path)
    assert not_running.returncode == 1
    assert not_running.stderr.startswith("DeskCoach is not running.")


def test_the_installed_app_starts_shows_its_tray_icon_and_quits(venv: Path,
                                                               tmp_path: Path) -> None:
    missing = missing_tools()
    if missing:
        pytest.fail(f"end-to-end tests need {', '.join(missing)}: run scripts/bootstrap.sh --test")
    desk = start_desktop(tmp_path / "home")
    profile = tmp_path / "profile"
    log = tmp_path / "app-output.log"
    env = {k: v for k, v in desk.env.items() if k != "PYTHONPATH"}
    proc: subprocess.Popen[bytes] | None = None
    try:
        with log.open("wb") as out:
            proc = subprocess.Popen([str(venv / "bin" / "deskcoach"), "--profile", str(profile)],
                                    env=env, stdout=out, stderr=out, cwd=tmp_path)
        try:
            wait_for(lambda: proc is not None and (proc.poll() is not None
                                                   or desk.tray_holds("DeskCoach")),
                     45, "the installed DeskCoach's tray icon")
        except TimeoutError:
            desk.screenshot(tmp_path / "no-tray.png")
            raise
        assert proc.poll() is None, log.read_text(errors="replace")
        status = run_installed(venv, "--profile", str(profile), "status", "--json",
                               cwd=tmp_path, env=env)
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout)["state"] == "working"
        assert run_installed(venv, "--profile", str(profile), "quit", cwd=tmp_path,
                             env=env).returncode == 0
        assert proc.wait(timeout=30) == 0, log.read_text(errors="replace")
        assert "Traceback" not in log.read_text(errors="replace")
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        desk.stop()


def test_the_windows_and_macos_specs_freeze_a_complete_installed_copy(venv: Path,
                                                                      tmp_path: Path) -> None:
    """Both specs freeze the installed package and first check it with
    packaging/installed_check.py: here that check, on what the fresh venv holds."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from installed_check import missing_modules
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    listed = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import pkgutil, deskcoach; print('deskcoach'); "
         "[print(m.name) for m in pkgutil.walk_packages(deskcoach.__path__, 'deskcoach.')]"],
        capture_output=True, text=True, check=True, cwd=tmp_path)
    installed = listed.stdout.split()
    assert missing_modules(ROOT, installed) == []
    by_hand = [n for n in installed if n.split(".")[:2] != ["deskcoach", "cli"]]
    assert missing_modules(ROOT, by_hand) == sorted(
        n for n in installed if n.split(".")[:2] == ["deskcoach", "cli"])
    for spec in ("windows", "macos"):
        text = (ROOT / "packaging" / spec / "deskcoach.spec").read_text(encoding="utf-8")
        assert "check(root, SUBMODULES)" in text
        assert "*SUBMODULES]" in text
