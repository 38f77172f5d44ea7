#!/usr/bin/env bash
# NetworkX reads kgb's GraphML with the node and edge counts, types and attributes that
# `kgb stats` and the source JSON report.
source "$(dirname "$0")/common.bash"
require_networkx

# kgb's own JSON of the example is the reference: reading merges relations the file lists twice.
"$KGB" convert "$EXAMPLE" "$WORK/example.json"
"$KGB" convert "$EXAMPLE" "$WORK/example.graphml"
"$KGB" stats "$EXAMPLE" --top 0 >"$WORK/stats.txt"
write_tricky_graph "$WORK/tricky-source.json"
"$KGB" convert "$WORK/tricky-source.json" "$WORK/tricky.json"
"$KGB" convert "$WORK/tricky.json" "$WORK/tricky.graphml"
"$KGB" stats "$WORK/tricky.json" --top 0 >"$WORK/tricky-stats.txt"

"$PYTHON" - <<PY
import collections, json, re, sys
import networkx as nx

def parse_stats(path):
    """Counts and by-type tables from kgb stats' text output."""
    totals, tables, table = {}, {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if m := re.fullmatch(r"(documents|entities|relations):\s+(\d+)", line):
            totals[m[1]] = int(m[2])
        elif line.endswith(":") and not line.startswith(" "):
            table = tables.setdefault(line[:-1], {})
        elif m := re.fullmatch(r"  (.*?)\s+(\d+)", line):
            table[m[1]] = int(m[2])
    return totals, tables

def check(graph_json, graphml, stats):
    source = json.load(open(graph_json, encoding="utf-8"))
    g = nx.read_graphml(graphml, force_multigraph=True)
    totals, tables = parse_stats(stats)
    where = graphml
    if g.number_of_nodes() != totals["entities"] or g.number_of_edges() != totals["relations"]:
        sys.exit(f"{where}: networkx sees {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
                 f"kgb stats says {totals}")
    node_types = collections.Counter(d.get("type") for _, d in g.nodes(data=True))
    if dict(node_types) != tables["entities by type"]:
        sys.exit(f"{where}: node types {dict(node_types)} != stats {tables['entities by type']}")
    edge_types = collections.Counter(d.get("type") for _, _, d in g.edges(data=True))
    if dict(edge_types) != tables["relations by type"]:
        sys.exit(f"{where}: edge types {dict(edge_types)} != stats {tables['relations by type']}")

    # Attributes as the JSON has them: label and type per node, weight and type per edge.
    # The node key of networkx is the GraphML node id; find each entity through its label and type.
    entities = {e["id"]: e for e in source["entities"]}
    by_label = {(d.get("label"), d.get("type")): n for n, d in g.nodes(data=True)}
    node_of = {}
    for entity in source["entities"]:
        key = (entity["label"], entity["type"])
        if key not in by_label:
            sys.exit(f"{where}: no node with label {entity['label']!r} and type {entity['type']!r}")
        node_of[entity["id"]] = by_label[key]
    # Relations may repeat (source, type, target) with another polarity or modality:
    # compare the weights of each such group.
    expected, found = collections.defaultdict(list), collections.defaultdict(list)
    for relation in source["relations"]:
        key = (node_of[relation["source"]], node_of[relation["target"]], relation["type"])
        expected[key].append(float(relation.get("weight", 1.0)))
    for u, v, d in g.edges(data=True):
        weight = d.get("weight")
        if not isinstance(weight, float):
            sys.exit(f"{where}: edge {u} -> {v} {d.get('type')} has weight {weight!r}, not a double")
        found[(u, v, d.get("type"))].append(weight)
    if {k: sorted(w) for k, w in expected.items()} != {k: sorted(w) for k, w in found.items()}:
        sys.exit(f"{where}: edges and weights differ from the JSON")

check("$WORK/example.json", "$WORK/example.graphml", "$WORK/stats.txt")
check("$WORK/tricky.json", "$WORK/tricky.graphml", "$WORK/tricky-stats.txt")
PY
echo "ok: networkx.read_graphml agrees with kgb stats and the JSON"
