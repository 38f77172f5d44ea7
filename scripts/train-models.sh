#!/usr/bin/env bash
# Rebuilds every shipped statistical model (data/models/*.bin) from the UD English
# treebanks the licences permit (../shared/README.md): EWT train and the CC BY part of
# GUM train, with EWT dev for model selection only. Deterministic (fixed seed); about
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

ner_dev=()
# UniversalNER labels of EWT dev, for the entity tagger's model selection only.
[[ -f "$shared/ner/uner-en_ewt-ud-dev.iob2" ]] && ner_dev=(--ner-dev "$shared/ner/uner-en_ewt-ud-dev.iob2")

"$build/kgb" train \
  --train "$shared/ud/en_ewt-ud-train.conllu" "$shared/ud/en_gum-open-ud-train.conllu" \
  --dev "$shared/ud/en_ewt-ud-dev.conllu" \
  "${ner_dev[@]}" \
  --out "$out" --seed 1 --threads 2
