"""The break window: the player that coaches a routine step by step.

It appears on top, on the screen with the pointer, without activating, so a keystroke meant
for another window never lands here; a click makes it active, and then Enter and Space press
the button that has the focus (its ring shows which), Enter means Done only when no other
button has it, Esc snoozes, and the buttons' mnemonics work. While it is up a frame timer
redraws the figure, the step ring and the breath pacer from the break's elapsed time; it stops
when hidden.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core.cycle import Status
from deskcoach.core.exercises import GENERAL_CAUTION, Exercise
from deskcoach.core.routine import Moment, Routine
from deskcoach.ui.figure.player import FigureView
from deskcoach.ui.player_widgets import BreathPacer, StepRing
from deskcoach.ui.text import countdown, label, tr

PLACEHOLDER_STEPS = "Stand up, reach both arms overhead, and take 10 slow breaths."
REST_TEXT = "Look at something far away and breathe easily until the break ends."
SAFETY_NOTE = (
    "DeskCoach suggests gentle, general movements. It is not medical advice.\n\n"
    "Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, "
    "makes you dizzy or makes pain worse.\n\n"
    "See a doctor or physiotherapist before going on if you have numbness or weakness, loss "
    "of bladder or bowel control, unexplained weight loss, pain after a fall or accident, or "
    "pain that keeps getting worse. The same goes after recent surgery or injury, or during "
    "pregnancy.")
FRAME_MS = 40
FEEDBACK_MS = 20_000

_STYLE = """
QWidget#breakWindow { background: #f6f8fa; }
QLabel { color: #1f2933; }
QLabel#eyebrow { color: #52606d; font-size: 10pt; letter-spacing: 1px; }
QLabel#title { font-size: 19pt; font-weight: 600; }
QLabel#dose { color: #52606d; font-size: 11pt; }
QLabel#steps { font-size: 16pt; }
QLabel#reps { font-size: 15pt; font-weight: 600; color: #1565c0; }
QLabel#left { font-size: 11pt; color: #52606d; }
QLabel#safety, QLabel#held { color: #52606d; font-size: 10pt; }
QLabel#note { font-size: 12pt; }
QProgressBar { border: none; background: #dde3ea; height: 6px; border-radius: 3px; }
QProgressBar::chunk { background: #1e88e5; border-radius: 3px; }
QPushButton { padding: 8px 16px; font-size: 11pt; border-radius: 6px;
              border: 1px solid #9aa5b1; background: #ffffff; color: #1f2933; }
QPushButton:disabled { color: #7b8794; background: #eef1f4; border-color: #cbd2d9; }
QPushButton#done, QPushButton#primary { background: #1565c0; color: #ffffff;
                                         border-color: #1565c0; }
"""
#: The focus ring: near black, 3 px (the padding gives back the 2 px it adds), so it stands
#: out at better than 3:1 from the grey edge of a white button and the blue of Done.
FOCUS_RING = "#0b0c0c"
_STYLE += f"""
QPushButton:focus, QPushButton#done:focus, QPushButton#primary:focus {{
    border: 3px solid {FOCUS_RING}; padding: 6px 14px; }}
"""


class BreakWindow(QWidget):
    done = Signal()
    snooze = Signal()
    skip = Signal()
    swap = Signal()
    feedback = Signal(str)  # good | neutral | uncomfortable
    safety_acknowledged = Signal()

    def __init__(self, snooze_minutes: int = 5) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("breakWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(tr("DeskCoach - time to move"))
        self.setAccessibleName(tr("Movement break"))
        self.setStyleSheet(_STYLE)
        self._closing = False
        self._length = 1
        self.routine = Routine(())
        self.reduced_motion = False
        self.elapsed: Callable[[], float] = lambda: 0.0
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.render_moment)
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_MS)
        self._feedback_timer.timeout.connect(self.dismiss)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._safety_page())
        self.pages.addWidget(self._player_page())
        self.pages.addWidget(self._feedback_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 20)
        outer.addWidget(self.pages)
        self.set_snooze_minutes(snooze_minutes)
        self.setFixedWidth(760)

    # ---- pages ----

    def _safety_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(tr("BEFORE YOUR FIRST MOVEMENT BREAK"), "eyebrow"))
        layout.addWidget(label(tr("Move gently, and listen to your body"), "title"))
        note = label(tr(SAFETY_NOTE), "note", wrap=True)
        note.setAccessibleName(tr("Safety note"))
        layout.addWidget(note)
        layout.addStretch(1)
        self.safety_button = QPushButton(tr("&I understand, show the exercises"))
        self.safety_button.setObjectName("primary")
        self.safety_button.clicked.connect(self._acknowledge)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.safety_button)
        layout.addLayout(row)
        return page

    def _player_page(self) -> QWidget:
        page = QWidget()
        self.eyebrow = label(tr("MOVEMENT BREAK"), "eyebrow")
        self.title = label(tr("Time to move"), "title", wrap=True)
        self.dose = label("", "dose")
        self.steps = label(tr(PLACEHOLDER_STEPS), "steps", wrap=True)
        self.steps.setAccessibleName(tr("What to do"))
        self.steps.setMinimumHeight(64)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pose = FigureView()
        self.ring = StepRing()
        self.pacer = BreathPacer()
        self.reps = label("", "reps")
        self.reps.setAccessibleName(tr("Repetitions"))
        self.clock = label("", "left")
        self.clock.setAccessibleName(tr("Time left"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("Break progress"))
        self.bar.setMaximumHeight(6)
        self.held = label(tr("The timer waits while you keep working; step away to let it run."),
                           "held", wrap=True)
        self.held.setVisible(False)
        self.safety = label(tr(GENERAL_CAUTION), "safety", wrap=True)

        self.done_button = QPushButton(tr("&Done"))
        self.done_button.setObjectName("done")
        self.done_button.setAccessibleName(tr("Done: finish the break now"))
        self.done_button.setDefault(True)
        self.swap_button = QPushButton(tr("S&wap exercise"))
        self.swap_button.setAccessibleName(tr("Swap this exercise for another"))
        self.snooze_button = QPushButton()
        self.skip_button = QPushButton()
        self.done_button.clicked.connect(self.done.emit)
        self.swap_button.clicked.connect(self.swap.emit)
        self.snooze_button.clicked.connect(self.snooze.emit)
        self.skip_button.clicked.connect(self.skip.emit)

        gauge_row = QWidget()
        gauge_row.setFixedHeight(self.pacer.height() + 6)  # room for the pacer, shown or not
        gauges = QHBoxLayout(gauge_row)
        gauges.setContentsMargins(0, 0, 0, 0)
        gauges.addWidget(self.ring)
        gauges.addWidget(self.pacer)
        gauges.addWidget(self.reps)
        gauges.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.dose)
        right.addSpacing(6)
        right.addWidget(self.steps)
        right.addWidget(gauge_row)
        right.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.pose, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        timeline = QHBoxLayout()
        timeline.addWidget(self.bar, 1)
        timeline.addWidget(self.clock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.eyebrow)
        layout.addLayout(grid)
        layout.addLayout(timeline)
        layout.addWidget(self.held)
        layout.addWidget(self.safety)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        return page

    def _feedback_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(tr("BREAK DONE"), "eyebrow"))
        layout.addWidget(label(tr("Nice work. How did that feel?"), "title"))
        layout.addWidget(label(tr("One tap helps DeskCoach pick exercises that suit you. "
                                   "Uncomfortable ones come back less often."), "note",
                                wrap=True))
        layout.addStretch(1)
        row = QHBoxLayout()
        self.feedback_buttons: dict[str, QPushButton] = {}
        for rating, text in (("good", "Felt &good"), ("neutral", "&Neutral"),
                             ("uncomfortable", "&Uncomfortable")):
            button = QPushButton(tr(text))
            button.clicked.connect(lambda _=False, r=rating: self._rate(r))
            self.feedback_buttons[rating] = button
            row.addWidget(button)
        row.addStretch(1)
        self.close_button = QPushButton(tr("&Close"))
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return page

    # ---- showing ----

    def set_snooze_minutes(self, minutes: int) -> None:
        self.snooze_button.setText(tr("S&nooze %1 min").replace("%1", str(minutes)))
        self.snooze_button.setAccessibleName(tr("Snooze the break for %1 minutes")
                                             .replace("%1", str(minutes)))

    def present(self, break_seconds: int, routine: Routine, safety_first: bool = False) -> None:
        """Show on the pointer's screen, on top, without taking focus."""
        self._length = max(1, break_seconds)
        self._closing = False
        self._feedback_timer.stop()
        self.bar.setRange(0, self._length)
        self.set_routine(routine)
        self.pages.setCurrentIndex(0 if safety_first else 1)
        # Whatever had the focus at the last break (Skip, say) must not answer Enter now.
        (self.safety_button if safety_first else self.done_button).setFocus()
        self.adjustSize()
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.move(area.center() - QPoint(self.width() // 2, self.height() // 2))
        self.show()
        self.raise_()
        self._frame.start()
        self.render_moment()

    def set_routine(self, routine: Routine) -> None:
        self.routine = routine
        self.pacer.reduced_motion = self.reduced_motion
        self.swap_button.setEnabled(bool(routine.exercises))
        self.render_moment()

    def render_moment(self) -> None:
        elapsed = self.elapsed()
        moment = self.routine.at(elapsed)
        exercise = moment.exercise
        count = len(self.routine.exercises)
        self.swap_button.setEnabled(exercise is not None)  # the rest has nothing to swap
        if exercise is None or moment.current is None:
            self._show_rest(count, elapsed)
            return
        self.eyebrow.setText(tr("MOVEMENT BREAK  ·  EXERCISE %1 OF %2")
                             .replace("%1", str(moment.index + 1)).replace("%2", str(count)))
        self.title.setText(tr(exercise.name))
        self.dose.setText(tr(exercise.dose))
        self.steps.setText(tr(moment.current.text))
        self.safety.setText(" ".join([tr(GENERAL_CAUTION), *map(tr, exercise.cautions[:1])]))
        self._show_gauges(exercise, moment)
        self.pose.show_moment(exercise, moment.step, moment.step_elapsed, self.reduced_motion)

    def _show_rest(self, count: int, elapsed: float) -> None:
        self.eyebrow.setText(tr("MOVEMENT BREAK"))
        if count:
            self.title.setText(tr("Rest"))
            self.steps.setText(tr(REST_TEXT))
        else:
            self.title.setText(tr("Time to move"))
            self.steps.setText(tr(PLACEHOLDER_STEPS))
        self.dose.setText("")
        self.safety.setText(tr(GENERAL_CAUTION))
        self.pacer.hide()
        self.reps.hide()
        left = max(0.0, self._length - elapsed)
        self.ring.show_left(left, self._length, countdown(math.ceil(left)))
        self.pose.show_moment(None)

    def _show_gauges(self, exercise: Exercise, moment: Moment) -> None:
        step = moment.current
        assert step is not None
        self.ring.show_left(moment.step_left, step.seconds, str(math.ceil(moment.step_left)))
        breathing = step.breaths is not None and exercise.breath is not None
        self.pacer.setVisible(breathing)
        if breathing and exercise.breath is not None:
            self.pacer.show_breath(moment.step_elapsed, exercise.breath.inhale,
                                   exercise.breath.exhale)
        if step.reps:
            rep = min(step.reps, int(moment.step_elapsed / (step.seconds / step.reps)) + 1)
            self.reps.setText(tr("Rep %1 of %2").replace("%1", str(rep))
                              .replace("%2", str(step.reps)))
        self.reps.setVisible(bool(step.reps))

    def update_status(self, status: Status) -> None:
        left = status.break_seconds_left or 0
        self.clock.setText(tr("%1 left").replace("%1", countdown(left)))
        self.bar.setValue(self._length - min(left, self._length))
        self.held.setVisible(status.held)
        self.snooze_button.setEnabled(status.can_snooze)
        self.skip_button.setEnabled(status.can_skip)
        # Strict mode removes them (no snoozes or skips left only greys them out).
        self.snooze_button.setHidden(status.strict)
        self.skip_button.setHidden(status.strict)
        if status.skips_left is None:
            self.skip_button.setText(tr("&Skip"))
        else:
            self.skip_button.setText(tr("&Skip (%1 left today)")
                                     .replace("%1", str(status.skips_left)))
        self.skip_button.setAccessibleName(self.skip_button.text().replace("&", ""))

    def ask_feedback(self) -> None:
        """After a completed break: one optional tap, then the window closes by itself."""
        self._frame.stop()
        self.pages.setCurrentIndex(2)
        self.close_button.setFocus()  # an Enter meant for Done must not answer "Felt good"
        self._feedback_timer.start()

    def dismiss(self) -> None:
        self._closing = True
        self._frame.stop()
        self._feedback_timer.stop()
        self.hide()
        self.pose.show_moment(None)

    def pointer_inside(self) -> bool:
        if QGuiApplication.platformName().startswith("wayland"):
            # Wayland tells a client neither where its window is nor where the pointer is
            # outside it; only the pointer's entering and leaving (which underMouse follows).
            return self.isVisible() and self.underMouse()
        return self.isVisible() and self.frameGeometry().contains(QCursor.pos())

    # ---- input ----

    def _acknowledge(self) -> None:
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()
        self.safety_acknowledged.emit()

    def _rate(self, rating: str) -> None:
        self.feedback.emit(rating)
        self.dismiss()

    def _focused_button(self) -> QPushButton | None:
        focused = self.focusWidget()
        if (isinstance(focused, QPushButton) and focused.hasFocus() and focused.isEnabled()
                and focused.isVisible()):
            return focused
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = self.pages.currentIndex()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        button = self._focused_button() if enter else None
        if button is not None:  # Enter presses the button with the focus, as Space does
            button.click()
            event.accept()
            return
        if page == 0 and enter:
            self._acknowledge()
            event.accept()
            return
        if page == 2 and event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            event.accept()
            return
        on_player = page == 1
        if on_player and event.key() == Qt.Key.Key_Escape:
            if self.snooze_button.isEnabled():
                self.snooze.emit()
            event.accept()
            return
        if on_player and enter:
            self.done.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window by hand snoozes the break when allowed; it never loses it."""
        if self._closing or self.pages.currentIndex() == 2:
            self._closing = True
            event.accept()
            self._frame.stop()
            return
        event.ignore()
        if self.snooze_button.isEnabled():
            self.snooze.emit()
