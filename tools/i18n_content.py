"""Keep the content catalogues (resources/i18n/content_<lang>.ts) in step with the English files.

The content is translated in Qt Linguist's .ts format, so the tools that serve the interface's
catalogues (Linguist, lrelease, Weblate) serve the exercises and the checklist too. One message
per text field: context `exercise:<id>`, `checklist:<id>` or `checklist-group:<id>`, the field's
path as the comment. A translation whose English source is unchanged is kept; a changed source
becomes unfinished; a text no longer in the files is dropped.

    python -m tools.i18n_content          # rewrite every catalogue
    python -m tools.i18n_content --check  # exit 1 and name what is out of step, write nothing
"""

from __future__ import annotations

import argparse
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from deskcoach.core.languages import CODES
from deskcoach.store.content_i18n import EXERCISE_FIELDS

ROOT = Path(__file__).resolve().parents[1] / "resources"
I18N = ROOT / "i18n"
EXERCISE_LISTS = ("cautions", "avoid_if")
ITEM_FIELDS = ("question", "why", "fix")

Message = tuple[str, str, str]          # context, field path, English source


def messages() -> Iterator[Message]:
    """Every translatable text of the exercises and the checklist, in file order."""
    for path in sorted((ROOT / "exercises").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        context = f"exercise:{data['id']}"
        for field in EXERCISE_FIELDS:
            if field in data:
                yield context, field, data[field]
        for field in EXERCISE_LISTS:
            for index, text in enumerate(data.get(field, [])):
                yield context, f"{field}[{index}]", text
        for index, step in enumerate(data["steps"]):
            yield context, f"steps[{index}].text", step["text"]
        for index, level in enumerate(data.get("levels", [])):
            yield context, f"levels[{index}].dose", level["dose"]
            yield context, f"levels[{index}].how", level["how"]
    checklist = tomllib.loads((ROOT / "checklist" / "checklist.toml").read_text(encoding="utf-8"))
    for group in checklist["groups"]:
        yield f"checklist-group:{group['id']}", "title", group["title"]
    for item in checklist["items"]:
        for field in ITEM_FIELDS:
            yield f"checklist:{item['id']}", field, item[field]


def existing(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) from a catalogue already on disk."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str], tuple[str, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found[(name, message.findtext("source", ""))] = (translation.text or "", finished)
    return found


def build(code: str, old: dict[tuple[str, str], tuple[str, bool]],
          items: Iterable[Message] | None = None,
          unique: bool = False) -> ET.ElementTree[ET.Element]:
    """A catalogue of `items` (default: the content's messages) with the translations of `old`
    whose source is unchanged; `unique` keeps one message per (context, source)."""
    root = ET.Element("TS", version="2.1", language=code, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    seen: set[tuple[str, str]] = set()
    for context, field, source in messages() if items is None else items:
        if unique and (context, source) in seen:
            continue
        seen.add((context, source))
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "comment").text = field
        text, finished = old.get((context, source), ("", False))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished or not text:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    return ET.ElementTree(root)


def render(tree: ET.ElementTree[ET.Element]) -> str:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def regenerate(kind: str, make: Callable[[str, dict[tuple[str, str], tuple[str, bool]]],
                                         ET.ElementTree[ET.Element]],
               check: bool, what: str) -> int:
    """Rewrite (or with `check`, only compare) every language's <kind>_<code>.ts; 1 and the
    names of the files out of step with `what` when checking."""
    stale = []
    for code in CODES:
        path = I18N / f"{kind}_{code}.ts"
        text = render(make(code, existing(path)))
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if text == current:
            continue
        if check:
            stale.append(path.name)
        else:
            I18N.mkdir(exist_ok=True)
            temp = path.with_suffix(".ts.tmp")
            temp.write_text(text, encoding="utf-8")
            temp.replace(path)
    if stale:
        print(f"out of step with {what} (run python -m tools.i18n_{kind}): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)
    return regenerate("content", build, args.check, "the English files")


if __name__ == "__main__":
    raise SystemExit(main())
