"""The main windows in the pseudo-locale and in Arabic, under Xvfb (tools/i18n_shots.py):
every visible text translated and fitting its widget, the layout mirrored for Arabic with the
figure and the charts left as they are. The pictures stay in the test's folder for a look."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ("break", "settings-0", "settings-5", "checklist-intro", "checklist-question",
           "dashboard")


def shots(out: Path, *args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "tools.i18n_shots", str(out), *args],
                          capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    code = args[args.index("--lang") + 1]
    name = f"report-{code}{'-pseudo' if '--pseudo' in args else ''}.json"
    report: dict[str, object] = json.loads((out / name).read_text(encoding="utf-8"))
    return report


def test_the_pseudo_locale_leaves_no_english_and_nothing_clipped(tmp_path: Path) -> None:
    report = shots(tmp_path, "--lang", "de", "--pseudo")
    assert report["problems"] == []
    for window in WINDOWS:
        picture = tmp_path / f"de-pseudo-{window}.png"
        assert picture.stat().st_size > 5000, picture
    assert report["direction"] == {"app": "LeftToRight", "break window": "LeftToRight",
                                   "figure": "LeftToRight", "charts": "LeftToRight",
                                   "chart axes": "LeftToRight"}


def test_arabic_mirrors_the_windows_but_not_the_figure_or_charts(tmp_path: Path) -> None:
    report = shots(tmp_path, "--lang", "ar")
    assert report["direction"] == {"app": "RightToLeft", "break window": "RightToLeft",
                                   "figure": "LeftToRight", "charts": "LeftToRight",
                                   "chart axes": "LeftToRight"}
    assert (tmp_path / "ar-break.png").stat().st_size > 5000
