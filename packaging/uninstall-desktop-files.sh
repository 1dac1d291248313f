#!/bin/sh
# Remove what install-desktop-files.sh added under ${XDG_DATA_HOME:-~/.local/share}.
# Your sessions, reviews and settings are kept.
set -eu
ID=io.github.sdm_aid.SdmAid
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -f "$data/applications/$ID.desktop" "$data/metainfo/$ID.metainfo.xml" \
    "$data/mime/packages/$ID.xml" "$data/icons/hicolor/scalable/apps/$ID.svg"
for icon in "$data"/icons/hicolor/*/apps/"$ID".png; do
    [ -e "$icon" ] && rm -f "$icon"
done
command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ] \
    && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ] \
    && update-desktop-database "$data/applications" || true
echo "SDM Aid removed from the applications menu for $(id -un)"
