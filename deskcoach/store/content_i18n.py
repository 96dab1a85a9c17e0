"""Exercise and checklist texts in the user's language, from resources/i18n/content_<lang>.ts.

The catalogue is read as it is kept in the repository (Qt Linguist XML, written by
tools/i18n_content.py), so there is no build step and nothing to drift. A translation is used
only when it is finished and its English source is still the text in the file; otherwise that
text stays English. The loaders then validate the translated entry with the same rules as the
English one (with `TRANSLATION_SLACK` on the length limits); an entry that fails falls back to
English as a whole and is reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from deskcoach.core.languages import CODES
from deskcoach.store.resources import shipped

#: translations may be this much longer than the English limits (German runs ~30 % longer)
TRANSLATION_SLACK = 1.5

_language = "en"
_folder: Path | None = None  # None: the shipped resources/i18n


def shipped_folder() -> Path:
    return shipped("i18n")


def use(code: str, folder: Path | None = None) -> None:
    """The content language for every later load ("en": the files as they are), read from
    `folder`'s content_<code>.ts when given."""
    global _language, _folder
    _language = code if code in CODES else "en"
    _folder = folder


def language() -> str:
    return _language


def current() -> Table:
    """The translations for the content language now in use."""
    return table(_language, _folder)


@dataclass(frozen=True)
class Table:
    """(context, field path) -> (English source, translation), finished ones only."""

    code: str
    texts: Mapping[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    problem: str | None = None

    def get(self, context: str, path: str, english: str) -> str | None:
        found = self.texts.get((context, path))
        return found[1] if found is not None and found[0] == english else None


@cache
def table(code: str, folder: Path | None = None) -> Table:
    """The finished translations of content_<code>.ts (read once per process)."""
    import xml.etree.ElementTree as ET  # only for a language other than English (idle memory)

    item = (folder if folder is not None else shipped_folder()) / f"content_{code}.ts"
    try:
        root = ET.fromstring(item.read_bytes())
    except (OSError, ET.ParseError) as exc:
        return Table(code, {}, f"content_{code}.ts: cannot be read ({exc}); English shown")
    texts: dict[tuple[str, str], tuple[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            text = (translation.text or "").strip()
            if text:
                texts[(name, message.findtext("comment", ""))] = (
                    message.findtext("source", ""), text)
    return Table(code, texts)


def _swap(data: Any, context: str, path: str, words: Table, missing: list[str]) -> Any:
    if isinstance(data, str):
        found = words.get(context, path, data)
        if found is None:
            missing.append(path)
            return data
        return found
    return data


#: an exercise's one-line texts that are translated (tools/i18n_content.py lists the same)
EXERCISE_FIELDS = ("name", "summary", "dose", "dose_basis")


def translate_exercise(data: Mapping[str, Any], words: Table,
                       missing: list[str]) -> dict[str, Any]:
    """A copy of an exercise's TOML data with its texts translated (fields as in
    tools/i18n_content.py); `missing` collects the field paths left in English."""
    context = f"exercise:{data.get('id')}"
    out = dict(data)
    for key in EXERCISE_FIELDS:
        if key in out:
            out[key] = _swap(out[key], context, key, words, missing)
    for key in ("cautions", "avoid_if"):
        if isinstance(out.get(key), list):
            out[key] = [_swap(text, context, f"{key}[{i}]", words, missing)
                        for i, text in enumerate(out[key])]
    if isinstance(out.get("steps"), list):
        out["steps"] = [
            {**step, "text": _swap(step["text"], context, f"steps[{i}].text", words, missing)}
            if isinstance(step, Mapping) and "text" in step else step
            for i, step in enumerate(out["steps"])]
    if isinstance(out.get("levels"), list):
        out["levels"] = [
            {**level, **{key: _swap(level[key], context, f"levels[{i}].{key}", words, missing)
                         for key in ("dose", "how") if key in level}}
            if isinstance(level, Mapping) else level for i, level in enumerate(out["levels"])]
    return out


def translate_checklist(data: Mapping[str, Any], words: Table,
                        missing: list[str]) -> dict[str, Any]:
    """A copy of the checklist's TOML data with group titles and items translated."""
    out = dict(data)
    if isinstance(out.get("groups"), list):
        out["groups"] = [
            {**group, "title": _swap(group.get("title"), f"checklist-group:{group.get('id')}",
                                     "title", words, missing)}
            if isinstance(group, Mapping) else group for group in out["groups"]]
    if isinstance(out.get("items"), list):
        out["items"] = [
            {**item, **{key: _swap(item[key], f"checklist:{item.get('id')}", key, words,
                                   missing) for key in ("question", "why", "fix") if key in item}}
            if isinstance(item, Mapping) else item for item in out["items"]]
    return out
