"""The core's translation hook: placeholders filled once, counts through the installed
translator, English when none is installed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcoach.core import i18n
from deskcoach.core.i18n import QT_TR_NOOP, fill, tr


def test_fill_puts_each_value_in_its_place_in_any_order() -> None:
    assert fill("%2 von %1", "Anna", 3) == "3 von Anna"
    assert fill("%1 of %2 breaks, %1 taken", 4, 6) == "4 of 6 breaks, 4 taken"


def test_a_value_that_holds_a_placeholder_is_not_filled_again() -> None:
    # "%2" inside the first value is the user's text, not a place for the second value
    assert fill("%1: %2", "50%2 off", "x") == "50%2 off: x"


def test_a_placeholder_without_a_value_stays_visible() -> None:
    assert fill("%1 and %3", "a") == "a and %3"


@given(st.lists(st.text(alphabet="ab%12 ", max_size=6), max_size=4))
def test_fill_never_reads_its_values_as_templates(values: list[str]) -> None:
    template = " | ".join(f"%{i + 1}" for i in range(len(values)))
    assert fill(template, *values) == " | ".join(values)


def test_the_no_op_markers_return_the_text_itself() -> None:
    text = "When to get help"
    assert QT_TR_NOOP(text) is text
    assert i18n.QT_TRANSLATE_NOOP("adml", text) is text


@pytest.fixture
def german() -> Iterator[list[tuple[str, str, str | None, int]]]:
    asked: list[tuple[str, str, str | None, int]] = []
    words = {"Paused until %1": "Pausiert bis %1", "%n min": "%n Min."}

    def translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, source, disambiguation, n))
        out = words.get(source, source)
        return out.replace("%n", str(n)) if n >= 0 else out

    before = i18n.installed()
    i18n.install(translate)
    yield asked
    i18n.install(before)


def test_tr_asks_the_installed_translator_in_the_empty_context(
        german: list[tuple[str, str, str | None, int]]) -> None:
    assert fill(tr("Paused until %1"), "14:30") == "Pausiert bis 14:30"
    assert tr("%n min", "", 25) == "25 Min."
    assert tr("not in the catalogue") == "not in the catalogue"
    assert german == [("", "Paused until %1", None, -1), ("", "%n min", "", 25),
                      ("", "not in the catalogue", None, -1)]


def test_without_a_translator_tr_is_english_with_the_count_filled_in(
        german: list[tuple[str, str, str | None, int]]) -> None:
    i18n.install(None)  # the fixture puts back the translator it found
    assert tr("Next break in %1") == "Next break in %1"
    assert tr("%n days", "", 12) == "12 days"
    assert german == []


def test_the_english_catalogue_gives_the_singular_for_one() -> None:
    # the session fixture (tests/unit/conftest.py) reads deskcoach_en.ts, as the app's .qm does
    assert tr("%n days", "", 1) == "1 day"
    assert tr("%n days", "", 2) == "2 days"
    assert tr("%n days", "", 0) == "0 days"


def test_days_are_english_until_the_edge_installs_its_locale() -> None:
    friday = date(2026, 11, 20)
    assert i18n.day(friday) == "Fri"
    assert i18n.day(friday, "ddd d MMM") == "Fri 20 Nov"
    i18n.install_days(lambda when, pattern: f"{pattern}@{when.isoformat()}")
    try:
        assert i18n.day(friday, "ddd d MMM") == "ddd d MMM@2026-11-20"
    finally:
        i18n.install_days(None)
