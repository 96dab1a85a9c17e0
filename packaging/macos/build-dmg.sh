#!/usr/bin/env bash
# Build dist/DeskCoach-VERSION-macos-ARCH.dmg from dist/DeskCoach.app (build-app.sh first):
# a compressed disk image with the app and a link to /Applications, for people installing
# by hand. macOS only.
#
# Environment:
#   OUT=dist                      where the .app is and the .dmg goes
#   MACOS_SIGN_IDENTITY           "Developer ID Application: ..." to sign the image
#   Notarization: as build-pkg.sh (NOTARY_KEYCHAIN_PROFILE, or APPLE_ID, APPLE_TEAM_ID and
#   APPLE_APP_PASSWORD)
set -euo pipefail

if [ "$(uname -s)" != Darwin ]; then
  echo "build-dmg.sh: needs hdiutil and runs on macOS only" >&2
  exit 1
fi
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$(dirname "$here")")"
out="${OUT:-$root/dist}"
app="$out/DeskCoach.app"
[ -d "$app" ] || { echo "build-dmg.sh: $app is missing; run build-app.sh first" >&2; exit 1; }
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
arch="${MACOS_TARGET_ARCH:-$(uname -m)}"
dmg="$out/DeskCoach-$version-macos-$arch.dmg"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/DeskCoach"
ditto "$app" "$work/DeskCoach/DeskCoach.app"
ln -s /Applications "$work/DeskCoach/Applications"

rm -f "$dmg"
hdiutil create -volname "DeskCoach $version" -srcfolder "$work/DeskCoach" -fs HFS+ \
  -format UDZO -ov "$dmg"
hdiutil verify "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  notary=()
  if [ -n "${NOTARY_KEYCHAIN_PROFILE:-}" ]; then
    notary=(--keychain-profile "$NOTARY_KEYCHAIN_PROFILE")
  elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    notary=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
  fi
  if [ "${#notary[@]}" -gt 0 ]; then
    xcrun notarytool submit "$dmg" "${notary[@]}" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "$dmg"
