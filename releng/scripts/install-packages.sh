#!/usr/bin/env bash
# Installs the Debian packages Samverka needs that this machine lacks, and nothing else.
#   install-packages.sh build      Maven (fetches the Maven 3.9 that ./mvnw runs), Node.js and npm
#                                  (the diagram view's Sprotty client is built from npm packages),
#                                  Liberation Sans (the PDF's typeface, embedded in every PDF in
#                                  its regular, bold and italic faces)
#   install-packages.sh workbench  build + GTK 3 and WebKitGTK 4.1 (what SWT and its Browser draw with)
#   install-packages.sh test       workbench + Xvfb (the UI tests' display), Graphviz (the layout
#                                  benchmark and the metamodel diagram), Chromium (the tests open
#                                  the exported web site in it, headless), LibreOffice Writer and
#                                  Calc without a display (the tests print the Word document and the
#                                  spreadsheet to PDF with them and check the pages) with Carlito
#                                  (Calibri's metrics)
# As root it installs with apt-get; otherwise with sudo, or it names the packages and stops.
set -euo pipefail
need=${1:-test}
missing=()
has_command() { command -v "$1" >/dev/null 2>&1; }
has_library() { /sbin/ldconfig -p 2>/dev/null | grep -q "$1"; }

has_command mvn || missing+=(maven)
has_command npm || missing+=(nodejs npm)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf ] \
  || [ -f /usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf ] || missing+=(fonts-liberation2)
if [ "$need" = workbench ] || [ "$need" = test ]; then
  has_library libgtk-3.so.0 || missing+=(libgtk-3-0)
  has_library libwebkit2gtk-4.1.so.0 || missing+=(libwebkit2gtk-4.1-0)
fi
if [ "$need" = test ]; then
  has_command xvfb-run || missing+=(xvfb xauth)
  has_command dot || missing+=(graphviz)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # the layout tests convert DOCX and XLSX to PDF as a reader's office program prints them
  has_command soffice || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
  # Carlito has Calibri's metrics: LibreOffice lays out the documents' Calibri text as Word does
  fc-list 2>/dev/null | grep -q Carlito || missing+=(fonts-crosextra-carlito)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif has_command sudo; then
  sudo_cmd=(sudo)
else
  echo "samverka: these Debian packages are missing: ${missing[*]}; install them with apt-get as root" >&2
  exit 2
fi
echo "samverka: installing the Debian packages ${missing[*]} ..." >&2
"${sudo_cmd[@]}" apt-get update -qq >&2
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
