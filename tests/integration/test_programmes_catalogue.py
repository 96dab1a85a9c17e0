"""The programmes name only exercises the shipped catalogue has (it is read from the package's
resources, so this runs with the store, not in the pure-core venv)."""

from __future__ import annotations

from deskcoach.core.programmes import PROGRAMMES, check
from deskcoach.store.catalogue import load_catalogue


def test_four_tracks_of_two_to_six_weeks_use_only_catalogue_exercises() -> None:
    ids = {e.id for e in load_catalogue().catalogue}
    assert check(PROGRAMMES, ids) == []
    assert {p.id for p in PROGRAMMES} >= {"neck-upper-back", "low-back", "wrists-forearms",
                                          "sit-less"}
    assert [p.weeks for p in PROGRAMMES] == [4, 6, 3, 2]
    assert check(PROGRAMMES, ids - {"hip-hinge"})[0] == (
        "programme low-back: phases[1].exercises names 'hip-hinge', which is not in the "
        "catalogue")
