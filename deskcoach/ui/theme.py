"""The `theme` setting at work: pick the light or dark tokens, give them to Qt, say when.

`use()` sets the application palette (so every standard control follows) and one
application stylesheet that styles widgets by object name ("muted", "title", "card", ...):
windows name their widgets and never spell a colour, and a theme change reaches windows
that are already open. Things Qt does not paint from the palette (pyqtgraph charts, the
tray ring) listen to `signals().changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from deskcoach.ui.tokens import LIGHT, SPACE, THEMES, TYPE, Colours


class _Signals(QObject):
    changed = Signal()


_state: dict[str, object] = {"setting": None, "colours": LIGHT}
_signals: _Signals | None = None


def signals() -> _Signals:
    global _signals
    if _signals is None:
        _signals = _Signals()
    return _signals


def current() -> Colours:
    colours = _state["colours"]
    assert isinstance(colours, Colours)
    return colours


def qcolor(value: str) -> QColor:
    """#rrggbb or #rrggbbaa (Qt itself reads eight digits as #aarrggbb)."""
    colour = QColor(value[:7])
    if len(value) == 9:
        colour.setAlpha(int(value[7:], 16))
    return colour


def system_is_dark() -> bool:
    """The desktop's colour scheme; when it does not say, the lightness of its palette."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = _scheme(app)
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    saved = _state.get("system_palette")
    palette = saved if isinstance(saved, QPalette) else app.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _scheme(app: QGuiApplication) -> Qt.ColorScheme:
    """What the desktop says (a seam for tests: the offscreen platform never says)."""
    return app.styleHints().colorScheme()


def resolve(setting: str) -> Colours:
    if setting in THEMES:
        return THEMES[setting]
    return THEMES["dark" if system_is_dark() else "light"]


def use(setting: str) -> None:
    """Apply the `theme` setting (system | light | dark); nothing happens if nothing changes."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if "system_palette" not in _state:
        _state["system_palette"] = QPalette(app.palette())
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system())
    colours = resolve(setting)
    if setting == _state["setting"] and colours is _state["colours"]:
        return
    _state["setting"] = setting
    _state["colours"] = colours
    app.setPalette(palette(colours))
    app.setStyleSheet(stylesheet(colours))
    signals().changed.emit()


def _follow_system() -> None:
    setting = _state["setting"]
    if setting == "system":
        _state["setting"] = None  # forces use() to look again
        use("system")


def palette(c: Colours) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in ((role.Window, c.window), (role.WindowText, c.text), (role.Base, c.surface),
                     (role.AlternateBase, c.surface_alt), (role.Text, c.text),
                     (role.Button, c.surface_alt), (role.ButtonText, c.text),
                     (role.BrightText, c.on_accent), (role.Highlight, c.accent),
                     (role.HighlightedText, c.on_accent), (role.Link, c.accent),
                     (role.LinkVisited, c.accent), (role.PlaceholderText, c.text_muted),
                     (role.ToolTipBase, c.surface), (role.ToolTipText, c.text),
                     (role.Light, c.surface), (role.Midlight, c.surface_alt),
                     (role.Mid, c.border), (role.Dark, c.border), (role.Shadow, c.border),
                     (role.Accent, c.accent)):
        p.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c.text_muted))
    return p


def stylesheet(c: Colours) -> str:
    """Rules by object name; `pt` sizes from TYPE, `px` spacing from SPACE."""
    t, s = TYPE, SPACE
    return f"""
QLabel#muted, QLabel#caption, QLabel#eyebrow, QLabel#hint {{ color: {c.text_muted}; }}
QLabel#hint {{ margin-bottom: {s['m']}px; }}
QLabel#eyebrow {{ font-size: {t['body']}pt; letter-spacing: 1px; }}
QLabel#title {{ font-size: {t['title']}pt; font-weight: 600; color: {c.text}; }}
QLabel#heading, QLabel#question {{ font-size: {t['heading']}pt; font-weight: 600;
    color: {c.text}; }}
QLabel#value {{ font-size: {t['value']}pt; font-weight: 600; color: {c.text}; }}
QLabel#lead, QLabel#why, QLabel#fix, QLabel#note {{ font-size: {t['lead']}pt;
    color: {c.text}; }}
QLabel#small {{ font-size: {t['small']}pt; color: {c.text_muted}; }}
QLabel#empty {{ font-size: {t['lead']}pt; color: {c.text}; padding: {s['xl']}px; }}
QLabel#error {{ color: {c.danger}; font-weight: 600; }}
QLabel#better {{ color: {c.success}; font-weight: 600; }}
QLabel#worse {{ color: {c.danger}; font-weight: 600; }}
QLabel#status {{ font-size: {t['value']}pt; font-weight: 600; }}
QFrame#card {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; }}
QFrame#card QLabel {{ border: none; background: transparent; }}
QLineEdit[invalid="true"], QSpinBox[invalid="true"] {{ border: 2px solid {c.danger}; }}
QPushButton#answer {{ font-size: {t['lead']}pt; padding: {s['s']}px {s['xl']}px; }}
QSvgWidget#art {{ background: {c.art_backdrop}; border-radius: 8px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 13px; height: 13px;
    border: 1px solid {c.text_muted}; background: {c.surface}; border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 7px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {c.accent};
    border: 1px solid {c.accent}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {c.border}; }}
QScrollArea#page {{ border: none; background: transparent; }}
QWidget#pageBody {{ background: transparent; }}
"""


def break_window_style(c: Colours) -> str:
    """The break window's own stylesheet: larger type, and a focus ring that stands out by
    3:1 from a plain button's edge, the main button and the window (WCAG 2.2 focus
    appearance); the ring's 3 px take back 2 px of padding so nothing moves."""
    t = TYPE
    return f"""
QWidget#breakWindow {{ background: {c.window}; }}
QLabel {{ color: {c.text}; }}
QLabel#eyebrow {{ color: {c.text_muted}; font-size: {t['caption']}pt; letter-spacing: 1px; }}
QLabel#title {{ font-size: {t['display']}pt; font-weight: 600; }}
QLabel#dose {{ color: {c.text_muted}; font-size: {t['lead']}pt; }}
QLabel#steps {{ font-size: {t['heading']}pt; }}
QLabel#reps, QLabel#count {{ font-size: {t['emphasis']}pt; font-weight: 600;
                             color: {c.accent}; }}
QLabel#left {{ font-size: {t['lead']}pt; color: {c.text_muted}; }}
QLabel#safety, QLabel#held {{ color: {c.text_muted}; font-size: {t['caption']}pt; }}
QLabel#note {{ font-size: {t['note']}pt; }}
QProgressBar {{ border: none; background: {c.surface_alt}; height: 6px; border-radius: 3px; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
QPushButton {{ padding: 8px 16px; font-size: {t['lead']}pt; border-radius: 6px;
              border: 1px solid {c.control_edge}; background: {c.surface}; color: {c.text}; }}
QPushButton:disabled {{ color: {c.text_muted}; background: {c.surface_alt};
                       border-color: {c.border}; }}
QPushButton#done, QPushButton#primary {{ background: {c.primary}; color: {c.on_primary};
                                         border-color: {c.primary}; }}
QPushButton:focus, QPushButton#done:focus, QPushButton#primary:focus {{
    border: 3px solid {c.focus_ring}; padding: 6px 14px; }}
"""
