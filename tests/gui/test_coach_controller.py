"""The coach inside the running services: socket commands, status fields, phase routines."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from deskcoach.core.programmes import BY_ID
from deskcoach.core.settings import Settings
from deskcoach.services.coach import Coach
from deskcoach.services.protocol import Request
from deskcoach.store.catalogue import load_catalogue
from tests.gui.test_controller import _reply_box


def test_checkin_and_programme_requests_and_status(qtbot: QtBot, make_coach: Any) -> None:
    catalogue = load_catalogue().catalogue
    c: Coach = make_coach(Settings(), catalogue=catalogue)
    replies, reply = _reply_box()
    status = c.control.status_dict()
    assert (status["programme"], status["phase"], status["week"]) == (None, None, None)
    c.control.handle_request(Request("checkin", {
        "pain": "3", "kind": "after_break", "region": "neck", "exercise": "chin-tuck",
        "flags": "[]", "note": ""}), reply)
    ok, result, _ = replies[-1]
    assert ok
    assert (result["logged"]["pain"], result["logged"]["exercise"]) == (3, "chin-tuck")
    assert result["red_flags"] == []
    c.control.handle_request(Request("checkin", {"pain": "12", "kind": "", "region": "",
                                                 "exercise": "", "flags": "", "note": ""}),
                             reply)
    assert replies[-1] == (False, None, "--pain takes a whole number from 0 to 10, not '12'")
    c.control.handle_request(Request("programme", {"action": "start", "id": "sit-less"}), reply)
    assert replies[-1][0]
    status = c.control.status_dict()
    assert (status["programme"], status["phase"], status["phase_name"], status["week"]) == (
        "sit-less", 1, "Break up sitting", 1)
    # A break now draws only from the phase's exercises.
    phase = set(BY_ID["sit-less"].phases[0].exercises)
    for _ in range(3):
        with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
            assert c.commands.take_break() is None
        assert set(c.routines.routine.ids) <= phase, c.routines.routine.ids
        with qtbot.waitSignal(c.runner.break_hidden, timeout=1000):
            assert c.commands.done() is None
    c.control.handle_request(Request("programme", {"action": "jump", "id": ""}), reply)
    assert replies[-1] == (False, None, "'programme' takes start, stop, status, not 'jump'")


def test_eye_breaks_come_between_movement_breaks_and_are_counted(
        qtbot: QtBot, make_coach: Any) -> None:
    # 600x: the 5-minute eye interval takes 0.5 s, the 20-second prompt 33 ms.
    c: Coach = make_coach(Settings(work_minutes=40, eye_break_minutes=5), scale=600)
    assert c.control.status_dict()["next_eye_break_at"] is not None
    with qtbot.waitSignal(c.runner.eye_prompt, timeout=3000) as shown:
        pass
    assert shown.args == [20]
    with qtbot.waitSignal(c.runner.eye_closed, timeout=3000):
        pass
    assert c.control.status_dict()["today"]["eye_breaks"] == 1
    assert c.config.set_value("eye_break_minutes", "0") is None
    assert c.control.status_dict()["next_eye_break_at"] is None


def test_a_daily_anchor_offers_five_minutes_and_a_click_starts_them(
        qtbot: QtBot, make_coach: Any) -> None:
    from deskcoach.ui.anchor_prompt import AnchorPrompt
    from deskcoach.ui.tray import Tray

    c: Coach = make_coach(Settings(daily_anchors="coffee 08:30, lunch 12:45"),
                          catalogue=load_catalogue().catalogue)
    assert c.runner.alarm is not None
    runs = sorted(job.next_run_time.astimezone(c.clock.zone).strftime("%H:%M")
                  for job in c.runner.alarm.anchor_jobs())
    assert runs == ["08:30", "12:45"]
    tray = Tray(1.0)
    prompt = AnchorPrompt(tray, c)
    with qtbot.waitSignal(c.runner.anchor_due, timeout=1000) as offered:
        c.runner.anchor("coffee")
    name, routine = offered.args
    assert name == "coffee"
    assert 120 < sum(e.seconds for e in routine.exercises) <= 300
    assert prompt.offered is routine
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000) as shown:
        prompt.accept()
    assert c.routines.routine is routine
    assert prompt.offered is None
    # Five minutes, not break_seconds (120 s by default): the whole routine fits and plays.
    assert shown.args[0].break_seconds == 300
    assert c.runner.status().break_seconds_left == 300
    assert c.runner.cycle.break_length() == 300
    assert c.routines.break_seconds() == 300
    with qtbot.assertNotEmitted(c.runner.anchor_due):
        c.runner.anchor("lunch")  # on a break: no offer
    prompt.offer("lunch", routine)
    prompt.expire()  # the message has gone: a later click on another message starts nothing
    prompt.accept()
    assert c.routines.anchor_routine is None
    # Accepted while a break is snoozed: the anchor's five minutes, not the snoozed routine.
    with qtbot.waitSignal(c.runner.break_hidden, timeout=1000):
        assert c.commands.done() is None
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        assert c.commands.take_break("chin-tuck") is None
    with qtbot.waitSignal(c.runner.break_hidden, timeout=1000):
        assert c.commands.snooze() is None
    lunch = c.routines.anchor(c.clock.now().wall.date())
    prompt.offer("lunch", lunch)
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000) as shown:
        prompt.accept()
    assert shown.args[0].break_seconds == 300
    assert c.routines.routine is lunch
    assert c.config.set_value("daily_anchors", "") is None
    c.runner.tick()
    assert c.runner.alarm.anchor_jobs() == []
