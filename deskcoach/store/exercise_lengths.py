"""What the statistics need of each exercise (its length and the regions it works), read
from a summary shipped beside the catalogue.

Parsing and checking the 35 catalogue files was a seventh of `deskcoach stats`' work.
`summary.json` holds the same facts, written from the checked catalogue by
`python -m tools.catalogue_summary`, with a CRC-32 of the files it was written from: it is
used only while every file still matches, so it can never give other figures than the
catalogue itself; any doubt (a changed, added or removed file, a damaged summary) reads the
catalogue.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskcoach.store.resources import shipped

if TYPE_CHECKING:
    from deskcoach.core.stats import Measured

SUMMARY = "summary.json"
VERSION = 1


@dataclass(frozen=True)
class Length:
    id: str
    seconds: int
    regions: tuple[str, ...]


def exercise_lengths(folder: Path | None = None) -> Iterable[Measured]:
    """Each exercise's id, seconds and regions: from the summary while it matches the
    catalogue's files, else from the catalogue itself (the same figures, slower)."""
    root = folder or shipped("exercises")
    found = read_summary(root)
    if found is not None:
        return found
    from deskcoach.store.catalogue import load_catalogue

    return load_catalogue(root).catalogue


def read_summary(root: Path) -> list[Length] | None:
    """The summary's entries, or None when it is missing, damaged or written from other files."""
    try:
        data = json.loads((root / SUMMARY).read_bytes())
        if data["version"] != VERSION or data["sources"] != sources_digest(root):
            return None
        lengths = [Length(key, value["seconds"], tuple(value["regions"]))
                   for key, value in data["exercises"].items()]
    except (OSError, ValueError, LookupError, TypeError, AttributeError):
        return None
    good = all(isinstance(e.seconds, int) and not isinstance(e.seconds, bool)
               and all(isinstance(r, str) for r in e.regions) for e in lengths)
    return lengths if good else None


def sources_digest(root: Path) -> str:
    """CRC-32 of every catalogue file's name, length and bytes, in name order: it tells a
    changed file, which is all it is for (the summary holds nothing worth forging), without
    hashlib, whose OpenSSL would add 1 % to `stats`' work."""
    crc = 0
    for path in sorted(root.glob("*.toml")):
        data = path.read_bytes()
        crc = zlib.crc32(data, zlib.crc32(f"{path.name}\0{len(data)}\0".encode(), crc))
    return f"crc32:{crc:08x}"


def summary_text(exercises: Iterable[Measured], root: Path) -> str:
    """The summary of `exercises` (the checked catalogue loaded from `root`)."""
    entries = {e.id: {"seconds": e.seconds, "regions": list(e.regions)}
               for e in sorted(exercises, key=lambda e: e.id)}
    return json.dumps({"version": VERSION, "sources": sources_digest(root),
                       "exercises": entries}, indent=1) + "\n"
