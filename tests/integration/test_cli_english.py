"""The command line in English loads Qt only for a plural form (language_setting.speak)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.fresh_python import fresh_python

ENGLISH = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "deskcoach_en.ts"
ENGLISH_ENV = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_GB.UTF-8"}


def test_the_english_catalogue_holds_plural_forms_alone() -> None:
    """What lets English skip Qt until a plural: any other message there would be missed."""
    messages = list(ET.parse(ENGLISH).getroot().iter("message"))
    assert messages
    assert [m.findtext("source") for m in messages if m.get("numerus") != "yes"] == []


def test_stats_in_english_answers_without_loading_qt(tmp_path: Path) -> None:
    code = ("import contextlib, io, json, sys\n"
            "from deskcoach.__main__ import main\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            f"    code = main(['--profile', {str(tmp_path)!r}, 'stats', '--days', '3'])\n"
            "print(json.dumps([code, len(out.getvalue().splitlines()),\n"
            "                  sorted(m for m in sys.modules if m.startswith('PySide6'))]))\n")
    code_, lines, qt = json.loads(fresh_python(code, **ENGLISH_ENV).splitlines()[-1])
    assert (code_, lines, qt) == (0, 4, [])  # a header and three days


def test_an_english_plural_still_comes_from_the_catalogue() -> None:
    code = ("import json, sys\n"
            "from deskcoach.core.i18n import tr\n"
            "from deskcoach.services.language_setting import speak\n"
            "speak('en')\n"
            "plain = tr('less than a minute')\n"
            "before = 'PySide6.QtCore' in sys.modules\n"
            "words = [tr('Holding at the easiest level: your mornings were worse than usual "
            "for %n days running', None, n) for n in (1, 3)]\n"
            "print(json.dumps([plain, before, words, 'PySide6.QtCore' in sys.modules]))\n")
    plain, before, words, after = json.loads(fresh_python(code).splitlines()[-1])
    assert plain == "less than a minute"
    assert not before
    assert words == [
        "Holding at the easiest level: your mornings were worse than usual for 1 day running",
        "Holding at the easiest level: your mornings were worse than usual for 3 days running"]
    assert after


def test_another_language_loads_its_catalogue_at_once() -> None:
    code = ("import json, sys\n"
            "from deskcoach.core.i18n import tr\n"
            "from deskcoach.services.language_setting import speak\n"
            "speak('de')\n"
            "print(json.dumps(['PySide6.QtCore' in sys.modules, tr('options')]))\n")
    loaded, options = json.loads(fresh_python(code).splitlines()[-1])
    assert loaded
    assert options != "options"  # German argparse words
