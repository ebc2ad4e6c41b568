#!/usr/bin/env bash
# Install the Debian packages Qt needs when they are missing (a bare machine); quiet otherwise.
set -u
need=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# Qt's offscreen and xcb platforms, fonts, a CJK font so Chinese renders, Xvfb (a few tests drive a
# real X server, where key bindings differ from the offscreen platform's), and the validators the
# desktop entry and the AppStream metainfo are checked with.
for pkg in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
           libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
           libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 fonts-wqy-microhei xvfb \
           desktop-file-utils appstream; do
    command -v dpkg-query >/dev/null 2>&1 || break
    have "$pkg" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "qt-deps: missing Debian packages (install them as root): ${need[*]}" >&2; exit 0; fi
echo "qt-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q "${need[@]}" >/dev/null 2>&1 || {
    $SUDO apt-get update -q >/dev/null 2>&1
    $SUDO apt-get install -y -q "${need[@]}" >/dev/null 2>&1 || echo "qt-deps: apt-get could not install ${need[*]}" >&2
}
exit 0
