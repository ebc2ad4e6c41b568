#!/usr/bin/env bash
# make bundle: dist/events-viewer/ (PyInstaller, packaging/events-viewer.spec) with install.sh, then
# dist/events-viewer-VERSION-linux-x86_64.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
version=$("$PY" -c 'import viewer; print(viewer.__version__)')
name="events-viewer-$version-linux-$(uname -m)"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/events-viewer.spec
cp packaging/install.sh packaging/README.txt dist/events-viewer/
tar -C dist -czf "dist/$name.tar.gz" --owner=0 --group=0 --transform "flags=rh;s,^events-viewer,$name," events-viewer
echo "dist/events-viewer: $(du -sh dist/events-viewer | cut -f1); dist/$name.tar.gz: $(du -h "dist/$name.tar.gz" | cut -f1)"
