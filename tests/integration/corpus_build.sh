#!/usr/bin/env bash
# kgb build and kgb merge with the real pipeline: the same bytes for any -j, shards
# merged equal one build, --into skips known articles and keeps the old graph when
# nothing can be built, bad articles are reported by id and skipped, stdin works,
# and nothing but warnings reaches stderr when it is not a terminal.
source "$(dirname "$0")/common.bash"
cd "$WORK"

expect_ok() {
  run_kgb "$@"
  [ "$status" -eq 0 ] || fail "kgb $*: exit $status: $(cat err.txt)"
}

# A small corpus: the two example reports as text files, and short articles as JSON Lines.
mkdir -p corpus/reports
cp "$KG_SOURCE_DIR"/examples/north-korea-un.txt "$KG_SOURCE_DIR"/examples/maritime-dispute.txt corpus/reports/
cat >corpus/wire.jsonl <<'JSONL'
{"id": "w1", "date": "2025-02-03", "title": "Talks", "source": "wire", "text": "Japan condemned North Korea for the missile launch on Monday. South Korea warned Pyongyang against further tests."}
{"id": "w2", "date": "2025-01-15", "text": "The United States imposed sanctions on Russia. Japan condemned North Korea again."}
{"id": "w3", "date": "2025-03-20", "text": "China supported Russia at the United Nations. Japan condemned North Korea after the test."}
JSONL

expect_ok build corpus -j 1 -o one.json
[ ! -s out.txt ] || fail "build wrote to stdout: $(head -c 200 out.txt)"
grep -q $'\r' err.txt && fail "progress line written although stderr is not a terminal"
grep -Eq '^kgb: built 5 documents' err.txt || fail "no summary: $(cat err.txt)"
for jobs in 2 4; do
  expect_ok build corpus -j "$jobs" --quiet -o "j$jobs.json"
  [ ! -s err.txt ] || fail "--quiet printed: $(cat err.txt)"
  cmp -s one.json "j$jobs.json" || fail "-j $jobs output differs from -j 1"
done
"$PYTHON" - one.json <<'PY' || fail "graph of the corpus lacks cross-document merging"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(g["documents"]) == 5, g["documents"]
ids = [e["id"] for e in g["entities"]]
assert len(ids) == len(set(ids)), "an entity appears twice"
# Some relation is supported by more than one document, with dates from the articles.
multi = [r for r in g["relations"] if len({e["document"] for e in r["evidence"]}) > 1]
assert multi, "no relation merged across documents"
dated = [r for r in g["relations"] if r.get("first_seen")]
assert dated, "no relation has first_seen"
for r in dated:
    assert r["first_seen"] <= r["last_seen"], r
PY

# Shards built separately and merged equal the whole corpus built at once.
expect_ok build corpus/reports -o shard1.json
expect_ok build corpus/wire.jsonl -o shard2.graphml
expect_ok merge shard1.json shard2.graphml -o merged.json
cmp -s one.json merged.json || fail "merged shards differ from the single build"

# Incremental: the reports first, then everything --into it: same graph, wire articles only processed.
expect_ok build corpus/reports -o grown.json
expect_ok build --into grown.json corpus --verbose
grep -q 'already in the graph' err.txt || fail "--into did not report the known articles: $(cat err.txt)"
cmp -s one.json grown.json || fail "incremental build differs from the single build"

# Bad articles are reported by id and skipped; the rest builds (exit 0).
printf 'Japan \xff\xfe condemned North Korea.' >corpus/broken.txt
: >corpus/empty.txt
printf '{"id": "w4", "text": "Russia\\u0000 warned Japan."}\n{"id": \n' >corpus/more.jsonl
expect_ok build corpus -o with-bad.json
grep -Eq 'warning: skipped article corpus/broken.txt: invalid UTF-8 at byte 6' err.txt || fail "broken.txt not reported: $(cat err.txt)"
grep -Eq 'warning: skipped article corpus/empty.txt: empty' err.txt || fail "empty.txt not reported: $(cat err.txt)"
grep -Eq 'warning: skipped article w4 \(corpus/more.jsonl:line 1\): binary' err.txt || fail "w4 not reported: $(cat err.txt)"
grep -Eq 'warning: skipped corpus/more.jsonl:line 2' err.txt || fail "malformed line not reported: $(cat err.txt)"

# Nothing buildable: exit 1, and the --into graph is left byte for byte.
cp one.json before.json
run_kgb build --into one.json corpus/broken.txt corpus/empty.txt
[ "$status" -eq 1 ] || fail "all-bad build exited $status"
grep -q 'no article could be built' err.txt || fail "no error for an all-bad build: $(cat err.txt)"
cmp -s one.json before.json || fail "a failed --into build changed the graph"
[ -z "$(ls -A | grep -i tmp)" ] || fail "temporary files left: $(ls -A)"

# An interrupted --into build leaves the old graph as it was.
"$PYTHON" - >many.jsonl <<'PY'
import json
text = ("Japan condemned North Korea for the missile launch on Monday. "
        "South Korea warned Pyongyang against further tests. ") * 20
for i in range(3000):
    print(json.dumps({"id": f"many-{i}", "text": text}))
PY
cp one.json before.json
"$KGB" build --into one.json many.jsonl -j 1 --quiet 2>err.txt &
pid=$!
sleep 0.5
if kill -TERM "$pid" 2>/dev/null; then
  status=0
  wait "$pid" || status=$?
  [ "$status" -ne 0 ] || fail "an interrupted build exited 0"
  cmp -s one.json before.json || fail "an interrupted --into build changed the graph"
  [ -z "$(ls -A | grep -i tmp)" ] || fail "temporary files left: $(ls -A)"
else
  wait "$pid" || true
  echo "note: the build ended before it could be interrupted; interruption not checked" >&2
  cp before.json one.json
fi

# stdin: JSON Lines, or one text.
head -n 2 corpus/wire.jsonl | "$KGB" build - -o stdin-jsonl.json 2>err.txt || fail "stdin JSONL: $(cat err.txt)"
[ "$("$PYTHON" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["documents"]))' stdin-jsonl.json)" = 2 ] ||
  fail "stdin JSON Lines did not give 2 documents"
"$KGB" build - -o - <corpus/reports/maritime-dispute.txt >stdin-text.json 2>err.txt || fail "stdin text: $(cat err.txt)"
grep -q '"stdin-' stdin-text.json || fail "stdin text not named by its content"

# Usage errors.
run_kgb build corpus
[ "$status" -eq 2 ] || fail "build without -o or --into exited $status"
run_kgb build no-such-dir -o x.json
[ "$status" -eq 1 ] && grep -q 'no-such-dir' err.txt || fail "missing input: exit $status, $(cat err.txt)"
expect_ok build --help
grep -q 'Exit status' out.txt || fail "build --help does not explain the exit status"

# Determinism on a few hundred real documents, when the treebanks are at hand: the
# same bytes for -j 1, 2 and 4 (a component keeping per-thread or per-address state
# across documents would show here).
ud="$KG_SOURCE_DIR/../shared/ud/en_ewt-ud-train.conllu"
if [ -f "$ud" ]; then
  "$PYTHON" - "$ud" >ud.jsonl <<'PY'
import json, sys
docs = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("# newdoc"):
        docs.append([])
    elif line.startswith("# text =") and docs:
        docs[-1].append(line.split("=", 1)[1].strip())
for i, sentences in enumerate(docs[:300]):
    print(json.dumps({"id": f"ewt-{i}", "text": " ".join(sentences)}))
PY
  for jobs in 1 2 4; do
    expect_ok build ud.jsonl -j "$jobs" --quiet -o "ud$jobs.json"
  done
  cmp -s ud1.json ud2.json || fail "treebank documents: -j 2 output differs from -j 1"
  cmp -s ud1.json ud4.json || fail "treebank documents: -j 4 output differs from -j 1"
else
  echo "note: $ud not found; skipped the determinism check on treebank documents" >&2
fi
