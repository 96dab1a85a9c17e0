"""The translations at run time: Qt's translators for the interface and Qt's own buttons, the
core through the same catalogue, Arabic's six plural forms, content texts validated by the
loaders with English per item, the language setting and the right-to-left layout."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from deskcoach.core import i18n
from deskcoach.services import translation
from deskcoach.services.language_setting import resolve, setting_language, system_language
from deskcoach.services.translation import Translators
from deskcoach.store import catalogue, content_i18n
from tools.i18n_build import lrelease_program
from tools.i18n_content import render

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
ARABIC_FORMS = ("صفر %n", "واحد %n", "اثنان %n", "قليل %n", "كثير %n", "آخر %n")


def catalogue_with(code: str, kind: str, words: dict[Any, object], folder: Path) -> Path:
    """The shipped <kind>_<code>.ts with only `words` (source -> text, or a tuple of plural
    forms, or (comment, text) keys for content) translated; built to .qm for the UI."""
    tree = ET.parse(I18N / f"{kind}_{code}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key: object = message.findtext("source", "")
            if kind == "content":
                key = (context.findtext("name"), message.findtext("comment"))
            translation = message.find("translation")
            assert translation is not None
            if key not in words:  # only `words` are translated, whatever the shipped file says
                translation.set("type", "unfinished")
                translation.text = None
                for form in translation.findall("numerusform"):
                    form.text = None
                continue
            translation.attrib.pop("type", None)
            value = words[key]
            if isinstance(value, tuple):
                for form, text in zip(translation.findall("numerusform"), value, strict=True):
                    form.text = text
            else:
                translation.text = str(value)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{kind}_{code}.ts"
    path.write_text(render(tree), encoding="utf-8")
    if kind == "deskcoach":
        subprocess.run([lrelease_program(), "-silent", str(path), "-qm",
                        str(path.with_suffix(".qm"))], check=True)
    return path


@pytest.fixture
def speak(qapp: QApplication, english_catalogue: Translators) -> Iterator[Translators]:
    """Translators of the test's own; English again afterwards."""
    translators = Translators()
    yield translators
    translators.use("en")
    english_catalogue.use("en")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    content_i18n.use("en")


def test_german_interface_core_and_qt_buttons(speak: Translators, tmp_path: Path) -> None:
    catalogue_with("de", "deskcoach", {"Paused until %1": "Pausiert bis %1",
                                       "%n min": ("%n Minute", "%n Minuten"),
                                       "When to get help": "Wann Hilfe holen"}, tmp_path)
    speak.folder = tmp_path
    assert speak.use("de")
    assert speak.code == "de"
    assert QCoreApplication.translate("", "Paused until %1") == "Pausiert bis %1"
    assert QCoreApplication.translate("", "%n min", None, 1) == "1 Minute"
    assert QCoreApplication.translate("", "%n min", None, 7) == "7 Minuten"
    assert QCoreApplication.translate("", "Snooze") == "Snooze"  # not translated: English
    # the core asks the same translators (the CLI has no application to install them on)
    from deskcoach.core.safety import TITLE, as_text
    assert i18n.tr(TITLE) == "Wann Hilfe holen"
    assert as_text().startswith("Wann Hilfe holen\n")
    # Qt's own words for standard buttons, from PySide6's qtbase_de.qm
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QLocale().name() == "de_DE"
    # days in the core's sentences (the pacing reasons) are named by the same locale
    assert i18n.day(date(2026, 11, 20), "ddd d MMM") == "Fr. 20 Nov."


def test_arabic_has_six_plural_forms_chosen_by_count(speak: Translators, tmp_path: Path) -> None:
    catalogue_with("ar", "deskcoach", {"%n days": ARABIC_FORMS}, tmp_path)
    speak.folder = tmp_path
    assert speak.use("ar")
    chosen = {n: QCoreApplication.translate("", "%n days", None, n)
              for n in (0, 1, 2, 3, 10, 11, 99, 100, 102)}
    assert chosen == {0: "صفر 0", 1: "واحد 1", 2: "اثنان 2", 3: "قليل 3", 10: "قليل 10",
                      11: "كثير 11", 99: "كثير 99", 100: "آخر 100", 102: "آخر 102"}
    assert i18n.tr("%n days", "", 2) == "اثنان 2"


def test_a_missing_catalogue_leavesenglish_catalogue(speak: Translators, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    speak.folder = tmp_path / "empty"
    assert speak.use("nl") is True  # the shipped deskcoach_nl.qm is the second place looked
    monkeypatch.setattr(translation, "shipped_dir", lambda: tmp_path / "nothing")
    assert speak.use("nl") is False
    assert speak.code == "en"


def test_content_translations_are_validated_withenglish_catalogue_per_item(
        speak: Translators, tmp_path: Path) -> None:
    catalogue_with("de", "deskcoach", {}, tmp_path)
    catalogue_with("de", "content", {
        ("exercise:chin-tuck", "name"): "Kinn zurückschieben",
        ("exercise:chin-tuck", "steps[0].text"): "Aufrecht sitzen oder stehen, geradeaus schauen.",
        ("exercise:neck-rotation", "name"): "Ein viel zu langer Name " * 4,  # > 48 x 1.5
        ("checklist:S1", "question"): "Ist Ihr Bildschirm eine Armlänge entfernt?",
    }, tmp_path)
    english = {e.id: e for e in catalogue.load_catalogue().catalogue}
    speak.folder = tmp_path
    assert speak.use("de")
    loaded = catalogue.load_catalogue()
    chin = loaded.catalogue.get("chin-tuck")
    assert chin is not None
    assert chin.name == "Kinn zurückschieben"
    assert chin.steps[0].text == "Aufrecht sitzen oder stehen, geradeaus schauen."
    assert chin.summary == english["chin-tuck"].summary  # not translated: English
    rotation = loaded.catalogue.get("neck-rotation")
    assert rotation is not None
    assert rotation.name == english["neck-rotation"].name
    assert [p for p in loaded.problems if "neck-rotation.toml: 'name'" in p], loaded.problems
    checklist, problem = catalogue.load_checklist()
    assert problem is None
    assert checklist is not None
    assert checklist.item("S1").question == "Ist Ihr Bildschirm eine Armlänge entfernt?"


def test_right_to_left_for_arabic(speak: Translators, tmp_path: Path) -> None:
    from deskcoach.app import apply_direction

    catalogue_with("ar", "deskcoach", {}, tmp_path)
    speak.folder = tmp_path
    speak.use("ar")
    apply_direction(speak.code)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
    # numbers and dates in the Western digits the Arabic catalogue writes, never mixed
    assert QLocale().toString(1234) == "1,234"
    assert "20" in QLocale().toString(QDate(2026, 11, 20), "d MMMM")
    speak.use("de")
    apply_direction(speak.code)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(("env", "code"), [
    ({"LANG": "de_DE.UTF-8"}, "de"), ({"LC_ALL": "pt_BR.UTF-8", "LANG": "de_DE"}, "pt_BR"),
    ({"LANG": "pt_PT.UTF-8"}, "pt_BR"), ({"LANGUAGE": "sv:ja", "LANG": "sv_SE"}, "ja"),
    ({"LANG": "sv_SE.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "ar_EG"}, "ar"),
    ({"LC_MESSAGES": "fr_CA", "LANG": "en_GB"}, "fr"), ({"LANG": "en_US.UTF-8"}, "en"),
])
def test_the_desktops_language(env: dict[str, str], code: str) -> None:
    assert system_language(env) == code
    assert resolve("system", env) == code
    assert resolve("ja", env) == "ja"


def test_the_setting_and_the_option(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    assert setting_language(settings) == "system"
    settings.write_text('schema_version = 1\nlanguage = "ja"\n', encoding="utf-8")
    assert setting_language(settings) == "ja"
    assert setting_language(settings, "ar") == "ar"  # --lang wins over the user's setting
    settings.write_text('language = "klingon"\n', encoding="utf-8")
    assert setting_language(settings) == "system"
    settings.write_text("not toml [", encoding="utf-8")
    assert setting_language(settings) == "system"


def test_the_cli_speaks_the_catalogue(tmp_path: Path) -> None:
    catalogue_with("de", "deskcoach", {
        "quit the running app": "die laufende App beenden", "usage: ": "Aufruf: ",
        "DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).":
            "DeskCoach läuft nicht. Starten Sie es mit `deskcoach`.",
        "DeskCoach cannot open its control socket: %1.":
            "DeskCoach kann seinen Steuer-Socket nicht öffnen: %1."}, tmp_path)
    env = {"DESKCOACH_CATALOGUES": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--lang", "de", "--help"],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert done.stdout.startswith("Aufruf: deskcoach")
    assert "die laufende App beenden" in done.stdout
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--lang", "de", "--profile",
                           str(tmp_path / "p"), "status"], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=False)
    assert "DeskCoach läuft nicht." in done.stderr
    # The app's own start speaks too, before it has a window: a shared runtime folder sends
    # the socket under HOME, here a path too long for one, and the app says so and stops.
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    long_home = tmp_path / ("h" * 120)
    long_home.mkdir()
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--lang", "de", "--profile",
                           str(tmp_path / "p")], capture_output=True, text=True, timeout=60,
                          env={**env, "XDG_RUNTIME_DIR": str(shared), "HOME": str(long_home),
                               "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, check=False)
    assert done.returncode == 1
    assert done.stderr.startswith("DeskCoach kann seinen Steuer-Socket nicht öffnen: ")
    env["LANG"] = "de_DE.UTF-8"  # the desktop's language when nothing else says
    done = subprocess.run([sys.executable, "-m", "deskcoach", "--help"], capture_output=True,
                          text=True, env=env, cwd=ROOT, check=True)
    assert done.stdout.startswith("Aufruf: deskcoach")


def test_the_tray_menu_follows_a_new_language(speak: Translators, tmp_path: Path) -> None:
    from deskcoach.ui.tray import Tray

    tray = Tray()
    assert tray.settings_action.text() == "&Settings..."
    catalogue_with("de", "deskcoach", {"&Settings...": "&Einstellungen...",
                                       "&Pause": "&Pausieren"}, tmp_path)
    speak.folder = tmp_path
    speak.use("de")
    tray.retranslate()
    assert tray.settings_action.text() == "&Einstellungen..."
    assert tray.pause_menu.title() == "&Pausieren"
    assert tray.quit_action.text() == "&Quit"  # not in this catalogue: English


def test_todays_counts_in_the_cli_are_plural_for_every_count(speak: Translators) -> None:
    """Each count is a plural message of its own: a marked text called with a count is stored
    single-form, and Qt would fall back to English past one."""
    from deskcoach.cli.remote import _today

    assert speak.use("de")
    counts = {"completed": 2, "skipped": 0, "snoozed": 1, "missed": 0, "natural": 1,
              "eye_breaks": 3}
    text = _today(counts)
    assert "1 natürliche Pause (abwesend)" in text
    assert "3 Augenpausen" in text
    assert "2 abgeschlossen, 0 übersprungen" in text
    assert speak.use("ja")
    assert "、" in _today(counts)  # the language's own list separator


def test_percentages_are_written_the_languages_way(speak: Translators) -> None:
    """German and French put a no-break space before the sign (a narrow one in French)."""
    assert i18n.percent(0.849) == "85%"
    assert speak.use("de")
    assert i18n.percent(0.849) == "85\u00a0%"
    assert speak.use("fr")
    assert i18n.percent(0.5) == "50\u202f%"
    assert speak.use("ja")
    assert i18n.percent(1.0) == "100%"
