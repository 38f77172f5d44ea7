#!/usr/bin/env python3
"""Builds data/names.tsv, the name lists the entity tagger reads as features.

Sources (Debian packages, read at development time only; the output ships in data/):
  - libtext-names-perl (/usr/share/perl5/Text/Names.pm): the US Census 1990 lists of
    common male and female first names and surnames;
  - libgweather-4-common (/usr/share/libgweather-4/Locations.xml): cities of the world
    and the states and provinces they are in;
  - iso-codes (/usr/share/iso-codes/json/iso_3166-2.json): names of country subdivisions;
  - wordnet-base (/usr/share/wordnet/data.noun): WordNet 3.0's capitalized nouns: named
    people and places ("Winston Churchill", "Danube"), groups ("NATO", "Marx Brothers"),
    kinds of people ("American") and things written with capitals ("TV", "GDP");
  - wamerican-large (/usr/share/dict/american-english-large): words the dictionary
    writes only capitalized (proper) and words it writes in lower case (common).

Output lines (tab-separated, sorted): CLASS  NAME, where CLASS is one of given-m,
given-f, surname, city, region, person, place, group, kind, thing, proper, common. Names keep their
written case ("Anita", "New York").
Usage: scripts/build-name-lists.py [--out FILE]
"""
import argparse
import json
import re
import sys

TEXT_NAMES = "/usr/share/perl5/Text/Names.pm"
LOCATIONS = "/usr/share/libgweather-4/Locations.xml"
ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"
WORDNET_NOUNS = "/usr/share/wordnet/data.noun"
DICTIONARY = "/usr/share/dict/american-english-large"
# WordNet lexicographer files of named instances: noun.person, noun.location, noun.object
# (rivers, mountains), noun.group (organizations, bands).
WORDNET_FILES = {18: "person", 15: "place", 17: "place", 14: "group"}


def census_names(source, variable):
    """The names of one heredoc list of Text::Names ("SMITH 1.006 1.006 1 ...")."""
    match = re.search(r"^\$" + variable + r" = <<ENDNAMES;\n(.*?)^ENDNAMES", source, re.S | re.M)
    if not match:
        sys.exit(f"{TEXT_NAMES}: no ${variable} list")
    names = []
    for line in match.group(1).splitlines():
        # A line may hold several "NAME freq cumulative rank" groups.
        names += re.findall(r"([A-Z][A-Z'-]+)\s+[\d.]+\s+[\d.]+\s+\d+", line)
    return [n.capitalize() if "'" not in n else n.title() for n in names]


def element_names(xml, element):
    """Translatable names (<_name>) directly inside each <element> of Locations.xml."""
    names = []
    for block in re.finditer(r"<" + element + r">(.*?)</" + element + ">", xml, re.S):
        inner = re.sub(r"<(city|location|state)>.*?</\1>", "", block.group(1), flags=re.S)
        names += re.findall(r"<_?name(?: [^>]*)?>([^<]+)</_?name>", inner)
    return names


def wordnet_names():
    """(list, name) of the capitalized lemmas of WordNet's noun synsets: named people and
    places (instances, @i), groups (NATO, FBI, the Beatles), kinds of people (American,
    Democrat) and things written with capitals (TV, GDP, DNA)."""
    rows = set()
    for line in open(WORDNET_NOUNS, encoding="latin-1"):
        if line.startswith("  "):  # licence header
            continue
        fields = line.split(" | ")[0].split()
        lexicographer_file, count = int(fields[1]), int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        pointers = fields[4 + 2 * count:]
        instance = "@i" in [pointers[1 + 4 * i] for i in range(int(pointers[0]))]
        kind = WORDNET_FILES.get(lexicographer_file)
        if kind == "group":
            pass
        elif instance and kind:
            pass
        elif instance:
            continue  # named works, events, eras
        elif lexicographer_file == 18:
            kind = "kind"
        else:
            kind = "thing"
        for w in words:
            name = re.sub(r"\(.*?\)$", "", w).replace("_", " ")
            if name[:1].isupper():
                rows.add((kind, name))
    return rows


def dictionary_words():
    """(list, word): "proper" for words written only capitalized, "common" for lower case."""
    words = [w.strip() for w in open(DICTIONARY, encoding="utf-8") if "'" not in w]
    lower = {w for w in words if w[:1].islower()}
    rows = {("common", w) for w in lower}
    rows |= {("proper", w) for w in words if w[:1].isupper() and w.lower() not in lower}
    return rows


def clean(name):
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    return name if name and len(name) > 1 and "," not in name and "/" not in name else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="data/names.tsv")
    args = parser.parse_args()
    rows = set()
    perl = open(TEXT_NAMES, encoding="latin-1").read()
    male = set(census_names(perl, "COMMON_MALE_FIRSTNAMES"))
    female = set(census_names(perl, "COMMON_FEMALE_FIRSTNAMES"))
    rows |= {("given-m", n) for n in male} | {("given-f", n) for n in female}
    rows |= {("surname", n) for n in census_names(perl, "COMMON_SURNAMES")}
    xml = open(LOCATIONS, encoding="utf-8").read()
    rows |= {("city", n) for n in map(clean, element_names(xml, "city")) if n}
    rows |= {("region", n) for n in map(clean, element_names(xml, "state")) if n}
    subdivisions = json.load(open(ISO_3166_2, encoding="utf-8"))["3166-2"]
    rows |= {("region", n) for n in (clean(s["name"]) for s in subdivisions) if n}
    rows |= wordnet_names()
    rows |= dictionary_words()
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/build-name-lists.py from Debian's libtext-names-perl (US Census\n"
                  "# 1990 name lists), libgweather-4-common (Locations.xml), iso-codes,\n"
                  "# wordnet-base (WordNet 3.0) and wamerican-large; do not edit.\n")
        for cls, name in sorted(rows):
            out.write(f"{cls}\t{name}\n")
    counts = {c: sum(1 for r in rows if r[0] == c) for c in sorted({r[0] for r in rows})}
    print(f"wrote {args.out}: {counts}")


if __name__ == "__main__":
    main()
