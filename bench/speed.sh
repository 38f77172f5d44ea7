#!/usr/bin/env bash
# Speed and memory of the language core (tokenize + tag + lemmatize + parse) on the raw
# text of the EWT and GUM test files, one thread:
#   1. bench/pipeline_speed.cpp: model load times, tokens/s per stage and together,
#      best of 3 runs (wall clock, and CPU time, which other jobs on the machine disturb less);
#   2. `kgb parse TEXT` end to end under /usr/bin/time -v: wall time and peak RSS.
#
#   bash bench/speed.sh [BUILD_DIR]      (default: build; models from data/ or KGB_DATA_DIR)
set -euo pipefail
source "$(dirname "$0")/ud_setup.bash"

c++ -std=c++20 -O2 -I"$root/include" "$here/pipeline_speed.cpp" \
  "$build/libkg_syntax.a" "$build/libkg_text.a" "$build/libkg_core.a" -lfmt -lutf8proc -o "$work/pipeline_speed"

texts=()
for treebank in en_ewt-ud-test en_gum-ud-test; do
  grep '^# text = ' "$shared/$treebank.conllu" | sed 's/^# text = //' > "$work/$treebank.txt"
  texts+=("$work/$treebank.txt")
done

"$work/pipeline_speed" 3 "${texts[@]}"
for text in "${texts[@]}"; do
  /usr/bin/time -v "$kgb" parse "$text" -o "$work/out.conllu" 2> "$work/time.txt"
  words=$(grep -cP '^\d+\t' "$work/out.conllu")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  echo "kgb parse $(basename "$text"): $words words in $wall s end to end (start-up, model loading, CoNLL-U out), peak RSS $((rss / 1024)) MB"
done
