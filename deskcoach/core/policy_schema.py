"""The organisation policy document as a JSON Schema, generated from the settings schema.

Draft 2020-12, for administrators' editors; packaging/policy/policy.schema.json is
`json_schema()` written out (store.policy_sources).
"""

from __future__ import annotations

from deskcoach.core.policy import FEATURES, LIMITS, POLICY_VERSION
from deskcoach.core.settings import _ID, FIELD_BY_KEY, FIELDS, MAX_LIST, Field


def json_schema() -> dict[str, object]:
    """The policy document as a JSON Schema (draft 2020-12), generated from the settings
    schema; packaging/policy/policy.schema.json is this, written out."""
    defs: dict[str, object] = {spec.key: _field_schema(spec) for spec in FIELDS}
    limit_props: dict[str, object] = {}
    for key, direction in LIMITS.items():
        spec = FIELD_BY_KEY[key]
        if direction == "on":
            limit_props[key] = {"type": "boolean",
                                "description": f"true: {spec.label.lower()} must be on."}
            continue
        word = "Largest" if direction == "max" else "Smallest"
        limit_props[key] = {
            "type": "object",
            "description": f"{word} value a user may choose for {key} ({spec.label.lower()}).",
            "properties": {direction: {"type": "integer", "minimum": spec.minimum,
                                       "maximum": spec.maximum}},
            "required": [direction],
            "additionalProperties": False,
        }
    defs["limits"] = {
        "type": "object",
        "description": "Bounds a user may only make stricter; combined across sources to the "
                       "strictest.",
        "properties": limit_props,
        "additionalProperties": False,
    }
    defs["features"] = {
        "type": "object",
        "description": "Features the organisation switches on or off.",
        "properties": {name: {"type": "boolean", "description": text}
                       for name, text in FEATURES.items()},
        "additionalProperties": False,
    }
    settings_refs = {spec.key: {"$ref": f"#/$defs/{spec.key}"} for spec in FIELDS}

    def section(description: str, extra: dict[str, object] | None = None) -> dict[str, object]:
        return {"type": "object", "description": description,
                "properties": {**settings_refs, **(extra or {})},
                "additionalProperties": False}

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "DeskCoach organisation policy",
        "description": f"Version {POLICY_VERSION}. Precedence, highest first: mandatory, the "
                       "user's own settings, recommended, machine defaults, built-in defaults. "
                       "Unknown keys and bad values are reported and ignored.",
        "type": "object",
        "properties": {
            "$schema": {"type": "string"},
            "version": {"const": POLICY_VERSION},
            "mandatory": section("Locked values, limits and features; the user cannot "
                                 "change these.",
                                 {"limits": {"$ref": "#/$defs/limits"},
                                  "features": {"$ref": "#/$defs/features"}}),
            "recommended": section("Values used until the user changes them."),
            "defaults": section("Machine defaults: below recommended, above built-in "
                                "defaults."),
        },
        "required": ["version"],
        "additionalProperties": False,
        "$defs": defs,
    }


def _field_schema(spec: Field) -> dict[str, object]:
    text = spec.help + (f" Unit: {spec.unit}." if spec.unit else "")
    schema: dict[str, object] = {"title": spec.label, "description": text}
    if spec.kind is bool:
        schema["type"] = "boolean"
    elif spec.kind is int:
        number = {"type": "integer", "minimum": spec.minimum, "maximum": spec.maximum}
        if spec.special:
            schema["anyOf"] = [number, {"enum": list(spec.special)}]
        else:
            schema.update(number)
    elif spec.kind is str:
        schema["type"] = "string"
        if spec.choices:
            schema["enum"] = list(spec.choices)
    else:
        item: dict[str, object] = (
            {"enum": list(spec.choices)} if spec.choices else
            {"type": "string", "pattern": f"^{_ID.pattern}$", "maxLength": 48})
        schema.update({"type": "array", "items": item, "maxItems": MAX_LIST})
    schema["default"] = list(spec.default) if isinstance(spec.default, tuple) else spec.default
    return schema
