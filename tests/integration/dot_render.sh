#!/usr/bin/env bash
# Graphviz renders kgb's DOT: the example graph and a graph of labels that need escaping.
source "$(dirname "$0")/common.bash"
require dot
require "$PYTHON"

"$KGB" convert "$EXAMPLE" "$WORK/example.dot"
dot -Tsvg "$WORK/example.dot" -o "$WORK/example.svg" 2>"$WORK/dot-errors.txt" || fail "dot rejected the example DOT: $(cat "$WORK/dot-errors.txt")"
[ ! -s "$WORK/dot-errors.txt" ] || fail "dot warned: $(cat "$WORK/dot-errors.txt")"

write_tricky_graph "$WORK/tricky.json"
"$KGB" convert "$WORK/tricky.json" "$WORK/tricky.dot"
dot -Tsvg "$WORK/tricky.dot" -o "$WORK/tricky.svg" 2>"$WORK/dot-errors.txt" || fail "dot rejected the escaped DOT: $(cat "$WORK/dot-errors.txt")"
[ ! -s "$WORK/dot-errors.txt" ] || fail "dot warned: $(cat "$WORK/dot-errors.txt")"

# The SVG shows every entity label and relation type as text (Graphviz draws each
# line of a multi-line label as its own <text>, so lines are compared one by one).
"$PYTHON" - "$EXAMPLE" "$WORK/example.svg" "$WORK/tricky.json" "$WORK/tricky.svg" <<'PY'
import json, sys
import xml.etree.ElementTree as ET

def svg_texts(path):
    ns = "{http://www.w3.org/2000/svg}"
    return [t.text or "" for t in ET.parse(path).getroot().iter(ns + "text")]

def normalize(s):  # Graphviz turns tabs into spaces
    return " ".join(s.split())

for graph_path, svg_path in ((sys.argv[1], sys.argv[2]), (sys.argv[3], sys.argv[4])):
    graph = json.load(open(graph_path, encoding="utf-8"))
    texts = [normalize(t) for t in svg_texts(svg_path)]
    for entity in graph["entities"]:
        for line in entity["label"].split("\n"):
            if normalize(line) not in texts:
                sys.exit(f"{svg_path}: label line {line!r} not drawn; texts: {texts}")
    for relation in graph["relations"]:
        if not any(relation["type"] in t for t in texts):
            sys.exit(f"{svg_path}: relation type {relation['type']!r} not drawn")
PY
echo "ok: dot -Tsvg renders the example and the escaping cases"
