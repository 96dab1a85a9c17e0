#!/usr/bin/env bash
# Build dist/DeskCoach-VERSION-macos-ARCH.pkg from dist/DeskCoach.app (build-app.sh first):
# a product archive installing /Applications/DeskCoach.app, for Jamf, Intune, Kandji or
# `sudo installer -pkg FILE -target /`. macOS only.
#
# Environment:
#   OUT=dist                          where the .app is and the .pkg goes
#   MACOS_INSTALLER_IDENTITY          "Developer ID Installer: ..." to sign the package
#   Notarization (needs a signed package), either
#     NOTARY_KEYCHAIN_PROFILE         a profile saved with `xcrun notarytool store-credentials`
#   or
#     APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
set -euo pipefail

if [ "$(uname -s)" != Darwin ]; then
  echo "build-pkg.sh: needs pkgbuild and productbuild and runs on macOS only" >&2
  exit 1
fi
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$(dirname "$here")")"
out="${OUT:-$root/dist}"
app="$out/DeskCoach.app"
[ -d "$app" ] || { echo "build-pkg.sh: $app is missing; run build-app.sh first" >&2; exit 1; }
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
arch="${MACOS_TARGET_ARCH:-$(uname -m)}"
pkg="$out/DeskCoach-$version-macos-$arch.pkg"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/root"
ditto "$app" "$work/root/DeskCoach.app"

# Not relocatable: install to /Applications even if a copy of the app exists elsewhere.
pkgbuild --analyze --root "$work/root" "$work/components.plist"
plutil -replace 0.BundleIsRelocatable -bool NO "$work/components.plist"
pkgbuild --root "$work/root" --component-plist "$work/components.plist" \
  --identifier io.github.deskcoach.DeskCoach --version "$version" \
  --install-location /Applications "$work/DeskCoach-component.pkg"

productbuild --synthesize --package "$work/DeskCoach-component.pkg" "$work/distribution.xml"
sign=()
[ -n "${MACOS_INSTALLER_IDENTITY:-}" ] && sign=(--sign "$MACOS_INSTALLER_IDENTITY" --timestamp)
productbuild --distribution "$work/distribution.xml" --package-path "$work" "${sign[@]}" "$pkg"
pkgutil --check-signature "$pkg" || [ "${#sign[@]}" -eq 0 ]

notary=()
if [ -n "${NOTARY_KEYCHAIN_PROFILE:-}" ]; then
  notary=(--keychain-profile "$NOTARY_KEYCHAIN_PROFILE")
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  notary=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi
if [ "${#notary[@]}" -gt 0 ]; then
  [ "${#sign[@]}" -gt 0 ] || { echo "build-pkg.sh: notarization needs MACOS_INSTALLER_IDENTITY" >&2; exit 1; }
  xcrun notarytool submit "$pkg" "${notary[@]}" --wait
  xcrun stapler staple "$pkg"
fi
echo "$pkg"
