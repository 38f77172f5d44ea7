#!/usr/bin/env python3
"""Builds data/gazetteer.tsv, the entity names kgb recognizes by lookup.

Sources: Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json: official,
common and short country names, alpha-3 codes) and our own lists in data/lexicon/
(countries.tsv: labels, demonyms, capitals, informal names and Wikidata ids of the
sovereign states; organizations.tsv; places.tsv).

Output lines (tab-separated), entities first:
  E  ID  TYPE  LABEL  ATTRIBUTES(key=value;...)
  N  ID  PHRASE  KIND        KIND: name, acronym, demonym, capital
Usage: scripts/build-gazetteer.py [--iso FILE] [--data DIR]
"""
import argparse
import json
import os
import re
import sys
import unicodedata


def slug(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("'", "").replace("\u2019", "").replace(".", "")
    return re.sub(r"[^a-z0-9+]+", "-", text).strip("-")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield number, line.split("\t")


def values(column):
    return [v.strip() for v in column.split("|") if v.strip()]


def attributes(column):
    out = {}
    for item in column.split(";"):
        if "=" in item:
            k, v = item.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def plural_demonyms(adjectives):
    out = list(adjectives)
    for a in adjectives:
        if " " not in a and re.search(r"(an|i|o|a)$", a) and a + "s" not in out:
            out.append(a + "s")
        if " " in a and re.search(r"(an|i|o)$", a) and a + "s" not in out:
            out.append(a + "s")  # "North Koreans", "South Africans"
    return out


def iso_names(entry):
    names = []
    for key in ("common_name", "name", "official_name"):
        name = entry.get(key)
        if not name or "," in name:
            continue
        name = re.sub(r"\s*\(.*\)$", "", name)
        name = re.sub(r"^the ", "", name)
        names.append(name)
    return names


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    parser.add_argument("--data", default=os.path.join(here, "..", "data"))
    args = parser.parse_args()
    lexicon = os.path.join(args.data, "lexicon")
    with open(args.iso, encoding="utf-8") as f:
        iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}

    entities = []  # (id, type, label, attrs, [(phrase, kind)])

    def add(eid, etype, label, attrs, names):
        seen, unique = set(), []
        for phrase, kind in [(label, "name")] + names:
            if phrase and (phrase, kind) not in seen and phrase not in {p for p, _ in unique}:
                seen.add((phrase, kind))
                unique.append((phrase, kind))
        entities.append((eid, etype, label, attrs, unique))

    states = set()
    for number, cols in rows(os.path.join(lexicon, "countries.tsv")):
        if len(cols) != 6:
            sys.exit(f"countries.tsv:{number}: expected 6 columns, found {len(cols)}")
        code, label, other, adjectives, capitals, wikidata = cols
        states.add(code)
        names = [(n, "name") for n in iso_names(iso.get(code, {}))]
        for n in values(other):
            kind = "acronym" if re.fullmatch(r"[A-Z.]+", n) else "name"
            names.append((n, kind))
        names += [(a, "demonym") for a in plural_demonyms(values(adjectives))]
        names += [(c, "capital") for c in values(capitals)]
        attrs = {"iso3": code}
        if wikidata:
            attrs["wikidata"] = wikidata
        add(f"state:{code}", "State", label, attrs, names)

    for code, entry in sorted(iso.items()):
        if code in states:
            continue
        names = iso_names(entry)
        if not names:
            continue
        add(f"loc:{slug(names[0])}", "Location", names[0], {"iso3": code}, [(n, "name") for n in names[1:]])

    for number, cols in rows(os.path.join(lexicon, "places.tsv")):
        if len(cols) != 3:
            sys.exit(f"places.tsv:{number}: expected 3 columns, found {len(cols)}")
        label, aliases, attrs = cols
        add(f"loc:{slug(label)}", "Location", label, attributes(attrs), [(a, "name") for a in values(aliases)])

    for number, cols in rows(os.path.join(lexicon, "organizations.tsv")):
        if len(cols) != 3:
            sys.exit(f"organizations.tsv:{number}: expected 3 columns, found {len(cols)}")
        label, aliases, attrs = cols
        names = [(a, "acronym" if re.fullmatch(r"[A-Z.+\-0-9]+", a) else "name") for a in values(aliases)]
        add(f"org:{slug(label)}", "Organization", label, attributes(attrs), names)

    ids = [e[0] for e in entities]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        sys.exit(f"duplicate ids: {sorted(duplicates)}")
    out_path = os.path.join(args.data, "gazetteer.tsv")
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/build-gazetteer.py from Debian iso-codes and data/lexicon/; do not edit.\n")
        for eid, etype, label, attrs, _ in entities:
            attr_text = ";".join(f"{k}={v}" for k, v in sorted(attrs.items()))
            out.write(f"E\t{eid}\t{etype}\t{label}\t{attr_text}\n")
        for eid, _, _, _, names in entities:
            for phrase, kind in names:
                out.write(f"N\t{eid}\t{phrase}\t{kind}\n")
    os.replace(tmp, out_path)
    print(f"{out_path}: {len(entities)} entities, {sum(len(e[4]) for e in entities)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
