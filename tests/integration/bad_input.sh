#!/usr/bin/env bash
# Bad input gets exactly one line on stderr naming the file (and the position where
# there is one), exit 1 (2 for usage errors), and no output file, not even a partial one.
source "$(dirname "$0")/common.bash"
require "$PYTHON"

cd "$WORK"
mkdir out

# Inputs, each broken in one way.
head -c 700 "$EXAMPLE" >truncated.json
"$PYTHON" - "$EXAMPLE" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8"))
wrong = json.loads(json.dumps(graph))
del wrong["entities"][2]["label"]                         # a required field missing
json.dump(wrong, open("no-label.json", "w"), indent=1)
wrong = json.loads(json.dumps(graph))
wrong["relations"][1]["weight"] = "heavy"                 # a field of the wrong type
json.dump(wrong, open("bad-weight.json", "w"), indent=1)
wrong = json.loads(json.dumps(graph))
wrong["relations"][0]["target"] = "state:NOWHERE"         # a relation to no entity
json.dump(wrong, open("dangling.json", "w"), indent=1)
# Invalid UTF-8 inside a label: the bytes of "Ukraine" with an 0xFF in the middle.
text = json.dumps(graph, ensure_ascii=False, indent=1).encode("utf-8")
open("bad-utf8.json", "wb").write(text.replace(b'"Ukraine"', b'"Ukr\xffine"', 1))
open("binary.json", "wb").write(bytes(range(256)) * 4)
PY
: >empty.json
printf 'not a graph\n' >notes.txt
"$KGB" convert "$EXAMPLE" good.graphml
head -c 900 good.graphml >truncated.graphml
# A document with an unclosed element
sed 's#</graph>##' good.graphml >unclosed.graphml

expect_error 1 'truncated\.json:.*(byte|offset|line)' convert truncated.json out/g.graphml
expect_error 1 'no-label\.json:/entities/2' convert no-label.json out/g.graphml
expect_error 1 'bad-weight\.json:/relations/1' convert bad-weight.json out/g.graphml
expect_error 1 'dangling\.json:.*(/relations/0|NOWHERE)' convert dangling.json out/g.graphml
expect_error 1 'bad-utf8\.json:.*byte [0-9]+.*UTF-8' convert bad-utf8.json out/g.graphml
expect_error 1 'binary\.json:' convert binary.json out/g.graphml
expect_error 1 'empty\.json:' convert empty.json out/g.graphml
expect_error 1 'missing\.json' convert missing.json out/g.graphml
expect_error 1 'truncated\.graphml:.*line [0-9]+' convert truncated.graphml out/g.json
expect_error 1 'unclosed\.graphml:.*line [0-9]+' convert unclosed.graphml out/g.json
expect_error 1 'notes\.txt' convert notes.txt out/g.json                  # unknown input format
expect_error 1 'g\.xyz' convert "$EXAMPLE" out/g.xyz                       # unknown output format
expect_error 1 'missing\.json' stats missing.json
expect_error 1 'truncated\.json:' query truncated.json --subject Russia
expect_error 1 'bad-utf8\.json:.*byte [0-9]+' neighbors bad-utf8.json Russia

# Usage errors: exit 2, one line naming the problem.
expect_error 2 '--bogus' convert "$EXAMPLE" out/g.json --bogus
expect_error 2 'OUT' convert "$EXAMPLE"
expect_error 2 'yaml' convert "$EXAMPLE" out/g.json --format yaml
expect_error 2 'needs --format' convert "$EXAMPLE" -
expect_error 2 'needs --from' stats -
expect_error 2 'frobnicate' frobnicate
expect_error 2 'GRAPH' stats
expect_error 2 'B' path "$EXAMPLE" Russia

# A failed conversion leaves an existing output file as it was, and no temporary files.
echo "previous content" >out/keep.graphml
run_kgb convert truncated.json out/keep.graphml
[ "$status" -eq 1 ] || fail "convert of a truncated file exited $status"
[ "$(cat out/keep.graphml)" = "previous content" ] || fail "a failed convert changed the existing output file"
[ "$(ls -A out)" = "keep.graphml" ] || fail "a failed convert left files behind: $(ls -A out)"

echo "ok: every kind of bad input gives one line, the right exit code and no output"
