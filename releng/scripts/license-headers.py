#!/usr/bin/env python3
"""Every source file of Samverka carries the licence header (EPL-2.0, see LICENSE).

    releng/scripts/license-headers.py          # adds the header where it is missing
    releng/scripts/license-headers.py --check  # lists the files without it; exit status 1 if any

Source files are the tracked .java, .ts, .xtext and .mwe2 files under bundles/, tests/, bench/
and releng/ (generated code is never tracked, so it is never touched).
"""
import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
HEADER = ("/*\n"
          " * Copyright (c) 2026 the Samverka contributors.\n"
          " * SPDX-License-Identifier: EPL-2.0\n"
          " */\n")
MARK = "SPDX-License-Identifier: EPL-2.0"
SUFFIXES = (".java", ".ts", ".xtext", ".mwe2")


def source_files():
    listed = subprocess.run(["git", "ls-files", "bundles", "tests", "bench", "releng"], cwd=TOP,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    return [TOP / name for name in listed if name.endswith(SUFFIXES) and (TOP / name).exists()]


def main():
    missing = [path for path in source_files() if MARK not in path.read_text(encoding="utf-8")[:400]]
    if "--check" in sys.argv:
        for path in missing:
            print(f"license-headers: {path.relative_to(TOP)} has no licence header "
                  "(releng/scripts/license-headers.py adds it)", file=sys.stderr)
        return 1 if missing else 0
    for path in missing:
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"license-headers: added the header to {len(missing)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
