#!/usr/bin/env bash
# The pictures of docs/reports.md: a page of Botkyrka's agreement (the action plan, on a landscape
# page), the first page of its action-plan spreadsheet, and the first pages of Kungälv's citizen
# promise 2020–2021 and of its follow-up, as LibreOffice prints them.
# Needs the command line built (./samverka), LibreOffice (soffice) and Poppler (pdftoppm).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
example="$top/examples/botkyrka/underavtal.samverkan"
samverka=${SAMVERKA:-$top/samverka}
"$samverka" export --format docx "$example" -o "$work/underavtal.docx"
"$samverka" export --format xlsx "$example" -o "$work/handlingsplan.xlsx"
promise="$top/examples/kungalv/medborgarlofte-2020-2021.samverkan"
"$samverka" export --format docx "$promise" -o "$work/medborgarlofte.docx"
"$samverka" export --format docx --document followup "$promise" -o "$work/uppfoljning.docx"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/underavtal.docx" "$work/handlingsplan.xlsx" "$work/medborgarlofte.docx" "$work/uppfoljning.docx" >/dev/null
# the Word document's first landscape page is the action plan's
page=$(pdfinfo -f 1 -l 999 "$work/underavtal.pdf" | awk '/^Page +[0-9]+ size:/ && $4 > $6 { print $2; exit }')
page=${page:-1}
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/underavtal.pdf" "$top/docs/images/agreement-title-page"
pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/underavtal.pdf" "$top/docs/images/agreement-action-plan"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/handlingsplan.pdf" "$top/docs/images/action-plan-spreadsheet"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/medborgarlofte.pdf" "$top/docs/images/promise-first-page"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/uppfoljning.pdf" "$top/docs/images/follow-up-first-page"
echo "docs/images: agreement-title-page.png, agreement-action-plan.png (page $page), action-plan-spreadsheet.png,"
echo "  promise-first-page.png, follow-up-first-page.png"
