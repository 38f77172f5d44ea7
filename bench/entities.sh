#!/usr/bin/env bash
# Entity recognition, coreference and canonical entities, measured on the treebanks and
# the seed article of ../shared (not part of the product):
#   - NER span F1 (PER, ORG, LOC) on UniversalNER EWT test and on GUM test's named
#     entities, from raw tokens (tagged and parsed by the pipeline) and with gold syntax;
#   - coreference on GUM test (bench/coref_eval.py: MUC, B-cubed, pronouns);
#   - typed-entity F1 of `kgb extract` graphs on the seed and on the article sets with
#     gold graphs: bench/dev, bench/dev-fresh and bench/holdout (score.py).
#
#   bash bench/entities.sh [BUILD_DIR]      (default build/; or KGB=/path/to/kgb)
set -euo pipefail
cd "$(dirname "$0")/.."
KGB=${KGB:-${1:-build}/kgb}
SHARED=${KG_SHARED_DIR:-../shared}
OUT=${OUT:-out/bench-entities}
mkdir -p "$OUT"

for syntax in predicted gold; do
  flag=""
  [ "$syntax" = gold ] && flag="--gold-syntax"
  echo "== UniversalNER EWT test, $syntax syntax"
  "$KGB" ner --conllu $flag --format iob2 "$SHARED/ud/en_ewt-ud-test.conllu" -o "$OUT/ewt-test.$syntax.iob2"
  python3 bench/ner_eval.py "$OUT/ewt-test.$syntax.iob2" --uner "$SHARED/ner/uner-en_ewt-ud-test.iob2"
  echo "== GUM test named entities, $syntax syntax"
  "$KGB" ner --conllu $flag --format iob2 "$SHARED/ud/en_gum-ud-test.conllu" -o "$OUT/gum-test.$syntax.iob2"
  python3 bench/ner_eval.py "$OUT/gum-test.$syntax.iob2" --gum "$SHARED/ud/en_gum-ud-test.conllu"
  echo "== GUM test coreference, $syntax syntax"
  "$KGB" ner --conllu $flag --format json "$SHARED/ud/en_gum-ud-test.conllu" -o "$OUT/gum-test.$syntax.jsonl"
  python3 bench/coref_eval.py "$OUT/gum-test.$syntax.jsonl" "$SHARED/ud/en_gum-ud-test.conllu"
  echo
done

echo "== seed article: typed entities of kgb extract"
"$KGB" extract "$SHARED/eval/seed/north-korea-un.txt" -o "$OUT/north-korea-un.json"
python3 "$SHARED/eval/score.py" "$SHARED/eval/seed/north-korea-un.gold.json" "$OUT/north-korea-un.json" ${VERBOSE:+--verbose} | grep -v relation
for set in dev dev-fresh holdout; do
  [ -d "bench/$set" ] || continue
  echo "== bench/$set articles"
  mkdir -p "$OUT/$set"
  for text in bench/$set/*.txt; do
    "$KGB" extract "$text" -o "$OUT/$set/$(basename "$text" .txt).json"
  done
  python3 "$SHARED/eval/score.py" --gold-dir "bench/$set" --system-dir "$OUT/$set" ${VERBOSE:+--verbose} | grep -v relation
done
