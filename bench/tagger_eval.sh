#!/usr/bin/env bash
# Tagger and lemmatizer on UD English with gold tokens (see bench/README.md).
#   bench/tagger_eval.sh train   # kgb train: data/models/{tagger,lemmatizer}.bin from the permitted treebanks
#   bench/tagger_eval.sh eval    # UPOS/XPOS/UFeats/Lemma accuracy, speed and load time on EWT and GUM test
# Env: BUILD_DIR (default build), KG_SHARED_DIR (default ../shared), MODELS (default data/models).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
ud=${KG_SHARED_DIR:-$root/../shared}/ud
models=${MODELS:-$root/data/models}
[[ -d $ud ]] || { echo "no UD treebanks at $ud" >&2; exit 77; }

case ${1:-eval} in
  train)
    log=$(cmake --build "$build" --target kgb 2>&1) || { echo "$log" >&2; exit 1; }
    mkdir -p "$models"
    time "$build/kgb" train --components tagger,lemmatizer \
      --train "$ud/en_ewt-ud-train.conllu" "$ud/en_gum-open-ud-train.conllu" \
      --dev "$ud/en_ewt-ud-dev.conllu" --out "$models"
    ls -l "$models/tagger.bin" "$models/lemmatizer.bin"
    ;;
  eval)
    # A small program over the library: gold tokens in, tags and lemmas compared word by word.
    log=$(cmake --build "$build" --target kg_syntax kg_text kg_core 2>&1) || { echo "$log" >&2; exit 1; }
    c++ -std=c++20 -O2 -I"$root/include" "$root/bench/tagger_eval.cpp" \
      "$build/libkg_syntax.a" "$build/libkg_text.a" "$build/libkg_core.a" -lfmt -lutf8proc -o "$build/tagger_eval"
    "$build/tagger_eval" eval "$models/tagger.bin" "$models/lemmatizer.bin" \
      "$ud/en_ewt-ud-test.conllu" "$ud/en_gum-ud-test.conllu"
    ls -l "$models/tagger.bin" "$models/lemmatizer.bin"
    ;;
  *)
    echo "usage: $0 train|eval" >&2
    exit 2
    ;;
esac
