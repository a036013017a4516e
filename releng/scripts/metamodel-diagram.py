#!/usr/bin/env python3
"""Draws the class diagram of the Samverka metamodel from its .ecore, with Graphviz.

    releng/scripts/metamodel-diagram.py            # writes docs/images/metamodel.svg
    releng/scripts/metamodel-diagram.py --dot      # prints the DOT source only

Classes show their attributes; containment is drawn with a diamond, references as plain
arrows, inheritance with a hollow triangle. Needs Debian's graphviz (the `dot` command).
"""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ECORE = os.path.join(TOP, "bundles/se.samverka.model/model/samverka.ecore")
OUT = os.path.join(TOP, "docs/images/metamodel.svg")
XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"


def type_name(e_type):
    return e_type.split("#//")[-1]


def many(feature):
    return "[*]" if feature.get("upperBound") == "-1" else ""


def dot_source():
    root = ET.parse(ECORE).getroot()
    lines = ["digraph samverka {", '  graph [rankdir=LR, fontname="Helvetica", nodesep=0.25, ranksep=0.6];',
             '  node [shape=plain, fontname="Helvetica", fontsize=9];', '  edge [fontname="Helvetica", fontsize=8];']
    edges = []
    for classifier in root.findall("eClassifiers"):
        kind = classifier.get(XSI)
        name = classifier.get("name")
        if kind == "ecore:EEnum":
            literals = "<br/>".join(l.get("name") for l in classifier.findall("eLiterals"))
            lines.append(f'  {name} [label=<<table border="0" cellborder="1" cellspacing="0" bgcolor="#f4f4e8">'
                         f'<tr><td><i>«enum»</i><br/><b>{name}</b></td></tr><tr><td align="left">{literals}</td></tr></table>>];')
            continue
        if kind != "ecore:EClass":
            continue
        attributes = []
        for feature in classifier.findall("eStructuralFeatures"):
            target = type_name(feature.get("eType"))
            if feature.get(XSI) == "ecore:EAttribute":
                attributes.append(f"{feature.get('name')}: {target}{many(feature)}")
            else:
                style = 'arrowtail=diamond, dir=both' if feature.get("containment") == "true" else 'arrowhead=vee'
                edges.append(f'  {name} -> {target} [label="{feature.get("name")}{many(feature)}", {style}];')
        for supertype in (classifier.get("eSuperTypes") or "").split():
            edges.append(f'  {name} -> {type_name(supertype)} [arrowhead=empty, style=dashed, color="#777777"];')
        title = f"<i>{name}</i>" if classifier.get("abstract") == "true" else name
        body = "<br/>".join(attributes) if attributes else " "
        lines.append(f'  {name} [label=<<table border="0" cellborder="1" cellspacing="0" bgcolor="#e8eef8">'
                     f'<tr><td><b>{title}</b></td></tr><tr><td align="left">{body}</td></tr></table>>];')
    lines.extend(edges)
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    source = dot_source()
    if "--dot" in sys.argv:
        sys.stdout.write(source)
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    subprocess.run(["dot", "-Tsvg", "-o", OUT], input=source.encode("utf-8"), check=True)
    print(f"wrote {os.path.relpath(OUT, TOP)}")


if __name__ == "__main__":
    main()
