#!/usr/bin/env bash
# Print an HTML export to PDF with headless Chromium (Debian: apt-get install chromium
# poppler-utils), the way a supervisor's browser would, and turn its pages into PNGs.
# Any request to the network fails (--host-resolver-rules), so a page that needed one
# would show it. The pictures in docs/ were made with this, from `lederbog --demo`'s
# sample leader:
#
#   python -c 'import datetime as dt, pathlib, lederbog.demo as d; \
#       d.build(pathlib.Path("/tmp/demo"), dt.date(2026, 12, 1))'
#   lederbog export --data-dir /tmp/demo --until 2026-12-01 -o /tmp/demo.html
#   docs/print-export.sh /tmp/demo.html /tmp/demo.pdf
set -euo pipefail
html=$(realpath "$1")
pdf=${2:-${html%.html}.pdf}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --host-resolver-rules="MAP * ~NOTFOUND" --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$html" 2>/dev/null
pdfinfo "$pdf" | grep -E '^(Pages|Page size)'
pdftoppm -png -r 90 "$pdf" "${pdf%.pdf}-page"
