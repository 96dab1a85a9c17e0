"""Keep the packaging catalogues (resources/i18n/packaging_<lang>.ts) in step with the English
packaging texts: the desktop entry, the AppStream metadata, the ADML policy strings and the man
page. Translators fill these .ts files like the others; tools.i18n_build writes the localised
files from them at build time.

Contexts: `desktop` (comment: the key), `appstream` (summary, description paragraphs and list
items), `adml` (comment: the string id), `man` (one message per section, paragraph or option
block of roff source: keep the lines that start with a dot and the backslash escapes, translate
the words). A translation whose English source is unchanged is kept.

    python -m tools.i18n_packaging          # rewrite every catalogue
    python -m tools.i18n_packaging --check  # exit 1 and name what is out of step
"""

from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from tools.i18n_content import build as content_catalogue
from tools.i18n_content import regenerate

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "io.github.deskcoach.DeskCoach.desktop"
AUTOSTART = LINUX / "io.github.deskcoach.DeskCoach-autostart.desktop"
METAINFO = LINUX / "io.github.deskcoach.DeskCoach.metainfo.xml"
MAN = LINUX / "deskcoach.1"
ADML = ROOT / "packaging" / "windows" / "en-US" / "DeskCoach.adml"
DESKTOP_KEYS = ("GenericName", "Comment", "Keywords")
ADML_NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
_BLOCK = re.compile(r"^\.(SH|SS|TP|PP|P|LP|IP)\b")

Message = tuple[str, str, str]  # context, comment, English source


def desktop_entries(path: Path = DESKTOP) -> dict[str, str]:
    """The translatable keys of a desktop entry's main group."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and key in DESKTOP_KEYS:
            found[key] = value
    return found


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def appstream_texts(path: Path = METAINFO) -> Iterator[tuple[str, str]]:
    """(comment, text): the summary and the description's paragraphs and items (releases
    keep their English notes)."""
    root = ET.parse(path).getroot()
    summary = root.find("summary")
    if summary is not None:
        yield "summary", _text(summary)
    description = root.find("description")
    if description is not None:
        for index, element in enumerate(description.iter()):
            if element.tag in ("p", "li"):
                yield f"description/{element.tag}[{index}]", _text(element)


def adml_strings(path: Path = ADML) -> Iterator[tuple[str, str]]:
    """(id, text) of every string in the ADML string table."""
    root = ET.parse(path).getroot()
    for string in root.iter(f"{{{ADML_NS}}}string"):
        yield string.get("id", ""), string.text or ""


def man_blocks(path: Path = MAN) -> list[str]:
    """The man page cut before each .SH, .SS, .TP, .PP or .IP: each piece is one message."""
    blocks: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if _BLOCK.match(line) and blocks[-1]:
            blocks.append([])
        blocks[-1].append(line)
    return ["\n".join(block) for block in blocks if block]


def messages() -> Iterator[Message]:
    for key, value in desktop_entries().items():
        yield "desktop", key, value
    for comment, text in appstream_texts():
        yield "appstream", comment, text
    for ident, text in adml_strings():
        if text.strip() and text != "DeskCoach":
            yield "adml", ident, text
    for index, block in enumerate(man_blocks()):
        if not block.startswith(".TH"):
            yield "man", f"block {index}", block
    for heading in man_headings():
        yield "man-heading", f"man page section heading (capitals): {heading}", heading


def man_headings(path: Path = MAN) -> list[str]:
    """The .SH section headings: translated on their own (blocks keep their roff lines)."""
    return [line[4:].strip('" ') for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith(".SH ")]


def build(code: str, old: dict[tuple[str, str], tuple[str, bool]]) -> ET.ElementTree[ET.Element]:
    # one message per text: the ADML repeats some
    return content_catalogue(code, old, messages(), unique=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)
    return regenerate("packaging", build, args.check, "the packaging files")


if __name__ == "__main__":
    raise SystemExit(main())
