"""The catalogues as CI checks them (python -m tools.i18n_check does the same): complete in
every shipped language, placeholders and plural forms as in the English, in step with the
code, the content files and the packaging files.

test_every_catalogue_is_complete fails until the translations are all done: that is the point.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deskcoach.core.languages import CODES
from tools import i18n_check, i18n_content, i18n_packaging, i18n_update

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
FILES = [(code, kind) for code in CODES for kind in i18n_check.KINDS]


@pytest.mark.parametrize(("code", "kind"), FILES)
def test_every_catalogue_is_complete(code: str, kind: str) -> None:
    problems = i18n_check.problems_in(I18N / f"{kind}_{code}.ts", code)
    assert problems == [], f"{len(problems)} problems, first: {problems[:5]}"


@pytest.mark.parametrize(("code", "kind"), [*FILES, ("en", "deskcoach")])
def test_placeholders_and_plural_forms_agree_with_the_english(code: str, kind: str) -> None:
    problems = i18n_check.problems_in(I18N / f"{kind}_{code}.ts", code, complete=False)
    assert problems == []


def test_the_english_plural_catalogue_is_complete() -> None:
    assert i18n_check.problems_in(I18N / "deskcoach_en.ts", "en") == []


def test_the_catalogues_hold_exactly_the_texts_of_the_code_and_files() -> None:
    assert i18n_update.main(["--check"]) == 0, "run python -m tools.i18n_update"
    assert i18n_content.main(["--check"]) == 0, "run python -m tools.i18n_content"
    assert i18n_packaging.main(["--check"]) == 0, "run python -m tools.i18n_packaging"


def test_a_new_string_in_the_code_is_caught(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-step check fails for a tr() text no catalogue has (run on a copy)."""
    root = tmp_path / "copy"
    shutil.copytree(I18N.parents[1] / "deskcoach", root / "deskcoach",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(I18N, root / "resources" / "i18n")
    (root / "deskcoach" / "ui" / "zz_new.py").write_text(
        'from deskcoach.ui.text import tr\n\nWORDS = tr("A sentence nobody translated")\n')
    monkeypatch.setattr(i18n_update, "ROOT", root)
    monkeypatch.setattr(i18n_update, "I18N", root / "resources" / "i18n")
    assert i18n_update.main(["--check"]) == 1


@pytest.mark.parametrize(("code", "forms"), [("de", 2), ("ja", 1), ("ar", 6), ("pt_BR", 2),
                                             ("en", 2)])
def test_each_numerus_message_has_the_languages_number_of_forms(code: str, forms: int) -> None:
    import xml.etree.ElementTree as ET

    counts = {len(m.findall("translation/numerusform"))
              for m in ET.parse(I18N / f"deskcoach_{code}.ts").getroot().iter("message")
              if m.get("numerus") == "yes"}
    assert counts == {forms}


def test_placeholder_mistakes_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "deskcoach_de.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
        "<context><name></name>"
        "<message><source>Paused until %1</source><translation>Pausiert</translation></message>"
        "<message><source>S&amp;nooze</source><translation>Schlummern</translation></message>"
        '<message numerus="yes"><source>%n days</source><translation>'
        "<numerusform>%n Tag</numerusform></translation></message>"
        "<message><source>Done</source><translation type=\"unfinished\"></translation></message>"
        "</context></TS>\n", encoding="utf-8")
    found = i18n_check.problems_in(bad, "de")
    assert len(found) == 4
    assert "placeholders [] in 'Pausiert', want ['%1']" in found[0]
    assert "accelerator" in found[1]
    assert "1 plural forms, de has 2" in found[2]
    assert found[3].endswith("unfinished")


def test_a_content_translation_with_other_numbers_is_reported_as_stale(tmp_path: Path) -> None:
    """A git merge can pair a changed English dose with the old translation, still finished."""
    def catalogue(code: str, translation: str) -> Path:
        path = tmp_path / f"content_{code}.ts"
        path.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS language="{code}">'
            "<context><name>exercise:neck-side-bend</name><message>"
            "<source>2 x 20 s each side</source><comment>levels[2].dose</comment>"
            f"<translation>{translation}</translation></message></context></TS>\n",
            encoding="utf-8")
        return path

    stale = i18n_check.problems_in(catalogue("de", "3 × 15 s pro Seite"), "de")
    assert len(stale) == 1
    assert "numbers ['3', '15'] in" in stale[0]
    assert "want ['2', '20']" in stale[0]
    assert i18n_check.problems_in(catalogue("de", "2 × 20 s pro Seite"), "de") == []
    # Arabic may write two as a dual word: its numbers are not compared
    assert i18n_check.problems_in(catalogue("ar", "مرتان × 20 ث لكل جانب"), "ar") == []


@pytest.mark.parametrize("code", CODES)
def test_every_translated_content_item_passes_the_loaders_checks(code: str) -> None:
    assert i18n_check.content_loads(code) == []


def test_a_translated_question_without_its_mark_is_named(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(I18N / "content_ar.ts")
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "checklist:S1":
            for message in context.iter("message"):
                if message.findtext("comment") == "question":
                    translation = message.find("translation")
                    assert translation is not None
                    translation.attrib.pop("type", None)
                    translation.text = "هل قدماك مستويتان على الأرض"  # no question mark
    (tmp_path / "content_ar.ts").write_text(i18n_content.render(tree), encoding="utf-8")
    found = i18n_check.content_loads("ar", tmp_path)
    assert len(found) == 1
    assert "question' must be a question" in found[0]
