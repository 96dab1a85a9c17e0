"""Build what the translations make: resources/i18n/deskcoach_<lang>.qm from the .ts files
and, with --packaging DIR, the localised packaging files from packaging_<lang>.ts:

- DIR/<app id>.desktop and DIR/<app id>-autostart.desktop with GenericName[de]=... lines;
- DIR/<app id>.metainfo.xml with xml:lang="de" summary, paragraphs and list items;
- DIR/windows/<culture>/DeskCoach.adml, one folder per language (de-DE, ar-SA, ...);
- DIR/man/<lang>/deskcoach.1 for each language with the man page translated.

Run at package time (setup.py's build step, build-deb.sh, build-msi.sh) and by
scripts/bootstrap.sh in a checkout; none of it is kept in git. Unfinished messages are left
out, so the English shows for them (a file whose messages are all unfinished is not written).

    python -m tools.i18n_build [--packaging build/i18n]
"""

from __future__ import annotations

import argparse
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from deskcoach.core.languages import CODES
from tools import i18n_packaging as texts
from tools.i18n_update import qt_program

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"


def lrelease_program() -> str:
    return qt_program("pyside6-lrelease")


def build(folder: Path = I18N) -> list[Path]:
    """Every deskcoach_<lang>.qm, written beside its .ts (atomically: lrelease writes a
    temporary name that is then moved into place)."""
    made = []
    for code in ("en", *CODES):
        source = folder / f"deskcoach_{code}.ts"
        if not source.exists():
            continue
        target = folder / f"deskcoach_{code}.qm"
        temp = target.with_suffix(".qm.tmp")
        subprocess.run([lrelease_program(), "-silent", str(source), "-qm", str(temp)],
                       check=True)
        temp.replace(target)
        made.append(target)
    return made


#: the Windows culture folder of each language (PolicyDefinitions/<culture>/*.adml)
CULTURES = {"de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL",
            "pt_BR": "pt-BR", "ja": "ja-JP", "ar": "ar-SA"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def finished(code: str, folder: Path = I18N) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation, finished messages of packaging_<code>.ts."""
    path = folder / f"packaging_{code}.ts"
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(name, message.findtext("source", ""))] = translation.text
    return found


def desktop_file(source: Path, words: dict[str, dict[tuple[str, str], str]]) -> str:
    """The entry with a Key[lang]= line after each translatable key, per language."""
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        out.append(line)
        key, sep, value = line.partition("=")
        if not sep or key not in texts.DESKTOP_KEYS:
            continue
        for code, table in words.items():
            text = table.get(("desktop", value))
            if text:
                if key == "Keywords" and not text.endswith(";"):
                    text += ";"
                out.append(f"{key}[{code}]={text}")
    return "\n".join(out) + "\n"


def metainfo_file(source: Path, words: dict[str, dict[tuple[str, str], str]]) -> str:
    """The AppStream file with an xml:lang sibling after each translated element."""
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    root = ET.parse(source, parser).getroot()
    for parent in [root, *root.iter("description")]:
        if parent.tag == "description" and parent not in list(root):
            continue  # the releases' notes stay English
        for element in list(parent):
            if element.tag not in ("summary", "p", "ul"):
                continue
            targets = [element] if element.tag != "ul" else list(element)
            for target in targets:
                english = " ".join("".join(target.itertext()).split())
                holder = parent if target is element else element
                at = list(holder).index(target)
                for code, table in reversed(list(words.items())):
                    text = table.get(("appstream", english))
                    if text:
                        copy = ET.Element(target.tag, {XML_LANG: code.replace("_", "-")})
                        copy.text = text
                        copy.tail = target.tail
                        holder.insert(at + 1, copy)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") \
        + "\n"


def adml_file(code: str, table: dict[tuple[str, str], str]) -> str:
    """The en-US ADML with each translated string swapped in."""
    ET.register_namespace("", texts.ADML_NS)
    tree = ET.parse(texts.ADML)
    for string in tree.getroot().iter(f"{{{texts.ADML_NS}}}string"):
        text = table.get(("adml", string.text or ""))
        if text:
            string.text = text
    return '<?xml version="1.0" encoding="utf-8"?>\n' + \
        ET.tostring(tree.getroot(), encoding="unicode") + "\n"


def man_file(table: dict[tuple[str, str], str]) -> str:
    lines = "\n".join(table.get(("man", block), block) for block in texts.man_blocks())
    return "\n".join(_heading(line, table) for line in lines.splitlines()) + "\n"


def _heading(line: str, table: dict[tuple[str, str], str]) -> str:
    """A .SH line with its heading in the page's language (the blocks keep roff lines as is)."""
    if not line.startswith(".SH "):
        return line
    heading = line[4:].strip('" ')
    return f'.SH "{table.get(("man-heading", heading), heading)}"'



def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(path)


def packaging(out: Path, folder: Path = I18N) -> list[Path]:
    words = {code: finished(code, folder) for code in CODES}
    words = {code: table for code, table in words.items() if table}
    made = []
    for source in (texts.DESKTOP, texts.AUTOSTART):
        made.append(out / source.name)
        _write(made[-1], desktop_file(source, words))
    made.append(out / texts.METAINFO.name)
    _write(made[-1], metainfo_file(texts.METAINFO, words))
    for code, table in words.items():
        if any(context == "adml" for context, _ in table):
            made.append(out / "windows" / CULTURES[code] / "DeskCoach.adml")
            _write(made[-1], adml_file(code, table))
        if any(context == "man" for context, _ in table):
            made.append(out / "man" / code / "deskcoach.1")
            _write(made[-1], man_file(table))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--packaging", metavar="DIR", type=Path,
                        help="also write the localised packaging files into DIR")
    parser.add_argument("--no-qm", action="store_true",
                        help="only the packaging files (no pyside6-lrelease needed)")
    args = parser.parse_args(argv)
    for path in [] if args.no_qm else build():
        print(path.relative_to(ROOT))
    if args.packaging:
        for path in packaging(args.packaging):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
