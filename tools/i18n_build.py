"""Build the interface catalogues: resources/i18n/deskcoach_<lang>.qm from the .ts files.

Run at package time (setup.py's build step, build-deb.sh, build-msi.sh) and by
scripts/bootstrap.sh in a checkout; the .qm files are not kept in git. Unfinished messages are
left out by lrelease, so the English source shows for them.

    python -m tools.i18n_build
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from deskcoach.core.languages import CODES

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"


def lrelease_program() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 (scripts/bootstrap.sh)")
    return found


def build(folder: Path = I18N) -> list[Path]:
    """Every deskcoach_<lang>.qm, written beside its .ts (atomically: lrelease writes a
    temporary name that is then moved into place)."""
    made = []
    for code in ("en", *CODES):
        source = folder / f"deskcoach_{code}.ts"
        if not source.exists():
            continue
        target = folder / f"deskcoach_{code}.qm"
        temp = target.with_suffix(".qm.tmp")
        subprocess.run([lrelease_program(), "-silent", str(source), "-qm", str(temp)],
                       check=True)
        temp.replace(target)
        made.append(target)
    return made


def main() -> int:
    for path in build():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
