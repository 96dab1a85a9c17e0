from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from deskcoach.core.status import Phase, Status
from deskcoach.ui.tray import Tray
from deskcoach.ui.tray_icon import SIZES, STEPS, ring_pixmap

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def status(phase: Phase = Phase.WORKING, left: int = 23 * 60, progress: float = 0.4,
           can_skip: bool = True) -> Status:
    paused = datetime(2026, 11, 23, 10, 30, tzinfo=NOW.tzinfo) if phase is Phase.PAUSED else None
    return Status(phase, None, left, None, paused, 2, 3, False, can_skip, progress)


@pytest.fixture
def tray(qtbot: QtBot) -> Tray:
    return Tray()


def texts(tray: Tray) -> list[str]:
    return [a.text().replace("&", "") for a in tray.menu.actions()
            if a.isVisible() and not a.isSeparator()]


def test_menu_offers_every_command(tray: Tray) -> None:
    tray.update(status(), NOW)
    assert texts(tray) == ["Next break in 23 min", "Take a break now", "Pause",
                           "Skip next break", "Progress...", "Checklist...", "Settings...",
                           "When to get help...", "Quit"]
    assert [a.text().replace("&", "") for a in tray.pause_menu.actions()] == [
        "30 minutes", "1 hour", "Until tomorrow"]
    assert tray.icon.toolTip() == "DeskCoach - Next break in 23 min"


def test_strict_mode_leaves_skip_out_of_the_menu(tray: Tray) -> None:
    import dataclasses

    tray.update(dataclasses.replace(status(can_skip=False), strict=True), NOW)
    assert "Skip next break" not in texts(tray)
    tray.update(status(), NOW)
    assert "Skip next break" in texts(tray)


def test_paused_offers_resume(tray: Tray) -> None:
    tray.update(status(Phase.PAUSED, can_skip=False), NOW)
    assert texts(tray)[:3] == ["Paused until 10:30", "Take a break now", "Resume"]
    assert not tray.skip_action.isEnabled()


def test_on_break(tray: Tray) -> None:
    tray.update(status(Phase.ON_BREAK, left=0, progress=1.0), NOW)
    assert texts(tray)[0] == "On a movement break"
    assert not tray.break_action.isEnabled()
    assert tray.skip_action.text() == "S&kip this break"


@pytest.mark.parametrize(("seconds", "text"), [
    (30, "Next break in less than a minute"), (60, "Next break in 1 min"),
    (61, "Next break in 2 min"), (150 * 60, "Next break in 2 h 30 min")])
def test_time_phrases(tray: Tray, seconds: int, text: str) -> None:
    tray.update(status(left=seconds), NOW)
    assert tray.status_action.text() == text


def test_actions_emit(qtbot: QtBot, tray: Tray) -> None:
    tray.update(status(), NOW)
    with qtbot.waitSignal(tray.take_break, timeout=1000):
        tray.break_action.trigger()
    with qtbot.waitSignal(tray.pause, timeout=1000, check_params_cb=lambda n: n == "1h"):
        tray.pause_actions[1].trigger()
    with qtbot.waitSignal(tray.skip, timeout=1000):
        tray.skip_action.trigger()
    with qtbot.waitSignal(tray.open_progress, timeout=1000):
        tray.progress_action.trigger()
    with qtbot.waitSignal(tray.open_checklist, timeout=1000):
        tray.checklist_action.trigger()
    with qtbot.waitSignal(tray.open_settings, timeout=1000):
        tray.settings_action.trigger()
    with qtbot.waitSignal(tray.quit, timeout=1000):
        tray.quit_action.trigger()


def _coloured(pix_size: int, step: int, phase: Phase) -> int:
    image = ring_pixmap(step, phase, pix_size).toImage()
    blue = QColor("#1e88e5")
    return sum(1 for x in range(pix_size) for y in range(pix_size)
               if image.pixelColor(x, y).rgb() == blue.rgb())


@pytest.mark.parametrize("size", SIZES)
def test_ring_fills_with_progress(qtbot: QtBot, size: int) -> None:
    empty, half, full = (_coloured(size, s, Phase.WORKING) for s in (0, 12, 24))
    assert empty == 0
    assert 0 < half < full


def test_icon_is_crisp_on_hidpi(qtbot: QtBot) -> None:
    pix = ring_pixmap(12, Phase.WORKING, 16, ratio=2.0)
    assert (pix.width(), pix.height()) == (32, 32)
    assert pix.devicePixelRatio() == 2.0


def test_ring_icons_are_drawn_once_and_reused(tray: Tray) -> None:
    tray.update(status(progress=0.4), NOW)
    first = tray.icon.icon().cacheKey()
    tray.update(status(progress=0.8), NOW)
    tray.update(status(progress=0.4), NOW)
    assert tray.icon.icon().cacheKey() == first  # no new pixmaps as the day goes by
    assert len(tray._icons) == 2


def test_a_work_stretch_draws_nothing_once_the_ring_is_drawn_ahead(
        tray: Tray, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each drawing can start Qt's raster helper threads, so idle time must not draw."""
    tray.draw_ahead()
    icons = {step: icon.cacheKey() for (step, _), icon in tray._icons.items()}

    def no_drawing(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a ring was drawn during the work stretch")

    monkeypatch.setattr("deskcoach.ui.tray.ring_icon", no_drawing)
    for percent in range(101):
        tray.update(status(progress=percent / 100), NOW)
        step = round(percent / 100 * STEPS)
        assert tray.icon.icon().cacheKey() == icons[step]


def test_every_menu_item_has_its_own_mnemonic(tray: Tray) -> None:
    """Keyboard users pick items by letter; no two share one, in the menu or in Pause."""
    for menu in (tray.menu, tray.pause_menu):
        letters = []
        for action in menu.actions():
            if action.isSeparator() or action is tray.status_action:
                continue
            text = action.text()
            assert "&" in text, text
            letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), letters
