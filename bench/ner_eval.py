#!/usr/bin/env python3
"""Span F1 of `kgb ner --format iob2` output against gold named entities.

Usage:
  ner_eval.py SYSTEM.iob2 --uner GOLD.iob2      UniversalNER labels (PER, ORG, LOC)
  ner_eval.py SYSTEM.iob2 --gum GOLD.conllu     GUM's entity annotation (MISC Entity=):
                                                named mentions (proper-noun head) of people,
                                                organizations and places as PER, ORG, LOC
Sentences are paired by their words (UniversalNER lists them in its own order).
Prints precision, recall and F1 per type and overall (exact span and type).
"""
import collections
import os
import sys

from gum_conllu import entity_mentions, read_documents


def read_iob2(path):
    sents, words, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])
    if words:
        sents.append((words, tags))
    return sents


def spans(tags):
    out, start, kind = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != kind):
            if start is not None:
                out.add((start, i, kind))
            start, kind = (i, t[2:]) if t != "O" else (None, None)
    return out


GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
# Titles before a person's name are not part of it (as UniversalNER marks names), as in
# src/entities/person_name.cpp: its honorifics and the one-word titles of
# data/lexicon/titles.tsv; after a title's complement ("Minister of Education") the name
# starts at the first given name, or is the last two words.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mister", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
              "rev", "reverend", "fr", "father", "sister", "gen", "col", "capt", "lt", "sgt", "sen", "rep",
              "gov", "judge", "saint"}
TITLES = {line.split("\t")[0].lower()
          for line in open(os.path.join(os.path.dirname(__file__), "..", "data", "lexicon", "titles.tsv"),
                           encoding="utf-8")
          if line.strip() and not line.startswith("#")}


def person_name_start(words, b, e):
    cut = max((i + 1 for i in range(b, e) if is_title(words[i])), default=b)
    if cut == b or cut >= e:
        return b
    if words[cut][:1].islower():
        given = next((i for i in range(cut + 1, e) if words[i] in GIVEN), None)
        cut = given if given is not None else max(cut + 1, e - 2)
    return cut if cut < e and words[cut][:1].isupper() else b


DATA = os.path.join(os.path.dirname(__file__), "..", "data")
GIVEN = {line.split("\t")[0] for line in open(os.path.join(DATA, "lexicon", "given-names.tsv"), encoding="utf-8")
         if line.strip() and not line.startswith("#")}
GIVEN |= {line.rstrip("\n").split("\t")[1] for line in open(os.path.join(DATA, "names.tsv"), encoding="utf-8")
          if line.startswith("given-")}


def is_title(word):
    word = word.lower()
    return word.rstrip(".") in HONORIFICS or word in TITLES


def read_gum(path):
    """Named PER/ORG/LOC spans of GUM sentences, as in src/entities/gum_entities.cpp."""
    sents = []
    for sentences in read_documents(path):
        raws = collections.defaultdict(list)
        for s, b, e, _, etype in entity_mentions(sentences)[0]:
            raws[s].append((b, e, etype))
        for s, rows in enumerate(sentences):
            sents.append(named_spans(rows, raws[s]))
    return sents


def named_spans(rows, raws):
    """The words of a sentence and the named core of each of its mentions (b, e, type)."""
    words = [r[1] for r in rows]
    proper = lambda i: rows[i][4] in ("NNP", "NNPS")
    conn = lambda i, person: rows[i][1] in (("-", "de") if person else ("of", "the", "and", "&", "-", "de", "for", "on"))
    names = []
    for b, e, t in raws:
        if t not in GUM_TYPES:
            continue
        head = next((i for i in range(b, e) if not (b <= int(rows[i][6]) - 1 < e)), b)
        if not proper(head) or (t == "person" and rows[head][4] == "NNPS"):
            continue
        s, x, person = head, head + 1, t == "person"
        while s > b and (proper(s - 1) or (conn(s - 1, person) and s - 1 > b and proper(s - 2))):
            s -= 1
        while x < e and (proper(x) or (conn(x, person) and x + 1 < e and proper(x + 1))):
            x += 1
        if person:
            s = person_name_start(words, s, x)
        names.append((s, x, GUM_TYPES[t]))
    kept = []
    for n in sorted(names, key=lambda n: n[0] - n[1]):
        if all(n[1] <= k[0] or k[1] <= n[0] for k in kept):
            kept.append(n)
    return words, set(kept)


def main(argv):
    if len(argv) != 3 or argv[1] not in ("--uner", "--gum"):
        print(__doc__, file=sys.stderr)
        return 2
    system = read_iob2(argv[0])
    gold = [(w, spans(t)) for w, t in read_iob2(argv[2])] if argv[1] == "--uner" else read_gum(argv[2])
    by_words = collections.defaultdict(list)
    for words, tags in system:
        by_words[tuple(words)].append(spans(tags))
    counts = collections.defaultdict(lambda: [0, 0, 0])  # tp, predicted, gold
    unmatched = 0
    for words, g in gold:
        candidates = by_words.get(tuple(words))
        if not candidates:
            unmatched += 1
            continue
        p = candidates.pop(0)
        for kind in ("PER", "ORG", "LOC"):
            gk = {s for s in g if s[2] == kind}
            pk = {s for s in p if s[2] == kind}
            counts[kind][0] += len(gk & pk)
            counts[kind][1] += len(pk)
            counts[kind][2] += len(gk)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for kind, (tp, pred, gold_n) in list(sorted(counts.items())) + [("all", total)]:
        p = tp / pred if pred else 0.0
        r = tp / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:4} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {gold_n}, predicted {pred})")
    if unmatched:
        print(f"({unmatched} gold sentences without a system sentence of the same words)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
