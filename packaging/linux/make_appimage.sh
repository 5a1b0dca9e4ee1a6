#!/usr/bin/env bash
# Make an AppImage from the Linux one-folder build (optional; the tarball is the default).
#
#   make package && bash packaging/linux/make_appimage.sh
#
# Always assembles dist/AppDir (AppRun, desktop entry, icons, the build under usr/lib) and
# checks that AppRun starts the program. If appimagetool is on PATH (or APPIMAGETOOL names
# it), it then writes dist/ASSIST_Desktop-VERSION-ARCH.AppImage. appimagetool is not
# packaged by Debian/Ubuntu: get it from https://github.com/AppImage/appimagetool/releases
# on the build machine (check its signature), and keep that copy with the centre's build
# tools. Without it the script stops after the AppDir and says so (exit status 0).
set -euo pipefail

# shellcheck source=packaging/linux/common.sh
. "$(dirname "$0")/common.sh"   # here, root, dist, build, version, arch; stops without a build
appdir="$dist/AppDir"

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib/assist-desktop"
cp -a "$build/." "$appdir/usr/lib/assist-desktop/"
copy_desktop_and_icons "$appdir/usr/share/applications" "$appdir/usr/share/icons"
cp "$here/assist-desktop.desktop" "$appdir/"
cp "$here/icons/hicolor/scalable/apps/assist-desktop.svg" "$appdir/"
cp "$here/icons/hicolor/256x256/apps/assist-desktop.png" "$appdir/"
ln -s assist-desktop.png "$appdir/.DirIcon"
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/assist-desktop/assist-desktop" "$@"
APPRUN
chmod 755 "$appdir/AppRun"

"$appdir/AppRun" --version >/dev/null
echo "AppDir ready: $appdir"

tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
    echo "appimagetool not found: stopping at the AppDir (set APPIMAGETOOL=/path/to/appimagetool)"
    exit 0
fi
out="$dist/ASSIST_Desktop-$version-$arch.AppImage"
ARCH="$arch" "$tool" --no-appstream "$appdir" "$out"
(cd "$dist" && sha256sum "$(basename "$out")" > "$(basename "$out").sha256")
echo "$out"
