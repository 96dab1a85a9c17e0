#!/usr/bin/env bash
# Prepare this checkout on a fresh Debian/Ubuntu machine: system libraries Qt needs (and, with
# --test, the X server, window manager and tray the tests drive, and sway with waybar for the
# Wayland suite), then .venv with DeskCoach.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

pkgs=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0
      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libegl1 libgl1
      libfontconfig1 libdbus-1-3 libxss1 fonts-dejavu-core python3-venv)
if [ "$want_test" = 1 ]; then
  pkgs+=(xvfb openbox trayer xdotool x11-utils imagemagick poppler-utils dbus-daemon
        wixl msitools libxml2-utils shellcheck
        sway waybar wtype dbus)  # the Wayland suite: headless sway, waybar's tray, typed input
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

py="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
extra=""
[ "$want_test" = 1 ] && extra="[dev]"
stamp=".venv/.deskcoach-installed$extra"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  echo "Installing DeskCoach and its Python packages into .venv ..."
  if ! { .venv/bin/python -m pip install -q --upgrade pip &&
         .venv/bin/python -m pip install -q -c constraints.txt -e ".$extra"; } \
       >.venv/install.log 2>&1; then
    cat .venv/install.log >&2
    exit 1
  fi
  touch "$stamp"
fi
