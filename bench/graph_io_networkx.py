#!/usr/bin/python3
"""NetworkX's side of bench/graph_io.sh: the same synthetic graph as bench/graph_io.cpp,
with the attributes kgb writes to GraphML, written and read with NetworkX.

  graph_io_networkx.py write FILE ENTITIES RELATIONS   builds the graph, times write_graphml
  graph_io_networkx.py read FILE                       times read_graphml

Prints one line: "<op> <seconds> <cpu seconds> <nodes> <edges>", the times of the write
or read alone.
"""
import json
import sys
import time

import networkx as nx

TYPES = ["State", "Person", "Organization", "Location", "Weapon", "Event"]
PREDICATES = ["accuses", "criticizes", "warns", "threatens", "rejects", "defends", "supports", "allied_with",
              "supplies", "sanctions", "demands", "attacks", "deploys_to", "tests", "praises", "meets",
              "summons", "addresses", "works_for", "leader_of", "member_of", "part_of", "located_in"]
MODALITIES = ["asserted", "possible", "planned", "proposed", "alleged"]


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def entity_id(i):
    return f"entity:{i:06}"


def synthetic_graph(entity_count, relation_count):
    """Keep in step with synthetic_graph() in graph_io.cpp; attributes as kgb's GraphML has them."""
    g = nx.MultiDiGraph()
    g.graph["documents"] = compact([{"id": f"doc-{d:04}.txt", "title": f"Synthetic report {d}", "date": "2025-01-08",
                                     "source": "bench/graph_io.cpp"} for d in range(1000)])
    for i in range(entity_count):
        data = {"label": f"Entity {i} Ñame", "type": TYPES[i % len(TYPES)]}
        aliases = [f"E{i}-{a}" for a in range(i % 3)]
        if aliases:
            data["aliases"] = " | ".join(aliases)
            data["aliases_json"] = compact(aliases)
        if i % 2 == 0:
            data["attributes"] = f"rank={i % 100}"
            data["attributes_json"] = compact({"rank": str(i % 100)})
        g.add_node(entity_id(i), **data)
    for j in range(relation_count):
        s = j % entity_count
        k = j // entity_count
        t = (s + 1 + k * 9973 + (s * 31) % 997) % entity_count
        rtype = PREDICATES[(s + k) % len(PREDICATES)]
        data = {"label": rtype, "type": rtype, "polarity": "negative" if j % 17 == 0 else "positive",
                "modality": MODALITIES[j % len(MODALITIES)]}
        if j % 4 == 0:
            data["attributed_to"] = entity_id((s + 7) % entity_count)
        if j % 3 == 0:
            data["agent"] = "officials"
        data["confidence"] = ((j * 37) % 100) / 100.0
        data["weight"] = float(1 + j % 5)
        data["rule"] = "synthetic"
        data["first_seen"] = data["last_seen"] = "2025-01-08"
        sentence = j % 40
        text = f"Sentence {j} says that Entity {s} {rtype} Entity {t}, as officials said on Wednesday."
        evidence = [{"document": f"doc-{j % 1000:04}.txt", "sentence": sentence, "start": sentence * 120,
                     "end": sentence * 120 + len(text.encode()), "text": text}]
        data["evidence_count"] = len(evidence)
        data["evidence"] = "\n".join(f"{e['document']}, sentence {e['sentence']} [{e['start']}-{e['end']}]: {e['text']}"
                                     for e in evidence)
        data["evidence_json"] = compact(evidence)
        g.add_edge(entity_id(s), entity_id(t), key=f"e{j}", **data)
    return g


def main(argv):
    if len(argv) == 4 and argv[0] == "write":
        g = synthetic_graph(int(argv[2]), int(argv[3]))
        start, cpu = time.perf_counter(), time.process_time()
        nx.write_graphml(g, argv[1])
        print(f"write {time.perf_counter() - start:.3f} {time.process_time() - cpu:.3f} "
              f"{g.number_of_nodes()} {g.number_of_edges()}")
        return 0
    if len(argv) == 2 and argv[0] == "read":
        start, cpu = time.perf_counter(), time.process_time()
        g = nx.read_graphml(argv[1])
        print(f"read {time.perf_counter() - start:.3f} {time.process_time() - cpu:.3f} "
              f"{g.number_of_nodes()} {g.number_of_edges()}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
