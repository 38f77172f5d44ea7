#!/usr/bin/env bash
# Tokenizer and sentence splitter accuracy from raw text, CoNLL 2018 style.
# For each test treebank, rebuilds the raw text from its "# text" lines (a blank line
# between paragraphs and documents, "# newpar"/"# newdoc"; a space between sentences
# otherwise), runs `kgb tokenize` on it and scores Tokens, Sentences and Words with
# bench/ud_eval.py against the gold file. Also prints the tokenizer's speed.
#
#   bash bench/tokenizer_eval.sh [BUILD_DIR]      (default: build)
set -euo pipefail
source "$(dirname "$0")/ud_setup.bash"

for treebank in en_ewt-ud-test en_gum-ud-test; do
  gold="$shared/$treebank.conllu"
  raw_text "$gold" > "$work/$treebank.txt"
  start=$(date +%s.%N)
  "$kgb" tokenize "$work/$treebank.txt" -o "$work/$treebank.conllu"
  end=$(date +%s.%N)
  tokens=$(grep -cP '^\d+\t' "$work/$treebank.conllu")
  seconds=$(echo "$end - $start" | bc)
  echo "== $treebank: $(wc -c < "$work/$treebank.txt") bytes, $tokens words; kgb tokenize took $seconds s" \
       "($(echo "$tokens / $seconds" | bc) words/s, including start-up, reading and writing CoNLL-U)"
  /usr/bin/python3 "$here/ud_eval.py" "$gold" "$work/$treebank.conllu" --metrics Tokens,Sentences,Words
done
