"""What `deskcoach policy show` prints (the effective policy with the source of every entry)
and the JSON Schema file administrators validate their policy documents against."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from deskcoach.core.policy import LEVELS, Policy, limit_text
from deskcoach.core.policy_schema import json_schema
from deskcoach.core.settings import show


def policy_report(policy: Policy, searched: Sequence[str] = ()) -> str:
    """The effective policy with the source of every entry, as `deskcoach policy show`
    prints it."""
    lines: list[str] = []
    if policy.empty:
        lines.append("No organisation policy is in effect.")
    else:
        lines.append(f"Organisation policy, read from: {', '.join(policy.sources)}")
    titles = {"mandatory": "Mandatory (locked)", "recommended": "Recommended",
              "defaults": "Machine defaults"}
    for level in LEVELS:
        section = policy.section(level)
        if section:
            lines.append(f"{titles[level]}:")
            lines += [f"  {key} = {show(value)}  [{policy.origins.get((level, key), '?')}]"
                      for key, value in sorted(section.items())]
        if level == "mandatory" and policy.limits:
            lines.append("Limits:")
            lines += [f"  {key} {limit_text(key, bound)}  "
                      f"[{policy.origins.get(('limits', key), '?')}]"
                      for key, bound in sorted(policy.limits.items())]
        if level == "mandatory" and policy.features:
            lines.append("Features:")
            lines += [f"  {name} = {'on' if on else 'off'}  "
                      f"[{policy.origins.get(('features', name), '?')}]"
                      for name, on in sorted(policy.features.items())]
    if policy.problems:
        lines.append(f"Problems ({len(policy.problems)}):")
        lines += [f"  {problem}" for problem in policy.problems]
    if searched:
        lines.append("Looked in:")
        lines += [f"  {place}" for place in searched]
    return "\n".join(lines) + "\n"


SCHEMA_FILE: Final = Path("packaging") / "policy" / "policy.schema.json"


def schema_text() -> str:
    """packaging/policy/policy.schema.json as it must be, byte for byte."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    """Regenerate the committed schema after a settings change: `python -c "from
    deskcoach.store import policy_report as p; p.write_schema(p.SCHEMA_FILE)"` in the
    checkout."""
    path.write_text(schema_text(), encoding="utf-8")
