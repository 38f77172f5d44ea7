#!/usr/bin/env python3
"""Rebuilds a treebank's raw text from a gold CoNLL-U file: the `# text` lines of a
paragraph joined by spaces, paragraphs (`# newpar`, `# newdoc`) separated by blank lines.

Usage: raw_text.py GOLD.conllu > RAW.txt
"""
import sys

out, paragraph = [], []


def flush():
    if paragraph:
        out.append(" ".join(paragraph))
        paragraph.clear()


for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("# newdoc") or line.startswith("# newpar"):
        flush()
    elif line.startswith("# text = "):
        paragraph.append(line[len("# text = "):].rstrip("\n"))
flush()
sys.stdout.write("\n\n".join(out) + "\n")
