# shellcheck shell=bash
# Shared by make_tarball.sh and make_appimage.sh (sourced, not run):
#   here, root   this folder and the repository
#   dist, build  DIST (default: dist) and the one-folder build in it
#   version, arch  from the build's --version and uname -m
#   copy_desktop_and_icons APPLICATIONS_DIR ICONS_DIR   the menu entry and the hicolor icons
# Stops (exit 1) with a message when there is no build.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=${DIST:-$root/dist}
build="$dist/assist-desktop"

if [ ! -x "$build/assist-desktop" ]; then
    echo "$0: no build in $build; run 'make package' first" >&2
    exit 1
fi
# shellcheck disable=SC2034  # version and arch are for the scripts that source this file
version=$("$build/assist-desktop" --version | awk '{print $NF}')
# shellcheck disable=SC2034
arch=$(uname -m)

copy_desktop_and_icons() {
    mkdir -p "$1" "$2"
    cp "$here/assist-desktop.desktop" "$1/"
    cp -a "$here/icons/hicolor" "$2/"
}
