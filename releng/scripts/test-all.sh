#!/usr/bin/env bash
# All tests, on a fresh machine too: installs the Debian packages the tests need and lacks
# (releng/scripts/install-packages.sh test), then builds everything and runs every test bundle,
# the workbench's UI tests on a virtual display. Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
releng/scripts/install-packages.sh test
exec xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B verify "$@"
