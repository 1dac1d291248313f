#!/usr/bin/env bash
# Build the standalone SDM Aid bundle (one folder, no Python needed) on Linux, then pack
# it as dist/sdm-aid-VERSION-linux-ARCH.tar.gz. Needs PyInstaller in the Python used:
#   python3 -m venv .venv && .venv/bin/pip install . pyinstaller && packaging/build.sh
# PYTHON=/path/to/python picks another interpreter (default: .venv/bin/python, then python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"
export QT_QPA_PLATFORM=offscreen

"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
    echo "build.sh: PyInstaller is missing: $PYTHON -m pip install pyinstaller" >&2
    exit 2
}
version="$("$PYTHON" -c 'import sdm_aid; print(sdm_aid.__version__)')"
arch="$(uname -m)"

rm -rf build/pyinstaller dist/sdm-aid
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/sdm-aid.spec

# The freedesktop files and their install scripts travel with the bundle.
mkdir -p dist/sdm-aid/share
cp -r packaging/linux dist/sdm-aid/share/
cp packaging/install-desktop-files.sh packaging/uninstall-desktop-files.sh dist/sdm-aid/
cp resources/icons/sdm-aid.svg resources/icons/sdm-aid-*.png dist/sdm-aid/share/linux/

tarball="dist/sdm-aid-${version}-linux-${arch}.tar.gz"
tar -C dist -czf "$tarball" sdm-aid
echo "bundle: dist/sdm-aid ($(du -sh dist/sdm-aid | cut -f1)), archive: $tarball ($(du -h "$tarball" | cut -f1))"
