#!/usr/bin/env python3
"""Rebuilds the development articles (bench/dev/NAME.txt) from GUM's CoNLL-U.

The development set is a few Wikinews documents of GUM (CC BY, see
../shared/ud/LICENSE-GUM.txt), annotated by hand in bench/dev/NAME.gold.json following
../shared/eval/GUIDELINES.md. Their text is rebuilt from the "# text" lines: sentences of
one paragraph ("# newpar") joined by a space, paragraphs separated by a blank line.

Usage: bench/dev/make_texts.py [GUM_CONLLU]   (default ../shared/ud/en_gum-open-ud-train.conllu)
"""
import os
import sys

DOCS = {"GUM_news_korea": "gum-korea", "GUM_news_asylum": "gum-asylum",
        "GUM_news_hackers": "gum-hackers", "GUM_news_imprisoned": "gum-imprisoned",
        "GUM_news_questionnaire": "gum-questionnaire", "GUM_news_afghan": "gum-afghan",
        "GUM_news_taxes": "gum-taxes", "GUM_news_election": "gum-election"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "ud",
                                                                 "en_gum-open-ud-train.conllu")
    paragraphs = {}
    doc = None
    with open(source, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                doc = line[len("# newdoc id = "):].strip()
                paragraphs[doc] = []
            elif doc in DOCS and line.startswith("# newpar") and not line.startswith("# newpar_block"):
                paragraphs[doc].append([])
            elif doc in DOCS and line.startswith("# text = "):
                if not paragraphs[doc]:
                    paragraphs[doc].append([])
                paragraphs[doc][-1].append(line[len("# text = "):])
    for doc, name in DOCS.items():
        text = "\n\n".join(" ".join(p) for p in paragraphs[doc] if p) + "\n"
        with open(os.path.join(here, name + ".txt"), "w", encoding="utf-8") as out:
            out.write(text)
        print(f"{name}.txt: {len(text.split())} words")


if __name__ == "__main__":
    main()
