#!/usr/bin/env python3
"""One version of each library: the target platform is the single source.

Checks that the target file (releng/se.samverka.target/se.samverka.target.target) names no
library twice, and that every library on the command line's class path that the target also
names has the target's version, so the command line and the workbench run the same code.
The class path is read from the list the cli.app module writes (dependency:list).
Exit status 1 names every difference; the build runs this in releng/se.samverka.cli.app.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

top = Path(__file__).resolve().parents[2]
target_file = top / "releng/se.samverka.target/se.samverka.target.target"
class_path_list = Path(sys.argv[1]) if len(sys.argv) > 1 else top / "releng/se.samverka.cli.app/target/class-path.txt"

problems = []
pinned = {}
for dependency in ET.parse(target_file).getroot().iter("dependency"):
    ga = (dependency.findtext("groupId").strip(), dependency.findtext("artifactId").strip())
    version = dependency.findtext("version").strip()
    if ga in pinned and pinned[ga] != version:
        problems.append(f"{target_file.name}: {ga[0]}:{ga[1]} is listed twice ({pinned[ga]} and {version})")
    pinned.setdefault(ga, version)

# lines such as "   com.google.guava:guava:jar:33.5.0-jre:compile -- module com.google.common"
line_pattern = re.compile(r"^\s*([\w.\-]+):([\w.\-]+):[\w\-]+(?::[\w.\-]+)?:([\w.\-]+):(compile|runtime)\b")
on_class_path = 0
for line in class_path_list.read_text(encoding="utf-8").splitlines():
    match = line_pattern.match(line)
    if not match:
        continue
    group, artifact, version = match.group(1), match.group(2), match.group(3)
    on_class_path += 1
    if group == "se.samverka":
        continue
    expected = pinned.get((group, artifact))
    if expected is not None and expected != version:
        problems.append(f"command line has {group}:{artifact}:{version}, the target platform {expected}")

if on_class_path == 0:
    problems.append(f"{class_path_list}: no libraries listed")
for problem in problems:
    print("check-library-versions: " + problem, file=sys.stderr)
if not problems:
    print(f"check-library-versions: {on_class_path} libraries on the command line's class path agree with the target platform")
sys.exit(1 if problems else 0)
