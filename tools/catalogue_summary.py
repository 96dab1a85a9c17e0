"""Write resources/exercises/summary.json from the checked catalogue (see
deskcoach/store/exercise_lengths.py), or check that it is current.

    python -m tools.catalogue_summary [--check]

Run it after changing an exercise file: until then `deskcoach stats` reads the whole
catalogue (the same figures, slower) and tests/integration/test_exercise_lengths.py fails.
"""

from __future__ import annotations

import argparse
import sys

from deskcoach.store.atomic import write_atomic
from deskcoach.store.catalogue import exercises_folder, load_catalogue
from deskcoach.store.exercise_lengths import SUMMARY, summary_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the summary is stale")
    args = parser.parse_args(argv)
    root = exercises_folder()
    loaded = load_catalogue(root)
    if loaded.problems:
        print("the catalogue has problems; fix them first:", *loaded.problems, sep="\n  ",
              file=sys.stderr)
        return 1
    text = summary_text(loaded.catalogue, root)
    path = root / SUMMARY
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is stale: run python -m tools.catalogue_summary", file=sys.stderr)
            return 1
        return 0
    write_atomic(path, text.encode())
    path.chmod(0o644)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
