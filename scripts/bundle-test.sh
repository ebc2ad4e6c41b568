#!/usr/bin/env bash
# make bundle-test: unpack the tarball in a temporary folder, install it with install.sh into a
# temporary HOME, validate the desktop entry, run both commands from another folder (the window
# offscreen), then uninstall and check that nothing is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
tarball=$(ls -t dist/events-viewer-*-linux-*.tar.gz | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "bundle-test: $*" >&2; exit 1; }

mkdir -p "$work/unpacked" "$work/home" "$work/elsewhere"
tar -C "$work/unpacked" -xzf "$tarball"
export HOME="$work/home" XDG_DATA_HOME="" EVENTS_VIEWER_LIBRARY="$work/home/no-library.db"
unset EVENTS_VIEWER_DB
"$work"/unpacked/events-viewer-*/install.sh
prefix="$HOME/.local/opt/events-viewer"
entry="$HOME/.local/share/applications/events-viewer.desktop"
grep -qx "Exec=\"$prefix/events-viewer\" %f" "$entry" || fail "unexpected Exec in $entry"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
test -s "$HOME/.local/share/icons/hicolor/256x256/apps/events-viewer.png" || fail "no 256 px icon"

cd "$work/elsewhere"
"$HOME/.local/bin/events-cli" search 林俊旸 --format json >search.json
grep -q '"name": "林俊旸"' search.json || fail "events-cli search 林俊旸 found nothing"
# an import reads with the bundled tagger too: 简文豪 is named with no title or verb, only in a list
"$HOME/.local/bin/events-cli" import --db library.db "$OLDPWD/tests/fixtures/real/blindh_gzdaily_chenjianhua.txt"
"$HOME/.local/bin/events-cli" search --db library.db 简文豪 --format json >imported.json
grep -q '"name": "简文豪"' imported.json || fail "the bundled tagger found nobody in an imported article"
# and with the bundled given names: George Lebese is named bare, with no title or verb
"$HOME/.local/bin/events-cli" import --db library.db "$OLDPWD/tests/fixtures/real/blindh_iol_strikers.txt" \
    2>strikers.err || { cat strikers.err >&2; fail "events-cli import of an English article failed"; }
"$HOME/.local/bin/events-cli" search --db library.db "George Lebese" --format json >bare.json
grep -q '"name": "George Lebese"' bare.json || fail "the bundled given names found nobody bare"
# and with the bundled English recogniser (spaCy): Teko Modise is no given name of Faker's lists
! grep -q "tagger is unavailable" strikers.err || fail "$(cat strikers.err)"
"$HOME/.local/bin/events-cli" search --db library.db "Teko Modise" --format json >tagged.json
grep -q '"name": "Teko Modise"' tagged.json || fail "the bundled English recogniser found nobody"
# and with the bundled everyday words: "However Neil Pearson said" names Neil Pearson
"$HOME/.local/bin/events-cli" import --db library.db \
    "$OLDPWD/tests/fixtures/real/blindo_shetlandtimes_communitycouncils.txt"
"$HOME/.local/bin/events-cli" search --db library.db "Neil Pearson" --format json >lead.json
grep -q '"name": "Neil Pearson"' lead.json || fail "the bundled everyday words left a word in a name"
QT_QPA_PLATFORM=offscreen "$HOME/.local/bin/events-viewer" --screenshot shot.png --search 林俊旸 2>/dev/null
head -c 8 shot.png | grep -q PNG || fail "events-viewer --screenshot wrote no PNG"
"$HOME/.local/bin/events-viewer" --version
cd - >/dev/null

"$prefix/install.sh" --uninstall
test ! -e "$prefix" && test ! -e "$entry" && test ! -e "$HOME/.local/bin/events-cli" || fail "uninstall left files"
echo "bundle-test: ok ($tarball)"
