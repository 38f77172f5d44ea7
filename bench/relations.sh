#!/usr/bin/env bash
# Relation extraction quality and speed: kgb extract on the seed article and the
# article sets with gold graphs (bench/dev, bench/dev-fresh, bench/holdout), scored by
# the annotation kit's score.py, and the
# end-to-end extraction speed (tokens per second, one thread).
#
#   bash bench/relations.sh [BUILD_DIR]     (default build/; or KGB=/path/to/kgb)
#
# Needs ../shared (eval/ and ud/), which is not part of the product.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
KGB=${KGB:-$BUILD/kgb}
SHARED=${KG_SHARED_DIR:-../shared}
OUT=${OUT:-out/bench-relations}
mkdir -p "$OUT"

echo "== seed: $SHARED/eval/seed/north-korea-un.txt"
"$KGB" extract "$SHARED/eval/seed/north-korea-un.txt" -o "$OUT/north-korea-un.json"
python3 "$SHARED/eval/score.py" "$SHARED/eval/seed/north-korea-un.gold.json" "$OUT/north-korea-un.json" ${VERBOSE:+--verbose}

# bench/dev: GUM Wikinews documents and articles of our own, annotated by hand;
# bench/dev-fresh and bench/holdout: articles of our own written later (see bench/README.md).
for set in dev dev-fresh holdout; do
  [ -d "bench/$set" ] || continue
  echo
  echo "== bench/$set"
  mkdir -p "$OUT/$set"
  for text in bench/$set/*.txt; do
    "$KGB" extract "$text" -o "$OUT/$set/$(basename "$text" .txt).json"
  done
  python3 "$SHARED/eval/score.py" --gold-dir "bench/$set" --system-dir "$OUT/$set" ${VERBOSE:+--verbose}
done

# Speed: every GUM news document (20 articles) in one kgb run, minus the time of a
# one-line run (start-up and model loading), over the tokens the pipeline read.
echo
echo "== speed (one thread, end to end: tokenize, tag, lemmatize, parse, entities, relations)"
python3 - "$SHARED/ud/en_gum-open-ud-train.conllu" "$OUT/speed" <<'PY'
import os, sys
source, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
docs, doc = {}, None
for line in open(source, encoding="utf-8"):
    if line.startswith("# newdoc id = "):
        doc = line.strip()[len("# newdoc id = "):]
        docs[doc] = []
    elif doc and doc.startswith("GUM_news_") and line.startswith("# text = "):
        docs[doc].append(line[len("# text = "):].rstrip("\n"))
for name, lines in docs.items():
    if name.startswith("GUM_news_"):
        open(os.path.join(out, name + ".txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
echo "A short line." >"$OUT/speed-tiny.txt"
tokens=$(cat "$OUT"/speed/*.txt | "$KGB" tokenize - | grep -cv '^\(#\|$\)')
now() { date +%s.%N; }
t0=$(now); "$KGB" extract "$OUT/speed-tiny.txt" >/dev/null; t1=$(now)
"$KGB" extract "$OUT"/speed/*.txt -o "$OUT/speed.json"; t2=$(now)
python3 - "$tokens" "$t0" "$t1" "$t2" <<'PY'
import sys
tokens, t0, t1, t2 = int(sys.argv[1]), *map(float, sys.argv[2:])
load, total = t1 - t0, t2 - t1
print(f"{tokens} tokens in {total:.2f} s ({tokens / total:,.0f} tokens/s with start-up); "
      f"start-up and model loading {load:.2f} s; without it {tokens / max(total - load, 1e-9):,.0f} tokens/s")
PY
# Per stage (kg_bench_pipeline_timing, built with the bench helpers).
if [ -x "$BUILD/bench/kg_bench_pipeline_timing" ]; then
  echo
  echo "== time per stage, same texts, models loaded once"
  "$BUILD/bench/kg_bench_pipeline_timing" "$OUT"/speed/*.txt
fi
