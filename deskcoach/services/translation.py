"""The Qt translators that speak DeskCoach's language (which one: language_setting.py).

One mechanism for every layer: Qt's QTranslator reads deskcoach_<lang>.qm (built from the .ts
files by tools.i18n_build) plus Qt's own qtbase_<lang>.qm for standard buttons, and the pure
core translates through the same QCoreApplication.translate via deskcoach.core.i18n.install.
English needs only the tiny deskcoach_en.qm (English plural forms), so a start in English stays
cheap.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from deskcoach.core import i18n
from deskcoach.core.languages import LANGUAGES
from deskcoach.services.language_setting import SOURCE, normal
from deskcoach.store import content_i18n

#: a folder of catalogues to try instead of the shipped ones: a translator's preview
#: (`python -m tools.i18n_build` output) or the pseudo-locale (tools/i18n_pseudo.py)
CATALOGUES_ENV = "DESKCOACH_CATALOGUES"


def catalogue_dir() -> Path:
    """Where the .qm files and content catalogues are: resources/i18n inside the installed
    package, or the folder DESKCOACH_CATALOGUES names (only words change with it)."""
    chosen = os.environ.get(CATALOGUES_ENV, "")
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    return shipped_dir()


def shipped_dir() -> Path:
    return content_i18n.shipped_folder()


def is_right_to_left(code: str) -> bool:
    return any(language.right_to_left for language in LANGUAGES if language.code == code)


class Translators:
    """The translators installed on the application; `use` swaps them for another language."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or catalogue_dir()
        self.code = SOURCE
        self._installed: list[QTranslator] = []

    def use(self, code: str) -> bool:
        """Speak `code` from now on; False (and English) when its catalogue is missing.

        With an application the translators are installed on it (Qt's widgets and the UI's tr()
        read them); the core's tr() asks them directly, so the CLI needs no application."""
        app = QCoreApplication.instance()
        for old in self._installed:
            if app is not None:
                QCoreApplication.removeTranslator(old)
        self._installed = []
        ok = True
        for name, folders in self._files(code):
            translator = QTranslator(app)
            if any(translator.load(name, str(folder)) for folder in folders):
                self._installed.append(translator)
                if app is not None:
                    QCoreApplication.installTranslator(translator)
            elif name.startswith("deskcoach_"):
                ok = False
        self.code = code if ok else SOURCE
        # Numbers, dates and times: the desktop's own conventions when it speaks this language
        # (en_GB keeps 24-hour times), else the language's usual ones.
        system = QLocale.system()
        same = normal(system.name()) == self.code or (
            self.code == SOURCE and system.language() == QLocale.Language.C)
        QLocale.setDefault(QLocale(_NUMBERS_LIKE_CATALOGUE[self.code])
                           if self.code in _NUMBERS_LIKE_CATALOGUE
                           else system if same else QLocale(self.code))
        own = (self.folder / f"content_{self.code}.ts").exists()
        content_i18n.use(self.code, self.folder if own else None)
        i18n.install(self.translate)
        i18n.install_days(_locale_day)
        return ok

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        """QCoreApplication.translate over our own translators, without needing an app."""
        for translator in reversed(self._installed):
            found = translator.translate(context, source, disambiguation, n)
            if found:
                source = found
                break
        return source.replace("%n", str(n)) if n >= 0 else source

    def _files(self, code: str) -> Iterable[tuple[str, tuple[Path, ...]]]:
        yield f"deskcoach_{code}", (self.folder, shipped_dir())
        if code != SOURCE:
            # Qt's own folder; in a frozen build the one PyInstaller lays out beside PySide6
            import PySide6

            qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            yield f"qtbase_{code}", (Path(qt_own),
                                      Path(PySide6.__file__).parent / "Qt" / "translations")


# The Arabic catalogue writes Western digits (as most Arabic software and the Gulf locales do);
# plain "ar" and Egypt's or Saudi Arabia's conventions would put Arabic-Indic digits beside them.
_NUMBERS_LIKE_CATALOGUE = {"ar": "ar_AE"}


def _locale_day(when: date, pattern: str) -> str:
    """A day named by the default QLocale (the language in use), for the core's sentences."""
    return QLocale().toString(QDate(when.year, when.month, when.day), pattern)
