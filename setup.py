"""Which packages the wheel holds: every package under deskcoach/, found (never listed by
hand, so a new one cannot be left out), plus the top-level resources/ folder installed as
deskcoach.resources. pyproject.toml cannot mix found packages with that mapped folder; the
rest of the configuration is there."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["deskcoach", "deskcoach.*"]), "deskcoach.resources"])
