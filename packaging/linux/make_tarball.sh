#!/usr/bin/env bash
# Pack the Linux one-folder build into a tarball that an office installs without Python.
#
#   make package && bash packaging/linux/make_tarball.sh
#
# Writes dist/assist-desktop-VERSION-linux-ARCH.tar.gz and a .sha256 beside it. Inside:
#   assist-desktop-VERSION-linux-ARCH/
#     app/                   the PyInstaller build (app/assist-desktop is the program)
#     share/applications/    assist-desktop.desktop
#     share/icons/hicolor/   the icon, SVG and PNG 16-512 px
#     install.sh             copies it under ~/.local (or --prefix DIR) and adds the menu entry
#     uninstall.sh           removes what install.sh added; never the data
#     README.txt
# Environment: DIST (default: dist) is where the build is and the tarball goes; GZIP_LEVEL
# (default 6) trades size for time (the test uses 1).
set -euo pipefail

# shellcheck source=packaging/linux/common.sh
. "$(dirname "$0")/common.sh"   # here, root, dist, build, version, arch; stops without a build
name="assist-desktop-$version-linux-$arch"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top="$stage/$name"

mkdir -p "$top/app"
cp -a "$build/." "$top/app/"  # the folder's contents, also when DIST/assist-desktop is a link
copy_desktop_and_icons "$top/share/applications" "$top/share/icons"

cat > "$top/install.sh" <<'INSTALL'
#!/bin/sh
# Install ASSIST Desktop for this user (default: ~/.local) or, with --prefix, elsewhere:
#   ./install.sh                     # ~/.local/lib/assist-desktop, menu entry for you
#   sudo ./install.sh --prefix /usr/local   # for everyone on this computer
set -eu
prefix="$HOME/.local"
if [ "${1:-}" = "--prefix" ] && [ -n "${2:-}" ]; then prefix=$2; fi
src=$(cd "$(dirname "$0")" && pwd)
lib="$prefix/lib/assist-desktop"
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications"
rm -rf "$lib.new"
cp -a "$src/app" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sf "$lib/assist-desktop" "$prefix/bin/assist-desktop"
sed -e "s|^Exec=.*|Exec=\"$lib/assist-desktop\"|" -e "s|^TryExec=.*|TryExec=$lib/assist-desktop|" \
    "$src/share/applications/assist-desktop.desktop" \
    > "$prefix/share/applications/assist-desktop.desktop"
cp -a "$src/share/icons" "$prefix/share/"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$prefix/share/applications" || true
touch "$prefix/share/icons/hicolor"  # tells the desktop the icon theme changed
if [ -f "$prefix/share/icons/hicolor/icon-theme.cache" ] \
        && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
fi
echo "Installed ASSIST Desktop in $lib"
echo "Start it from the applications menu, or run: $prefix/bin/assist-desktop"
echo "Check it with: $prefix/bin/assist-desktop --self-test"
INSTALL

cat > "$top/uninstall.sh" <<'UNINSTALL'
#!/bin/sh
# Remove what install.sh added (same --prefix). The encrypted database and backups are NOT
# touched: they live in the data folder (~/.local/share/ASSIST Desktop by default).
set -eu
prefix="$HOME/.local"
if [ "${1:-}" = "--prefix" ] && [ -n "${2:-}" ]; then prefix=$2; fi
rm -rf "$prefix/lib/assist-desktop"
rm -f "$prefix/bin/assist-desktop" "$prefix/share/applications/assist-desktop.desktop"
find "$prefix/share/icons/hicolor" -name 'assist-desktop.*' -delete 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$prefix/share/applications" || true
echo "Removed ASSIST Desktop from $prefix (the data folder was left as it is)."
UNINSTALL
chmod 755 "$top/install.sh" "$top/uninstall.sh"

cat > "$top/README.txt" <<README
ASSIST Desktop $version for Linux ($arch)

Install for yourself:            ./install.sh
Install for everyone (as root):  ./install.sh --prefix /usr/local
Or run it in place:              ./app/assist-desktop

Check the installation:          assist-desktop --self-test
Remove it:                       ./uninstall.sh   (same --prefix; your data is kept)

Your encrypted database lives in ~/.local/share/ASSIST Desktop unless you choose another
folder with --data-dir or ASSIST_DATA_DIR. Keep its recovery sheet locked away.
The program needs a desktop session (X11 or Wayland) with the usual libraries; without one,
QT_QPA_PLATFORM=offscreen lets the command-line tools and the self-test run.
README

out="$dist/$name.tar.gz"
tar -C "$stage" --owner=0 --group=0 -I "gzip -${GZIP_LEVEL:-6}" -cf "$out.tmp" "$name"
mv "$out.tmp" "$out"
(cd "$dist" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$out ($(du -h "$out" | cut -f1))"
