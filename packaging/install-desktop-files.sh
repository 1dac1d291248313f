#!/bin/sh
# Add SDM Aid to your applications menu and let it open .sdm.json and .review.json files
# (freedesktop: a .desktop entry, icons, AppStream metainfo and two MIME types), for you
# only, under ${XDG_DATA_HOME:-~/.local/share}. No root needed; undo with
# uninstall-desktop-files.sh.
#
#   install-desktop-files.sh [PROGRAM]
#
# PROGRAM is the sdm-aid program to run: by default the one beside this script (in the
# unpacked bundle), else `sdm-aid` on your PATH (a pip install).
set -eu
ID=io.github.sdm_aid.SdmAid
here=$(cd "$(dirname "$0")" && pwd)
if [ -d "$here/share/linux" ]; then  # the unpacked bundle
    files="$here/share/linux"; icons="$here/share/linux"
else  # a checkout of the repository
    files="$here/linux"; icons="$here/../resources/icons"
fi

program=${1:-}
if [ -z "$program" ]; then
    if [ -x "$here/sdm-aid" ]; then
        program="$here/sdm-aid"
    elif command -v sdm-aid >/dev/null 2>&1; then
        program=$(command -v sdm-aid)
    else
        echo "install-desktop-files.sh: no sdm-aid program found; name it: $0 /path/to/sdm-aid" >&2
        exit 2
    fi
fi
case "$program" in
    /*) ;;
    *) program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")" ;;
esac
case "$program" in
    *[\"\`\$\\%]*)
        echo "install-desktop-files.sh: the path $program holds characters a .desktop file cannot carry; move it" >&2
        exit 2 ;;
esac
[ -x "$program" ] || { echo "install-desktop-files.sh: $program is not a program" >&2; exit 2; }

data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages" \
    "$data/icons/hicolor/scalable/apps"
sed "s|^Exec=@EXEC@|Exec=\"$program\"|" "$files/$ID.desktop" > "$data/applications/$ID.desktop"
cp "$files/$ID.metainfo.xml" "$data/metainfo/$ID.metainfo.xml"
cp "$files/$ID.mime.xml" "$data/mime/packages/$ID.xml"
cp "$icons/sdm-aid.svg" "$data/icons/hicolor/scalable/apps/$ID.svg"
for png in "$icons"/sdm-aid-*.png; do
    size=$(basename "$png" .png); size=${size#sdm-aid-}
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$ID.png"
done

# Refresh the caches when the tools are there (desktops also notice on their own).
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "SDM Aid added to the applications menu for $(id -un): $data/applications/$ID.desktop runs $program"
