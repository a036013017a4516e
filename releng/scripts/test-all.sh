#!/usr/bin/env bash
# All tests, on a fresh machine too: installs the Debian packages the tests need and lacks
# (releng/scripts/install-packages.sh test), checks the repository's own rules, then builds
# everything and runs every test bundle,
# the workbench's UI tests on a virtual display, and, where LibreOffice is installed, makes the
# documents' pictures in target/document-pictures. Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
releng/scripts/install-packages.sh test
# the repository's own rules: every source file licensed, runtime bundles never need a display,
# and the picture of the bundles' dependencies in docs/ is the one their manifests give
releng/scripts/license-headers.py --check
releng/scripts/bundle-dependencies.py --check
xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B verify "$@"
# the pictures of docs/reports.md, made from the build just tested: a page of each document as
# LibreOffice prints it and the web site in Chromium (docs/images holds the committed ones)
if command -v soffice >/dev/null; then
  releng/scripts/document-pictures.sh target/document-pictures
fi
