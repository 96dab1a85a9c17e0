"""The coach inside the running controller: socket commands, status fields, phase routines."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from deskcoach.controller import Controller
from deskcoach.core.programmes import BY_ID
from deskcoach.core.settings import Settings
from deskcoach.protocol import Request
from deskcoach.store.catalogue import load_catalogue
from tests.gui.test_controller import _reply_box


def test_checkin_and_programme_requests_and_status(qtbot: QtBot, make_controller: Any) -> None:
    catalogue = load_catalogue().catalogue
    c: Controller = make_controller(Settings(), catalogue=catalogue)
    replies, reply = _reply_box()
    status = c.status_dict()
    assert (status["programme"], status["phase"], status["week"]) == (None, None, None)
    c.handle_request(Request("checkin", {"pain": "3", "kind": "after_break", "region": "neck",
                                         "exercise": "chin-tuck", "flags": "[]", "note": ""}),
                     reply)
    ok, result, _ = replies[-1]
    assert ok
    assert (result["logged"]["pain"], result["logged"]["exercise"]) == (3, "chin-tuck")
    assert result["red_flags"] == []
    c.handle_request(Request("checkin", {"pain": "12", "kind": "", "region": "", "exercise": "",
                                         "flags": "", "note": ""}), reply)
    assert replies[-1] == (False, None, "--pain takes a whole number from 0 to 10, not '12'")
    c.handle_request(Request("programme", {"action": "start", "id": "sit-less"}), reply)
    assert replies[-1][0]
    status = c.status_dict()
    assert (status["programme"], status["phase"], status["phase_name"], status["week"]) == (
        "sit-less", 1, "Break up sitting", 1)
    # A break now draws only from the phase's exercises.
    phase = set(BY_ID["sit-less"].phases[0].exercises)
    for _ in range(3):
        with qtbot.waitSignal(c.break_shown, timeout=1000):
            assert c.take_break() is None
        assert set(c.routine.ids) <= phase, c.routine.ids
        with qtbot.waitSignal(c.break_hidden, timeout=1000):
            assert c.done() is None
    c.handle_request(Request("programme", {"action": "jump", "id": ""}), reply)
    assert replies[-1] == (False, None, "'programme' takes start, stop, status, not 'jump'")


def test_eye_breaks_come_between_movement_breaks_and_are_counted(
        qtbot: QtBot, make_controller: Any) -> None:
    # 600x: the 5-minute eye interval takes 0.5 s, the 20-second prompt 33 ms.
    c: Controller = make_controller(Settings(work_minutes=40, eye_break_minutes=5), scale=600)
    assert c.status_dict()["next_eye_break_at"] is not None
    with qtbot.waitSignal(c.eye_prompt, timeout=3000) as shown:
        pass
    assert shown.args == [20]
    with qtbot.waitSignal(c.eye_closed, timeout=3000):
        pass
    assert c.status_dict()["today"]["eye_breaks"] == 1
    assert c.set_value("eye_break_minutes", "0") is None
    assert c.status_dict()["next_eye_break_at"] is None


def test_a_daily_anchor_offers_five_minutes_and_a_click_starts_them(
        qtbot: QtBot, make_controller: Any) -> None:
    from deskcoach.ui.anchor_prompt import AnchorPrompt
    from deskcoach.ui.tray import Tray

    c: Controller = make_controller(Settings(daily_anchors="coffee 08:30, lunch 12:45"),
                                    catalogue=load_catalogue().catalogue)
    assert c.alarm is not None
    runs = sorted(job.next_run_time.astimezone(c.clock.zone).strftime("%H:%M")
                  for job in c.alarm.anchor_jobs())
    assert runs == ["08:30", "12:45"]
    tray = Tray(1.0)
    prompt = AnchorPrompt(tray, c)
    with qtbot.waitSignal(c.anchor_due, timeout=1000) as offered:
        c.anchor("coffee")
    name, routine = offered.args
    assert name == "coffee"
    assert 120 < sum(e.seconds for e in routine.exercises) <= 300
    assert prompt.offered is routine
    with qtbot.waitSignal(c.break_shown, timeout=1000):
        prompt.accept()
    assert c.routine is routine
    assert prompt.offered is None
    with qtbot.assertNotEmitted(c.anchor_due):
        c.anchor("lunch")  # on a break: no offer
    prompt.offer("lunch", routine)
    prompt.expire()  # the message has gone: a later click on another message starts nothing
    prompt.accept()
    assert c.anchor_routine is None
    assert c.set_value("daily_anchors", "") is None
    c.tick()
    assert c.alarm.anchor_jobs() == []
