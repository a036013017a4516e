#!/usr/bin/env bash
# The pictures of docs/reports.md: a page of Botkyrka's agreement (the action plan, on a landscape
# page) and the first page of its action-plan spreadsheet, as LibreOffice prints them.
# Needs the command line built (./samverka), LibreOffice (soffice) and Poppler (pdftoppm).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
example="$top/examples/botkyrka/underavtal.samverkan"
samverka=${SAMVERKA:-$top/samverka}
"$samverka" export --format docx "$example" -o "$work/underavtal.docx"
"$samverka" export --format xlsx "$example" -o "$work/handlingsplan.xlsx"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/underavtal.docx" "$work/handlingsplan.xlsx" >/dev/null
# the Word document's first landscape page is the action plan's
page=$(pdfinfo -f 1 -l 999 "$work/underavtal.pdf" | awk '/^Page +[0-9]+ size:/ && $4 > $6 { print $2; exit }')
page=${page:-1}
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/underavtal.pdf" "$top/docs/images/agreement-title-page"
pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/underavtal.pdf" "$top/docs/images/agreement-action-plan"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/handlingsplan.pdf" "$top/docs/images/action-plan-spreadsheet"
echo "docs/images: agreement-title-page.png, agreement-action-plan.png (page $page), action-plan-spreadsheet.png"
