"""argparse's own words (usage, options, its error messages), routed through our catalogues.

argparse looks each of these up with gettext at the moment it prints; `install` points that
lookup at deskcoach.core.i18n.tr, so `deskcoach --help` and its errors read the same
deskcoach_<lang>.qm as the rest. The list marks the texts for lupdate; the `%(name)s` and `%s`
placeholders are Python's and must stay in the translations.
"""

from __future__ import annotations

import argparse

from deskcoach.core.i18n import QT_TR_NOOP, tr

WORDS = (
    QT_TR_NOOP("usage: "), QT_TR_NOOP("positional arguments"), QT_TR_NOOP("options"),
    QT_TR_NOOP("show this help message and exit"),
    QT_TR_NOOP("show program's version number and exit"),
    QT_TR_NOOP("%(prog)s: error: %(message)s\n"),
    QT_TR_NOOP("argument %(argument_name)s: %(message)s"),
    QT_TR_NOOP("invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TR_NOOP("invalid %(type)s value: %(value)r"),
    QT_TR_NOOP("the following arguments are required: %s"),
    QT_TR_NOOP("unrecognized arguments: %s"), QT_TR_NOOP("expected one argument"),
    QT_TR_NOOP("expected at least one argument"), QT_TR_NOOP("expected at most one argument"),
    QT_TR_NOOP("not allowed with argument %s"), QT_TR_NOOP("one of the arguments %s is required"),
    QT_TR_NOOP("ambiguous option: %(option)s could match %(matches)s"),
    QT_TR_NOOP("can't open '%(filename)s': %(error)s"),
)


def _plural(one: str, many: str, count: int) -> str:
    return tr(one if count == 1 else many)


def install() -> None:
    """Let argparse print in the user's language (it calls these two names at print time)."""
    argparse._ = tr  # type: ignore[attr-defined]
    argparse.ngettext = _plural  # type: ignore[attr-defined]
