#!/usr/bin/env python3
"""Coreference of `kgb ner --format json` output against GUM's coreference annotation.

Usage: coref_eval.py SYSTEM.jsonl GOLD.conllu

kgb finds only some mentions (names, pronouns, descriptions of known entities), so it
is scored on the mentions it finds that match a gold mention (same sentence, same head
word; the head is the word whose syntactic head lies outside the span):
  - MUC and B-cubed over those mentions, gold chains restricted to them;
  - pronoun resolution: of the third-person pronouns kgb resolves, how many point to an
    entity that has a mention in the pronoun's gold chain (precision), and how many of
    the gold anaphoric third-person pronouns (with an earlier non-pronoun mention in their
    chain) kgb resolves correctly (recall); recall again for the pronouns whose chain
    names a person, organization or place (a proper-noun head), the ones a graph needs.
Documents are paired in order (the JSON Lines hold one object per GUM document).
"""
import collections
import json
import sys

from gum_conllu import entity_mentions, read_documents

PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "they", "them", "their", "theirs", "themselves"}


def read_gum(path):
    out = []
    for sentences in read_documents(path):
        found, types = entity_mentions(sentences)
        mentions = [(s, b, e, eid) for s, b, e, eid, _ in found]  # (sentence, begin, end, chain)
        heads, named = {}, set()
        for s, b, e, eid in mentions:
            rows_ = sentences[s]
            h = next((i for i in range(b, e) if not (b <= int(rows_[i][6]) - 1 < e)), b)
            heads.setdefault((s, h), (eid, b))
            if rows_[h][4] in ("NNP", "NNPS") and types.get(eid) in ("person", "organization", "place"):
                named.add(eid)
        out.append({"sentences": sentences, "heads": heads, "mentions": mentions, "named": named})
    return out


def head_of(rows, b, e):
    return next((i for i in range(b, e) if not (b <= int(rows[i][6]) - 1 < e)), b)


def muc(key, response):
    """MUC recall of partition `key` against `response` (dicts mention -> cluster)."""
    clusters = collections.defaultdict(set)
    for m, c in key.items():
        clusters[c].add(m)
    num = den = 0
    for members in clusters.values():
        parts = {response.get(m, ("single", m)) for m in members}
        num += len(members) - len(parts)
        den += len(members) - 1
    return num, den


def b3(key, response):
    kc, rc = collections.defaultdict(set), collections.defaultdict(set)
    for m, c in key.items():
        kc[c].add(m)
    for m, c in response.items():
        rc[c].add(m)
    total = 0.0
    for m in key:
        total += len(kc[key[m]] & rc[response[m]]) / len(kc[key[m]])
    return total, len(key)


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    system = [json.loads(l) for l in open(argv[0], encoding="utf-8") if l.strip()]
    gold = read_gum(argv[1])
    if len(system) != len(gold):
        print(f"{len(system)} system documents, {len(gold)} gold documents", file=sys.stderr)
        return 1
    muc_r = [0, 0]
    muc_p = [0, 0]
    b3_r = [0.0, 0]
    b3_p = [0.0, 0]
    pron_resolved = pron_correct = 0
    named_anaphoric = named_correct = 0
    aligned_total = found_total = 0
    gold_anaphoric = 0
    for sd, gd in zip(system, gold):
        key, response, pronoun_of = {}, {}, {}
        for m in sd["mentions"]:
            if not m["entity"]:
                continue
            s = m["sentence"]
            b, e = m["tokens"]
            found_total += 1
            h = head_of(gd["sentences"][s], b, e)
            g = gd["heads"].get((s, h))
            if not g:
                continue
            aligned_total += 1
            mid = (s, h)
            key[mid] = g[0]
            response[mid] = m["entity"]
            if e - b == 1 and m["text"].lower() in PRONOUNS and m["source"] == "coref":
                pronoun_of[mid] = g[0]
        for mid, chain in pronoun_of.items():
            pron_resolved += 1
            ent = response[mid]
            if any(key[o] == chain and response[o] == ent for o in key if o != mid and o < mid):
                pron_correct += 1
                named_correct += chain in gd["named"]
        # Gold anaphoric third-person pronouns: an earlier non-pronoun mention in the chain.
        first_nominal = {}
        for s, b, e, eid in sorted(gd["mentions"]):
            words = [r[1].lower() for r in gd["sentences"][s][b:e]]
            if not (len(words) == 1 and words[0] in PRONOUNS):
                first_nominal.setdefault(eid, (s, b))
        for s, b, e, eid in gd["mentions"]:
            if e - b == 1 and gd["sentences"][s][b][1].lower() in PRONOUNS and eid in first_nominal and first_nominal[eid] < (s, b):
                gold_anaphoric += 1
                named_anaphoric += eid in gd["named"]
        for total, (n, d) in ((muc_r, muc(key, response)), (muc_p, muc(response, key)),
                              (b3_r, b3(key, response)), (b3_p, b3(response, key))):
            total[0] += n
            total[1] += d
    mr = muc_r[0] / muc_r[1] if muc_r[1] else 0.0
    mp = muc_p[0] / muc_p[1] if muc_p[1] else 0.0
    br = b3_r[0] / b3_r[1] if b3_r[1] else 0.0
    bp = b3_p[0] / b3_p[1] if b3_p[1] else 0.0
    print(f"mentions: {found_total} linked by kgb, {aligned_total} match a gold mention")
    print(f"MUC      P {mp:.3f}  R {mr:.3f}  F1 {f1(mp, mr):.3f}   (on the matched mentions)")
    print(f"B-cubed  P {bp:.3f}  R {br:.3f}  F1 {f1(bp, br):.3f}   (on the matched mentions)")
    pp = pron_correct / pron_resolved if pron_resolved else 0.0
    pr = pron_correct / gold_anaphoric if gold_anaphoric else 0.0
    print(f"pronouns P {pp:.3f}  R {pr:.3f}  F1 {f1(pp, pr):.3f}   ({pron_correct} correct of {pron_resolved} resolved; "
          f"{gold_anaphoric} gold anaphoric third-person pronouns)")
    nr = named_correct / named_anaphoric if named_anaphoric else 0.0
    print(f"pronouns of named people, organizations and places: R {nr:.3f}   ({named_correct} correct of "
          f"{named_anaphoric} gold)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
