"""What to do when a body warns you: the "When to get help" page, in three tiers by urgency.

Written in our own words from the NHS pages on back pain and cauda equina syndrome, CCOHS's
guidance on stretching at the workstation, and the source articles' red-flag lists (see
shared/reference/ergonomics-and-exercises.md). General movement guidance, not medical advice.
The tray menu, the break window and `deskcoach safety` all show this same text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from deskcoach.core.i18n import QT_TR_NOOP, tr


@dataclass(frozen=True)
class Tier:
    heading: str
    lead: str
    signs: tuple[str, ...]


TITLE: Final = QT_TR_NOOP("When to get help")
INTRO: Final = (QT_TR_NOOP(
    "DeskCoach suggests gentle, general movements. It is not medical advice and "
                "cannot tell what is causing a symptom."))
TIERS: Final = (
    Tier(QT_TR_NOOP("Get emergency care now"),
         QT_TR_NOOP("Call your emergency number or go to an emergency department if you have:"),
         (QT_TR_NOOP("loss of control of your bladder or bowels, or new trouble passing urine"),
          QT_TR_NOOP("numbness around your genitals, buttocks or inner thighs"),
          QT_TR_NOOP("weakness in your legs that is new or getting worse"),
          QT_TR_NOOP("chest pain, with or without back pain"))),
    Tier(QT_TR_NOOP("See a doctor or physiotherapist soon"),
         QT_TR_NOOP("Book an appointment in the next few days if you have:"),
         (QT_TR_NOOP("back pain with a fever, night sweats or feeling generally unwell"),
          QT_TR_NOOP("weight loss you cannot explain"),
          QT_TR_NOOP("pain at night that does not ease when you rest or change position"),
          QT_TR_NOOP("pain after a fall or accident"),
          QT_TR_NOOP("pain that spreads below the knee, or numbness or tingling that spreads"),
          QT_TR_NOOP("pain that has changed your daily life for more than a week"),
          QT_TR_NOOP("a second or third bout of the same pain within a year"),
          QT_TR_NOOP("no progress after two weeks of regular, gentle movement"))),
    Tier(QT_TR_NOOP("Stop this exercise"),
         QT_TR_NOOP("Stop the movement, rest, and try a gentler one another time if it brings:"),
         (QT_TR_NOOP("pain, or pain that climbs as you go on"),
          QT_TR_NOOP("tingling or numbness, or symptoms spreading into an arm or leg"),
          QT_TR_NOOP("dizziness or light-headedness"))),
)
BEFORE: Final = (QT_TR_NOOP(
    "After recent surgery or an injury, or during pregnancy, ask a clinician "
                 "which movements suit you before you start."))
SOURCES: Final = (
    "NHS, \"Back pain\" and \"Cauda equina syndrome\", nhs.uk (consulted 2026)",
    "CCOHS, \"Working in a Sitting Position\" and \"Office Ergonomics\" "
    "(OSH Answers, consulted 2026)",
)


def as_text() -> str:
    """The page as plain text, for `deskcoach safety` and for screen readers."""
    lines = [tr(TITLE), "", tr(INTRO), ""]
    for tier in TIERS:
        lines += [tr(tier.heading).upper(), tr(tier.lead), *(f"  - {tr(s)}" for s in tier.signs),
                  ""]
    lines += [tr(BEFORE), "", tr("Sources:"), *(f"  - {s}" for s in SOURCES)]
    return "\n".join(lines)
