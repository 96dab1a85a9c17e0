"""The break window's parts that hold no state: its style sheet, its first-break note, the
words of a step's count, and layout helpers that keep every part the same size all break.

The colours are the window's own palette, here in one place (theme tokens replace them when
the themes land).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskcoach.core.count import BREATH, HOLD, REP, step_count
from deskcoach.core.exercises import Exercise
from deskcoach.core.routine import Moment
from deskcoach.ui.text import label, tr

SAFETY_NOTE = (
    "DeskCoach suggests gentle, general movements. It is not medical advice.\n\n"
    "Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, "
    "goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.\n\n"
    "Get emergency care now for loss of bladder or bowel control, numbness around the "
    "genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or "
    "physiotherapist before going on if pain spreads below the knee, wakes you at night or "
    "keeps getting worse, and after recent surgery or injury, or during pregnancy.\n\n"
    "\"When to get help\" (below, and in the tray menu) lists every sign.")
def count_text(exercise: Exercise, moment: Moment) -> str:
    """The step's own count in words and numbers: "Breath 4 of 10", "Rep 3 of 8", "Hold 12 s"."""
    assert moment.current is not None
    count = step_count(exercise, moment.current, moment.step_elapsed)
    template = {BREATH: "Breath %1 of %2", REP: "Rep %1 of %2", HOLD: "Hold %1 s"}.get(
        count.kind, "%1 s")
    return tr(template).replace("%1", str(count.number)).replace("%2", str(count.total))


def keep_space(widget: QWidget) -> None:
    """Hidden, it still holds its place in the layout."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def fix_lines(widget: QLabel, lines: int) -> None:
    """As tall as `lines` lines of its own (style-sheet) font, whatever it says."""
    widget.ensurePolished()
    widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 4)




def feedback_page() -> tuple[QWidget, dict[str, QPushButton], QPushButton]:
    """After a completed break: the optional rating (good, neutral, uncomfortable) and Close."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(label(tr("BREAK DONE"), "eyebrow"))
    layout.addWidget(label(tr("Nice work. How did that feel?"), "title"))
    layout.addWidget(label(tr("One tap helps DeskCoach pick exercises that suit you. "
                               "Uncomfortable? A short question then asks which exercise."),
                           "note", wrap=True))
    layout.addStretch(1)
    row = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for rating, text in (("good", "Felt &good"), ("neutral", "&Neutral"),
                         ("uncomfortable", "&Uncomfortable")):
        buttons[rating] = QPushButton(tr(text))
        row.addWidget(buttons[rating])
    row.addStretch(1)
    close = QPushButton(tr("&Close"))
    row.addWidget(close)
    layout.addLayout(row)
    return page, buttons, close
