"""Red flags: answers that mean "stop and get help", by how soon.

Sources: NHS "Back pain" (NHS, 2023) and the pacing articles gathered in
shared/reference/ergonomics-and-exercises.md. Any match shows the "When to get help" page;
nothing here diagnoses. The wording is ours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from deskcoach.core.i18n import QT_TR_NOOP

URGENCIES: Final = ("emergency", "soon", "stop")


@dataclass(frozen=True)
class RedFlag:
    id: str
    urgency: str  # emergency: now; soon: see a clinician in the coming days; stop: this exercise
    text: str
    words: tuple[str, ...]  # lowercase fragments that match a free-text note


RED_FLAGS: Final = (
    RedFlag("bladder-bowel", "emergency",
            QT_TR_NOOP("New trouble passing urine, or losing control of your bladder or bowel"),
            ("bladder", "bowel", "urine", "incontinen")),
    RedFlag("saddle-numbness", "emergency",
            QT_TR_NOOP("Numbness between your legs, around your bottom or inner thighs"),
            ("saddle", "genital", "inner thigh")),
    RedFlag("leg-weakness", "emergency", QT_TR_NOOP("Legs that are newly or increasingly weak"),
            ("leg weak", "weak leg", "legs weak", "weakness in my leg")),
    RedFlag("chest-pain", "emergency", QT_TR_NOOP("Back pain together with chest pain"),
            ("chest pain",)),
    RedFlag("fever", "soon", QT_TR_NOOP("Fever or night sweats along with back pain"),
            ("fever", "night sweat")),
    RedFlag("weight-loss", "soon", QT_TR_NOOP("Weight loss you cannot explain"), ("weight loss",)),
    RedFlag("night-pain", "soon", QT_TR_NOOP("Pain at night that does not ease when you rest"),
            ("night pain", "pain at night")),
    RedFlag("trauma", "soon",
            QT_TR_NOOP("Pain that began with a fall, accident or other hard knock"),
            ("a fall", "accident", "injur")),
    RedFlag("below-knee", "soon", QT_TR_NOOP("Pain shooting down below the knee"),
            ("below the knee",)),
    RedFlag("spreading-numbness", "soon", QT_TR_NOOP("Numbness or tingling that is spreading"),
            ("spreading", "pins and needles")),
    RedFlag("daily-life", "soon",
            QT_TR_NOOP("Pain that has changed your daily life for more than a week"),
            ()),
    RedFlag("recurring", "soon", QT_TR_NOOP("A second or third bout of this pain within a year"),
            ()),
    RedFlag("exercise-symptoms", "stop",
            QT_TR_NOOP(
                "Pain that keeps climbing, tingling, numbness or dizziness during an exercise"),
            ("tingl", "numb", "dizz")),
)
BY_ID: Final = {flag.id: flag for flag in RED_FLAGS}


def match(ids: Iterable[str], note: str = "") -> tuple[RedFlag, ...]:
    """The red flags a check-in's ticked ids and note point to, most urgent first.

    Unknown ids raise ValueError naming the allowed ones (they come from outside)."""
    chosen = set()
    for ident in ids:
        if ident not in BY_ID:
            raise ValueError(f"{ident!r} is not a red flag; allowed: {', '.join(BY_ID)}")
        chosen.add(ident)
    text = note.lower()
    chosen.update(f.id for f in RED_FLAGS if any(word in text for word in f.words))
    return tuple(sorted((BY_ID[i] for i in chosen),
                        key=lambda f: (URGENCIES.index(f.urgency), RED_FLAGS.index(f))))


HELP_PAGE: Final = (
    (QT_TR_NOOP("Call an ambulance or go to an emergency department now if"),
     tuple(f.text for f in RED_FLAGS if f.urgency == "emergency")),
    (QT_TR_NOOP("See a doctor or physiotherapist in the next few days if"),
     tuple(f.text for f in RED_FLAGS if f.urgency == "soon")),
    (QT_TR_NOOP(
        "Stop the exercise, and leave it out until you have asked a clinician, if you notice"),
     tuple(f.text for f in RED_FLAGS if f.urgency == "stop")),
)
HELP_NOTE: Final = (QT_TR_NOOP(
    "DeskCoach offers general movement guidance; it cannot tell what causes "
                    "your pain. Sources: NHS, Back pain (2023)."))
