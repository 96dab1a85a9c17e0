"""The core speaks English through the same catalogue as the app: its plural forms come from
resources/i18n/deskcoach_en.ts (the app and the CLI load the .qm built from it with Qt; these
tests run without Qt, so they read the .ts with the standard library)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskcoach.core import i18n

ENGLISH = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "deskcoach_en.ts"


def english_plurals() -> dict[str, tuple[str, str]]:
    forms = {}
    for message in ET.parse(ENGLISH).getroot().iter("message"):
        found = [f.text or "" for f in message.iter("numerusform")]
        if len(found) == 2:
            forms[message.findtext("source", "")] = (found[0], found[1])
    return forms


@pytest.fixture(autouse=True, scope="session")
def _english() -> Iterator[None]:
    plurals = english_plurals()

    def translate(_context: str, source: str, _disambiguation: str | None, n: int) -> str:
        if n >= 0 and source in plurals:
            source = plurals[source][0 if n == 1 else 1]
        return source.replace("%n", str(n)) if n >= 0 else source

    i18n.install(translate)
    yield
    i18n.install(None)
