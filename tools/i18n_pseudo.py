"""A pseudo-locale to find clipped and untranslated text: every message accented, 40 % longer
and bracketed, written as a German catalogue set into a folder of its own (never shipped).

    python -m tools.i18n_pseudo build/pseudo
    DESKCOACH_CATALOGUES=build/pseudo deskcoach --lang de

"[Ŝţàŕţ à ƀŕéàķ ñöŵ ·····]": text that shows without brackets was never translated (hard-coded
English), a closing bracket cut off means the widget clips. Placeholders (%1, %n, %(name)s,
{name}), markup, entities, `&` accelerators and the Qt date patterns stay as they are.
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tools import i18n_content
from tools.i18n_build import lrelease_program

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
CODE = "de"  # two plural forms, like most of the shipped languages
GROWTH = 0.4
ACCENTS = str.maketrans("aceginorstuwyzACEGINORSTUWYZ", "àçéĝîñöŕşţûŵýžÀÇÉĜÎÑÖŔŞŢÛŴÝŽ")
#: what must stay as it is: placeholders, markup, entities, roff and escapes
_KEEP = re.compile(r"%L?[1-9n]|%\([a-z_]+\)[sdr]|%[sdr%]|\{[a-z_]+\}|<[^>]*>|&[a-z]+;|&&|\\\w")


def pseudo(text: str, comment: str = "") -> str:
    """`text` accented, 40 % longer and bracketed, every protected piece left alone."""
    if "date format" in comment or not text.strip():
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last:match.start()].translate(ACCENTS))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(ACCENTS))
    body = "".join(out)
    pad = "·" * max(1, math.ceil(len(text) * GROWTH) - 2)
    lead = len(body) - len(body.lstrip("\n "))
    mark = "?" if body.endswith("?") else ""  # questions still end in one (the loader checks)
    return f"{body[:lead]}[{body[lead:len(body) - len(mark)]} {pad}]{mark}"


def fill(template: Path, target: Path) -> None:
    """A copy of `template` (a .ts file) with every message finished in pseudo text."""
    tree = ET.parse(template)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source", "")
            comment = message.findtext("comment", "") or message.findtext("extracomment", "")
            translation = message.find("translation")
            if translation is None:
                continue
            translation.attrib.pop("type", None)
            forms = translation.findall("numerusform")
            if forms:
                for form in forms:
                    form.text = pseudo(source, comment)
            else:
                translation.text = pseudo(source, comment)
    target.write_text(i18n_content.render(tree), encoding="utf-8")


def make(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for kind in ("deskcoach", "content"):
        target = out / f"{kind}_{CODE}.ts"
        fill(I18N / f"{kind}_{CODE}.ts", target)
        made.append(target)
    qm = out / f"deskcoach_{CODE}.qm"
    subprocess.run([lrelease_program(), "-silent", str(out / f"deskcoach_{CODE}.ts"), "-qm",
                    str(qm)], check=True)
    made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write the pseudo catalogues to")
    args = parser.parse_args(argv)
    for path in make(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
