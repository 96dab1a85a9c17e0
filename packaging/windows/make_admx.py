"""Generate the Windows policy templates and the MSI's machine-default components from the
settings schema, so that none of them can drift from what DeskCoach reads.

    python packaging/windows/make_admx.py          # rewrite the three files
    python packaging/windows/make_admx.py --check  # exit 1 if a committed file is stale

Writes, next to this script:
- DeskCoach.admx: one policy per setting under Software\\Policies\\DeskCoach (mandatory,
  locked), the limits (`work_minutes.max`, `strict_mode.required`, ...), the features that
  are not settings (`statistics_export`), and every setting again under
  Software\\Policies\\DeskCoach\\Recommended (the user may change those).
- en-US/DeskCoach.adml: the strings and presentations for the ADMX.
- MachineDefaults.wxs: one component per whole-number, switch or text setting writing the
  public MSI property of the same name in capitals (WORK_MINUTES, STRICT_MODE, ...) to
  HKLM\\Software\\DeskCoach. packaging/build-msi.sh gives each component the condition
  "property is set", so a default is written only when the administrator passes it.
- The policy reference tables in packaging/ADMIN.md (between its "generated" markers).

Value names and registry types are those `deskcoach.store.policy_sources` reads: REG_DWORD
for whole numbers and switches (1 on, 0 off), REG_SZ for text, REG_MULTI_SZ for lists.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing DeskCoach
    sys.path.insert(0, str(ROOT))

from deskcoach.core.policy import FEATURES, LIMITS  # noqa: E402
from deskcoach.core.settings import FIELD_BY_KEY, FIELDS, Field, show  # noqa: E402
from deskcoach.store.policy_sources import (  # noqa: E402
    DEFAULTS_KEY,
    POLICY_KEY,
    RECOMMENDED_KEY,
)

ADMX = HERE / "DeskCoach.admx"
ADML = HERE / "en-US" / "DeskCoach.adml"
DEFAULTS_WXS = HERE / "MachineDefaults.wxs"
WXS = HERE / "DeskCoach.wxs"

NAMESPACE = "DeskCoach.Policies.DeskCoach"
PREFIX = "deskcoach"
SUPPORTED = "SUPPORTED_DeskCoach_0_1"
PD_NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
ROOT_CATEGORY = "DeskCoach"
LIMITS_CATEGORY = "Cat_Limits"
FEATURES_CATEGORY = "Cat_Features"
RECOMMENDED_CATEGORY = "Cat_Recommended"
TEXT_MAX_LENGTH = 255  # working_hours and the like: far more than any valid value
LIST_MAX_STRINGS = 64  # settings.MAX_LIST


def limit_value_name(key: str) -> str:
    """The registry value name of a limit: `work_minutes.max`, `strict_mode.required`."""
    direction = LIMITS[key]
    return f"{key}.required" if direction == "on" else f"{key}.{direction}"


def msi_property(key: str) -> str:
    """The public MSI property for a machine default: WORK_MINUTES for work_minutes."""
    return key.upper()


def machine_default_fields() -> list[Field]:
    """The settings an MSI property can preset (lists are left to policy)."""
    return [spec for spec in FIELDS if spec.kind in (int, bool, str)]


def group_id(group: str, prefix: str = "Cat_") -> str:
    return prefix + re.sub(r"[^A-Za-z0-9]+", "_", group).strip("_")


def _groups() -> list[str]:
    return list(dict.fromkeys(spec.group for spec in FIELDS))


def _range_text(spec: Field) -> str:
    if spec.kind is bool:
        return "on or off"
    text = spec.allowed()
    if spec.kind is tuple:
        return text + " (one per line)"
    return text.rstrip(".")  # a help text used as the range ends in its own full stop


def _default_text(spec: Field) -> str:
    if spec.kind is bool:
        return "on" if spec.default else "off"
    if spec.kind is str and spec.default == "":
        return "(empty)"
    return show(spec.default)


def _reg_type(spec: Field) -> str:
    if spec.kind in (int, bool):
        return "REG_DWORD"
    if spec.kind is str:
        return "REG_SZ"
    return "REG_MULTI_SZ"


class _Writer:
    """Collects the ADMX policies and the ADML strings and presentations in step."""

    def __init__(self) -> None:
        self.categories: list[str] = []
        self.policies: list[str] = []
        self.strings: dict[str, str] = {}
        self.presentations: list[str] = []

    def string(self, string_id: str, text: str) -> str:
        if self.strings.get(string_id, text) != text:
            raise ValueError(f"string {string_id} defined twice with different text")
        self.strings[string_id] = text
        return f"$(string.{string_id})"

    def category(self, name: str, title: str, parent: str | None, explain: str = "") -> None:
        attrs = f'name="{name}" displayName="{self.string(name, title)}"'
        if explain:
            attrs += f' explainText="{self.string(name + "_Help", explain)}"'
        if parent is None:
            self.categories.append(f"    <category {attrs} />")
        else:
            self.categories.append(f'    <category {attrs}>\n'
                                   f'      <parentCategory ref="{parent}" />\n'
                                   f"    </category>")

    def policy(self, name: str, key: str, category: str, title: str, explain: str, *,
               value_name: str | None = None, on_off: tuple[int, int | None] | None = None,
               elements: list[str] | None = None, presentation: list[str] | None = None
               ) -> None:
        attrs = [f'name="{name}"', 'class="Both"',
                 f'displayName="{self.string(name, title)}"',
                 f'explainText="{self.string(name + "_Help", explain)}"']
        if presentation:
            attrs.append(f'presentation="$(presentation.{name})"')
            body = "\n".join(f"        {line}" for line in presentation)
            self.presentations.append(f'      <presentation id="{name}">\n{body}\n'
                                      f"      </presentation>")
        attrs.append(f"key={quoteattr(key)}")
        if value_name is not None:
            attrs.append(f"valueName={quoteattr(value_name)}")
        lines = [f"    <policy {' '.join(attrs)}>",
                 f'      <parentCategory ref="{category}" />',
                 f'      <supportedOn ref="{SUPPORTED}" />']
        if on_off is not None:
            enabled, disabled = on_off
            lines.append(f'      <enabledValue><decimal value="{enabled}" /></enabledValue>')
            if disabled is not None:
                lines.append(f'      <disabledValue><decimal value="{disabled}" />'
                             "</disabledValue>")
        if elements:
            lines.append("      <elements>")
            lines += [f"        {element}" for element in elements]
            lines.append("      </elements>")
        lines.append("    </policy>")
        self.policies.append("\n".join(lines))

    def setting(self, spec: Field, name: str, key: str, category: str, mandatory: bool) -> None:
        """A policy for one setting, at mandatory (locked) or recommended level."""
        where = "Software\\Policies\\DeskCoach" + ("" if mandatory else "\\Recommended")
        effect = ("Enabled: the value is locked; the settings dialog shows it greyed with "
                  "\"Set by your organisation\" and `deskcoach config set` refuses to change "
                  "it.\nNot configured: the user's own choice applies."
                  if mandatory else
                  "Enabled: the value applies until the user changes it in the settings.\n"
                  "Not configured: DeskCoach's machine default or built-in default applies.")
        facts = (f"Allowed: {_range_text(spec)}. Built-in default: {_default_text(spec)}.\n\n"
                 f"Registry: {where}, value {spec.key} ({_reg_type(spec)}).")
        title = spec.label if mandatory else f"{spec.label} (recommended)"
        if spec.kind is bool:
            switch = ("Enabled: on" + (" (locked)." if mandatory else ".") +
                      "\nDisabled: off" + (" (locked)." if mandatory else ".") +
                      "\nNot configured: " +
                      ("the user's own choice applies." if mandatory else
                       "DeskCoach's machine default or built-in default applies."))
            explain = f"{spec.help}\n\n{switch}\n\n{facts}"
            self.policy(name, key, category, title, explain, value_name=spec.key,
                        on_off=(1, 0))
            return
        label = spec.label + (f" ({spec.unit})" if spec.unit else "") + ":"
        explain = f"{spec.help}\n\n{effect}\n\n{facts}"
        if spec.kind is int and spec.special:
            # A decimal element holds 0 and up only: a setting with special values (-1 for
            # unlimited) offers every value in a list instead, the special ones stored as
            # the REG_DWORD Windows writes for them (-1 is 0xFFFFFFFF).
            element, shown = self._number_list(spec, label)
            special = ", ".join(f"{m} ({v})" for v, m in spec.special.items())
            explain += (f"\n\nThe list offers {spec.minimum}-{spec.maximum} and {special}, "
                        f"stored as {', '.join(str(v & 0xFFFFFFFF) for v in spec.special)}.")
        elif spec.kind is int:
            element = (f'<decimal id="{spec.key}" valueName="{spec.key}" required="true" '
                       f'minValue="{spec.minimum}" maxValue="{spec.maximum}" />')
            shown = f'<decimalTextBox refId="{spec.key}" defaultValue="{spec.default}" ' \
                    f'spinStep="1">{escape(label)}</decimalTextBox>'
        elif spec.kind is str and spec.choices:
            items = []
            for choice in spec.choices:
                display = self.string(f"{spec.key}_{choice}", choice)
                items.append(f'  <item displayName="{display}"><value><string>{choice}'
                             "</string></value></item>")
            element = "\n        ".join(
                [f'<enum id="{spec.key}" valueName="{spec.key}" required="true">', *items,
                 "</enum>"])
            default_item = spec.choices.index(str(spec.default))
            shown = (f'<dropdownList refId="{spec.key}" noSort="true" '
                     f'defaultItem="{default_item}">{escape(label)}</dropdownList>')
        elif spec.kind is str:
            element = (f'<text id="{spec.key}" valueName="{spec.key}" '
                       f'maxLength="{TEXT_MAX_LENGTH}" />')
            shown = f'<textBox refId="{spec.key}"><label>{escape(label)}</label></textBox>'
        else:
            element = (f'<multiText id="{spec.key}" valueName="{spec.key}" '
                       f'maxStrings="{LIST_MAX_STRINGS}" />')
            shown = f'<multiTextBox refId="{spec.key}">{escape(label)}</multiTextBox>'
        self.policy(name, key, category, title, explain, elements=[element],
                    presentation=[shown])

    def _number_list(self, spec: Field, label: str) -> tuple[str, str]:
        """An enum element and its drop-down: every whole number in the range, then the
        special values by name."""
        assert spec.minimum is not None
        assert spec.maximum is not None
        choices = [(str(v), f"{spec.key}_{v}", v) for v in range(spec.minimum, spec.maximum + 1)]
        choices += [(meaning.capitalize(), f"{spec.key}_{meaning}", value)
                    for value, meaning in (spec.special or {}).items()]
        items = [f'  <item displayName="{self.string(string_id, text)}"><value>'
                 f'<decimal value="{value & 0xFFFFFFFF}" /></value></item>'
                 for text, string_id, value in choices]
        element = "\n        ".join(
            [f'<enum id="{spec.key}" valueName="{spec.key}" required="true">', *items, "</enum>"])
        assert isinstance(spec.default, int)
        default_item = [value for _text, _id, value in choices].index(spec.default)
        return element, (f'<dropdownList refId="{spec.key}" noSort="true" '
                         f'defaultItem="{default_item}">{escape(label)}</dropdownList>')

    def limit(self, key: str) -> None:
        spec = FIELD_BY_KEY[key]
        direction = LIMITS[key]
        value_name = limit_value_name(key)
        name = "Limit_" + value_name.replace(".", "_")
        where = f"Registry: Software\\Policies\\DeskCoach, value {value_name} (REG_DWORD)."
        if direction == "on":
            explain = (f"{spec.help}\n\nEnabled: {spec.label.lower()} must be on; users "
                       "cannot switch it off.\nDisabled or Not configured: no requirement.\n\n"
                       f"{where}")
            self.policy(name, POLICY_KEY, LIMITS_CATEGORY, f"{spec.label}: required",
                        explain, value_name=value_name, on_off=(1, None))
            return
        title = f"{spec.label}: {'upper' if direction == 'max' else 'lower'} limit"
        bound = "at most" if direction == "max" else "at least"
        explain = (f"{spec.help}\n\nEnabled: users may only choose {bound} this value; a "
                   "setting beyond it is brought back to it. Limits only ever make settings "
                   "stricter; when several sources set one, the strictest applies.\n"
                   "Not configured: the whole range is allowed.\n\n"
                   f"Allowed: {spec.minimum}-{spec.maximum}"
                   f"{' ' + spec.unit if spec.unit else ''}.\n\n{where}")
        label = f"{spec.label} {bound}" + (f" ({spec.unit})" if spec.unit else "") + ":"
        element = (f'<decimal id="{name}" valueName="{value_name}" required="true" '
                   f'minValue="{spec.minimum}" maxValue="{spec.maximum}" />')
        shown = (f'<decimalTextBox refId="{name}" defaultValue="{spec.default}" '
                 f'spinStep="1">{escape(label)}</decimalTextBox>')
        self.policy(name, POLICY_KEY, LIMITS_CATEGORY, title, explain, elements=[element],
                    presentation=[shown])

    def feature(self, name: str, text: str) -> None:
        explain = (f"{text}.\n\nEnabled: the feature is available.\nDisabled: it is switched "
                   "off for the user.\nNot configured: available.\n\n"
                   f"Registry: Software\\Policies\\DeskCoach, value {name} (REG_DWORD).")
        self.policy(f"Feature_{name}", POLICY_KEY, FEATURES_CATEGORY,
                    text.split(" (")[0], explain, value_name=name, on_off=(1, 0))


def build() -> tuple[str, str]:
    """The ADMX and the ADML, as text."""
    w = _Writer()
    w.category(ROOT_CATEGORY, "DeskCoach", None,
               "Movement-break reminders. Policies here are mandatory: users cannot change "
               "them. DeskCoach has no network code and reports nothing to the organisation.")
    for group in _groups():
        w.category(group_id(group), group, ROOT_CATEGORY)
    w.category(LIMITS_CATEGORY, "Limits (users may only make these stricter)", ROOT_CATEGORY)
    w.category(FEATURES_CATEGORY, "Features", ROOT_CATEGORY)
    w.category(RECOMMENDED_CATEGORY, "Recommended (users may change these)", ROOT_CATEGORY)
    for group in _groups():
        w.category(group_id(group, "Rec_"), group, RECOMMENDED_CATEGORY)
    for spec in FIELDS:
        w.setting(spec, spec.key, POLICY_KEY, group_id(spec.group), mandatory=True)
    for key in LIMITS:
        w.limit(key)
    for name, text in FEATURES.items():
        if name not in FIELD_BY_KEY:  # the others are settings and have their policy above
            w.feature(name, text)
    for spec in FIELDS:
        w.setting(spec, f"Recommended_{spec.key}", RECOMMENDED_KEY,
                  group_id(spec.group, "Rec_"), mandatory=False)
    w.string(SUPPORTED, "DeskCoach 0.1 or later")

    header = "<!-- Generated by packaging/windows/make_admx.py from the settings schema; " \
             "do not edit. -->"
    admx = "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        header,
        f'<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" '
        f'schemaVersion="1.0" xmlns="{PD_NS}">',
        "  <policyNamespaces>",
        f'    <target prefix="{PREFIX}" namespace="{NAMESPACE}" />',
        "  </policyNamespaces>",
        '  <resources minRequiredRevision="1.0" />',
        "  <supportedOn>",
        "    <definitions>",
        f'      <definition name="{SUPPORTED}" displayName="$(string.{SUPPORTED})" />',
        "    </definitions>",
        "  </supportedOn>",
        "  <categories>",
        *w.categories,
        "  </categories>",
        "  <policies>",
        *w.policies,
        "  </policies>",
        "</policyDefinitions>",
        "",
    ])
    strings = [f'      <string id="{sid}">{escape(text)}</string>'
               for sid, text in w.strings.items()]
    adml = "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        header,
        f'<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" '
        f'schemaVersion="1.0" xmlns="{PD_NS}">',
        "  <displayName>DeskCoach</displayName>",
        "  <description>Group Policy settings for DeskCoach, the movement-break coach."
        "</description>",
        "  <resources>",
        "    <stringTable>",
        *strings,
        "    </stringTable>",
        "    <presentationTable>",
        *w.presentations,
        "    </presentationTable>",
        "  </resources>",
        "</policyDefinitionResources>",
        "",
    ])
    return admx, adml


#: Where the MSI remembers the properties it was given, to read them back on an upgrade.
REMEMBERED_KEY = DEFAULTS_KEY + "\\Install"


def remembered_property(prop: str) -> list[str]:
    """A property read back (AppSearch) from what the last install remembered, so that an
    upgrade or repair without it keeps the machine's value instead of deleting it.
    build-msi.sh makes a value given on the command line win over the remembered one."""
    return [
        f'    <Property Id="{prop}">',
        f'      <RegistrySearch Id="RS.{prop}" Root="HKLM" Key="{REMEMBERED_KEY}" '
        f'Name="{prop}" Type="raw" Win64="yes" />',
        "    </Property>",
    ]


SEARCHES_START = "    <!-- generated by make_admx.py: remembered properties -->"
SEARCHES_END = "    <!-- end of generated -->"


def product_wxs(text: str) -> str:
    """DeskCoach.wxs with its read-back properties between the markers (wixl takes a
    Property only in the Product, not in a Fragment)."""
    before, found, rest = text.partition(SEARCHES_START + "\n")
    _old, found_end, after = rest.partition(SEARCHES_END)
    if not (found and found_end):
        raise ValueError(f"{WXS.name} lacks the generated-properties markers")
    searches = [line for spec in machine_default_fields()
                for line in remembered_property(msi_property(spec.key))]
    return before + SEARCHES_START + "\n" + "\n".join(searches) + "\n" + SEARCHES_END + after


def build_defaults_wxs() -> str:
    """The WiX fragment with one machine-default component per MSI property."""
    components: list[str] = []
    refs: list[str] = []
    for spec in machine_default_fields():
        kind = "string" if spec.kind is str else "integer"
        prop = msi_property(spec.key)
        components += [
            f'      <Component Id="MD.{spec.key}" Guid="*" Win64="yes">',
            f'        <RegistryValue Root="HKLM" Key="{DEFAULTS_KEY}" Name="{spec.key}" '
            f'Type="{kind}" Value="[{prop}]" KeyPath="yes" />',
            f'        <RegistryValue Root="HKLM" Key="{REMEMBERED_KEY}" Name="{prop}" '
            f'Type="string" Value="[{prop}]" />',
            "      </Component>",
        ]
        refs.append(f'      <ComponentRef Id="MD.{spec.key}" />')
    listing = "\n".join(
        f"       {msi_property(spec.key):<22} {spec.key} "
        f"({'0 or 1' if spec.kind is bool else _range_text(spec)})"
        for spec in machine_default_fields())
    return "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!-- Generated by packaging/windows/make_admx.py from the settings schema; do not "
        "edit.",
        "     Machine defaults: msiexec /i DeskCoach.msi WORK_MINUTES=45 STRICT_MODE=1 /qn",
        f"     writes HKLM\\{DEFAULTS_KEY}\\work_minutes (REG_DWORD) and so on; build-msi.sh",
        '     adds the component condition PROPERTY<>"" so that an unset property writes '
        "nothing.",
        f"     Each property is also remembered in HKLM\\{REMEMBERED_KEY} and read back by",
        "     the next install (DeskCoach.wxs: an upgrade without it keeps the machine's value).",
        listing,
        "-->",
        '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
        "  <Fragment>",
        '    <DirectoryRef Id="INSTALLDIR">',
        *components,
        "    </DirectoryRef>",
        '    <ComponentGroup Id="CG.MachineDefaults">',
        *refs,
        "    </ComponentGroup>",
        "  </Fragment>",
        "</Wix>",
        "",
    ])


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _type_name(spec: Field) -> str:
    if spec.kind is tuple:
        return "list of text"
    if spec.kind is str:
        return "text (one of)" if spec.choices else "text"
    return {int: "whole number", bool: "true/false"}[spec.kind]


def admin_tables() -> str:
    """The policy reference in packaging/ADMIN.md (between the generated-table markers)."""
    rows = ["| Key | Type | Allowed | Default | Windows value | MSI property | What it does |",
            "|---|---|---|---|---|---|---|"]
    msi = {spec.key for spec in machine_default_fields()}
    for spec in FIELDS:
        prop = f"`{msi_property(spec.key)}`" if spec.key in msi else "-"
        if spec.kind is bool:
            allowed = "true or false (registry, MSI: 1 or 0)"
        elif spec.kind is str and not spec.choices:
            allowed = "see what it does"
        else:
            allowed = _range_text(spec)
        rows.append(f"| `{spec.key}` | {_type_name(spec)} | {_cell(allowed)} | "
                    f"{_cell(show(spec.default) if spec.kind is bool else _default_text(spec))}"
                    f" | {_reg_type(spec)} | {prop} | "
                    f"{_cell(spec.help)} |")
    limits = ["| Limit (JSON, in `mandatory.limits`) | Registry / plist name | Allowed | "
              "Meaning |", "|---|---|---|---|"]
    for key, direction in LIMITS.items():
        spec = FIELD_BY_KEY[key]
        if direction == "on":
            limits.append(f'| `"{key}": true` | `{limit_value_name(key)}` = 1 | true | '
                          f"{spec.label.lower()} must be on |")
            continue
        word = "at most" if direction == "max" else "at least"
        unit = f" {spec.unit}" if spec.unit else ""
        limits.append(f'| `"{key}": {{"{direction}": N}}` | `{limit_value_name(key)}` = N | '
                      f"{spec.minimum}-{spec.maximum}{unit} | users may choose {word} N |")
    features = ["| Feature (JSON, in `mandatory.features`) | Registry / plist name | Type | "
                "What it switches |", "|---|---|---|---|"]
    for name, text in FEATURES.items():
        where = (f"`{name}` (the setting)" if name in FIELD_BY_KEY else f"`{name}` = 0/1")
        features.append(f"| `{name}` | {where} | true/false | {_cell(text)} |")
    return "\n".join([*rows, "", *limits, "", *features, ""])


ADMIN_MD = ROOT / "packaging" / "ADMIN.md"
TABLE_BEGIN = "<!-- generated by packaging/windows/make_admx.py: begin -->"
TABLE_END = "<!-- generated by packaging/windows/make_admx.py: end -->"


def admin_md(current: str) -> str:
    """ADMIN.md with its generated tables brought up to date."""
    head, begin, rest = current.partition(TABLE_BEGIN)
    _old, end, tail = rest.partition(TABLE_END)
    if not begin or not end:
        raise ValueError(f"{ADMIN_MD} lacks the markers {TABLE_BEGIN!r} ... {TABLE_END!r}")
    return f"{head}{TABLE_BEGIN}\n{admin_tables()}{TABLE_END}{tail}"


def outputs() -> dict[Path, str]:
    admx, adml = build()
    files = {ADMX: admx, ADML: adml, DEFAULTS_WXS: build_defaults_wxs(),
             WXS: product_wxs(WXS.read_text(encoding="utf-8"))}
    if ADMIN_MD.exists():
        files[ADMIN_MD] = admin_md(ADMIN_MD.read_text(encoding="utf-8"))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare with the committed files; exit 1 if one differs")
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        verb = "is out of date" if args.check else "written"
        sys.stderr.write(f"{path.relative_to(ROOT)}: {verb}\n")
    if args.check and stale:
        sys.stderr.write("run: python packaging/windows/make_admx.py\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
