"""Keep the interface catalogues (resources/i18n/deskcoach_<lang>.ts) in step with the code.

Runs pyside6-lupdate over every module of the package, once per shipped language so each file
carries its `language` attribute and therefore the right number of plural forms (Arabic six,
Japanese one), and deskcoach_en.ts with only the plural messages, whose English forms we
write ourselves. No source locations are written (`-locations none`): moving code does not touch
the catalogues, so translators' branches merge cleanly. Texts no longer in the code are dropped.

    python -m tools.i18n_update           # rewrite every deskcoach_<lang>.ts
    python -m tools.i18n_update --check   # exit 1 when the code has texts the catalogues lack
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from deskcoach.core.languages import CODES

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"


def qt_program(name: str) -> str:
    """A Qt tool (pyside6-lupdate, pyside6-lrelease) beside this Python (the .venv), else on
    PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run scripts/bootstrap.sh")
    return found


def lupdate_program() -> str:
    return qt_program("pyside6-lupdate")


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "deskcoach").rglob("*.py"))


def update(target: Path, code: str) -> None:
    """English gets only the numerus messages: its singular and plural forms of each count."""
    subprocess.run(
        [lupdate_program(), *sources(), "-ts", str(target), "-target-language", code,
         "-source-language", "en", "-locations", "none", "-no-obsolete", "-silent",
         *(["-pluralonly"] if code == "en" else [])],
        cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for code in ("en", *CODES):
        path = I18N / f"deskcoach_{code}.ts"
        if not args.check:
            I18N.mkdir(parents=True, exist_ok=True)
            update(path, code)
            continue
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / path.name
            if path.exists():
                shutil.copyfile(path, copy)
            update(copy, code)
            if not path.exists() or copy.read_bytes() != path.read_bytes():
                stale.append(path.name)
    if stale:
        print("out of step with the code (run python -m tools.i18n_update): "
              + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
