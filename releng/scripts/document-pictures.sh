#!/usr/bin/env bash
# The pictures of docs/reports.md, a page of each document as its reader gets it: Botkyrka's
# agreement as LibreOffice prints the Word document (the title page and the action plan's landscape
# page) and as Samverka writes the PDF (the page with the steering group), Järva's communication
# plan, Botkyrka's action-plan spreadsheet as LibreOffice prints it, Kungälv's citizen promise
# 2020–2021 and its follow-up, and the start page of Botkyrka's web site in headless Chromium.
# Usage: document-pictures.sh [FOLDER]   (default docs/images; the test command writes to target/)
# Needs the command line built (./samverka), LibreOffice (soffice), Poppler (pdftoppm, pdfinfo)
# and Chromium.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "${1:-$top/docs/images}" && cd "${1:-$top/docs/images}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
samverka=${SAMVERKA:-$top/samverka}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
botkyrka="$top/examples/botkyrka/underavtal.samverkan"
jarva="$top/examples/jarva/jarva.samverkan"
promise="$top/examples/kungalv/medborgarlofte-2020-2021.samverkan"

"$samverka" export --format docx "$botkyrka" -o "$work/underavtal.docx"
"$samverka" export --format pdf "$botkyrka" -o "$work/underavtal-samverka.pdf"
"$samverka" export --format xlsx "$botkyrka" -o "$work/handlingsplan.xlsx"
"$samverka" export --format html "$botkyrka" -o "$work/webbplats"
"$samverka" export --format docx --document communication "$jarva" -o "$work/kommunikationsplan.docx"
"$samverka" export --format docx "$promise" -o "$work/medborgarlofte.docx"
"$samverka" export --format docx --document followup "$promise" -o "$work/uppfoljning.docx"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/underavtal.docx" "$work/handlingsplan.xlsx" "$work/kommunikationsplan.docx" \
  "$work/medborgarlofte.docx" "$work/uppfoljning.docx" >/dev/null

# one page of a PDF as a PNG, 60 dots per inch (an A4 page 496 pixels wide)
page() { pdftoppm -png -r 60 -f "$2" -l "$2" -singlefile "$work/$1" "$out/$3"; }
# the first page whose text has the given words, else the first page
page_with() {
  local pages n
  pages=$(pdfinfo "$work/$1" | awk '/^Pages:/ { print $2 }')
  for ((n = 1; n <= pages; n++)); do
    if pdftotext -f "$n" -l "$n" "$work/$1" - | grep -q "$2"; then echo "$n"; return; fi
  done
  echo 1
}
# the Word document's first landscape page is the action plan's
landscape=$(pdfinfo -f 1 -l 999 "$work/underavtal.pdf" | awk '/^Page +[0-9]+ size:/ && $4 > $6 { print $2; exit }')
page underavtal.pdf 1 agreement-title-page
page underavtal.pdf "${landscape:-1}" agreement-action-plan
page underavtal-samverka.pdf "$(page_with underavtal-samverka.pdf 'STYRGRUPP')" agreement-pdf-page
page kommunikationsplan.pdf 1 communication-plan-first-page
page handlingsplan.pdf 1 action-plan-spreadsheet
page medborgarlofte.pdf 1 promise-first-page
page uppfoljning.pdf 1 follow-up-first-page
# the site's start page at 1280 × 1000 CSS pixels, shot at half scale
"$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/chromium" \
  --hide-scrollbars --window-size=1280,1000 --force-device-scale-factor=0.5 \
  --screenshot="$out/site-start-page.png" "file://$work/webbplats/index.html" 2>/dev/null
echo "$out: agreement-title-page.png, agreement-action-plan.png (page ${landscape:-1}), agreement-pdf-page.png,"
echo "  communication-plan-first-page.png, action-plan-spreadsheet.png, promise-first-page.png,"
echo "  follow-up-first-page.png, site-start-page.png"
