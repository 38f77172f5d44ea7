#!/usr/bin/env bash
# Accuracy of the shipped language core (tokenizer, tagger, lemmatizer, parser) on the
# EWT and GUM test files, scored CoNLL 2018 style by bench/ud_eval.py:
#   gold tokenization: `kgb parse --conllu TEST` (gold words and sentences, everything
#                      else predicted anew);
#   raw text:          `kgb parse TEXT` on the text rebuilt from the "# text" lines (a
#                      blank line at "# newpar"/"# newdoc", a space between sentences).
# Prints each evaluation and a summary table of F1 scores (the LAS of ud_eval, like the
# shared task's, compares universal relations: nsubj:pass counts as nsubj).
#
#   bash bench/accuracy.sh [BUILD_DIR]     (default: build; or set KGB=/path/to/kgb)
# The models come from data/ (or KGB_DATA_DIR).
set -euo pipefail
source "$(dirname "$0")/ud_setup.bash"

f1() {  # ud_eval output, metric -> F1
  awk -F'|' -v m="$2" '{ gsub(/ /, "", $1) } $1 == m { gsub(/ /, "", $4); print $4 }' "$1"
}

summary=()
for treebank in en_ewt-ud-test en_gum-ud-test; do
  gold="$shared/$treebank.conllu"
  echo "== $treebank, gold tokenization: kgb parse --conllu"
  "$kgb" parse --conllu "$gold" -o "$work/$treebank.gold-tok.conllu"
  /usr/bin/python3 "$here/ud_eval.py" "$gold" "$work/$treebank.gold-tok.conllu" \
    --metrics UPOS,XPOS,UFeats,Lemmas,UAS,LAS,CLAS | tee "$work/gold.txt"
  summary+=("| $treebank | gold tokens | | | $(f1 "$work/gold.txt" UPOS) | $(f1 "$work/gold.txt" XPOS) | $(f1 "$work/gold.txt" Lemmas) | $(f1 "$work/gold.txt" UAS) | $(f1 "$work/gold.txt" LAS) |")

  echo "== $treebank, raw text: kgb parse"
  raw_text "$gold" > "$work/$treebank.txt"
  "$kgb" parse "$work/$treebank.txt" -o "$work/$treebank.raw.conllu"
  /usr/bin/python3 "$here/ud_eval.py" "$gold" "$work/$treebank.raw.conllu" \
    --metrics Tokens,Sentences,Words,UPOS,XPOS,UFeats,Lemmas,UAS,LAS,CLAS | tee "$work/raw.txt"
  summary+=("| $treebank | raw text | $(f1 "$work/raw.txt" Tokens) | $(f1 "$work/raw.txt" Sentences) | $(f1 "$work/raw.txt" UPOS) | $(f1 "$work/raw.txt" XPOS) | $(f1 "$work/raw.txt" Lemmas) | $(f1 "$work/raw.txt" UAS) | $(f1 "$work/raw.txt" LAS) |")
done

echo
echo "| test file | input | Tokens | Sentences | UPOS | XPOS | Lemma | UAS | LAS |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${summary[@]}"
