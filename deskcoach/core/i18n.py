"""Translation for the plain-Python layers, through a hook the edge installs.

The domain stays Qt-free: it marks texts with `QT_TR_NOOP` (a no-op lupdate recognises) or calls
`tr()`, which asks the installed translator (the app and the CLI install Qt's
QCoreApplication.translate, so every layer reads the same deskcoach_<lang>.qm catalogues) and
otherwise returns the English text. All messages live in lupdate's empty context, the one a bare
`tr("...")` call is extracted into, so a text marked in the core is translated by the UI's tr().
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

# (context, source, disambiguation, n) -> translation, the signature of QCoreApplication.translate
Translate = Callable[[str, str, "str | None", int], str]

# (day, Qt date pattern such as "ddd d MMM") -> the day in the user's language (QLocale's names)
FormatDay = Callable[[date, str], str]

_translate: Translate | None = None
_format_day: FormatDay | None = None
_ENGLISH_DAY = {"ddd": "%a", "d": "%-d", "MMM": "%b"}
_PLACE = re.compile(r"%(\d)")


def install(translate: Translate | None) -> None:
    """Use `translate` for every later tr() call; None goes back to English."""
    global _translate
    _translate = translate


def install_days(format_day: FormatDay | None) -> None:
    """Name days through `format_day` (the edge's QLocale) from now on; None: English."""
    global _format_day
    _format_day = format_day


def day(when: date, pattern: str = "ddd") -> str:
    """`when` as `pattern` ("ddd", "ddd d MMM") in the user's language, for core sentences."""
    if _format_day is not None:
        return _format_day(when, pattern)
    return " ".join(when.strftime(_ENGLISH_DAY[part]) for part in pattern.split())


def installed() -> Translate | None:
    """The translator in use (tests put back the one they found)."""
    return _translate


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; `%n` becomes `n` (a numerus message when n >= 0)."""
    out = text if _translate is None else _translate("", text, disambiguation, n)
    if n >= 0 and _translate is None:
        out = out.replace("%n", str(n))
    return out


def QT_TR_NOOP(text: str) -> str:
    """Mark `text` for extraction; it is translated later, where it is shown."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` in `context` for extraction (packaging texts use their own contexts)."""
    return text


def fill(text: str, *values: object) -> str:
    """Qt's QString.arg in one pass: %1..%9 become `values`; a value's own `%2` stays as it is."""
    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)
    return _PLACE.sub(one, text)


def percent(share: float) -> str:
    """A share (0-1) as a whole percentage written the language's way ("85 %" in German)."""
    return fill(tr("%1%", "a percentage: the number, then the sign as the language writes it"),
                round(share * 100))
