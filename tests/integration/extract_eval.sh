#!/usr/bin/env bash
# kgb extract and kgb eval at the command line: bad articles and gold files get one
# line on stderr naming the file and position, exit 1, and no output file; a user
# ontology is checked against its schema; eval reports like score.py.
source "$(dirname "$0")/common.bash"

cd "$WORK"
mkdir out
DATA=$KG_SOURCE_DIR/tests/data/relations

printf 'Moscow backs Pyongyang.\n' >good.txt
printf 'Moscow backs \xff Pyongyang.\n' >bad-utf8.txt
printf 'Moscow\0backs\0Pyongyang\n' >binary.txt
: >empty.txt
printf ' \n\t\n' >blank.txt
printf '{"predicates": [{"name": "buys", "cues": [{"verb": "buy", "object": ["wallet"]}]}]}' >bad-ontology.json
printf '{"predicates": [' >broken-ontology.json

expect_error 1 '^kgb: error: bad-utf8\.txt:byte 13: invalid UTF-8' extract good.txt bad-utf8.txt -o out/g.json
expect_error 1 '^kgb: error: binary\.txt:byte 6: ' extract binary.txt -o out/g.json
expect_error 1 '^kgb: error: empty\.txt' extract empty.txt -o out/g.json
expect_error 1 '^kgb: error: blank\.txt' extract blank.txt
expect_error 1 '^kgb: error: bad-ontology\.json:/predicates/0/cues/0/object/0: ' extract good.txt --ontology bad-ontology.json -o out/g.json
expect_error 1 '^kgb: error: broken-ontology\.json:byte [0-9]+: invalid JSON' extract good.txt --ontology broken-ontology.json
expect_error 2 '' extract good.txt --no-such-option
expect_error 2 '' extract

# --open adds open:<lemma> relations on a whole article without losing the typed ones.
run_kgb extract --open "$KG_SOURCE_DIR/examples/north-korea-un.txt"
[ "$status" -eq 0 ] || fail "extract --open: exit $status: $(cat err.txt)"
grep -q '"type": *"open:' out.txt || fail "extract --open: no open relation"
grep -q '"type": *"accuses"' out.txt || fail "extract --open: typed relations missing"

# eval: same report as score.py (the expected text was written by score.py).
run_kgb eval --gold "$DATA/eval/harbor.gold.json" "$DATA/eval/harbor.json" --verbose
[ "$status" -eq 0 ] || fail "eval: exit $status: $(cat err.txt)"
diff out.txt "$DATA/eval/harbor.expected.txt" >/dev/null || fail "eval report differs from score.py's: $(diff out.txt "$DATA/eval/harbor.expected.txt")"
run_kgb eval --gold-dir "$DATA/eval" --system-dir "$DATA/eval" --verbose
diff out.txt "$DATA/eval/directory.expected.txt" >/dev/null || fail "eval --gold-dir report differs from score.py's"
run_kgb eval --gold "$DATA/eval/harbor.gold.json" "$DATA/eval/harbor.json"
[ "$(tail -1 out.txt)" = "relation F1 0.757" ] || fail "eval without --verbose: last line '$(tail -1 out.txt)'"
head -c 100 "$DATA/eval/harbor.json" >truncated.json
expect_error 1 '^kgb: error: truncated\.json:byte [0-9]+: invalid JSON' eval --gold "$DATA/eval/harbor.gold.json" truncated.json
expect_error 2 '' eval --gold "$DATA/eval/harbor.gold.json"
echo "ok"
