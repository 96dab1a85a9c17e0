from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.core.exercises import Catalogue
from deskcoach.core.settings import Settings
from deskcoach.services.clock import AppClock
from deskcoach.services.coach import Coach
from deskcoach.services.records import NOTES_KEY, SAFETY_KEY
from deskcoach.services.translation import Translators
from deskcoach.store.history import History
from deskcoach.store.settings_file import SettingsFile


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp: object) -> Translators:
    """English as the app speaks it: the English catalogue (plural forms) on the application."""
    translators = Translators()
    assert translators.use("en"), "resources/i18n/deskcoach_en.qm is missing: run " \
        "python -m tools.i18n_build (scripts/bootstrap.sh does)"
    return translators


class FakeProbe:
    """Reports a chosen idle time, as the X11 probe would."""

    name = "fake"

    def __init__(self, idle: float | None = None) -> None:
        self.idle = idle

    def idle_seconds(self) -> float | None:
        return self.idle

    def close(self) -> None:
        pass


@pytest.fixture
def make_coach(qtbot: QtBot, tmp_path: Path) -> Iterator[object]:
    """The app's services, started as the app starts them, on a fake activity probe."""
    made: list[Coach] = []

    def make(settings: Settings | None = None, scale: float = 1.0,
             probe: FakeProbe | None = None, catalogue: Catalogue | None = None,
             note_read: bool = True) -> Coach:
        """`note_read=False`: a new user, whose first break opens with the safety note and
        the cautions of its exercises; with True both have been read."""
        clock = AppClock(scale)
        now = clock.now()
        history = History(tmp_path / "data" / "history.sqlite3", now.wall)
        if note_read:
            assert history.set_meta(SAFETY_KEY, now.wall.isoformat())
            ids = " ".join(e.id for e in (catalogue or Catalogue({})))
            assert history.set_meta(NOTES_KEY, ids)
        coach = Coach.build(clock, SettingsFile(tmp_path / "config" / "settings.toml"),
                            history, settings or Settings(), frozenset(), rng=random.Random(7))
        coach.start()
        coach.settle(catalogue or Catalogue({}), probe or FakeProbe(), login_enabled=False)
        made.append(coach)
        return coach

    yield make
    for coach in made:
        coach.shutdown()


STILL = [{"base": "sit", "view": "side", "props": ["chair"]}]
MOVING = [{"joints": {"neck_flex": 0}}, {"joints": {"neck_flex": 30}}]


def entry(ident: str, **changes: object) -> dict[str, object]:
    """A valid catalogue entry (30 s: 10 s set-up, then 8 reps in 20 s)."""
    data: dict[str, object] = {
        "schema_version": 2, "id": ident, "name": ident.replace("-", " ").capitalize(),
        "summary": "Something gentle.", "regions": ["neck"], "position": "either",
        "direction": "neutral", "dose": "8 reps", "cautions": ["Go easy."],
        "sources": ["Dunstan et al., Diabetes Care 35(5), 2012"],
        "steps": [{"text": f"Get ready for {ident}.", "seconds": 10, "keyframes": STILL},
                  {"text": f"Do {ident} slowly.", "seconds": 20, "reps": 8,
                   "keyframes": MOVING}],
    }
    data.update(changes)
    return data


def make_catalogue() -> Catalogue:
    from deskcoach.core.exercises import parse_exercise

    breathing = entry("belly-breathing", regions=["breathing"], breath={"inhale": 4, "exhale": 6},
                      steps=[{"text": "Sit tall, one hand on your belly.", "seconds": 10,
                              "keyframes": STILL},
                             {"text": "Breathe in through the nose, out slowly.", "seconds": 50,
                              "breaths": 5, "keyframes": MOVING}])
    entries = [breathing, entry("chin-tuck"), entry("calf-raise", regions=["legs"]),
               entry("wrist-stretch", regions=["wrists_hands"])]
    return Catalogue({e["id"]: parse_exercise(f"{e['id']}.toml", e)  # type: ignore[misc]
                      for e in entries})
