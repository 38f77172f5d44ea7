#!/usr/bin/env bash
# Graph I/O benchmark: seconds and peak RSS to write and read a synthetic graph as JSON
# and as GraphML with kgb, beside NetworkX's write_graphml/read_graphml on the same graph
# in the same run. Prints a Markdown table (bench/README.md, section "Graph I/O").
#
#   bench/graph_io.sh [ENTITIES [RELATIONS]]      default 100000 1000000
#   BUILD_DIR=build-x bench/graph_io.sh ...       build folder to use (default build)
#
# Needs /usr/bin/time (Debian package time) and /usr/bin/python3 with python3-networkx.
# Seconds (wall clock) and CPU seconds are those of the write or read alone (the graph is
# built in memory first, untimed); CPU seconds compare fairly on a busy machine. Peak RSS
# is the whole process's, as /usr/bin/time -v reports it.
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:-100000}
relations=${2:-1000000}
build=${BUILD_DIR:-build}
python=/usr/bin/python3

for tool in /usr/bin/time "$python"; do
  [ -x "$tool" ] || { echo "graph_io.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done
"$python" -c "import networkx" 2>/dev/null || { echo "graph_io.sh: python3-networkx is missing" >&2; exit 1; }

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target kg_bench_graph_io >/dev/null
helper="$build/bench/kg_bench_graph_io"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run NAME COMMAND...: runs once under /usr/bin/time; sets seconds_NAME, cpu_NAME, rss_NAME (MiB), counts_NAME.
run() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out"
  read -r _ seconds cpu nodes edges <"$work/$name.out"
  local rss_kb
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
  printf -v "seconds_$name" '%s' "$seconds"
  printf -v "cpu_$name" '%s' "$cpu"
  printf -v "rss_$name" '%s' "$((rss_kb / 1024))"
  printf -v "counts_$name" '%s' "$nodes $edges"
  echo "  $name: $seconds s ($cpu s CPU), $((rss_kb / 1024)) MiB, $nodes nodes, $edges edges" >&2
}

# The two generators must build the same graph: at a small size, kgb reads NetworkX's
# GraphML back into the JSON it writes itself (NetworkX lists edges by source node).
echo "checking that kgb and NetworkX build the same graph..." >&2
"$helper" write "$work/small.json" 500 5000 >/dev/null
"$python" bench/graph_io_networkx.py write "$work/small-nx.graphml" 500 5000 >/dev/null
"$helper" convert "$work/small-nx.graphml" "$work/small-nx.json"
"$python" - "$work/small.json" "$work/small-nx.json" <<'PY' || { echo "graph_io.sh: the generators differ" >&2; exit 1; }
import json, sys
a, b = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:])
key = lambda r: (r["source"], r["type"], r["target"], r["polarity"])
for g in (a, b):
    g["relations"].sort(key=key)
sys.exit(0 if a == b else 1)
PY

echo "graph of $entities entities and $relations relations:" >&2
run kgb_write_json "$helper" write "$work/graph.json" "$entities" "$relations"
run kgb_read_json "$helper" read "$work/graph.json"
run kgb_write_graphml "$helper" write "$work/graph.graphml" "$entities" "$relations"
run kgb_read_graphml "$helper" read "$work/graph.graphml"
run nx_write_graphml "$python" bench/graph_io_networkx.py write "$work/graph-nx.graphml" "$entities" "$relations"
run nx_read_graphml "$python" bench/graph_io_networkx.py read "$work/graph-nx.graphml"

for name in kgb_read_json kgb_read_graphml nx_read_graphml; do
  counts="counts_$name"
  [ "${!counts}" = "$entities $relations" ] || { echo "graph_io.sh: $name read ${!counts}" >&2; exit 1; }
done

mib() { echo $(($(stat -c %s "$1") / 1048576)); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }

echo
echo "Synthetic graph: $entities entities, $relations relations (one evidence sentence each);"
echo "JSON $(mib "$work/graph.json") MiB, GraphML $(mib "$work/graph.graphml") MiB (kgb), $(mib "$work/graph-nx.graphml") MiB (NetworkX $("$python" -c 'import networkx; print(networkx.__version__)'))."
echo
echo "| format | operation | kgb seconds (CPU) | kgb peak RSS | NetworkX seconds (CPU) | NetworkX peak RSS | kgb faster, wall (CPU) | NetworkX / kgb RSS |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
row() {  # FORMAT OPERATION KGB_NAME [NX_NAME]
  local s="seconds_$3" c="cpu_$3" r="rss_$3"
  local line="| $1 | $2 | ${!s} (${!c}) | ${!r} MiB |"
  if [ -n "${4:-}" ]; then
    local ns="seconds_$4" nc="cpu_$4" nr="rss_$4"
    line+=" ${!ns} (${!nc}) | ${!nr} MiB | $(ratio "${!ns}" "${!s}") ($(ratio "${!nc}" "${!c}")) | $(ratio "${!nr}" "${!r}") |"
  else
    line+=" | | | |"
  fi
  echo "$line"
}
row JSON write kgb_write_json
row JSON read kgb_read_json
row GraphML write kgb_write_graphml nx_write_graphml
row GraphML read kgb_read_graphml nx_read_graphml
echo
echo "Load average while it ran: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores."
