#!/usr/bin/env bash
# Installs, from Debian's packages, whatever kgb's build, tests and examples need
# and this machine lacks. Safe to run again: it installs nothing when all is present.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config
  libboost-graph-dev rapidjson-dev libfmt-dev libcli11-dev libutf8proc-dev libxml2-dev
  libgtest-dev libgmock-dev
  iso-codes graphviz libxml2-utils python3 python3-networkx time
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
