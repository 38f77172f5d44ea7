#!/usr/bin/env bash
# JSON -> GraphML -> JSON keeps the graph: the canonicalized JSON documents are equal.
source "$(dirname "$0")/common.bash"
require "$PYTHON"

write_tricky_graph "$WORK/tricky.json"
for name in example tricky; do
  if [ "$name" = example ]; then input=$EXAMPLE; else input=$WORK/tricky.json; fi
  "$KGB" convert "$input" "$WORK/$name.json"  # kgb's own JSON, every default written out
  "$KGB" convert "$WORK/$name.json" "$WORK/$name.graphml"
  "$KGB" convert "$WORK/$name.graphml" "$WORK/$name.back.json"
  # And through stdin/stdout, as pipelines use it.
  "$KGB" convert "$WORK/$name.json" - --format graphml | "$KGB" convert - --from graphml - --format json >"$WORK/$name.piped.json"
  "$PYTHON" - "$input" "$WORK/$name.json" "$WORK/$name.back.json" "$WORK/$name.piped.json" <<'PY'
import json, sys

def canonical(path):
    return json.dumps(json.load(open(path, encoding="utf-8")), sort_keys=True, ensure_ascii=False, indent=1)

original, written, back, piped = sys.argv[1:5]
a = canonical(written)
for other in (back, piped):
    if canonical(other) != a:
        import difflib
        diff = "\n".join(list(difflib.unified_diff(a.splitlines(), canonical(other).splitlines(), written, other, lineterm=""))[:40])
        sys.exit(f"round trip changed the graph:\n{diff}")
# What kgb wrote has the source's entities and relations, in order.
src, out = json.load(open(original, encoding="utf-8")), json.load(open(written, encoding="utf-8"))
# (Relations the source lists twice with the same key are merged into one.)
def keys(graph):
    seen = []
    for r in graph["relations"]:
        key = (r["source"], r["type"], r["target"], r.get("polarity", "positive"))
        if key not in seen:
            seen.append(key)
    return seen
if [d["id"] for d in src["documents"]] != [d["id"] for d in out["documents"]]:
    sys.exit(f"{written}: documents differ from the source")
if [(e["id"], e["label"]) for e in src["entities"]] != [(e["id"], e["label"]) for e in out["entities"]]:
    sys.exit(f"{written}: entities differ from the source")
if keys(src) != keys(out):
    sys.exit(f"{written}: relations differ from the source")
PY
done
echo "ok: JSON -> GraphML -> JSON keeps the example and the escaping cases"
