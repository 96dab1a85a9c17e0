"""The localised packaging files tools/i18n_build.py writes from packaging_<lang>.ts: the
desktop entries and AppStream metadata pass their validators, the ADML is one per culture
folder, the man page per language, and only finished translations are used."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n_build, i18n_packaging
from tools.i18n_content import render

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def finished_copy(code: str, words: dict[tuple[str, str], str], folder: Path) -> None:
    """packaging_<code>.ts with the (context, comment) -> text messages finished."""
    tree = ET.parse(I18N / f"packaging_{code}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            assert translation is not None
            if key in words:
                translation.attrib.pop("type", None)
                translation.text = words[key]
            else:
                translation.set("type", "unfinished")
                translation.text = ""
    (folder / f"packaging_{code}.ts").write_text(render(tree), encoding="utf-8")


@pytest.fixture
def built(tmp_path: Path) -> Path:
    ts = tmp_path / "ts"
    ts.mkdir()
    man_name = next(f"block {i}" for i, block in enumerate(i18n_packaging.man_blocks())
                    if block.startswith(".SH NAME"))
    finished_copy("de", {("desktop", "GenericName"): "Pausenerinnerung",
                         ("desktop", "Comment"): "Erinnert an kurze Bewegungspausen",
                         ("desktop", "Keywords"): "Pause;Ergonomie;Dehnen",
                         ("appstream", "summary"): "Ruhige Erinnerungen an Bewegungspausen",
                         ("adml", "Cat_Sound"): "Ton",
                         ("man", man_name): ".SH NAME\ndeskcoach \\- ruhiger Pausen-Coach",
                         ("man-heading", "man page section heading (capitals): NAME"):
                             "BEZEICHNUNG"}, ts)
    finished_copy("ar", {("desktop", "Comment"): "يذكّرك بأخذ استراحات حركة قصيرة",
                         ("adml", "Cat_Sound"): "الصوت"}, ts)
    for code in ("fr", "es", "it", "nl", "pt_BR", "ja"):
        finished_copy(code, {}, ts)
    out = tmp_path / "out"
    i18n_build.packaging(out, ts)
    return out


def test_desktop_entries_carry_each_finished_translation(built: Path) -> None:
    text = (built / i18n_packaging.DESKTOP.name).read_text(encoding="utf-8")
    assert "GenericName[de]=Pausenerinnerung\n" in text
    assert "Comment[de]=Erinnert an kurze Bewegungspausen\n" in text
    assert "Comment[ar]=يذكّرك بأخذ استراحات حركة قصيرة\n" in text
    assert "Keywords[de]=Pause;Ergonomie;Dehnen;\n" in text
    assert "[fr]" not in text  # nothing unfinished
    assert "GenericName[ar]" not in text
    assert shutil.which("desktop-file-validate"), "run scripts/bootstrap.sh --test"
    for name in (i18n_packaging.DESKTOP.name, i18n_packaging.AUTOSTART.name):
        subprocess.run(["desktop-file-validate", str(built / name)], check=True)


def test_appstream_gets_xml_lang_siblings_and_stays_valid(built: Path) -> None:
    root = ET.parse(built / i18n_packaging.METAINFO.name).getroot()
    summaries = {s.get("{http://www.w3.org/XML/1998/namespace}lang"): s.text
                 for s in root.iter("summary")}
    assert summaries == {None: "Calm reminders to take short movement breaks",
                         "de": "Ruhige Erinnerungen an Bewegungspausen"}
    assert root.find("releases") is not None
    assert shutil.which("appstreamcli"), "run scripts/bootstrap.sh --test"
    subprocess.run(["appstreamcli", "validate", "--no-net",
                    str(built / i18n_packaging.METAINFO.name)], check=True,
                   capture_output=True)


def test_adml_per_culture_and_man_page_per_language(built: Path) -> None:
    ns = {"p": i18n_packaging.ADML_NS}
    for culture, word in (("de-DE", "Ton"), ("ar-SA", "الصوت")):
        root = ET.parse(built / "windows" / culture / "DeskCoach.adml").getroot()
        strings = {s.get("id"): s.text for s in root.iterfind(".//p:string", ns)}
        assert strings["Cat_Sound"] == word
        assert strings["Cat_Timing"] == "Timing"  # unfinished: English
    assert not (built / "windows" / "fr-FR").exists()
    page = (built / "man" / "de" / "deskcoach.1").read_text(encoding="utf-8")
    # the heading in German, the next one unfinished and so in English
    assert '.SH "BEZEICHNUNG"\ndeskcoach \\- ruhiger Pausen-Coach\n.SH "SYNOPSIS"' in page
    assert not (built / "man" / "ar").exists()
