#!/usr/bin/python3
"""Scores a system CoNLL-U file against a gold one the way the CoNLL 2018 shared task did.

System and gold words are aligned by their character spans over the concatenated
non-whitespace text (multiword tokens by the longest common subsequence of their
words' forms), so the scores hold for any tokenization of the same text.

    python3 bench/ud_eval.py GOLD.conllu SYSTEM.conllu [--metrics Tokens,Sentences]

Prints Precision, Recall, F1 and aligned accuracy for Tokens, Sentences, Words, UPOS,
XPOS, UFeats, AllTags, Lemmas, UAS, LAS and CLAS. With gold tokenization every F1
equals the accuracy. Standard library only.
"""
import argparse
import sys
import unicodedata

ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC = range(10)

UNIVERSAL_FEATURES = {
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case",
    "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person",
    "Polite"}
CONTENT_DEPRELS = {
    "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl", "dislocated", "advcl",
    "advmod", "discourse", "nmod", "appos", "nummod", "acl", "amod", "conj", "fixed", "flat", "compound",
    "list", "parataxis", "orphan", "goeswith", "reparandum", "root", "dep"}


class UDError(Exception):
    pass


class Span:
    __slots__ = ("start", "end")

    def __init__(self, start, end):
        self.start, self.end = start, end


class Word:
    __slots__ = ("span", "columns", "is_multiword", "parent")

    def __init__(self, span, columns, is_multiword):
        self.span = span
        self.columns = columns
        self.is_multiword = is_multiword
        self.parent = None
        # Only universal features and universal relation types are compared.
        columns[FEATS] = "|".join(sorted(f for f in columns[FEATS].split("|")
                                         if f.split("=", 1)[0] in UNIVERSAL_FEATURES))
        columns[DEPREL] = columns[DEPREL].split(":")[0]


class Treebank:
    def __init__(self):
        self.characters = []
        self.tokens = []
        self.words = []
        self.sentences = []


def load_conllu(path):
    ud = Treebank()
    index = 0  # character offset into the concatenated forms
    sentence_start = None  # index of the sentence's first word in ud.words
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    number = 0

    def fail(message):
        raise UDError("{}: line {}: {}".format(path, number, message))

    def close_sentence():
        words = ud.words[sentence_start:]
        for word in words:
            head = word.columns[HEAD]
            if head == "_":
                continue
            try:
                head = int(head)
            except ValueError:
                fail("cannot parse HEAD '{}'".format(head))
            if head < 0 or head > len(words):
                fail("HEAD '{}' points outside the sentence".format(head))
            if head:
                word.parent = words[head - 1]
        ud.sentences[-1].end = index

    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r")
        i += 1
        number = i
        if sentence_start is None:
            if line.startswith("#") or not line:
                continue
            ud.sentences.append(Span(index, 0))
            sentence_start = len(ud.words)
        if not line:
            close_sentence()
            sentence_start = None
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            fail("expected 10 columns, found {}".format(len(columns)))
        if "." in columns[ID]:
            continue  # empty node
        # Spaces inside a FORM do not count, so both sides see the same characters.
        columns[FORM] = "".join(c for c in columns[FORM] if unicodedata.category(c) != "Zs")
        if not columns[FORM]:
            fail("empty FORM")
        ud.characters.extend(columns[FORM])
        ud.tokens.append(Span(index, index + len(columns[FORM])))
        index += len(columns[FORM])
        if "-" in columns[ID]:
            try:
                first, last = map(int, columns[ID].split("-"))
            except ValueError:
                fail("cannot parse ID '{}'".format(columns[ID]))
            for _ in range(first, last + 1):
                if i >= len(lines):
                    fail("multiword token runs past the end of the file")
                word_columns = lines[i].rstrip("\r").split("\t")
                i += 1
                number = i
                if len(word_columns) != 10:
                    fail("expected 10 columns, found {}".format(len(word_columns)))
                ud.words.append(Word(ud.tokens[-1], word_columns, True))
        else:
            try:
                int(columns[ID])
            except ValueError:
                fail("cannot parse ID '{}'".format(columns[ID]))
            ud.words.append(Word(ud.tokens[-1], columns, False))
    if sentence_start is not None:
        close_sentence()
    return ud


class Score:
    def __init__(self, gold, system, correct, aligned=None):
        self.gold, self.system, self.correct = gold, system, correct
        self.precision = correct / system if system else 0.0
        self.recall = correct / gold if gold else 0.0
        self.f1 = 2 * correct / (system + gold) if system + gold else 0.0
        self.aligned_accuracy = correct / aligned if aligned else None


def spans_score(gold_spans, system_spans):
    correct = gi = si = 0
    while gi < len(gold_spans) and si < len(system_spans):
        if system_spans[si].start < gold_spans[gi].start:
            si += 1
        elif gold_spans[gi].start < system_spans[si].start:
            gi += 1
        else:
            correct += gold_spans[gi].end == system_spans[si].end
            si += 1
            gi += 1
    return Score(len(gold_spans), len(system_spans), correct)


class Alignment:
    def __init__(self, gold_words, system_words):
        self.gold_words = gold_words
        self.system_words = system_words
        self.matched = []  # (gold word, system word)
        self.gold_of_system = {}

    def add(self, gold_word, system_word):
        self.matched.append((gold_word, system_word))
        self.gold_of_system[id(system_word)] = gold_word


def beyond_end(words, i, end):
    if i >= len(words):
        return True
    if words[i].is_multiword:
        return words[i].span.start >= end
    return words[i].span.end > end


def extend_end(word, end):
    if word.is_multiword and word.span.end > end:
        return word.span.end
    return end


def find_multiword_span(gold, system, gi, si):
    """The minimal stretch of words around a multiword token on either side."""
    if gold[gi].is_multiword:
        end = gold[gi].span.end
        if not system[si].is_multiword and system[si].span.start < gold[gi].span.start:
            si += 1
    else:
        end = system[si].span.end
        if not gold[gi].is_multiword and gold[gi].span.start < system[si].span.start:
            gi += 1
    gs, ss = gi, si
    while not beyond_end(gold, gi, end) or not beyond_end(system, si, end):
        if gi < len(gold) and (si >= len(system) or gold[gi].span.start <= system[si].span.start):
            end = extend_end(gold[gi], end)
            gi += 1
        else:
            end = extend_end(system[si], end)
            si += 1
    return gs, ss, gi, si


def align_words(gold, system):
    alignment = Alignment(gold, system)
    gi = si = 0
    while gi < len(gold) and si < len(system):
        if gold[gi].is_multiword or system[si].is_multiword:
            gs, ss, gi, si = find_multiword_span(gold, system, gi, si)
            if gi > gs and si > ss:
                g_forms = [w.columns[FORM].lower() for w in gold[gs:gi]]
                s_forms = [w.columns[FORM].lower() for w in system[ss:si]]
                n, m = len(g_forms), len(s_forms)
                lcs = [[0] * (m + 1) for _ in range(n + 1)]
                for g in reversed(range(n)):
                    for s in reversed(range(m)):
                        best = lcs[g + 1][s + 1] + 1 if g_forms[g] == s_forms[s] else 0
                        lcs[g][s] = max(best, lcs[g + 1][s], lcs[g][s + 1])
                g = s = 0
                while g < n and s < m:
                    if g_forms[g] == s_forms[s]:
                        alignment.add(gold[gs + g], system[ss + s])
                        g += 1
                        s += 1
                    elif lcs[g][s] == lcs[g + 1][s]:
                        g += 1
                    else:
                        s += 1
        else:
            if (gold[gi].span.start, gold[gi].span.end) == (system[si].span.start, system[si].span.end):
                alignment.add(gold[gi], system[si])
                gi += 1
                si += 1
            elif gold[gi].span.start <= system[si].span.start:
                gi += 1
            else:
                si += 1
    return alignment


def alignment_score(alignment, key=None, keep=None):
    gold_words = [w for w in alignment.gold_words if keep is None or keep(w)]
    system_words = [w for w in alignment.system_words if keep is None or keep(w)]
    matched = [(g, s) for g, s in alignment.matched if keep is None or keep(g)]
    if key is None:
        return Score(len(alignment.gold_words), len(alignment.system_words), len(alignment.matched))

    def same(word):
        return word

    def gold_of(word):
        if word is None:
            return None
        return alignment.gold_of_system.get(id(word), "NotAligned")

    correct = sum(1 for g, s in matched if key(g, same) == key(s, gold_of))
    return Score(len(gold_words), len(system_words), correct, len(matched))


def evaluate(gold, system):
    if gold.characters != system.characters:
        index = 0
        while (index < len(gold.characters) and index < len(system.characters)
               and gold.characters[index] == system.characters[index]):
            index += 1
        raise UDError("the concatenation of tokens in the gold and system files differ: gold '{}', system '{}'".format(
            "".join(gold.characters[index:index + 20]), "".join(system.characters[index:index + 20])))
    alignment = align_words(gold.words, system.words)
    return {
        "Tokens": spans_score(gold.tokens, system.tokens),
        "Sentences": spans_score(gold.sentences, system.sentences),
        "Words": alignment_score(alignment),
        "UPOS": alignment_score(alignment, lambda w, _: w.columns[UPOS]),
        "XPOS": alignment_score(alignment, lambda w, _: w.columns[XPOS]),
        "UFeats": alignment_score(alignment, lambda w, _: w.columns[FEATS]),
        "AllTags": alignment_score(alignment, lambda w, _: (w.columns[UPOS], w.columns[XPOS], w.columns[FEATS])),
        # A gold lemma "_" (unannotated) matches anything.
        "Lemmas": alignment_score(alignment, lambda w, ga: w.columns[LEMMA] if ga(w).columns[LEMMA] != "_" else "_"),
        "UAS": alignment_score(alignment, lambda w, ga: ga(w.parent)),
        "LAS": alignment_score(alignment, lambda w, ga: (ga(w.parent), w.columns[DEPREL])),
        "CLAS": alignment_score(alignment, lambda w, ga: (ga(w.parent), w.columns[DEPREL]),
                                keep=lambda w: w.columns[DEPREL] in CONTENT_DEPRELS),
    }


def main():
    parser = argparse.ArgumentParser(description="CoNLL 2018 shared task style evaluation of CoNLL-U files")
    parser.add_argument("gold")
    parser.add_argument("system")
    parser.add_argument("--metrics", help="comma-separated metrics to print (default: all)")
    args = parser.parse_args()
    try:
        scores = evaluate(load_conllu(args.gold), load_conllu(args.system))
    except (UDError, OSError, UnicodeDecodeError) as e:
        print("ud_eval.py: error: {}".format(e), file=sys.stderr)
        return 1
    names = args.metrics.split(",") if args.metrics else list(scores)
    unknown = [n for n in names if n not in scores]
    if unknown:
        print("ud_eval.py: error: unknown metric {}".format(", ".join(unknown)), file=sys.stderr)
        return 2
    print("Metric     | Precision |    Recall |  F1 Score | AligndAcc")
    print("-----------+-----------+-----------+-----------+-----------")
    for name in names:
        s = scores[name]
        aligned = "{:10.2f}".format(100 * s.aligned_accuracy) if s.aligned_accuracy is not None else ""
        print("{:11}|{:10.2f} |{:10.2f} |{:10.2f} |{}".format(
            name, 100 * s.precision, 100 * s.recall, 100 * s.f1, aligned))
    return 0


if __name__ == "__main__":
    sys.exit(main())
