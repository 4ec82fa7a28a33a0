#!/bin/sh
# Redraws assets/syndiff.png with ImageMagick 6: two text columns, one changed line in each
# (amber) joined by a connector across the gutter, on a rounded navy square.
set -e
cd "$(dirname "$0")"
convert -size 256x256 xc:none \
 -fill '#1f3a5f' -draw "roundrectangle 8,8 247,247 40,40" \
 -fill '#ffffff' -draw "roundrectangle 36,44 114,212 10,10" -draw "roundrectangle 142,44 220,212 10,10" \
 -fill '#9fb3c8' \
 -draw "rectangle 48,62 102,70" -draw "rectangle 48,82 96,90" -draw "rectangle 48,142 100,150" \
 -draw "rectangle 48,162 90,170" -draw "rectangle 48,182 98,190" \
 -draw "rectangle 154,62 208,70" -draw "rectangle 154,82 202,90" -draw "rectangle 154,142 206,150" \
 -draw "rectangle 154,162 196,170" -draw "rectangle 154,182 204,190" \
 -fill '#f0a030' -draw "rectangle 48,102 104,118" -draw "rectangle 154,118 210,134" \
 -draw "polygon 104,102 122,102 134,118 154,118 154,134 134,134 122,118 104,118" \
 -depth 8 syndiff.png
