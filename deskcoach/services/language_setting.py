"""Which language DeskCoach speaks: --lang, else the profile's setting under the
organisation's policy, else the desktop's.

Apart from Qt's translators (translation.py), which speak it: the command line in English
needs them only for plural forms, so most commands answer without loading Qt (`speak`).
"""

from __future__ import annotations

import locale
import os
from pathlib import Path
from typing import TYPE_CHECKING

from deskcoach.core import i18n
from deskcoach.core.languages import CODES

if TYPE_CHECKING:
    from deskcoach.core.policy import Policy

SOURCE = "en"
SYSTEM = "system"


def normal(code: str) -> str:
    """'de_DE.UTF-8' -> 'de', 'pt-BR' -> 'pt_BR': the nearest shipped code, or ''."""
    code = code.split(".")[0].split("@")[0].replace("-", "_")
    if code in CODES or code == SOURCE:
        return code
    lang = code.split("_")[0].lower()
    if lang == "pt":
        return "pt_BR"
    return lang if lang in CODES or lang == SOURCE else ""


def system_language(environ: dict[str, str] | None = None) -> str:
    """The desktop's language as a shipped code, English when it is none of ours.

    LANGUAGE (a list), LC_ALL, LC_MESSAGES and LANG as gettext reads them; then the OS."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(name, "").split(":"):
            if part and part not in ("C", "POSIX"):
                found = normal(part)
                if found:
                    return found
                if name != "LANGUAGE":
                    return SOURCE
    if environ is None:
        from PySide6.QtCore import QLocale  # only when no variable names a language

        found = normal(QLocale.system().name()) or normal(locale.getlocale()[0] or "")
        if found:
            return found
    return SOURCE


def resolve(choice: str | None, environ: dict[str, str] | None = None) -> str:
    """The code to use for a `language` setting or --lang value ("system" or a code)."""
    if not choice or choice == SYSTEM:
        return system_language(environ)
    return normal(choice) or SOURCE


def setting_language(settings_file: Path | None, given: str | None = None,
                     policy: Policy | None = None) -> str:
    """The `language` in effect: `given` (--lang) or else the profile's setting, as a user
    value under the organisation's policy (a locked language wins; `policy`: as the caller
    read it, else read here). Read without side effects: an unreadable file counts as no
    setting (the app reports it when it loads the file)."""
    from deskcoach.core.policy import resolve as under_policy
    from deskcoach.core.settings import LANGUAGE_CHOICES, Settings
    from deskcoach.store.policy_sources import load_app_policy

    own: dict[str, object] = {}
    if given in LANGUAGE_CHOICES:
        own["language"] = given
    try:
        text = settings_file.read_text(encoding="utf-8") if settings_file and not own else ""
        if text:
            import tomllib  # only for a file there: with none the start needs no parser

            data = tomllib.loads(text)
            if data.get("language") in LANGUAGE_CHOICES:
                own["language"] = data["language"]
    except (OSError, ValueError, RecursionError):
        pass
    try:
        return str(under_policy(Settings(), own, policy or load_app_policy()).settings.language)
    except (OSError, ValueError):
        return str(own.get("language", SYSTEM))


def speak(code: str) -> None:
    """Speak `code` on the command line from now on.

    English loads its catalogue with the first plural message: deskcoach_en.qm holds plural
    forms alone (tests/integration/test_cli_english.py checks), and loading PySide6 was a
    quarter of `deskcoach stats`' work. Any other language loads at once.
    """
    if code != SOURCE:
        _translators(code)
        return

    def first_plural(context: str, source: str, disambiguation: str | None, n: int) -> str:
        if n < 0:
            return source
        return _translators(SOURCE)(context, source, disambiguation, n)

    i18n.install(first_plural)


def _translators(code: str) -> i18n.Translate:
    from deskcoach.services.translation import Translators

    translators = Translators()
    translators.use(code)
    return translators.translate
