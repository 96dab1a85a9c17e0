#!/usr/bin/env bash
# Build dist/DeskCoach-VERSION-x64.msi with Debian's wixl from packaging/windows/DeskCoach.wxs.
#
#   packaging/build-msi.sh [PAYLOAD_DIR]
#
# PAYLOAD_DIR is the PyInstaller onedir from the Windows runner (DeskCoach.exe, _internal\...).
# Without it a tiny test payload is made (a text file named DeskCoach.exe and an _internal
# folder): enough to build and inspect the MSI's tables, not to install anything useful.
#
# Environment:
#   OUT=dist               where the MSI goes
#   VERSION=...            default: __version__ from deskcoach/__init__.py
#   SIGN_PKCS12, SIGN_PASSWORD
#                          optional: Authenticode-sign the MSI with osslsigncode
#   SIGN_TIMESTAMP_URL     optional RFC 3161 timestamp server for the signature
#
# Needs wixl, wixl-heat, msiinfo and msibuild (Debian/Ubuntu: apt-get install wixl msitools);
# installs them when run as root and they are missing.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
win="$here/windows"
out="${OUT:-$root/dist}"

version="${VERSION:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/deskcoach/__init__.py")}"
if [ -z "$version" ]; then
  echo "build-msi: cannot read __version__ from deskcoach/__init__.py" >&2
  exit 1
fi
# MSI ProductVersion is major.minor.build, numbers only: 1.2.0rc1 -> 1.2.0.
msi_version="$(printf '%s' "$version" | grep -oE '^[0-9]+(\.[0-9]+){0,2}' || true)"
if [ -z "$msi_version" ]; then
  echo "build-msi: version '$version' does not start with a number" >&2
  exit 1
fi

need_tools() {
  local tool
  for tool in wixl wixl-heat msiinfo msibuild; do
    command -v "$tool" >/dev/null 2>&1 || return 0
  done
  return 1
}
if need_tools; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "build-msi: installing wixl and msitools" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends wixl msitools >/dev/null 2>&1 || {
      apt-get update -qq >/dev/null
      apt-get install -y -qq --no-install-recommends wixl msitools >/dev/null
    }
  else
    echo "build-msi: needs wixl, wixl-heat, msiinfo and msibuild: apt-get install wixl msitools" >&2
    exit 1
  fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "$#" -ge 1 ]; then
  payload="$(cd "$1" && pwd)"
else
  payload="$work/payload"
  mkdir -p "$payload/_internal/deskcoach"
  printf 'Test payload for packaging tests: not a Windows program.\n' >"$payload/DeskCoach.exe"
  printf 'Test payload: the console twin.\n' >"$payload/deskcoach-cli.exe"
  printf 'Test payload: stands in for the Python runtime.\n' >"$payload/_internal/python311.dll"
  printf 'Test payload: stands in for the package data.\n' >"$payload/_internal/deskcoach/README.txt"
fi
if [ ! -f "$payload/DeskCoach.exe" ]; then
  echo "build-msi: $payload has no DeskCoach.exe (expected a PyInstaller onedir)" >&2
  exit 1
fi

# wixl resolves File sources relative to the .wxs files (absolute paths fail), so build in
# $work: the sources copied there and the payload linked in as payload/.
cp "$win/DeskCoach.wxs" "$win/MachineDefaults.wxs" "$work/"
[ "$payload" = "$work/payload" ] || ln -s "$payload" "$work/payload"

# Harvest everything but DeskCoach.exe (DeskCoach.wxs declares it for the shortcut and Run).
(cd "$work" && find -L payload -type f ! -path payload/DeskCoach.exe | LC_ALL=C sort \
  | wixl-heat --prefix payload/ --directory-ref INSTALLDIR --component-group CG.Payload \
      --var var.PayloadDir --win64 >payload.wxs)

# The Group Policy templates beside the MSI: DeskCoach.admx, en-US and one folder per
# translated language (from resources/i18n/packaging_<lang>.ts), as PolicyDefinitions wants.
policies="$out/PolicyDefinitions"
rm -rf "$policies"
mkdir -p "$policies/en-US"
cp "$win/DeskCoach.admx" "$policies/"
cp "$win/en-US/DeskCoach.adml" "$policies/en-US/"
python="$root/.venv/bin/python"
[ -x "$python" ] || python=python3
(cd "$root" && "$python" -m tools.i18n_build --no-qm --packaging "$work/i18n" >/dev/null)
for adml in "$work"/i18n/windows/*/DeskCoach.adml; do
  [ -f "$adml" ] || continue
  culture=$(basename "$(dirname "$adml")")
  mkdir -p "$policies/$culture"
  cp "$adml" "$policies/$culture/"
done

msi="$work/DeskCoach.msi"
(cd "$work" && wixl -a x64 -D Version="$msi_version" -D PayloadDir=payload -D Win64=yes \
  -o "$msi" DeskCoach.wxs MachineDefaults.wxs payload.wxs)

# Component conditions (wixl cannot express them): a machine default is written only when its
# property is set; the all-users Run value unless AUTOSTART=0. Each also holds on uninstall
# (REMOVE~="ALL", which a major upgrade's RemoveExistingProducts sets too): a component whose
# condition is false then would be left behind (seen with Wine's msiexec).
uninstall='REMOVE~="ALL"'
declare -a conditions=("C.Run|AUTOSTART<>\"0\" OR $uninstall")
declare -a secure=(AUTOSTART)
while IFS=$'\t' read -r _id reg_root key _name value component; do
  component="${component%$'\r'}"  # msiinfo export writes CRLF lines
  if [ "$reg_root" != 2 ] || [ "$key" != 'Software\DeskCoach' ]; then
    continue
  fi
  if [[ "$value" =~ ^#?\[([A-Z][A-Z0-9_]*)\]$ ]]; then
    prop="${BASH_REMATCH[1]}"
    conditions+=("$component|$prop<>\"\" OR $uninstall")
    secure+=("$prop")
  fi
done < <(msiinfo export "$msi" Registry | tail -n +4)
if [ "${#secure[@]}" -lt 2 ]; then
  echo "build-msi: found no machine-default registry rows in the MSI" >&2
  exit 1
fi
for entry in "${conditions[@]}"; do
  component="${entry%%|*}"
  condition="${entry#*|}"
  msibuild "$msi" -q "UPDATE \`Component\` SET \`Condition\` = '$condition' WHERE \`Component\` = '$component'"
done
# msibuild says nothing when an UPDATE matches no row: check that every condition is there.
components="$(msiinfo export "$msi" Component | tr -d '\r')"
for entry in "${conditions[@]}"; do
  if ! awk -F'\t' -v c="${entry%%|*}" -v w="${entry#*|}" '$1 == c && $5 == w {found = 1}
                                                         END {exit !found}' <<<"$components"; then
    echo "build-msi: component condition not set: $entry" >&2
    exit 1
  fi
done
# Remembered properties (MachineDefaults.wxs reads each back with AppSearch from
# HKLM\Software\DeskCoach\Install, where the last install wrote it): an upgrade or repair
# that does not repeat WORK_MINUTES=45 keeps 45 instead of deleting the machine default. A
# value given on the command line wins: it is kept before AppSearch and given back after
# (in both sequences: with a UI, the execute sequence runs AppSearch again).
# Keep.* take the free sequence numbers 1-49 before AppSearch (50), skipping 25
# (FindRelatedProducts): room for 48 settings; Give.* follow AppSearch from 51.
step=0
for prop in "${secure[@]}"; do
  [ "$prop" = AUTOSTART ] && continue
  step=$((step + 1))
  keep=$step
  [ "$step" -ge 25 ] && keep=$((step + 1))
  if [ "$keep" -ge 50 ]; then
    echo "build-msi: more machine defaults than sequence numbers before AppSearch" >&2
    exit 1
  fi
  msibuild "$msi" -q "INSERT INTO \`CustomAction\` (\`Action\`, \`Type\`, \`Source\`, \`Target\`) VALUES ('Keep.$prop', 51, 'CMDLINE_$prop', '[$prop]')"
  msibuild "$msi" -q "INSERT INTO \`CustomAction\` (\`Action\`, \`Type\`, \`Source\`, \`Target\`) VALUES ('Give.$prop', 51, '$prop', '[CMDLINE_$prop]')"
  for sequence in InstallUISequence InstallExecuteSequence; do
    msibuild "$msi" -q "INSERT INTO \`$sequence\` (\`Action\`, \`Condition\`, \`Sequence\`) VALUES ('Keep.$prop', '$prop', $keep)"
    msibuild "$msi" -q "INSERT INTO \`$sequence\` (\`Action\`, \`Condition\`, \`Sequence\`) VALUES ('Give.$prop', 'CMDLINE_$prop', $((50 + step)))"
  done
done
searched="$(msiinfo export "$msi" AppSearch | tail -n +4 | cut -f1 | tr -d '\r' | LC_ALL=C sort | paste -sd' ')"
wanted="$(printf '%s\n' "${secure[@]}" | grep -vx AUTOSTART | LC_ALL=C sort | paste -sd' ')"
if [ "$searched" != "$wanted" ]; then
  echo "build-msi: AppSearch reads back [$searched], not every machine default [$wanted]" >&2
  exit 1
fi

# Two builds of the same version (a rebuild, 1.2.0rc1 and 1.2.0: ProductVersion keeps three
# numbers) must replace each other, not install side by side: the upgrade row includes its
# own version (msidbUpgradeAttributesVersionMaxInclusive, 512; wixl ignores
# AllowSameVersionUpgrades). Only a newer version counts as a downgrade to refuse.
upgrade_code="$(msiinfo export "$msi" Property | tr -d '\r' | awk -F'\t' '$1 == "UpgradeCode" {print $2}')"
msibuild "$msi" -q "DELETE FROM \`Upgrade\` WHERE \`ActionProperty\` = 'WIX_UPGRADE_DETECTED'"
msibuild "$msi" -q "INSERT INTO \`Upgrade\` (\`UpgradeCode\`, \`VersionMin\`, \`VersionMax\`, \`Language\`, \`Attributes\`, \`Remove\`, \`ActionProperty\`) VALUES ('$upgrade_code', '', '$msi_version', '', 513, '', 'WIX_UPGRADE_DETECTED')"
msiinfo export "$msi" Upgrade | tr -d '\r' | grep -q "	$msi_version		513		WIX_UPGRADE_DETECTED$" || {
  echo "build-msi: the same-version upgrade row was not written" >&2
  exit 1
}

existing="$(msiinfo export "$msi" Property | tr -d '\r' | awk -F'\t' '$1 == "SecureCustomProperties" {print $2}')"
joined="$(IFS=';'; printf '%s' "${secure[*]}")"
msibuild "$msi" -q "UPDATE \`Property\` SET \`Value\` = '${existing:+$existing;}$joined' WHERE \`Property\` = 'SecureCustomProperties'"

if [ -n "${SIGN_PKCS12:-}" ]; then
  command -v osslsigncode >/dev/null 2>&1 || { echo "build-msi: SIGN_PKCS12 set but osslsigncode missing" >&2; exit 1; }
  ts=()
  [ -n "${SIGN_TIMESTAMP_URL:-}" ] && ts=(-ts "$SIGN_TIMESTAMP_URL")
  osslsigncode sign -pkcs12 "$SIGN_PKCS12" -pass "${SIGN_PASSWORD:-}" -n DeskCoach -h sha256 \
    "${ts[@]}" -in "$msi" -out "$msi.signed"
  mv "$msi.signed" "$msi"
fi

mkdir -p "$out"
target="$out/DeskCoach-$version-x64.msi"
cp "$msi" "$target"
echo "$target ($(wc -c <"$target") bytes, ProductVersion $msi_version)"
