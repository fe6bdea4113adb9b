#!/bin/sh
# Renders the committed icon files from parallax.svg. Needs Debian's librsvg2-bin (rsvg-convert),
# imagemagick (convert, for the Windows .ico) and icnsutils (png2icns, for the macOS .icns).
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" parallax.svg -o "parallax-$size.png"
done
cp parallax-256.png parallax.png
convert parallax-16.png parallax-24.png parallax-32.png parallax-48.png parallax-64.png parallax-256.png parallax.ico
png2icns parallax.icns parallax-16.png parallax-32.png parallax-48.png parallax-128.png parallax-256.png parallax-512.png
