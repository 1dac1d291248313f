#!/usr/bin/env bash
# Regenerate the README screenshots offscreen: ./docs/screenshots/regenerate.sh
# Uses the sdm-aid on PATH (activate the project's virtual environment first).
set -euo pipefail
cd "$(dirname "$0")"
export QT_QPA_PLATFORM=offscreen
shot() { sdm-aid screenshot --aid "$1" --step "$2" --out "$3" "${@:4}" >/dev/null; }
shot knee-osteoarthritis library library.png
shot knee-osteoarthritis options options.png
shot carpal-tunnel-syndrome compare compare.png
shot carpal-tunnel-syndrome outcomes outcomes.png
shot carpal-tunnel-syndrome preferences preferences.png
shot carpal-tunnel-syndrome decision decision.png
shot knee-osteoarthritis summary summary.png
shot knee-osteoarthritis outcomes outcomes-knee.png
shot knee-osteoarthritis outcomes outcomes-200.png --scale 2
shot carpal-tunnel-syndrome outcomes outcomes-high-contrast.png --theme high-contrast
echo "screenshots written to $(pwd)"
