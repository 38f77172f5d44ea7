# Shared set-up for the integration tests (sourced, not a test itself: ctest runs *.sh).
# ctest sets KGB (the kgb binary), KG_SOURCE_DIR and KG_BINARY_DIR; run by hand, the
# defaults point at the source tree and build/.
set -euo pipefail
KG_SOURCE_DIR=${KG_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
KGB=${KGB:-$KG_SOURCE_DIR/build/kgb}
EXAMPLE=$KG_SOURCE_DIR/examples/north-korea-un.graph.json
PYTHON=/usr/bin/python3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Skips the test (exit 77) when a tool it needs is missing.
require() {
  command -v "$1" >/dev/null 2>&1 || { echo "SKIP: $1 is not installed" >&2; exit 77; }
}
require_networkx() {
  [ -x "$PYTHON" ] && "$PYTHON" -c 'import networkx' 2>/dev/null || { echo "SKIP: python3-networkx is not installed" >&2; exit 77; }
}

# Runs kgb, keeping stdout in $WORK/out.txt, stderr in $WORK/err.txt and the exit code in $status.
run_kgb() {
  status=0
  "$KGB" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" || status=$?
}

# A graph whose labels need escaping in every format: quotes, backslashes, a newline,
# a tab, angle brackets and ampersands, non-ASCII letters and an emoji.
write_tricky_graph() {
  cat >"$1" <<'JSON'
{"documents": [{"id": "d\"1", "title": "Quotes \"and\" <tags> & more", "date": "2025-01-08", "source": "C:\\news\\a.txt"}],
 "entities": [
  {"id": "e:1", "label": "Say \"hi\" \\ back", "type": "Person", "aliases": ["a, b", "semi;colon"], "attributes": {"note": "x=1 & y<2"}},
  {"id": "e:2", "label": "Two\nlines\tand tab", "type": "State", "aliases": [], "attributes": {}},
  {"id": "e:3", "label": "Pyeongyang 평양 — Ürümqi 🚀", "type": "Location", "aliases": ["Ürümqi"], "attributes": {}},
  {"id": "e:4", "label": "<b>&amp;</b>", "type": "Organization", "aliases": [], "attributes": {}}
 ],
 "relations": [
  {"source": "e:1", "target": "e:2", "type": "accuses", "weight": 2.5,
   "evidence": [{"document": "d\"1", "sentence": 0, "start": 0, "end": 10, "text": "He said \"no\"\\n."}]},
  {"source": "e:2", "target": "e:3", "type": "open:look_at", "polarity": "negative", "modality": "alleged", "attributed_to": "e:1",
   "evidence": []},
  {"source": "e:3", "target": "e:4", "type": "member_of", "evidence": []}
 ]}
JSON
}

# Runs kgb from $WORK expecting a failure: exit `code`, exactly one stderr line matching
# `regex`, nothing on stdout, and no file left in $WORK/out.
expect_error() {
  local code=$1 regex=$2
  shift 2
  run_kgb "$@"
  local what="kgb $*"
  [ "$status" -eq "$code" ] || fail "$what: exit $status, expected $code; stderr: $(cat err.txt)"
  [ "$(wc -l <err.txt)" -eq 1 ] || fail "$what: expected one line on stderr, got: $(cat err.txt)"
  grep -Eq -- "$regex" err.txt || fail "$what: stderr '$(cat err.txt)' does not match '$regex'"
  [ ! -s out.txt ] || fail "$what: wrote to stdout: $(head -c 200 out.txt)"
  [ -z "$(ls -A out)" ] || fail "$what: left files behind in out/: $(ls -A out)"
}
