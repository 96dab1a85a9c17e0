#!/usr/bin/env bash
# Build dist/DeskCoach.app with PyInstaller (tray-only: LSUIElement). macOS only.
#
#   packaging/macos/build-app.sh
#
# Run from any directory after `pip install . pyinstaller` into the Python that PYTHON names
# (default python3): the spec imports deskcoach.resources from the installed package.
#
# Environment:
#   PYTHON=python3            the interpreter with DeskCoach and PyInstaller installed
#   OUT=dist                  where DeskCoach.app goes
#   MACOS_TARGET_ARCH         arm64, x86_64 or universal2 (default: this machine's)
#   MACOS_SIGN_IDENTITY       "Developer ID Application: ..." to sign with the hardened
#                             runtime (needed for notarization); default: ad-hoc signature
set -euo pipefail

if [ "$(uname -s)" != Darwin ]; then
  echo "build-app.sh: builds a macOS .app and runs on macOS only" >&2
  exit 1
fi
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$(dirname "$here")")"
out="${OUT:-$root/dist}"
python="${PYTHON:-python3}"
app="$out/DeskCoach.app"

rm -rf "$app"
"$python" -m PyInstaller --noconfirm --clean --distpath "$out" \
  --workpath "$root/build/pyinstaller-macos" "$here/deskcoach.spec"
rm -rf "$out/DeskCoach"  # the onedir that BUNDLE copied into the .app

info="$app/Contents/Info.plist"
plutil -lint "$info"
[ "$(/usr/libexec/PlistBuddy -c 'Print :LSUIElement' "$info")" = true ] || {
  echo "build-app.sh: LSUIElement is not set in $info" >&2
  exit 1
}
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$info")" = io.github.deskcoach.DeskCoach ]

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY" "$app"
else
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict --verbose=2 "$app"

# Smoke test: the frozen command line answers without a display.
"$app/Contents/MacOS/DeskCoach" --version
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/DeskCoach" policy show >/dev/null
echo "$app"
