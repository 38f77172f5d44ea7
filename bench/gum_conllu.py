"""GUM's CoNLL-U for the bench scripts: documents, sentences, and the entity mentions
of the MISC column ("Entity=(1-person-giv-...", "...1)")."""
import collections
import re


def read_documents(path):
    """The documents of a CoNLL-U file, each a list of sentences; a sentence is the list
    of its words' 10-column rows (multiword-token and empty-node lines left out)."""
    docs, sentence = [], []

    def end_sentence():
        if sentence:
            if not docs:
                docs.append([])
            docs[-1].append(list(sentence))
            sentence.clear()

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newdoc"):
            end_sentence()
            docs.append([])
            continue
        if not line:
            end_sentence()
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        sentence.append(cols)
    end_sentence()
    return docs


def entity_mentions(sentences):
    """The mentions of one document that lie within a sentence, as (sentence, begin, end,
    entity id, type) in the order they close, and the type of each entity id where it is
    first opened."""
    mentions, types, opened = [], {}, collections.defaultdict(list)
    for s, rows in enumerate(sentences):
        for i, row in enumerate(rows):
            m = re.search(r"Entity=([^|]*)", row[9])
            if not m:
                continue
            value = m.group(1)
            for tok in re.finditer(r"\(([^()]*)|(\d+)\)", value):
                if tok.group(1) is not None:
                    fields = tok.group(1).split("-")
                    eid, etype = fields[0], fields[1]
                    types.setdefault(eid, etype)
                    if tok.end() < len(value) and value[tok.end()] == ")":
                        mentions.append((s, i, i + 1, eid, etype))
                    else:
                        opened[eid].append((s, i, etype))
                elif opened[tok.group(2)]:
                    s0, b, etype = opened[tok.group(2)].pop()
                    if s0 == s:
                        mentions.append((s, b, i + 1, tok.group(2), etype))
    return mentions, types
