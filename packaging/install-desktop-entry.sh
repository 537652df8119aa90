#!/bin/sh
# Adds Casebook to your desktop's application menu (Linux): run it once from the unzipped
# folder. It writes ~/.local/share/applications/casebook.desktop, pointing at this folder,
# and the icon; delete those two files to undo.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/_internal/desktop/icons/casebook.png" "$icons/casebook.png"
sed "s|^Exec=casebook-gui|Exec=\"$here/casebook-gui\"|" "$here/casebook.desktop" > "$apps/casebook.desktop"
echo "Added Casebook to the application menu ($apps/casebook.desktop)."
