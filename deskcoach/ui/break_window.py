"""The break window: the player that coaches a routine step by step.

It appears on top, on the screen with the pointer, without activating, so a keystroke meant
for another window never lands here; a click makes it active, and then Enter and Space press
the button that has the focus (its ring shows which), Enter means Done only when no other
button has it, Esc snoozes, and the buttons' mnemonics work. While it is up a frame timer
redraws the figure, the step's count and the breath pacer from the break's elapsed time; it
stops when hidden or held (ui/frame_timer.py).

One timer covers the whole break (the bar and "2:40 left"); within a step the count says where
the dose stands in words and numbers. Every part of the page keeps its size whatever it says,
so the buttons never move under the pointer during a break.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QCursor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core.exercises import GENERAL_CAUTION, Exercise
from deskcoach.core.routine import Moment, Routine
from deskcoach.core.status import Status
from deskcoach.ui import theme
from deskcoach.ui.a11y import announce, figure_description
from deskcoach.ui.break_layout import PLACEHOLDER_STEPS, PlayerLayout
from deskcoach.ui.break_notes import NotePages
from deskcoach.ui.break_parts import (
    count_text,
    feedback_page,
    fix_lines,
)
from deskcoach.ui.frame_timer import FrameTimer
from deskcoach.ui.screens import Panels, break_screens
from deskcoach.ui.text import QT_TR_NOOP, countdown, tr

REST_TEXT = QT_TR_NOOP("Look at something far away and breathe easily until the break ends.")
MARGINS = (28, 22, 28, 20)
MARGINS_SHORT = (24, 8, 24, 8)
FIGURE_MIN, FIGURE_MIN_SHORT = 240, 190
TITLE_BAR_ALLOWANCE = 32  # the window manager's frame around the window
FRAME_SETTLE_MS = 150  # the window manager frames a new window within this
FEEDBACK_MS = 20_000

class BreakWindow(NotePages, PlayerLayout, QWidget):
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
        self.setStyleSheet(theme.break_window_style(theme.current()))  # fonts for fix_lines
        self._closing = False
        self._told_step: tuple[str, int, int] | None = None
        self._status: Status | None = None
        self.announced = ""
        self._last_pointer = QPoint(-1, -1)
        self._length = 1
        self.routine = Routine(())
        self.reduced_motion = False
        self.break_screens = "pointer"  # the setting of that name
        self.panels = Panels()
        self.elapsed: Callable[[], float] = lambda: 0.0
        self._held = False
        self._frame = FrameTimer(self, self.render_moment, lambda: self.pose.paints,
                                 self._animate)  # asked again when shown, hidden, minimised
        self._area = QRect()
        self._framed = QTimer(self)
        self._framed.setSingleShot(True)
        self._framed.setInterval(FRAME_SETTLE_MS)
        self._framed.timeout.connect(self._keep_on_screen)
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_MS)
        self._feedback_timer.timeout.connect(self.dismiss)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._safety_page())
        self.pages.addWidget(self._player_page())
        self.pages.addWidget(self._feedback_page())
        self.pages.addWidget(self._help_page())
        self.info_button.clicked.connect(self.show_info)
        self.help_button.clicked.connect(lambda: self.show_help(1))
        self.done_button.clicked.connect(self.done.emit)
        self.swap_button.clicked.connect(self.swap.emit)
        self.snooze_button.clicked.connect(self.snooze.emit)
        self.skip_button.clicked.connect(self.skip.emit)
        self._help_return = 1
        self._note_mode = "first"  # first | exercise | info: what the note page is showing
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(*MARGINS)
        outer.addWidget(self.pages)
        # Each label keeps room for its longest text, so nothing moves when the words change
        # (measured once the window's style sheet has given the labels their fonts).
        for widget, lines in ((self.title, 2), (self.dose, 1), (self.steps, 4),
                              (self.held, 1), (self.safety, 2)):
            fix_lines(widget, lines)
        self._tab_order()
        self.set_snooze_minutes(snooze_minutes)
        self.setFixedWidth(760)
        self._restyle()
        theme.signals().changed.connect(self._restyle)

    def _restyle(self) -> None:
        """Colours and type from the theme (deskcoach.ui.theme), again whenever it changes."""
        c = theme.current()
        self.setStyleSheet(theme.break_window_style(c))
        self.pose.backdrop = QColor(c.window)
        self.pose.paper = QColor(c.art_backdrop)
        self.pose.update()

    def _fit(self, height: int) -> None:
        """On a short screen (1080p at 2x leaves 540 px) a smaller figure and margins, so the
        whole window and its title bar fit; set before showing, so nothing moves meanwhile."""
        self.pose.setMinimumSize(FIGURE_MIN, FIGURE_MIN)
        self._outer.setContentsMargins(*MARGINS)
        self.adjustSize()
        if self.height() + TITLE_BAR_ALLOWANCE > height:
            self.pose.setMinimumSize(FIGURE_MIN_SHORT, FIGURE_MIN_SHORT)
            self._outer.setContentsMargins(*MARGINS_SHORT)
            self.adjustSize()

    def _keep_on_screen(self) -> None:
        """Once the window manager has framed it: if frame and window are taller than the
        screen, let the title bar go off the top rather than the buttons off the bottom."""
        area, frame = self._area, self.frameGeometry()
        if self.isVisible() and frame.bottom() > area.bottom():
            self.move(frame.x(), max(area.bottom() + 1 - frame.height(),
                                     area.top() - (frame.height() - self.height())))

    # ---- pages ----

    def _feedback_page(self) -> QWidget:
        page, self.feedback_buttons, self.close_button = feedback_page()
        for rating, button in self.feedback_buttons.items():
            button.clicked.connect(lambda _=False, r=rating: self._rate(r))
        self.close_button.clicked.connect(self.dismiss)
        return page

    # ---- showing ----

    def set_snooze_minutes(self, minutes: int) -> None:
        self.snooze_button.setText(tr("S&nooze %n min", "", minutes))
        self.snooze_button.setAccessibleName(tr("Snooze the break for %n minutes", "",
                                                minutes))

    def present(self, break_seconds: int, routine: Routine, safety_first: bool = False,
                notes: Sequence[Exercise] = (), general: bool = True) -> None:
        """Show on the pointer's screen, on top, without taking focus.

        With `safety_first` the note page comes first: the general note when `general` (the
        first break), and the cautions of `notes`, the exercises not yet played for this user.
        """
        self._length = max(1, break_seconds)
        self._closing = False
        self._feedback_timer.stop()
        self.bar.setRange(0, self._length)
        if self._status is not None:
            self.update_status(self._status)  # the bar again, in the new range
        self.set_routine(routine)
        if safety_first:
            self._fill_note("first" if general else "exercise", notes)
        self.pages.setCurrentIndex(0 if safety_first else 1)
        # Whatever had the focus at the last break (Skip, say) must not answer Enter now.
        (self.safety_button if safety_first else self.done_button).setFocus()
        screen, others = break_screens(self.break_screens)
        self.setScreen(screen)
        area = screen.availableGeometry()
        self._fit(area.height())
        self.move(area.center() - QPoint(self.width() // 2, self.height() // 2))
        self.show()
        self.raise_()
        self._area = area
        self._framed.start()
        self.panels.show(others)
        self._animate()
        self.render_moment()
        if safety_first:
            said = tr("Movement break. Before it starts: %1").replace(
                "%1", self.note_title.text())
        else:
            said = tr("Movement break: %1. %2").replace("%1", self.title.text()).replace(
                "%2", self.steps.text())
        self.announce(said)

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
        breath = self._show_gauges(exercise, moment)
        self.pose.show_moment(exercise, moment.step, moment.step_elapsed, self.reduced_motion)
        self._tell(exercise, moment, breath)

    def _tell(self, exercise: Exercise, moment: Moment, breath: str) -> None:
        """Screen readers: the figure's description, and an announcement at each new step."""
        description = figure_description(exercise, moment.step, breath)
        if description != self.pose.accessibleDescription():
            self.pose.setAccessibleDescription(description)
        step = (exercise.id, moment.index, moment.step)
        if step != self._told_step:
            self._told_step = step
            if self.pages.currentIndex() == 1 and self.isVisible():
                self.announce(tr("Step %1 of %2: %3").replace("%1", str(moment.step + 1))
                              .replace("%2", str(len(exercise.steps)))
                              .replace("%3", tr(exercise.steps[moment.step].text)))

    def announce(self, text: str) -> None:
        self.announced = text  # what was last said (tests read it)
        announce(self, text)

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
        self.count.setText("")
        self.pose.show_moment(None)

    def _show_gauges(self, exercise: Exercise, moment: Moment) -> str:
        """The count and the pacer; returns the pacer's words ("" when it is not pacing)."""
        step = moment.current
        assert step is not None
        self.count.setText(count_text(exercise, moment))
        breathing = step.breaths is not None and exercise.breath is not None
        self.pacer.setVisible(breathing)
        if breathing and exercise.breath is not None:
            return self.pacer.show_breath(moment.step_elapsed, exercise.breath.inhale,
                                          exercise.breath.exhale)
        return ""

    def update_status(self, status: Status) -> None:
        self._status = status
        left = status.break_seconds_left or 0
        self.clock.setText(tr("%1 left").replace("%1", countdown(left)))
        self.bar.setValue(self._length - min(left, self._length))
        self.held.setVisible(status.held)
        self._held = status.held
        self._animate()
        self.snooze_button.setEnabled(status.can_snooze)
        self.skip_button.setEnabled(status.can_skip)
        # Strict mode removes them (no snoozes or skips left only greys them out).
        self.snooze_button.setHidden(status.strict)
        self.skip_button.setHidden(status.strict)
        if status.skips_left is None:
            self.skip_button.setText(tr("&Skip"))
        else:
            self.skip_button.setText(tr("&Skip (%n left today)", "",
                                        status.skips_left))
        self.skip_button.setAccessibleName(self.skip_button.text().replace("&", ""))

    def _animate(self) -> None:
        """Frames only while the break plays on screen: not held, not on the note or feedback."""
        running = self.isVisible() and not self.isMinimized() and not self._held and \
            self.pages.currentIndex() == 1
        if self._frame.follow(running and not self._closing, self.reduced_motion):
            self.render_moment()

    def ask_feedback(self) -> None:
        """After a completed break: one optional tap, then the window closes by itself."""
        self._frame.report()
        self.panels.hide()
        self.pages.setCurrentIndex(2)
        self.close_button.setFocus()  # an Enter meant for Done must not answer "Felt good"
        self._feedback_timer.start()

    def dismiss(self) -> None:
        self._closing = True
        self._frame.report()
        self.panels.hide()
        self._feedback_timer.stop()
        self.hide()
        self.pose.show_moment(None)

    def pointer_inside(self) -> bool:
        if QGuiApplication.platformName().startswith("wayland"):
            # Wayland tells a client neither where its window is nor where the pointer is
            # outside it; only the pointer's entering and leaving (which underMouse follows).
            return self.isVisible() and self.underMouse()
        return self.isVisible() and self.frameGeometry().contains(QCursor.pos())

    def input_on_break(self) -> bool:
        """Whether the latest input was the user dealing with the break, not working.

        Asked once a poll (about a second). Keys go to the break when it is the active window;
        the mouse does when the pointer moved over it since the last poll. A pointer resting
        over the window while the user types into another one is work: the countdown waits.
        """
        pos = QCursor.pos()  # on Wayland: where the pointer last moved over our windows
        moved, self._last_pointer = pos != self._last_pointer, pos
        if not self.isVisible():
            return False
        return self.isActiveWindow() or (moved and self.pointer_inside())

    # ---- input ----

    def _acknowledge(self) -> None:
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()
        self._told_step = None  # say which step the break is on now
        self._animate()
        self.render_moment()
        if self._note_mode != "info":
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
        if page == 3 and (enter or event.key() == Qt.Key.Key_Escape):
            self._back_from_help()
            event.accept()
            return
        if page == 0 and event.key() == Qt.Key.Key_Escape and self._note_mode == "info":
            self._acknowledge()
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
            self._frame.report()
            return
        event.ignore()
        if self.snooze_button.isEnabled():
            self.snooze.emit()
