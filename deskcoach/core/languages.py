"""The languages DeskCoach ships, in one place for the settings, the loaders and the checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Language:
    """A language DeskCoach ships a catalogue for."""

    code: str          # as in the catalogue file names: deskcoach_<code>.ts, content_<code>.ts
    native_name: str   # how the language calls itself, for the settings list
    right_to_left: bool = False


LANGUAGES: Final = (
    Language("de", "Deutsch"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("it", "Italiano"),
    Language("nl", "Nederlands"),
    Language("pt_BR", "Português (Brasil)"),
    Language("ja", "日本語"),
    Language("ar", "العربية", right_to_left=True),
)
CODES: Final = tuple(language.code for language in LANGUAGES)
