#!/usr/bin/env bash
# kgb parse: raw text and gold-tokenized CoNLL-U in, CoNLL-U out (# text, TokenRange in
# MISC, one root per sentence); the same input gives the same output; bad input gets
# one line naming the file, and no output file.
source "$(dirname "$0")/common.bash"

cd "$WORK"
mkdir out

# Checks CoNLL-U: 10 columns, a root per sentence, heads inside the sentence.
check_conllu() {
  "$PYTHON" - "$1" <<'PY'
import sys
sentences, words, roots = [], [], 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if words:
            sentences.append(words)
        words = []
        continue
    if line.startswith("#"):
        continue
    cols = line.split("\t")
    assert len(cols) == 10, line
    if "-" in cols[0]:
        continue
    words.append(cols)
if words:
    sentences.append(words)
assert sentences, "no sentences"
for s in sentences:
    n = len(s)
    heads = [int(w[6]) for w in s]
    assert heads.count(0) == 1, s
    assert all(0 <= h <= n for h in heads), s
    assert all(w[7] != "_" and w[3] != "_" and w[2] != "_" for w in s), s
PY
}

printf 'Nebenzia rejected a U.S. allegation.\n\nSanctions were imposed by the council.\n' >news.txt
run_kgb parse news.txt
[ "$status" -eq 0 ] || fail "kgb parse news.txt: exit $status: $(cat err.txt)"
grep -q '^# text = Nebenzia rejected a U.S. allegation.$' out.txt || fail "no # text: $(cat out.txt)"
grep -q $'^1\tNebenzia\t.*\tTokenRange=0:8$' out.txt || fail "no TokenRange for Nebenzia: $(cat out.txt)"
check_conllu out.txt || fail "malformed CoNLL-U: $(cat out.txt)"
cp out.txt first.conllu

# Standard input (no document id then): the same words, tags and trees.
run_kgb parse - <news.txt
[ "$status" -eq 0 ] || fail "kgb parse -: exit $status: $(cat err.txt)"
cmp -s <(grep -v '^#' out.txt) <(grep -v '^#' first.conllu) || fail "stdin output differs from the file's"

# Gold-tokenized CoNLL-U: tokens and sentences kept, tags and trees predicted anew.
"$PYTHON" - first.conllu >gold.conllu <<'PY'
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if len(cols) == 10 and cols[0].isdigit():
        cols[2:8] = ["WRONG", "X", "X", "_", "0", "dep"]  # annotations that must not survive
        line = "\t".join(cols) + "\n"
    sys.stdout.write(line)
PY
run_kgb parse --conllu gold.conllu -o out/reparsed.conllu
[ "$status" -eq 0 ] || fail "kgb parse --conllu: exit $status: $(cat err.txt)"
check_conllu out/reparsed.conllu || fail "malformed CoNLL-U: $(cat out/reparsed.conllu)"
! grep -q 'WRONG' out/reparsed.conllu || fail "input lemmas survived: $(cat out/reparsed.conllu)"
[ "$(grep -c $'^[0-9]*\t' out/reparsed.conllu)" -eq "$(grep -c $'^[0-9]*\t' first.conllu)" ] || fail "word count changed"
diff <(cut -f2,7,8 first.conllu) <(cut -f2,7,8 out/reparsed.conllu) >/dev/null || fail "parse differs from raw-text parse"
rm out/reparsed.conllu

# Bad input: one line, exit 1, no output file.
: >empty.txt
printf 'x\xffy\n' >bad-utf8.txt
printf '1\tword\n' >bad.conllu
expect_error 1 'missing\.txt' parse missing.txt -o out/x.conllu
expect_error 1 'empty\.txt' parse empty.txt -o out/x.conllu
expect_error 1 'bad-utf8\.txt.*byte 1' parse bad-utf8.txt -o out/x.conllu
expect_error 1 'bad\.conllu.*line 1' parse --conllu bad.conllu -o out/x.conllu
expect_error 2 'no-such-option' parse --no-such-option news.txt
echo "ok"
