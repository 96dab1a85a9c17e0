#!/usr/bin/env bash
# Build dist/deskcoach_VERSION_ARCH.deb from this checkout: a PyInstaller onedir of DeskCoach in
# /usr/lib/deskcoach, with /usr/bin/deskcoach, the desktop file, AppStream metadata, icons, the
# system autostart entry (a conffile, with TryExec so that a removed package starts nothing)
# and an example policy in /usr/share/doc/deskcoach/. The package never owns
# /etc/deskcoach/policy.json: that file is the administrator's, often written before the
# package is installed, and a conffile would stop a silent install at dpkg's question.
# Then lintian (errors and warnings fail the build), desktop-file-validate and appstreamcli.
#
#   bash packaging/build-deb.sh        # as root it installs the Debian tools it lacks
#
# Works non-interactively on Debian 12 (and derivatives) and takes a few minutes on 2 cores.
# Environment: PYTHON (for scripts/bootstrap.sh when .venv is missing), SOURCE_DATE_EPOCH.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
START=$SECONDS
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 TZ=UTC
umask 022

PYINSTALLER_VERSION=6.22.3
APP_ID=io.github.deskcoach.DeskCoach
LINUX=packaging/linux
FREEZE=build/freeze
PKG=build/deb/root
ICON_SIZES=(16 22 24 32 48 64 128 256)

say() { printf '== %s\n' "$*"; }
die() { printf 'build-deb: %s\n' "$*" >&2; exit 1; }

# ---- tools ----
# need COMMAND DEBIAN-PACKAGE: install what is missing when root, else say what to install.
missing_pkgs=()
need() { command -v "$1" >/dev/null 2>&1 || missing_pkgs+=("$2"); }
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need strip binutils
need readelf binutils
need lintian lintian
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
if [ "${#missing_pkgs[@]}" -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || die "install these packages first: ${missing_pkgs[*]}"
  say "installing ${missing_pkgs[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_pkgs[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || bash scripts/bootstrap.sh
PY=.venv/bin/python
if [ "$($PY -c 'import importlib.metadata as m; print(m.version("pyinstaller"))' 2>/dev/null)" \
     != "$PYINSTALLER_VERSION" ]; then
  say "installing PyInstaller $PYINSTALLER_VERSION into .venv"
  $PY -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
fi
$PY -c 'import PySide6.QtSvg, apscheduler, platformdirs, pyqtgraph' 2>/dev/null ||
  die ".venv lacks DeskCoach's dependencies: run scripts/bootstrap.sh"

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' deskcoach/__init__.py)
[ -n "$VERSION" ] || die "no __version__ in deskcoach/__init__.py"
ARCH=$(dpkg --print-architecture)
DEB=dist/deskcoach_${VERSION}_${ARCH}.deb
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

# ---- the source files first: cheap checks before the slow part ----
say "deskcoach $VERSION ($ARCH): checking the desktop files and AppStream metadata"
grep -q "<release version=\"$VERSION\"" "$LINUX/$APP_ID.metainfo.xml" ||
  die "$LINUX/$APP_ID.metainfo.xml has no <release version=\"$VERSION\">: add one"
desktop-file-validate "$LINUX/$APP_ID.desktop"
desktop-file-validate "$LINUX/$APP_ID-autostart.desktop"
appstreamcli validate --no-net "$LINUX/$APP_ID.metainfo.xml"

# ---- translations: the .qm files the bundle carries, the localised desktop files, AppStream
# metadata and man pages (from resources/i18n/*.ts; docs/TRANSLATING.md) ----
say "building the translations"
rm -rf build/i18n
$PY -m tools.i18n_build --packaging build/i18n >/dev/null
I18N_OUT=build/i18n
desktop-file-validate "$I18N_OUT/$APP_ID.desktop"
desktop-file-validate "$I18N_OUT/$APP_ID-autostart.desktop"
appstreamcli validate --no-net "$I18N_OUT/$APP_ID.metainfo.xml"

# ---- freeze ----
say "freezing with PyInstaller $PYINSTALLER_VERSION"
rm -rf "$FREEZE" build/pyinstaller
$PY -m PyInstaller --noconfirm --log-level WARN --distpath "$FREEZE" \
  --workpath build/pyinstaller packaging/deskcoach.spec
BUNDLE=$FREEZE/deskcoach
"$BUNDLE/deskcoach" --version

# ---- package root ----
say "laying out the package"
rm -rf build/deb
mkdir -p "$PKG"/{DEBIAN,usr/bin,usr/lib,usr/share/applications,usr/share/metainfo} \
  "$PKG"/usr/share/{man/man1,doc/deskcoach/third-party,lintian/overrides} \
  "$PKG"/etc/xdg/autostart "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$PKG/usr/lib/deskcoach"
ln -s ../lib/deskcoach/deskcoach "$PKG/usr/bin/deskcoach"
install -m 0644 "$I18N_OUT/$APP_ID.desktop" "$PKG/usr/share/applications/$APP_ID.desktop"
install -m 0644 "$I18N_OUT/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 0644 "$I18N_OUT/$APP_ID-autostart.desktop" "$PKG/etc/xdg/autostart/$APP_ID.desktop"
install -m 0644 "$LINUX/$APP_ID.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 0644 "$LINUX/copyright" "$PKG/usr/share/doc/deskcoach/copyright"
install -m 0644 "$LINUX/lintian-overrides" "$PKG/usr/share/lintian/overrides/deskcoach"
gzip -9n < "$LINUX/deskcoach.1" > "$PKG/usr/share/man/man1/deskcoach.1.gz"
for page in "$I18N_OUT"/man/*/deskcoach.1; do
  [ -f "$page" ] || continue
  lang=$(basename "$(dirname "$page")")
  mkdir -p "$PKG/usr/share/man/$lang/man1"
  gzip -9n < "$page" > "$PKG/usr/share/man/$lang/man1/deskcoach.1.gz"
done

# An example policy to copy to /etc/deskcoach/policy.json (which stays the administrator's).
install -m 0644 packaging/policy/example-policy.json packaging/policy/policy.schema.json \
  "$PKG/usr/share/doc/deskcoach/"
"$BUNDLE/deskcoach" policy validate "$PKG/usr/share/doc/deskcoach/example-policy.json" >/dev/null

# A native package's changelog, dated like the commit it was built from.
{
  printf 'deskcoach (%s) unstable; urgency=medium\n\n' "$VERSION"
  printf '  * DeskCoach %s, built from commit %s.\n\n' "$VERSION" \
    "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  printf ' -- The DeskCoach developers <deskcoach@users.noreply.github.com>  %s\n' \
    "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n > "$PKG/usr/share/doc/deskcoach/changelog.gz"

# The icon at each size, drawn from the SVG by Qt (no other SVG renderer needed).
QT_QPA_PLATFORM=offscreen $PY - "$LINUX/$APP_ID.svg" "$PKG/usr/share/icons/hicolor" \
  "$APP_ID" "${ICON_SIZES[@]}" <<'EOF'
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

svg, hicolor, app_id, *sizes = sys.argv[1:]
app = QGuiApplication(sys.argv[:1])
renderer = QSvgRenderer(svg)
if not renderer.isValid():
    sys.exit(f"{svg}: not a valid SVG")
for size in map(int, sizes):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    folder = Path(hicolor, f"{size}x{size}", "apps")
    folder.mkdir(parents=True, exist_ok=True)
    if not image.save(str(folder / f"{app_id}.png")):
        sys.exit(f"could not write the {size}x{size} icon")
EOF

# The license texts the bundled components ship (see the copyright file).
$PY - "$PKG/usr/share/doc/deskcoach/third-party" <<'EOF'
import importlib.metadata as md
import sys
import sysconfig
from pathlib import Path

out = Path(sys.argv[1])
for dist_name, name in (("numpy", "numpy"), ("pyqtgraph", "pyqtgraph"),
                        ("APScheduler", "apscheduler"), ("platformdirs", "platformdirs"),
                        ("tomli_w", "tomli-w"), ("tzlocal", "tzlocal")):
    dist = md.distribution(dist_name)
    files = [f for f in dist.files or () if f.parts[0].endswith(".dist-info")
             and f.name.upper().startswith(("LICEN", "COPYING"))]
    if not files:
        sys.exit(f"no license file found for {dist_name}")
    (out / f"{name}.txt").write_text(
        "\n\n".join(Path(f.locate()).read_text(encoding="utf-8") for f in files),
        encoding="utf-8")
for candidate in (Path(sysconfig.get_paths()["stdlib"], "LICENSE.txt"),
                  Path("/usr/share/doc/python3.11/copyright")):
    if candidate.is_file():
        (out / "python.txt").write_text(candidate.read_text(encoding="utf-8"), encoding="utf-8")
        break
else:
    sys.exit("no license file found for Python")
EOF

# ---- tidy the bundle ----
say "stripping and checking the ELF files"
LIB=$PKG/usr/lib/deskcoach
mapfile -t ELF < <($PY - "$LIB" <<'EOF'
import sys
from pathlib import Path

for path in sorted(Path(sys.argv[1]).rglob("*")):
    if path.is_file() and not path.is_symlink():
        with path.open("rb") as handle:
            if handle.read(4) == b"\x7fELF":
                print(path)
EOF
)
# Strip like dh_strip, except: the executable (PyInstaller appends its archive to it, and
# it is stripped already) and libraries vendored by auditwheel (*.libs/): patchelf rewrote them
# and strip breaks numpy's OpenBLAS ("ELF load command address/offset not page-aligned").
for f in "${ELF[@]}"; do
  case $f in
    "$LIB/deskcoach" | */*.libs/*) ;;
    *) strip --remove-section=.comment --remove-section=.note --strip-unneeded "$f" ;;
  esac
done
# A Python built outside /usr (pyenv, for one) leaves its own lib folder in the RUNPATH of
# libpython and its extension modules; only $ORIGIN-relative entries may stay.
foreign=()
for f in "${ELF[@]}"; do
  runpath=$(readelf -d "$f" | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]$/\2/p')
  [ -z "$runpath" ] && continue
  case ":$runpath" in *:[!\$]*) foreign+=("$f") ;; esac
done
if [ "${#foreign[@]}" -gt 0 ]; then
  if ! command -v patchelf >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then
      apt-get install -y -qq --no-install-recommends patchelf >/dev/null
    else
      die "install patchelf: ${#foreign[@]} files have a RUNPATH outside the bundle"
    fi
  fi
  for f in "${foreign[@]}"; do
    old=$(patchelf --print-rpath "$f")
    # shellcheck disable=SC2016  # a literal $ORIGIN
    new=$(tr ':' '\n' <<<"$old" | grep '^\$ORIGIN' | paste -sd: || true)
    if [ -n "$new" ]; then patchelf --set-rpath "$new" "$f"; else patchelf --remove-rpath "$f"; fi
  done
  echo "removed build-machine RUNPATH entries from ${#foreign[@]} files"
fi
# Ordinary permissions: only the executable is executable.
find "$PKG" -path "$PKG/DEBIAN" -prune -o -type d -exec chmod 0755 {} +
find "$PKG" -path "$PKG/DEBIAN" -prune -o -type f -exec chmod 0644 {} +
chmod 0755 "$LIB/deskcoach"
"$LIB/deskcoach" --version >/dev/null || die "the stripped build does not start"

# ---- control files ----
say "working out Depends"
# dpkg-shlibdeps reads the ELF files' needs and maps them to Debian packages. Qt and numpy are
# in the bundle (-l: where to find them). Loaded at run time, so invisible to it: libdbus-1
# (QtDBus dlopens it), libXss and libX11 (DeskCoach's idle probe, through ctypes), EGL/GL
# (Qt's xcb GL integration).
mkdir -p build/deb/debian
printf 'Source: deskcoach\n\nPackage: deskcoach\nArchitecture: any\n' > build/deb/debian/control
mapfile -t LIBDIRS < <(printf '%s\n' "${ELF[@]}" | xargs -n1 dirname | sort -u)
shlibs=$(cd build/deb && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 \
  "${LIBDIRS[@]/#/-l$ROOT/}" "${ELF[@]/#/$ROOT/}" | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || die "dpkg-shlibdeps found no dependencies"
extra="libdbus-1-3, libxss1, libx11-6, libegl1, libgl1, libxcb-cursor0, libxkbcommon-x11-0,
  libfontconfig1, libfreetype6, libwayland-cursor0, libwayland-egl1"
DEPENDS=$($PY - "$shlibs, $extra" <<'EOF'
import re
import sys

# One entry per package, the versioned one when there are both; sorted.
found: dict[str, str] = {}
for item in re.split(r"\s*,\s*", sys.argv[1].strip()):
    name = item.split()[0]
    if name not in found or "(" in item:
        found[name] = item
print(", ".join(found[name] for name in sorted(found)))
EOF
)
installed_kb=$(du -sk --apparent-size "$PKG/usr" "$PKG/etc" | awk '{s += $1} END {print s}')
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    -e "s/@DEPENDS@/$DEPENDS/" "$LINUX/control.in" > "$PKG/DEBIAN/control"
printf '/etc/xdg/autostart/%s.desktop\n' "$APP_ID" > "$PKG/DEBIAN/conffiles"
(cd "$PKG" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$PKG/DEBIAN/md5sums"
chmod 0644 "$PKG"/DEBIAN/*
echo "Depends: $DEPENDS"

# ---- build and check ----
say "building $DEB"
mkdir -p dist
rm -f dist/deskcoach_*_"$ARCH".deb
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null

say "checking the installed desktop files, metadata and icons"
desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop"
desktop-file-validate "$PKG/etc/xdg/autostart/$APP_ID.desktop"
appstreamcli validate --no-net "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
appstreamcli validate-tree --no-net "$PKG"

say "lintian"
# (--show-overrides would make lintian exit 2 even when all is well: don't.)
lintian --fail-on error,warning --tag-display-limit 0 "$DEB"
echo "lintian: no errors or warnings ($(grep -c '^deskcoach:' "$LINUX/lintian-overrides") overrides," \
  "each explained in $LINUX/lintian-overrides)"

size=$(stat -c %s "$DEB")
say "built $DEB: $((size / 1024 / 1024)) MiB ($size bytes), installed $((installed_kb / 1024)) MiB, in $((SECONDS - START)) s"
