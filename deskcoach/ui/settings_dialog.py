"""The settings dialog, built from the schema: each control only offers allowed values."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core.i18n import percent
from deskcoach.core.languages import LANGUAGES
from deskcoach.core.settings import FIELD_BY_KEY, FIELDS, REGION_WORDS, Field, Settings, Value
from deskcoach.ui.text import QT_TR_NOOP, label, tr
from deskcoach.ui.tokens import SPACE

#: the settings whose spin boxes show a unit around the number (see _unit_words)
_UNIT_KEYS = ("minutes", "seconds", "%", "months", "snoozes_per_break", "daily_skip_budget")
_STRICT_LOCKS = ("snooze_minutes", "snoozes_per_break", "daily_skip_budget")
#: groups with a tab of their own; the rest share "Breaks"
_TABS = {"Exercises": "Exercises", "Workstation check": "Workstation check",
         "Smart timing": "Smart timing", "Eye breaks": "Eye breaks and routines",
         "Daily routines": "Eye breaks and routines", "Appearance": "Appearance"}
_TAB_KEYS = {"Breaks": QT_TR_NOOP("&Breaks"), "Exercises": QT_TR_NOOP("E&xercises"),
             "Smart timing": QT_TR_NOOP("Smart &timing"),
             "Workstation check": QT_TR_NOOP("&Workstation check"),
             "Eye breaks and routines": QT_TR_NOOP("E&ye breaks and routines"),
             "Appearance": QT_TR_NOOP("A&ppearance")}
# what an empty text box means, shown greyed in it
_EMPTY_WORDS = {"daily_anchors": QT_TR_NOOP("none")}

_CHOICE_WORDS = {"any": QT_TR_NOOP("Include both"),
                 "extension": QT_TR_NOOP("Leave out forward bends"),
                 "flexion": QT_TR_NOOP("Leave out backward bends"),
                 "system": QT_TR_NOOP("Follow the desktop"), "light": QT_TR_NOOP("Light"),
                 "dark": QT_TR_NOOP("Dark"), "chime": QT_TR_NOOP("Chime"),
                 "bell": QT_TR_NOOP("Bell"), "soft": QT_TR_NOOP("Soft"),
                 "pointer": QT_TR_NOOP("The screen with the pointer"),
                 "primary": QT_TR_NOOP("The main screen"),
                 "all": QT_TR_NOOP("All screens (a calm panel on the others)")}
#: each language in its own words, never translated (a reader looks for their own)
_LANGUAGE_NAMES = {"en": "English", **{lang.code: lang.native_name for lang in LANGUAGES}}
Control = QSpinBox | QCheckBox | QComboBox | QListWidget | QLineEdit


class _TextValidator(QValidator):
    """Accepts only text the field's own parser reads; anything else stays 'in progress'."""

    def __init__(self, check: Callable[[str], object], parent: QWidget) -> None:
        super().__init__(parent)
        self._check = check

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            self._check(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class SettingsDialog(QDialog):
    chosen = Signal(object, object)  # Settings, frozenset of keys the user has set

    def __init__(self, settings: Settings, explicit: frozenset[str],
                 exercise_names: Mapping[str, str] | None = None,
                 locked: frozenset[str] = frozenset(),
                 bounds: Mapping[str, tuple[int, int]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locked = locked
        self._bounds = dict(bounds or {})
        self.setWindowTitle(tr("DeskCoach settings"))
        self.setAccessibleName(tr("DeskCoach settings"))
        self._initial = settings
        self._explicit = explicit
        self._names = dict(exercise_names or {})
        self.controls: dict[str, Control] = {}
        self.errors: dict[str, QLabel] = {}  # under each text field, what is wrong with it
        self.tab_of: dict[str, int] = {}
        self._labels: list[QLabel] = []
        self.tabs = QTabWidget()
        pages: dict[str, QVBoxLayout] = {}
        forms: dict[str, QFormLayout] = {}
        for field in FIELDS:
            tab = _TABS.get(field.group, "Breaks")
            if tab not in pages:
                # Each tab scrolls on its own, so OK and Cancel stay on screen at any size.
                page = QWidget()
                page.setObjectName("pageBody")
                pages[tab] = QVBoxLayout(page)
                scroll = QScrollArea()
                scroll.setObjectName("page")
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QScrollArea.Shape.NoFrame)
                scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                scroll.setWidget(page)
                self.tabs.addTab(scroll, tr(_TAB_KEYS.get(tab, tab)))
            if field.group not in forms:
                box = QGroupBox(tr(field.group))
                forms[field.group] = QFormLayout(box)
                forms[field.group].setVerticalSpacing(SPACE["xs"])
                forms[field.group].setLabelAlignment(Qt.AlignmentFlag.AlignRight
                                                     | Qt.AlignmentFlag.AlignVCenter)
                pages[tab].addWidget(box)
            self.tab_of[field.key] = self.tabs.count() - 1
            self._add_row(forms[field.group], field)
        for layout in pages.values():
            layout.addStretch(1)
        # One label column width for every group, so the controls line up down the tab.
        column = max((lbl.sizeHint().width() for lbl in self._labels), default=0)
        for lbl in self._labels:
            lbl.setMinimumWidth(column)
        self.problem = label("", "error", wrap=True)
        self.problem.setAccessibleName(tr("What stops the settings from being saved"))
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_values(Settings()))
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(620, _available().width()))
        self._validate_texts()
        self._fit()
        strict = self.controls["strict_mode"]
        assert isinstance(strict, QCheckBox)
        strict.toggled.connect(self._strict_toggled)
        self.show_values(settings)
        for key in locked:
            control = self.controls[key]
            control.setEnabled(False)
            control.setToolTip(tr("Set by your organisation"))
            control.setAccessibleDescription(tr("Set by your organisation"))

    def _add_row(self, form: QFormLayout, field: Field) -> None:
        control = self._control(field)
        self.controls[field.key] = control
        managed = field.key in self.locked
        if isinstance(control, QCheckBox):
            if managed:
                control.setText(control.text() + tr(" (set by your organisation)"))
            blank = QLabel("")  # keeps the label column, so the box lines up with the rest
            self._labels.append(blank)
            form.addRow(blank, control)
            form.addRow("", label(tr(field.help), "hint", wrap=True))
            return
        caption = QLabel(tr(field.label) + (tr(" (set by your organisation)") if managed else "")
                         + ":")
        caption.setBuddy(control)
        self._labels.append(caption)
        form.addRow(caption, control)
        if isinstance(control, QLineEdit):
            error = label("", "error", wrap=True)
            error.hide()
            self.errors[field.key] = error
            form.addRow("", error)
        form.addRow("", label(tr(field.help), "hint", wrap=True))

    def _control(self, field: Field) -> Control:
        name = tr(field.label)
        control: Control
        if field.kind is bool:
            control = QCheckBox(name)
        elif field.kind is str and field.check is not None:
            control = QLineEdit()
            control.setPlaceholderText(tr(_EMPTY_WORDS.get(field.key, QT_TR_NOOP("always"))))
            control.setValidator(_TextValidator(field.check, control))
            control.textChanged.connect(lambda _text: self._validate_texts())
        elif field.kind is str:
            control = QComboBox()
            for choice in field.choices:
                native = _LANGUAGE_NAMES.get(choice) if field.key == "language" else None
                control.addItem(native or tr(_CHOICE_WORDS.get(choice, choice)), choice)
        elif field.kind is tuple:
            control = QListWidget()
            options = field.choices or tuple(self._names)
            for option in options:
                words = self._names.get(option) or tr(REGION_WORDS.get(option, option)).capitalize()
                item = QListWidgetItem(words)
                item.setData(Qt.ItemDataRole.UserRole, option)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                control.addItem(item)
            control.setMaximumHeight(150)
        else:
            control = QSpinBox()
            low, high = self._bounds.get(field.key, (field.minimum, field.maximum))
            if field.special and (low, high) == (field.minimum, field.maximum):
                low = min([low, *field.special])  # "unlimited" only when no limit is set
            control.setRange(low, high)
            unit = field.key if field.key in _UNIT_KEYS else field.unit
            if unit in _UNIT_KEYS:
                _follow_units(control, unit)
            if field.special:
                control.setSpecialValueText(tr(next(iter(field.special.values())).capitalize()))
            control.setToolTip(tr("Allowed: %1").replace("%1", field.allowed()))
            control.setMinimumWidth(130)
            control.setMaximumWidth(180)
        control.setAccessibleName(name)
        control.setAccessibleDescription(tr(field.help))
        return control

    def show_values(self, settings: Settings) -> None:
        for key, value in settings.as_dict().items():
            control = self.controls[key]
            if isinstance(control, QCheckBox):
                control.setChecked(bool(value))
            elif isinstance(control, QComboBox):
                control.setCurrentIndex(max(0, control.findData(value)))
            elif isinstance(control, QLineEdit):
                control.setText(str(value))
            elif isinstance(control, QListWidget):
                chosen = set(value) if isinstance(value, tuple) else set()
                for row in range(control.count()):
                    item = control.item(row)
                    checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if checked
                                       else Qt.CheckState.Unchecked)
            elif isinstance(value, int):
                control.setValue(value)
        self._strict_toggled(settings.strict_mode)

    def values(self) -> Settings:
        values: dict[str, Value] = {}
        for key, control in self.controls.items():
            if isinstance(control, QCheckBox):
                values[key] = control.isChecked()
            elif isinstance(control, QComboBox):
                values[key] = str(control.currentData())
            elif isinstance(control, QLineEdit):
                values[key] = control.text().strip()
            elif isinstance(control, QListWidget):
                values[key] = tuple(sorted(
                    str(control.item(row).data(Qt.ItemDataRole.UserRole))
                    for row in range(control.count())
                    if control.item(row).checkState() == Qt.CheckState.Checked))
            else:
                values[key] = control.value()
        # Exercises the dialog does not list (not in this catalogue) are kept, not dropped.
        listed = set(self._names)
        kept = tuple(x for x in self._initial.avoid_exercises if x not in listed)
        picked = values["avoid_exercises"]
        if isinstance(picked, tuple):
            values["avoid_exercises"] = tuple(sorted({*kept, *picked}))
        return Settings(**values)  # type: ignore[arg-type]  # the controls only hold valid values

    def _validate_texts(self) -> None:
        """OK only while every text field reads. A bad one says what is wrong under it, and
        the line above OK says which field on which tab, so a disabled OK never puzzles."""
        wrong: list[str] = []
        for key, control in self.controls.items():
            if not isinstance(control, QLineEdit):
                continue
            why = _why_not(key, control.text())
            control.setProperty("invalid", why is not None)
            control.style().unpolish(control)
            control.style().polish(control)
            error = self.errors[key]
            error.setText(why or "")
            error.setVisible(why is not None)
            page = self.tabs.widget(self.tab_of[key])
            if why is not None and control.hasFocus() and isinstance(page, QScrollArea):
                page.ensureWidgetVisible(error)  # the field and what is wrong with it, in view
            if why is not None:
                field = FIELD_BY_KEY[key]
                wrong.append(tr("%1 on the %2 tab: %3").replace("%1", tr(field.label))
                             .replace("%2", self.tabs.tabText(self.tab_of[key]).replace("&", ""))
                             .replace("%3", why))
        self.problem.setText(tr("Not saved yet. ") + " ".join(wrong))
        self.problem.setVisible(bool(wrong))
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(not wrong)

    def _fit(self) -> None:
        """As tall as the content wants, but never taller or wider than the screen."""
        area = _available()
        hint = self.sizeHint()
        width = min(max(hint.width() + SPACE["xl"], 680), area.width() - 2 * SPACE["l"])
        height = min(max(hint.height(), 560), area.height() - 4 * SPACE["xl"])
        self.resize(width, height)

    def _strict_toggled(self, strict: bool) -> None:
        for key in _STRICT_LOCKS:
            self.controls[key].setEnabled(not strict and key not in self.locked)

    def accept(self) -> None:
        chosen = self.values()
        before, after = self._initial.as_dict(), chosen.as_dict()
        changed = {k for k in after if after[k] != before[k]}
        self.chosen.emit(chosen, frozenset(self._explicit | changed))
        super().accept()


def _why_not(key: str, text: str) -> str | None:
    """The parser's own words for what is wrong with `text`, or None when it reads."""
    check = FIELD_BY_KEY[key].check
    if check is None:
        return None
    try:
        check(text)
    except ValueError as exc:
        return str(exc)
    return None


def _unit_words(unit: str, value: int) -> str:
    """The number with its unit, a numerus message each (one tr() per text, for lupdate)."""
    if unit == "snoozes_per_break":
        return tr("%n snoozes", "", value)
    if unit == "daily_skip_budget":
        return tr("%n skips", "", value)
    if unit == "months":
        return tr("%n months", "", value)
    if unit == "seconds":
        return tr("%n s", "", value)
    if unit == "%":
        return percent(value / 100)
    return tr("%n min", "", value)


def _follow_units(spin: QSpinBox, unit: str) -> None:
    """'1 month', '6 months': the unit around the number in the right plural form (the
    language decides the form and whether the unit comes before or after the number)."""
    def show(value: int) -> None:
        number = str(value)
        words = _unit_words(unit, value)
        at = words.find(number)
        if at < 0:  # a form that says "one" in words: keep the number visible anyway
            spin.setPrefix("")
            spin.setSuffix(" " + words)
            return
        spin.setPrefix(words[:at])
        spin.setSuffix(words[at + len(number):])

    spin.valueChanged.connect(show)
    show(spin.value())


def _available() -> QRect:
    screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
