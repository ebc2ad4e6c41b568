#!/bin/sh
# Install events-viewer for this user, from the unpacked tarball (no root, no Python needed):
#   the app in ~/.local/opt/events-viewer, events-viewer and events-cli linked in ~/.local/bin,
#   the desktop entry, icons and AppStream metainfo in ~/.local/share.
# ./install.sh --uninstall removes all of that again (your library of imported articles is kept).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${EVENTS_VIEWER_PREFIX:-$HOME/.local/opt/events-viewer}"
bindir="$HOME/.local/bin"

is_ours() { [ -x "$1/events-viewer" ] && [ -x "$1/events-cli" ] && [ -d "$1/_internal" ]; }

uninstall() {
    if [ -e "$prefix" ] && ! is_ours "$prefix"; then
        echo "install.sh: $prefix is not an events-viewer installation; left alone" >&2
        exit 1
    fi
    if is_ours "$prefix"; then
        "$prefix/events-viewer" --uninstall-desktop || true
    fi
    for cmd in events-viewer events-cli; do
        if [ -L "$bindir/$cmd" ] && [ "$(readlink "$bindir/$cmd")" = "$prefix/$cmd" ]; then
            rm -f "$bindir/$cmd"
        fi
    done
    if is_ours "$prefix"; then rm -rf "$prefix"; fi
    echo "removed events-viewer from $prefix"
}

install() {
    is_ours "$here" || { echo "install.sh: run me from the unpacked events-viewer folder" >&2; exit 1; }
    if [ "$here" != "$prefix" ]; then
        if [ -e "$prefix" ]; then uninstall >/dev/null; fi
        mkdir -p "$(dirname "$prefix")"
        cp -R "$here" "$prefix.new"
        mv "$prefix.new" "$prefix"
    fi
    mkdir -p "$bindir"
    for cmd in events-viewer events-cli; do
        ln -sfn "$prefix/$cmd" "$bindir/$cmd"
    done
    "$prefix/events-viewer" --install-desktop
    echo "installed events-viewer $("$prefix/events-cli" --version | cut -d' ' -f2) in $prefix"
    case ":$PATH:" in *":$bindir:"*) ;; *) echo "note: add $bindir to your PATH to run events-cli" ;; esac
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
