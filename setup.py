"""Which packages the wheel holds: every package under deskcoach/, found (never listed by
hand, so a new one cannot be left out), plus the top-level resources/ folder installed as
deskcoach.resources. pyproject.toml cannot mix found packages with that mapped folder; the
rest of the configuration is there.

The build step also compiles the interface catalogues (resources/i18n/deskcoach_<lang>.ts) into
the .qm files Qt loads, with the pyside6-lrelease of the build environment (PySide6-Essentials
is a build requirement): the wheel carries them, git does not.
"""

import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def lrelease() -> str:
    try:
        import PySide6

        inside = Path(PySide6.__file__).parent / "lrelease"
        if inside.exists():
            return str(inside)
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("building DeskCoach needs pyside6-lrelease (PySide6-Essentials)")
    return found


class BuildWithCatalogues(build_py):
    """build_py, then deskcoach_<lang>.qm beside the .ts files in the built package."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "deskcoach" / "resources" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted((HERE / "resources" / "i18n").glob("deskcoach_*.ts")):
            subprocess.run([lrelease(), "-silent", str(source), "-qm",
                            str(target / (source.stem + ".qm"))], check=True)


setup(packages=[*find_packages(include=["deskcoach", "deskcoach.*"]), "deskcoach.resources"],
      cmdclass={"build_py": BuildWithCatalogues})
