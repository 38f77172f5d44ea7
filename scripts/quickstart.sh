#!/usr/bin/env bash
# The README's first command: installs what this machine lacks, builds kgb, and runs
# the main job on the example article, writing the graph in every format under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DKG_BUILD_TESTS=OFF  # scripts/test.sh builds and runs the tests

kgb=build/kgb
name=north-korea-un
mkdir -p out

# The main job: the example article's knowledge graph as JSON, extracted by the whole
# pipeline (examples/$name.graph.json is a hand-made graph of the same text).
"$kgb" extract "examples/$name.txt" -o "out/$name.json"

"$kgb" convert "out/$name.json" "out/$name.graphml"
"$kgb" convert "out/$name.json" "out/$name.dot"
# Render beside the target, then rename: a failed render leaves no half-written SVG.
dot -Tsvg "out/$name.dot" -o "out/$name.svg.tmp"
mv "out/$name.svg.tmp" "out/$name.svg"

echo
"$kgb" stats "out/$name.json" --top 5
cat <<EOT

Wrote:
  out/$name.json      graph JSON (schemas/graph.schema.json)
  out/$name.graphml   GraphML: open in Gephi, yEd or NetworkX
  out/$name.dot       DOT for Graphviz
  out/$name.svg       the graph drawn by Graphviz (dot -Tsvg)

Try:
  $kgb query out/$name.json --subject "Kim Song"
  $kgb neighbors out/$name.json Nebenzia
  $kgb path out/$name.json "Kim Jong Un" Ukraine
EOT
