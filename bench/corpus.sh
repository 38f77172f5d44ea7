#!/usr/bin/env bash
# Corpus build benchmark: end-to-end `kgb build` speed on one core and on all cores,
# model load time, peak memory, and graph write/read times, printed as one table.
#
#   bench/corpus.sh [KGB] [MIN_WORDS]
#
# KGB defaults to build/kgb; MIN_WORDS (default 1000000) sizes the corpus: the `# text`
# sentences of ../shared/ud/*.conllu, one document per `# newdoc`, as JSON Lines with
# dates, repeated under new ids until the corpus holds MIN_WORDS words.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kgb=$(realpath "${1:-$here/../build/kgb}")
min_words=${2:-1000000}
ud="$here/../../shared/ud"
[ -x "$kgb" ] || { echo "no kgb binary at $kgb" >&2; exit 1; }
[ -d "$ud" ] || { echo "no treebanks at $ud" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }
cores=$(nproc)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$ud" "$min_words" >"$work/corpus.jsonl" <<'EOF'
import datetime, glob, json, os, sys
ud, min_words = sys.argv[1], int(sys.argv[2])
documents = []  # (id, [sentences])
for path in sorted(glob.glob(os.path.join(ud, "*.conllu"))):
    name = os.path.basename(path).removesuffix(".conllu")
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc"):
                doc_id = line.split("=", 1)[1].strip() if "=" in line else str(len(documents))
                current = (f"{name}/{doc_id}", [])
                documents.append(current)
            elif line.startswith("# text ="):
                if current is None:
                    current = (f"{name}/0", [])
                    documents.append(current)
                current[1].append(line.split("=", 1)[1].strip())
words, copy, n = 0, 0, 0
start = datetime.date(2024, 1, 1)
while words < min_words:
    copy += 1
    for doc_id, sentences in documents:
        text = " ".join(sentences)
        date = start + datetime.timedelta(days=n % 366)
        print(json.dumps({"id": f"{doc_id}#{copy}", "title": doc_id, "date": date.isoformat(),
                          "source": "UD treebank", "text": text}, ensure_ascii=False))
        words += len(text.split())
        n += 1
EOF

documents=$(wc -l <"$work/corpus.jsonl")
words=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1])))' "$work/corpus.jsonl")
megabytes=$(du -m "$work/corpus.jsonl" | cut -f1)

# Model load: one tiny article, --verbose reports the pipeline's load time.
printf 'The United States accused North Korea of testing a missile.\n' >"$work/tiny.txt"
load_ms=$("$kgb" build --verbose -j 1 "$work/tiny.txt" -o "$work/tiny.json" 2>&1 | sed -n 's/.*loaded the pipeline in \([0-9.]*\) ms.*/\1/p')

# Busy CPU seconds of the whole machine so far (all processes, all cores).
busy_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat
}

# run JOBS: builds the corpus under /usr/bin/time; prints "wall_seconds cpu_seconds
# rss_kb others_cpu_seconds", the last being what other processes used meanwhile.
run() {
  local busy_before busy_after
  busy_before=$(busy_seconds)
  /usr/bin/time -v -o "$work/time.$1" "$kgb" build --quiet -j "$1" "$work/corpus.jsonl" -o "$work/graph.$1.json"
  busy_after=$(busy_seconds)
  local wall cpu rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.$1" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time.$1")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.$1")
  echo "$wall $cpu $rss $(awk -v a="$busy_after" -v b="$busy_before" -v c="$cpu" 'BEGIN { o = a - b - c; print (o > 0 ? o : 0) }')"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r t1 c1 rss1 o1 < <(run 1)
read -r tn cn rssn on < <(run "$cores")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
identical=no
cmp -s "$work/graph.1.json" "$work/graph.$cores.json" && identical=yes

# Graph read and write: kgb merge of the one result reads, copies and writes it.
"$kgb" merge --verbose "$work/graph.1.json" -o "$work/copy.json" 2>"$work/merge.log"
read_s=$(sed -n 's/.*read .* in \([0-9.]*\) s, merged.*/\1/p' "$work/merge.log")
write_s=$(sed -n 's/.*wrote .* in \([0-9.]*\) s.*/\1/p' "$work/merge.log")
graph_mb=$(du -m "$work/graph.1.json" | cut -f1)
counts=$(sed -n 's/.*merged 1 graphs: //p' "$work/merge.log")

awk -v w="$words" -v d="$documents" -v t1="$t1" -v tn="$tn" -v c1="$c1" -v cn="$cn" -v o1="$o1" -v on="$on" -v r1="$rss1" -v rn="$rssn" \
  -v n="$cores" -v load="$load_ms" -v rs="$read_s" -v ws="$write_s" -v mb="$megabytes" -v gmb="$graph_mb" \
  -v counts="$counts" -v same="$identical" -v before="$load_before" -v after="$load_after" 'BEGIN {
  printf "corpus: %d documents, %d words, %d MB of JSON Lines\n", d, w, mb
  printf "load average (1, 5, 15 min) before: %s; after: %s\n\n", before, after
  printf "| measure | -j 1 | -j %d |\n|---|---:|---:|\n", n
  printf "| wall time (s, end to end) | %.2f | %.2f |\n", t1, tn
  printf "| words/s | %d | %d |\n", w / t1, w / tn
  printf "| documents/s | %d | %d |\n", d / t1, d / tn
  printf "| speed-up (wall) | 1.00x | %.2fx |\n", t1 / tn
  printf "| CPU time (s, user + system) | %.2f | %.2f |\n", c1, cn
  printf "| words per CPU second | %d | %d |\n", w / c1, w / cn
  printf "| other processes meanwhile (CPU s) | %.1f | %.1f |\n", o1, on
  printf "| peak RSS (MB) | %d | %d |\n", r1 / 1024, rn / 1024
  printf "\n| other | value |\n|---|---:|\n"
  printf "| model load (ms) | %s |\n", load
  printf "| graph JSON write (s) | %s |\n", ws
  printf "| graph JSON read (s) | %s |\n", rs
  printf "| graph | %s, %d MB |\n", counts, gmb
  printf "| -j 1 and -j %d outputs byte-identical | %s |\n", n, same
}'
