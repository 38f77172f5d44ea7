#!/usr/bin/env bash
# query, neighbors, path and stats give the expected answers on the example graph;
# names match labels and aliases in any case; unknown names suggest near matches.
source "$(dirname "$0")/common.bash"

# expect_line TEXT: stdout of the last run_kgb has TEXT as a whole line.
expect_line() {
  grep -Fxq -- "$1" "$WORK/out.txt" || fail "expected the line '$1' in:
$(cat "$WORK/out.txt")"
}
expect_ok() {
  run_kgb "$@"
  [ "$status" -eq 0 ] || fail "kgb $*: exit $status: $(cat "$WORK/err.txt")"
}

# --version and --help
expect_ok --version
grep -Eq '^kgb [0-9]+\.[0-9]+\.[0-9]+$' "$WORK/out.txt" || fail "--version printed: $(cat "$WORK/out.txt")"
for command in convert stats query neighbors path; do
  expect_ok "$command" --help
  grep -q "kgb $command" "$WORK/out.txt" || fail "$command --help does not show its usage"
done

# query: a subject in another case, a type; evidence with document, sentence and text.
expect_ok query "$EXAMPLE" --subject "kim song" --type accuses
expect_line "Kim Song --accuses--> United States  (weight 1)"
grep -Eq '^    north-korea-un\.txt, sentence [0-9]+: "He accused the United States of double standards, .*"$' "$WORK/out.txt" \
  || fail "query printed no evidence line: $(cat "$WORK/out.txt")"
[ "$(grep -c -- '-->' "$WORK/out.txt")" -eq 1 ] || fail "expected one hit: $(cat "$WORK/out.txt")"

# An alias as the object; modality shown when not asserted.
expect_ok query "$EXAMPLE" --object pyongyang --type sanctions --no-evidence
expect_line "United States --sanctions--> North Korea  (proposed, agent officials, weight 1)"
expect_line "United Nations --sanctions--> North Korea  (weight 1)"
[ "$(wc -l <"$WORK/out.txt")" -eq 2 ] || fail "expected two hits: $(cat "$WORK/out.txt")"

# attributed_to is shown by the label of the entity whose claim it is.
expect_ok query "$EXAMPLE" --subject DPRK --type deploys_to --object Kursk --no-evidence
expect_line "North Korea --deploys_to--> Kursk region  (attributed to Dorothy Camille Shea, agent troops, weight 1)"

# --json: the hits as a graph document that kgb reads again.
expect_ok query "$EXAMPLE" --subject Nebenzia --json
cp "$WORK/out.txt" "$WORK/hits.json"
expect_ok stats "$WORK/hits.json"
expect_line "relations: $(grep -c . <("$KGB" query "$EXAMPLE" --subject Nebenzia --no-evidence))"
expect_line "documents: 1"

# No hit is not an error.
expect_ok query "$EXAMPLE" --subject Japan --object Israel
[ ! -s "$WORK/out.txt" ] || fail "expected no hits: $(cat "$WORK/out.txt")"

# neighbors: every relation of the entity, read from it.
expect_ok neighbors "$EXAMPLE" "KIM JONG UN"
expect_line "Kim Jong Un (Person, person:kim-jong-un): 3 relations"
expect_line "  Kim Jong Un <--praises-- Vassily Nebenzia  (weight 1)"
expect_line "  Kim Jong Un --leader_of--> North Korea  (weight 1)"
expect_line "  Kim Jong Un <--criticizes-- Joonkook Hwang  (weight 1)"

# path: hop by hop, each hop read from where the walk is.
expect_ok path "$EXAMPLE" "Kim Song" Hwang
expect_line "Kim Song to Joonkook Hwang: 2 hops"
expect_line "  1. Kim Song --works_for--> North Korea  (weight 1)"
expect_line "  2. North Korea <--criticizes-- Joonkook Hwang  (weight 1)"
expect_ok path "$EXAMPLE" Russia Moscow
expect_line "Russia to Russia: 0 hops"

# stats
expect_ok stats "$EXAMPLE" --top 3
expect_line "documents: 1"
expect_line "entities:  18"
grep -Eq '^  North Korea \(State, state:PRK\) +[0-9]+$' "$WORK/out.txt" || fail "North Korea is not among the top 3: $(cat "$WORK/out.txt")"

# Unknown names and types: exit 1, one line, near matches suggested.
expect_error_line() {
  local regex=$1
  shift
  run_kgb "$@"
  [ "$status" -eq 1 ] || fail "kgb $*: exit $status, expected 1"
  [ "$(wc -l <"$WORK/err.txt")" -eq 1 ] || fail "kgb $*: expected one line on stderr: $(cat "$WORK/err.txt")"
  grep -Eq -- "$regex" "$WORK/err.txt" || fail "kgb $*: '$(cat "$WORK/err.txt")' does not match '$regex'"
}
expect_error_line "no entity named 'Kim Jong'; did you mean .*'Kim Jong Un'" neighbors "$EXAMPLE" "Kim Jong"
expect_error_line "no entity named 'Nebenzya'; did you mean 'Nebenzia \(Vassily Nebenzia\)'" query "$EXAMPLE" --subject Nebenzya
expect_error_line "no entity named 'Atlantis'$" path "$EXAMPLE" Atlantis Russia
expect_error_line "no relation has type 'acuses'; did you mean 'accuses'" query "$EXAMPLE" --type acuses

echo "ok: query, neighbors, path and stats answer as expected"
