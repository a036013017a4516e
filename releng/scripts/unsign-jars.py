#!/usr/bin/env python3
"""Removes the signatures from the jars of the command line's class path (target/lib).

The JVM leaves classes from signed jars out of its class-data archive and ahead-of-time cache,
and checks every class's digest when it loads one from a signed jar. Eclipse signs its jars
(EMF, Xtext, ELK, LSP4J), so the cache held none of their classes and every command loaded
them anew: about a third of `samverka validate`'s time on Botkyrka. The jars come from the
build's own Maven repository, checked by their checksums; the signatures protect nothing on a
private class path. The workbench's copies (under OSGi) keep theirs.

Usage: unsign-jars.py FOLDER  (rewrites each signed jar in FOLDER in place; prints how many)
"""
import re
import sys
import zipfile
from pathlib import Path

SIGNATURE = re.compile(r"^META-INF/[^/]+\.(SF|RSA|DSA|EC)$", re.IGNORECASE)


def unsign(jar: Path) -> bool:
    with zipfile.ZipFile(jar) as signed:
        entries = signed.infolist()
        if not any(SIGNATURE.match(entry.filename) for entry in entries):
            return False
        unsigned_path = jar.with_name(jar.name + ".unsigned")
        with zipfile.ZipFile(unsigned_path, "w") as unsigned:
            for entry in entries:
                if not SIGNATURE.match(entry.filename):
                    # same name, time and compression: only the signature files go
                    unsigned.writestr(entry, signed.read(entry), compress_type=entry.compress_type)
    unsigned_path.replace(jar)
    return True


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    count = sum(unsign(jar) for jar in sorted(folder.glob("*.jar")))
    print(f"unsign-jars: {count} signed jars in {folder} now unsigned")
    return 0


if __name__ == "__main__":
    sys.exit(main())
