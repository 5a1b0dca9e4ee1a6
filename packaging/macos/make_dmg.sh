#!/usr/bin/env bash
# Put the macOS app into a compressed disk image with an Applications link, on macOS only.
#
#   make package && bash packaging/macos/make_dmg.sh
#
# Writes dist/assist-desktop-VERSION-macos-ARCH.dmg and a .sha256 beside it. Signing and
# notarisation are separate steps (docs/PACKAGING.md, and the release workflow when the
# centre's certificates are set as repository secrets).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
dist=${DIST:-$root/dist}
app="$dist/ASSIST Desktop.app"
if [ ! -d "$app" ]; then
    echo "$0: no app in $dist; run 'make package' on macOS first" >&2
    exit 1
fi
version=$("$app/Contents/MacOS/assist-desktop" --version | awk '{print $NF}')
arch=$(uname -m)
image="$dist/assist-desktop-$version-macos-$arch.dmg"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$image"
hdiutil create -volname "ASSIST Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO "$image"
(cd "$dist" && shasum -a 256 "$(basename "$image")" > "$(basename "$image").sha256")
echo "$image"
