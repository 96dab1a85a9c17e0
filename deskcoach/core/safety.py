"""What to do when a body warns you: the "When to get help" page, in three tiers by urgency.

Written in our own words from the NHS pages on back pain and cauda equina syndrome, CCOHS's
guidance on stretching at the workstation, and the source articles' red-flag lists (see
shared/reference/ergonomics-and-exercises.md). General movement guidance, not medical advice.
The tray menu, the break window and `deskcoach safety` all show this same text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Tier:
    heading: str
    lead: str
    signs: tuple[str, ...]


TITLE: Final = "When to get help"
INTRO: Final = ("DeskCoach suggests gentle, general movements. It is not medical advice and "
                "cannot tell what is causing a symptom.")
TIERS: Final = (
    Tier("Get emergency care now",
         "Call your emergency number or go to an emergency department if you have:",
         ("loss of control of your bladder or bowels, or new trouble passing urine",
          "numbness around your genitals, buttocks or inner thighs",
          "weakness in your legs that is new or getting worse",
          "chest pain, with or without back pain")),
    Tier("See a doctor or physiotherapist soon",
         "Book an appointment in the next few days if you have:",
         ("back pain with a fever, night sweats or feeling generally unwell",
          "weight loss you cannot explain",
          "pain at night that does not ease when you rest or change position",
          "pain after a fall or accident",
          "pain that spreads below the knee, or numbness or tingling that spreads",
          "pain that has changed your daily life for more than a week",
          "a second or third bout of the same pain within a year",
          "no progress after two weeks of regular, gentle movement")),
    Tier("Stop this exercise",
         "Stop the movement, rest, and try a gentler one another time if it brings:",
         ("pain, or pain that climbs as you go on",
          "tingling or numbness, or symptoms spreading into an arm or leg",
          "dizziness or light-headedness")),
)
BEFORE: Final = ("After recent surgery or an injury, or during pregnancy, ask a clinician "
                 "which movements suit you before you start.")
SOURCES: Final = (
    "NHS, \"Back pain\" and \"Cauda equina syndrome\", nhs.uk (consulted 2026)",
    "CCOHS, \"Working in a Sitting Position\" and \"Office Ergonomics\" "
    "(OSH Answers, consulted 2026)",
)


def as_text() -> str:
    """The page as plain text, for `deskcoach safety` and for screen readers."""
    lines = [TITLE, "", INTRO, ""]
    for tier in TIERS:
        lines += [tier.heading.upper(), tier.lead, *(f"  - {s}" for s in tier.signs), ""]
    lines += [BEFORE, "", "Sources:", *(f"  - {s}" for s in SOURCES)]
    return "\n".join(lines)
