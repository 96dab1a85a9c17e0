"""The settings dialog, built from the schema: each control only offers allowed values."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
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
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core.settings import FIELDS, Field, Settings, Value
from deskcoach.ui.text import tr

_UNITS = {"minutes": " min", "seconds": " s", "%": " %"}
_STRICT_LOCKS = ("snooze_minutes", "snoozes_per_break", "daily_skip_budget")
#: groups with a tab of their own; the rest share "Breaks"
_TABS = {"Exercises": "Exercises", "Workstation check": "Workstation check",
         "Smart timing": "Smart timing", "Eye breaks": "Eye breaks and routines",
         "Daily routines": "Eye breaks and routines"}
_CHOICE_WORDS = {"any": "Include both", "extension": "Leave out forward bends",
                 "flexion": "Leave out backward bends"}
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
        self.tabs = QTabWidget()
        pages: dict[str, QVBoxLayout] = {}
        forms: dict[str, QFormLayout] = {}
        for field in FIELDS:
            tab = _TABS.get(field.group, "Breaks")
            if tab not in pages:
                page = QWidget()
                pages[tab] = QVBoxLayout(page)
                self.tabs.addTab(page, tr(tab))
            if field.group not in forms:
                box = QGroupBox(tr(field.group))
                forms[field.group] = QFormLayout(box)
                pages[tab].addWidget(box)
            self._add_row(forms[field.group], field)
        for layout in pages.values():
            layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_values(Settings()))
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self._validate_texts()
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
            form.addRow(control)
            return
        label = QLabel(tr(field.label) + (tr(" (set by your organisation)") if managed else "")
                       + ":")
        label.setBuddy(control)
        form.addRow(label, control)
        hint = QLabel(tr(field.help))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text); margin-bottom: 4px;")
        form.addRow("", hint)

    def _control(self, field: Field) -> Control:
        name = tr(field.label)
        control: Control
        if field.kind is bool:
            control = QCheckBox(f"{name}: {tr(field.help)[0].lower()}{tr(field.help)[1:]}")
        elif field.kind is str and field.check is not None:
            control = QLineEdit()
            control.setPlaceholderText(tr("always"))
            control.setValidator(_TextValidator(field.check, control))
            control.textChanged.connect(lambda _text: self._validate_texts())
        elif field.kind is str:
            control = QComboBox()
            for choice in field.choices:
                control.addItem(tr(_CHOICE_WORDS.get(choice, choice)), choice)
        elif field.kind is tuple:
            control = QListWidget()
            options = field.choices or tuple(self._names)
            for option in options:
                words = self._names.get(option, option.replace("_", " ").capitalize())
                item = QListWidgetItem(tr(words))
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
            control.setSuffix(tr(_UNITS.get(field.unit, "")))
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
        """OK only while every text field reads; a bad one is marked where it is."""
        good = True
        for control in self.controls.values():
            if isinstance(control, QLineEdit):
                ok = control.hasAcceptableInput()
                control.setStyleSheet("" if ok else "border: 2px solid #c62828;")
                good = good and ok
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(good)

    def _strict_toggled(self, strict: bool) -> None:
        for key in _STRICT_LOCKS:
            self.controls[key].setEnabled(not strict and key not in self.locked)

    def accept(self) -> None:
        chosen = self.values()
        before, after = self._initial.as_dict(), chosen.as_dict()
        changed = {k for k in after if after[k] != before[k]}
        self.chosen.emit(chosen, frozenset(self._explicit | changed))
        super().accept()
