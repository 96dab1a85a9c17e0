"""The settings dialog, built from the schema: each control only offers allowed values."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core.settings import FIELDS, Field, Settings
from deskcoach.ui.text import tr

_UNITS = {"minutes": " min", "seconds": " s"}
_STRICT_LOCKS = ("snooze_minutes", "snoozes_per_break", "daily_skip_budget")


class SettingsDialog(QDialog):
    chosen = Signal(object, object)  # Settings, frozenset of keys the user has set

    def __init__(self, settings: Settings, explicit: frozenset[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("DeskCoach settings"))
        self.setAccessibleName(tr("DeskCoach settings"))
        self._initial = settings
        self._explicit = explicit
        self.controls: dict[str, QSpinBox | QCheckBox] = {}
        layout = QVBoxLayout(self)
        forms: dict[str, QFormLayout] = {}
        for field in FIELDS:
            if field.group not in forms:
                box = QGroupBox(tr(field.group))
                forms[field.group] = QFormLayout(box)
                layout.addWidget(box)
            form = forms[field.group]
            control = self._control(field)
            self.controls[field.key] = control
            if isinstance(control, QCheckBox):
                form.addRow(control)
                continue
            label = QLabel(tr(field.label) + ":")
            label.setBuddy(control)
            form.addRow(label, control)
            hint = QLabel(tr(field.help))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text); margin-bottom: 4px;")
            form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_values(Settings()))
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        strict = self.controls["strict_mode"]
        assert isinstance(strict, QCheckBox)
        strict.toggled.connect(self._strict_toggled)
        self.show_values(settings)

    def _control(self, field: Field) -> QSpinBox | QCheckBox:
        name = tr(field.label)
        if field.kind is bool:
            check = QCheckBox(f"{name}: {tr(field.help)[0].lower()}{tr(field.help)[1:]}")
            check.setAccessibleName(name)
            check.setAccessibleDescription(tr(field.help))
            return check
        spin = QSpinBox()
        spin.setAccessibleName(name)
        spin.setAccessibleDescription(tr(field.help))
        low = min([field.minimum, *(field.special or {})])
        spin.setRange(low, field.maximum)
        spin.setSuffix(tr(_UNITS.get(field.unit, "")))
        if field.special:
            spin.setSpecialValueText(tr(next(iter(field.special.values())).capitalize()))
        spin.setToolTip(tr("Allowed: %1").replace("%1", field.allowed()))
        spin.setMinimumWidth(130)
        spin.setMaximumWidth(180)
        return spin

    def show_values(self, settings: Settings) -> None:
        for key, value in settings.as_dict().items():
            control = self.controls[key]
            if isinstance(control, QCheckBox):
                control.setChecked(bool(value))
            else:
                control.setValue(int(value))
        self._strict_toggled(settings.strict_mode)

    def values(self) -> Settings:
        values: dict[str, int | bool] = {}
        for key, control in self.controls.items():
            values[key] = control.isChecked() if isinstance(control, QCheckBox) else control.value()
        return Settings(**values)  # type: ignore[arg-type]  # the controls only hold valid values

    def _strict_toggled(self, strict: bool) -> None:
        for key in _STRICT_LOCKS:
            self.controls[key].setEnabled(not strict)

    def accept(self) -> None:
        chosen = self.values()
        before, after = self._initial.as_dict(), chosen.as_dict()
        changed = {k for k in after if after[k] != before[k]}
        self.chosen.emit(chosen, frozenset(self._explicit | changed))
        super().accept()
