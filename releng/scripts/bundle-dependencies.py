#!/usr/bin/env python3
"""Draws how Samverka's bundles depend on each other, from their MANIFEST.MF files, with Graphviz.

    releng/scripts/bundle-dependencies.py            # writes docs/images/bundles.svg
    releng/scripts/bundle-dependencies.py --dot      # prints the DOT source only
    releng/scripts/bundle-dependencies.py --check    # fails if a runtime bundle requires a UI bundle,
                                                     # or docs/images/bundles.svg is out of date

Only Samverka's own bundles are drawn (bundles/, Require-Bundle); an arrow points from a bundle to
one it requires. Bundles that need a display (SWT, the workbench) are drawn shaded: runtime bundles
never require them, which --check enforces. Needs Debian's graphviz (the `dot` command).
"""
import re
import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
OUT = TOP / "docs/images/bundles.svg"
UI_MARKERS = ("org.eclipse.swt", "org.eclipse.ui", "org.eclipse.jface")


def manifest_headers(path):
    """The manifest's headers, continuation lines joined."""
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\n ", "")
    headers = {}
    for line in text.splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            headers[key.strip()] = value.strip()
    return headers


def clauses(header):
    """The names of a header's comma-separated clauses, ignoring commas inside quotes."""
    names = []
    for clause in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', header or ""):
        name = clause.split(";")[0].strip()
        if name:
            names.append(name)
    return names


def bundles():
    found = {}
    for manifest in sorted((TOP / "bundles").glob("*/META-INF/MANIFEST.MF")):
        headers = manifest_headers(manifest)
        name = headers["Bundle-SymbolicName"].split(";")[0].strip()
        required = clauses(headers.get("Require-Bundle"))
        found[name] = {
            "requires": [r for r in required if r.startswith("se.samverka.")],
            "ui": any(r.startswith(UI_MARKERS) for r in required),
        }
    return found


def dot_source(found):
    lines = ["digraph bundles {", '  graph [rankdir=BT, fontname="Helvetica", nodesep=0.3, ranksep=0.5];',
             '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, fillcolor="#eef3f8"];',
             '  edge [color="#555555", arrowsize=0.7];']
    for name, info in found.items():
        fill = ', fillcolor="#f6e7c8"' if info["ui"] else ""
        lines.append(f'  "{name}" [label="{name.removeprefix("se.samverka.")}"{fill}];')
    for name, info in found.items():
        for required in info["requires"]:
            lines.append(f'  "{name}" -> "{required}";')
    lines.append("}")
    return "\n".join(lines) + "\n"


def svg(source):
    return subprocess.run(["dot", "-Tsvg"], input=source.encode("utf-8"), capture_output=True, check=True).stdout


def main():
    found = bundles()
    source = dot_source(found)
    if "--dot" in sys.argv:
        sys.stdout.write(source)
        return 0
    if "--check" in sys.argv:
        problems = [f"{name} (runtime) requires {required}, which needs a display"
                    for name, info in found.items() if not info["ui"]
                    for required in info["requires"] if found.get(required, {}).get("ui")]
        if not OUT.exists() or OUT.read_bytes() != svg(source):
            problems.append(f"{OUT.relative_to(TOP)} is out of date: run releng/scripts/bundle-dependencies.py")
        for problem in problems:
            print("bundle-dependencies: " + problem, file=sys.stderr)
        return 1 if problems else 0
    OUT.write_bytes(svg(source))
    print(f"bundle-dependencies: wrote {OUT.relative_to(TOP)} ({len(found)} bundles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
