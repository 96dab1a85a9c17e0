#!/usr/bin/env bash
# Prepare this checkout on a fresh Debian/Ubuntu machine: system libraries Qt needs (and, with
# --test, the X server, window manager and tray the tests drive, and sway with waybar for the
# Wayland suite), then .venv with DeskCoach.
# Safe to run again: it installs only what is missing. On a shared machine it waits (up to
# APT_LOCK_WAIT seconds, default 900) for another apt or dpkg to finish instead of failing.
#
#   bash scripts/bootstrap.sh [--test] [--system-only]
#
# --system-only installs the system packages and leaves .venv alone.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
system_only=0
for arg in "$@"; do
  case $arg in
    --test) want_test=1 ;;
    --system-only) system_only=1 ;;
    *) echo "bootstrap.sh: unknown option $arg (use --test, --system-only)" >&2; exit 2 ;;
  esac
done
lock_wait="${APT_LOCK_WAIT:-900}"
sudo=""

pkgs=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0
      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libegl1 libgl1
      libfontconfig1 libdbus-1-3 libxss1 fonts-dejavu-core python3-venv)
if [ "$want_test" = 1 ]; then
  # The end-to-end desktop, then what the packaging tests build and check packages with.
  pkgs+=(xvfb openbox trayer xdotool x11-utils imagemagick poppler-utils dbus-daemon
        at-spi2-core python3-pyatspi  # the break window read through AT-SPI, as a screen reader
        wixl msitools libxml2-utils shellcheck python3-yaml
        dpkg-dev binutils lintian desktop-file-utils appstream
        sway waybar wtype dbus  # the Wayland suite: headless sway, waybar's tray, typed input
        fonts-ipafont-gothic)  # Japanese glyphs for the translated screenshots (tools/i18n_shots.py)
fi

# apt-get waiting for the dpkg lock (apt's own timeout) ...
apt_get() {
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$lock_wait" "$@"
}
# ... and for the package lists' lock, which `apt-get update` does not wait for.
apt_update() {
  local waited=0 out
  while ! out=$(apt_get update -qq 2>&1); do
    if ! grep -q "Could not get lock" <<<"$out" || [ "$waited" -ge "$lock_wait" ]; then
      printf '%s\n' "$out" >&2
      return 1
    fi
    [ "$waited" = 0 ] && echo "Waiting for another apt to finish with the package lists ..." >&2
    sleep 5
    waited=$((waited + 5))
  done
}

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    # The package lists are fetched first only when the install cannot find a package.
    if ! apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
      apt_update
      apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
fi
[ "$system_only" = 1 ] && exit 0

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
# The interface translations Qt loads (resources/i18n/*.qm, not kept in git): rebuilt when a
# catalogue is newer than its .qm. An editable install reads them from the checkout.
for ts in resources/i18n/deskcoach_*.ts; do
  if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
    .venv/bin/python -m tools.i18n_build >/dev/null
    break
  fi
done
