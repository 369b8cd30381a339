#!/usr/bin/env bash
# Makes every installer icon from the one source, resources/icons/mallboard.png (256x256); run it after changing that.
# Needs ImageMagick (convert) and, for macOS, png2icns (Debian: apt-get install icnsutils; on a Mac, iconutil works
# too: make a mallboard.iconset folder of icon_16x16.png ... icon_256x256.png and run iconutil -c icns on it).
set -euo pipefail
cd "$(dirname "$0")/.."
source=resources/icons/mallboard.png
convert "$source" -depth 8 PNG32:installers/linux/mallboard.png
convert "$source" -depth 8 -define icon:auto-resize=256,128,64,48,32,16 installers/windows/mallboard.ico
sizes=$(mktemp -d)
for size in 16 32 48 128 256; do
    convert "$source" -depth 8 -resize "${size}x${size}" "PNG32:$sizes/icon_$size.png"
done
png2icns installers/macos/mallboard.icns "$sizes"/icon_{16,32,48,128,256}.png >/dev/null
rm -rf "$sizes"
echo "Icons: installers/linux/mallboard.png, installers/windows/mallboard.ico, installers/macos/mallboard.icns"
