"""Programmes and their phases, stall and clinician advice, red flags: hand-worked examples.

Days are numbered from D0 = Monday 2 March 2026 (UTC+1); averages below were computed by hand.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.core.advice import advise
from deskcoach.core.checkins import CheckIn
from deskcoach.core.programmes import PROGRAMMES, Run, step, suggest
from deskcoach.core.redflags import HELP_PAGE, match

ZONE = timezone(timedelta(hours=1))
D0 = date(2026, 3, 2)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def rating(n: int, pain: int, kind: str = "morning", region: str | None = None) -> CheckIn:
    return CheckIn(datetime(2026, 3, 2, 8, tzinfo=ZONE) + timedelta(days=n), pain, kind, region)


def test_a_phase_lasts_its_days_first() -> None:
    run = Run("sit-less", day(0))
    result = step(run, [rating(n, 2) for n in range(4)], day(3))
    assert (result.action, result.run) == ("stay", run)
    assert result.reason == "Phase 1 of 2 (Break up sitting): day 4 of 7"
    assert run.week(day(3)) == 1
    assert run.week(day(7)) == 2


def test_steady_mornings_move_to_the_next_phase_only() -> None:
    run = Run("low-back", day(0))
    result = step(run, [rating(n, 2) for n in range(8)], day(7))
    assert result.action == "advance"
    assert result.run == Run("low-back", day(0), 1, day(7))
    assert result.reason == ("Next phase, Breathe, brace, hinge: your mornings stayed the same "
                             "or better for 3 days")
    assert step(result.run, [rating(n, 2) for n in range(30)], day(20)).action == "stay"
    assert step(result.run, [rating(n, 2) for n in range(30)], day(21)).run.phase == 2


def test_a_spike_or_a_missing_log_keeps_the_phase() -> None:
    run = Run("sit-less", day(0))
    spiked = [rating(n, 2) for n in range(6)] + [rating(6, 4), rating(7, 4)]
    assert "worse than usual for 2 days running" in step(run, spiked, day(7)).reason
    assert step(run, [], day(9)).action == "stay"
    assert "3 steady mornings" in step(run, [], day(9)).reason


def test_the_last_phase_completes() -> None:
    run = Run("sit-less", day(0), 1, day(7))
    result = step(run, [rating(n, 1) for n in range(15)], day(14))
    assert result.action == "complete"
    assert result.reason == "Sit less: stand and walk is complete: well done"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([p.id for p in PROGRAMMES]), st.integers(0, 3), st.integers(0, 40),
       st.lists(st.builds(rating, st.integers(0, 60), st.integers(0, 10)), max_size=40))
def test_phases_are_never_skipped(ident: str, phase: int, since: int, log: list[CheckIn]
                                  ) -> None:
    programme = next(p for p in PROGRAMMES if p.id == ident)
    phase = min(phase, len(programme.phases) - 1)
    run = Run(ident, day(0), phase, day(since))
    for today in range(since, 61, 3):
        result = step(run, log, day(today))
        assert result.run.phase in (run.phase, run.phase + 1)
        if result.action == "advance":
            assert (day(today) - run.since).days >= programme.phases[run.phase].days
        run = result.run


def test_suggestions_weigh_recent_aches_above_checklist_answers() -> None:
    # The neck ache on day -5 is more than 14 days before day 12: too old to count.
    log = [rating(10, 5, "after_break", "wrists_hands"), rating(-5, 6, "manual", "neck"),
           rating(11, 3, "manual", "neck")]
    found = suggest({"K1": "no", "S1": "no", "S2": "no", "C1": "yes"}, log, day(12))
    assert found == [
        ("wrists-forearms", "1 check-in with wrist and hand discomfort lately; checklist item K1"),
        ("neck-upper-back", "checklist items S1, S2")]
    assert suggest({}, [], day(12)) == []


def test_two_weeks_without_improvement_suggest_a_change() -> None:
    log = [rating(-3, 4), rating(0, 4), rating(9, 4), rating(13, 5)]  # 4.0 then, 4.5 now
    advice = advise(log, day(0), day(14))
    assert advice is not None
    assert advice.kind == "change_plan"
    assert (advice.then, advice.now) == (4.0, 4.5)
    assert advice.reason.startswith("2 weeks without improvement (about 4.0/10 then, 4.5/10")
    better = [rating(-3, 4), rating(0, 4), rating(9, 3), rating(13, 3)]  # 4.0 then, 3.0 now
    assert advise(better, day(0), day(14)) is None
    assert advise(log, day(1), day(14)) is None  # not two weeks yet


def test_four_weeks_without_change_suggest_a_clinician() -> None:
    log = [rating(0, 3), rating(14, 3), rating(27, 3), rating(28, 4)]  # 3.0 then, 3.5 now
    advice = advise(log, day(0), day(28))
    assert advice is not None
    assert advice.kind == "see_clinician"
    assert "see a doctor or physiotherapist" in advice.reason
    assert "Export log as PDF in the Body log, or `deskcoach log --pdf FILE`" in advice.reason


def test_a_comfortable_log_needs_no_advice() -> None:
    log = [rating(0, 1), rating(28, 1)]
    assert advise(log, day(0), day(28)) is None


def test_red_flags_match_ticks_and_notes_most_urgent_first() -> None:
    found = match(["fever"], "It felt numb and I got dizzy; also lost bladder control")
    assert [f.id for f in found] == ["bladder-bowel", "fever", "exercise-symptoms"]
    assert [f.urgency for f in found] == ["emergency", "soon", "stop"]
    assert match([], "a bit stiff today") == ()
    with pytest.raises(ValueError, match="'knee' is not a red flag"):
        match(["knee"])
    assert [len(items) for _, items in HELP_PAGE] == [4, 8, 1]
