#!/usr/bin/env bash
# Rebuilds every shipped statistical model (data/models/*.bin) from the UD English
# treebanks the licences permit (../shared/README.md): EWT train and the CC BY part of
# GUM train, with EWT dev for model selection, and UniversalNER's labels of EWT dev
# (CC BY-SA 4.0) for the entity tagger. Deterministic (fixed seed); about
# 30 minutes on 2 cores.
#
#   bash scripts/train-models.sh [BUILD_DIR] [OUT_DIR]   (defaults: build, data/models)
# The UD files are read from $KG_SHARED_DIR/ud (default: ../shared/ud).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="${2:-$root/data/models}"
shared="${KG_SHARED_DIR:-$root/../shared}"
[[ -x "$build/kgb" ]] || { echo "no kgb binary in $build (run scripts/build.sh first)" >&2; exit 1; }

ner_labels=()
# UniversalNER labels of EWT dev: the entity tagger learns from three quarters of its
# documents, picks its epoch count on the fourth, then learns from all of them.
ner_iob2="$shared/ner/uner-en_ewt-ud-dev.iob2"
[[ -f "$ner_iob2" ]] && ner_labels=(--ner-dev "$ner_iob2" --ner-train "$ner_iob2" --ner-train-copies 3 --ner-ensemble 4)

treebanks=(--train "$shared/ud/en_ewt-ud-train.conllu" "$shared/ud/en_gum-open-ud-train.conllu"
           --dev "$shared/ud/en_ewt-ud-dev.conllu")
"$build/kgb" train "${treebanks[@]}" --components tokenizer,tagger,lemmatizer,parser \
  --out "$out" --seed 1 --threads 2
# The entity tagger learns from the treebanks' own tags: jackknifed tags measured no
# better on UniversalNER (bench/README.md) and cost a quarter of an hour.
"$build/kgb" train "${treebanks[@]}" --components ner --jackknife 0 "${ner_labels[@]}" \
  --out "$out" --seed 1
