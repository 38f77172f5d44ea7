#!/usr/bin/env bash
# kgb ner: mentions with type, character span, text and canonical entity in every
# output format; bad input gets one line naming the file, and no output file.
source "$(dirname "$0")/common.bash"

cd "$WORK"
mkdir out

printf 'North Korea\xe2\x80\x99s U.N. Ambassador, Kim Song, criticized the U.S. on Monday.\n' >news.txt

# Text: one line per mention, then the entities with their ids and aliases.
run_kgb ner news.txt
[ "$status" -eq 0 ] || fail "kgb ner news.txt: exit $status: $(cat err.txt)"
grep -Eq '^ +0-11 +State +North Korea +North Korea \[state:PRK\]' out.txt || fail "no North Korea mention at 0-11: $(cat out.txt)"
grep -q 'Kim Song \[person:kim-song\]' out.txt || fail "no Kim Song: $(cat out.txt)"
grep -q 'U.S. .*United States \[state:USA\]' out.txt || fail "no U.S. for the United States: $(cat out.txt)"
grep -Eq 'person:kim-song +Person +Kim Song.*title=U.N. Ambassador' out.txt || fail "no title: $(cat out.txt)"

# Standard input, TSV with code point offsets (the curly apostrophe is one character).
run_kgb ner --format tsv - <news.txt
[ "$status" -eq 0 ] || fail "kgb ner --format tsv: exit $status: $(cat err.txt)"
head -1 out.txt | grep -q $'^start\tend\ttype\ttext\tentity\tlabel\tsource$' || fail "tsv header: $(head -1 out.txt)"
grep -q $'^31\t39\tPerson\tKim Song\tperson:kim-song\tKim Song\t' out.txt || fail "tsv Kim Song: $(cat out.txt)"

# JSON Lines, one object per document, parsed by Python's json.
run_kgb ner --format json news.txt -o out/news.jsonl
[ "$status" -eq 0 ] || fail "kgb ner --format json: exit $status: $(cat err.txt)"
"$PYTHON" - out/news.jsonl <<'PY' || fail "json output"
import json, sys
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
assert len(docs) == 1 and docs[0]["document"] == "news.txt", docs
kim = [m for m in docs[0]["mentions"] if m["text"] == "Kim Song"][0]
assert kim["entity"] == "person:kim-song" and kim["start"] == 31 and kim["sentence"] == 0, kim
prk = [e for e in docs[0]["entities"] if e["id"] == "state:PRK"][0]
assert prk["attributes"]["iso3"] == "PRK", prk
PY
rm out/news.jsonl

# IOB2 over given tokens, for scoring against UniversalNER.
cat >tokens.conllu <<'CONLLU'
# text = Kim Song visited Moscow.
1	Kim	_	_	_	_	_	_	_	_
2	Song	_	_	_	_	_	_	_	_
3	visited	_	_	_	_	_	_	_	_
4	Moscow	_	_	_	_	_	_	_	SpaceAfter=No
5	.	_	_	_	_	_	_	_	_

CONLLU
run_kgb ner --conllu --format iob2 tokens.conllu
[ "$status" -eq 0 ] || fail "kgb ner --conllu: exit $status: $(cat err.txt)"
[ "$(sed -n 1,2p out.txt | cut -f3 | tr '\n' ' ')" = "B-PER I-PER " ] || fail "iob2: $(cat out.txt)"

# Bad input.
printf 'Moscow backs \xff Pyongyang.\n' >bad-utf8.txt
: >empty.txt
printf '1\tKim\n' >broken.conllu
expect_error 1 'bad-utf8.txt:byte 13: invalid UTF-8' ner bad-utf8.txt -o out/x.txt
expect_error 1 'empty.txt' ner empty.txt -o out/x.txt
expect_error 1 'missing.txt' ner missing.txt -o out/x.txt
expect_error 1 'broken.conllu:line 1' ner --conllu broken.conllu -o out/x.txt
expect_error 2 'gold-syntax needs --conllu' ner --gold-syntax news.txt -o out/x.txt
expect_error 2 'format' ner --format xml news.txt -o out/x.txt
expect_error 2 'kgb ner' ner --frobnicate news.txt
echo "ok"
