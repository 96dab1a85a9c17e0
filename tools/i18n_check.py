"""What CI checks about the translations, in one command (tests/unit/test_i18n_catalogues.py
runs the same functions).

- every catalogue of every shipped language is complete: no unfinished, obsolete or vanished
  message, every numerus form filled, one form per plural form of the language;
- placeholders agree: each %1..%9, %n, %(name)s, %s and {name} of the source appears in the
  translation (and no new ones), as many `&` accelerators (at most one); content translated
  into a language that writes numbers in digits has the source's numbers;
- the catalogues are in step with the code, the content files and the packaging files;
- every translated exercise and the checklist pass the loaders' checks (else English shows).

    python -m tools.i18n_check            # all of it; exit 1 and list the problems
    python -m tools.i18n_check --no-complete   # everything except completeness
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from deskcoach.core.languages import CODES

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
KINDS = ("deskcoach", "content", "packaging")
#: plural forms per language as Qt counts them (Qt's numerus rules, qtbase/src/corelib/text)
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "it": 2, "nl": 2, "pt_BR": 2, "ja": 1,
                "ar": 6}
#: languages whose content writes every number in digits: a dose or count that differs from the
#: English is a stale translation (a git merge can pair a new source with an old translation);
#: Japanese and Arabic write some counts in words (the Arabic dual), so they are not compared
DIGIT_LANGUAGES = frozenset({"de", "fr", "es", "it", "nl", "pt_BR"})
_NUMBER = re.compile(r"\d+")
_PLACEHOLDER = re.compile(r"%L?[1-9n]|%\([a-z_]+\)[sdr]|%[sdr]|\{[a-z_]+\}")


def placeholders(text: str) -> list[str]:
    return sorted(m.replace("%L", "%") for m in _PLACEHOLDER.findall(text))


def catalogues() -> Iterator[tuple[str, str, Path]]:
    for code in CODES:
        for kind in KINDS:
            yield code, kind, I18N / f"{kind}_{code}.ts"
    yield "en", "deskcoach", I18N / "deskcoach_en.ts"


def problems_in(path: Path, code: str, complete: bool = True) -> list[str]:
    """What is wrong with one catalogue, each line naming the file, context and source."""
    if not path.exists():
        return [f"{path.name}: missing"]
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            where = f"{path.name}: [{name}] {source[:60]!r}"
            translation = message.find("translation")
            if translation is None:
                found.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                found.append(f"{where}: {kind} (run the generator)")
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            numerus = message.get("numerus") == "yes"
            texts = forms if numerus else [translation.text or ""]
            if numerus and len(forms) != PLURAL_FORMS[code]:
                found.append(f"{where}: {len(forms)} plural forms, {code} has "
                             f"{PLURAL_FORMS[code]}")
            if complete and (kind == "unfinished" or not all(t.strip() for t in texts)):
                found.append(f"{where}: unfinished")
                continue
            for text in texts:
                if not text.strip():
                    continue
                want, got = placeholders(source), placeholders(text)
                if numerus and "%n" not in got and "%n" in want:
                    got = sorted([*got, "%n"])  # a form for exactly one may say "one" in words
                if want != got:
                    found.append(f"{where}: placeholders {got} in {text[:40]!r}, want {want}")
                if path.name.startswith("content_") and code in DIGIT_LANGUAGES and \
                        sorted(_NUMBER.findall(source)) != sorted(_NUMBER.findall(text)):
                    found.append(f"{where}: numbers {_NUMBER.findall(text)} in {text[:40]!r}, "
                                 f"want {_NUMBER.findall(source)} (is it a stale translation?)")
                if source.count("&") - source.count("&&") != text.count("&") - text.count("&&") \
                        and name != "man" and "<" not in source:
                    found.append(f"{where}: the & accelerator is lost or doubled in {text!r}")
    return found


def content_loads(code: str, folder: Path = I18N) -> list[str]:
    """What the loaders refuse in content_<code>.ts (too long, a question without its mark,
    ...): each such item is shown in English, so CI names it."""
    import tomllib

    from deskcoach.core.checklist_file import parse_checklist
    from deskcoach.store import catalogue, content_i18n

    content_i18n.use(code, folder)
    try:
        found = [p for p in catalogue.load_catalogue().problems if f"content_{code}.ts" in p]
        source = ROOT / "resources" / "checklist" / "checklist.toml"
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        try:
            parse_checklist(source.name, content_i18n.translate_checklist(
                data, content_i18n.current(), []), content_i18n.TRANSLATION_SLACK)
        except ValueError as exc:
            found.append(f"content_{code}.ts: {exc}; the checklist shows in English")
        return found
    finally:
        content_i18n.use("en")


def in_step() -> list[str]:
    """The generators' own --check: the catalogues hold exactly today's English texts."""
    from tools import i18n_content, i18n_packaging, i18n_update

    found = []
    for tool in (i18n_update, i18n_content, i18n_packaging):
        if tool.main(["--check"]) != 0:
            found.append(f"{tool.__name__}: catalogues out of step (run python -m "
                         f"{tool.__name__})")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--no-complete", action="store_true",
                        help="do not report unfinished messages (translations in progress)")
    args = parser.parse_args(argv)
    found = in_step()
    for code, _kind, path in catalogues():
        found += problems_in(path, code, complete=not args.no_complete)
    for code in CODES:
        found += content_loads(code)
    for line in found:
        print(line, file=sys.stderr)
    print(f"{len(found)} problem(s)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
