from __future__ import annotations

from pytestqt.qtbot import QtBot

from deskcoach.ui.fallback_window import FallbackWindow
from deskcoach.ui.tray import Tray


def test_every_button_sends_the_tray_signal(qtbot: QtBot) -> None:
    tray = Tray()
    window = FallbackWindow(tray)
    qtbot.addWidget(window)
    for name, signal in (("Take a break now", tray.take_break), ("Resume", tray.resume),
                         ("Skip next", tray.skip), ("Progress...", tray.open_progress),
                         ("Checklist...", tray.open_checklist),
                         ("Settings...", tray.open_settings),
                         ("When to get help...", tray.open_help), ("Quit", tray.quit)):
        with qtbot.waitSignal(signal, timeout=1000):
            window.buttons[name].click()
    with qtbot.waitSignal(tray.pause, timeout=1000, check_params_cb=lambda n: n == "30m"):
        window.buttons["Pause 30 min"].click()


def test_closing_minimises_instead(qtbot: QtBot) -> None:
    window = FallbackWindow(Tray())
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert window.isVisible()
    window.update_status("Next break in 5 min")
    assert window.status.text() == "Next break in 5 min"
