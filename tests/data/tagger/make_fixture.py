#!/usr/bin/env python3
"""Writes tiny-train.conllu from the annotated sentences below (word/UPOS/XPOS/lemma[/feats])."""
SENTENCES = """
The/DET/DT/the/Definite=Def|PronType=Art council/NOUN/NN/council/Number=Sing rejected/VERB/VBD/reject/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art proposal/NOUN/NN/proposal/Number=Sing ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art minister/NOUN/NN/minister/Number=Sing accused/VERB/VBD/accuse/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art rebels/NOUN/NNS/rebel/Number=Plur ./PUNCT/./.
Sanctions/NOUN/NNS/sanction/Number=Plur were/AUX/VBD/be/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin imposed/VERB/VBN/impose/Tense=Past|VerbForm=Part|Voice=Pass by/ADP/IN/by the/DET/DT/the/Definite=Def|PronType=Art council/NOUN/NN/council/Number=Sing ./PUNCT/./.
Russia/PROPN/NNP/Russia/Number=Sing warned/VERB/VBD/warn/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art allies/NOUN/NNS/ally/Number=Plur about/ADP/IN/about the/DET/DT/the/Definite=Def|PronType=Art sanctions/NOUN/NNS/sanction/Number=Plur ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art allies/NOUN/NNS/ally/Number=Plur condemned/VERB/VBD/condemn/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art attacks/NOUN/NNS/attack/Number=Plur ./PUNCT/./.
China/PROPN/NNP/China/Number=Sing tested/VERB/VBD/test/Mood=Ind|Tense=Past|VerbForm=Fin a/DET/DT/a/Definite=Ind|PronType=Art missile/NOUN/NN/missile/Number=Sing on/ADP/IN/on Monday/PROPN/NNP/Monday/Number=Sing ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art officials/NOUN/NNS/official/Number=Plur were/AUX/VBD/be/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin accused/VERB/VBN/accuse/Tense=Past|VerbForm=Part|Voice=Pass of/SCONJ/IN/of lying/VERB/VBG/lie/VerbForm=Ger ./PUNCT/./.
Ukraine/PROPN/NNP/Ukraine/Number=Sing deployed/VERB/VBD/deploy/Mood=Ind|Tense=Past|VerbForm=Fin troops/NOUN/NNS/troop/Number=Plur to/ADP/IN/to the/DET/DT/the/Definite=Def|PronType=Art border/NOUN/NN/border/Number=Sing ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art talks/NOUN/NNS/talk/Number=Plur were/AUX/VBD/be/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin better/ADJ/JJR/good/Degree=Cmp than/ADP/IN/than expected/VERB/VBN/expect/Tense=Past|VerbForm=Part ./PUNCT/./.
He/PRON/PRP/he/Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs rejected/VERB/VBD/reject/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art allegations/NOUN/NNS/allegation/Number=Plur ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art ministers/NOUN/NNS/minister/Number=Plur signed/VERB/VBD/sign/Mood=Ind|Tense=Past|VerbForm=Fin an/DET/DT/a/Definite=Ind|PronType=Art agreement/NOUN/NN/agreement/Number=Sing in/ADP/IN/in Paris/PROPN/NNP/Paris/Number=Sing ./PUNCT/./.
They/PRON/PRP/they/Case=Nom|Number=Plur|Person=3|PronType=Prs are/AUX/VBP/be/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin testing/VERB/VBG/test/Tense=Pres|VerbForm=Part new/ADJ/JJ/new/Degree=Pos missiles/NOUN/NNS/missile/Number=Plur ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art army/NOUN/NN/army/Number=Sing attacked/VERB/VBD/attack/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art city/NOUN/NN/city/Number=Sing on/ADP/IN/on Tuesday/PROPN/NNP/Tuesday/Number=Sing ./PUNCT/./.
France/PROPN/NNP/France/Number=Sing and/CCONJ/CC/and Germany/PROPN/NNP/Germany/Number=Sing formed/VERB/VBD/form/Mood=Ind|Tense=Past|VerbForm=Fin an/DET/DT/a/Definite=Ind|PronType=Art alliance/NOUN/NN/alliance/Number=Sing ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art president/NOUN/NN/president/Number=Sing warned/VERB/VBD/warn/Mood=Ind|Tense=Past|VerbForm=Fin that/SCONJ/IN/that the/DET/DT/the/Definite=Def|PronType=Art attacks/NOUN/NNS/attack/Number=Plur were/AUX/VBD/be/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin illegal/ADJ/JJ/illegal/Degree=Pos ./PUNCT/./.
Iran/PROPN/NNP/Iran/Number=Sing denied/VERB/VBD/deny/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art reports/NOUN/NNS/report/Number=Plur ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art reports/NOUN/NNS/report/Number=Plur accused/VERB/VBD/accuse/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art government/NOUN/NN/government/Number=Sing ./PUNCT/./.
Troops/NOUN/NNS/troop/Number=Plur were/AUX/VBD/be/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin deployed/VERB/VBN/deploy/Tense=Past|VerbForm=Part|Voice=Pass by/ADP/IN/by the/DET/DT/the/Definite=Def|PronType=Art government/NOUN/NN/government/Number=Sing ./PUNCT/./.
She/PRON/PRP/she/Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs said/VERB/VBD/say/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art sanctions/NOUN/NNS/sanction/Number=Plur were/AUX/VBD/be/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin better/ADJ/JJR/good/Degree=Cmp ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art council/NOUN/NN/council/Number=Sing condemned/VERB/VBD/condemn/Mood=Ind|Tense=Past|VerbForm=Fin Russia/PROPN/NNP/Russia/Number=Sing ./PUNCT/./.
Leaders/NOUN/NNS/leader/Number=Plur discussed/VERB/VBD/discuss/Mood=Ind|Tense=Past|VerbForm=Fin the/DET/DT/the/Definite=Def|PronType=Art missiles/NOUN/NNS/missile/Number=Plur ./PUNCT/./.
The/DET/DT/the/Definite=Def|PronType=Art rebels/NOUN/NNS/rebel/Number=Plur attacked/VERB/VBD/attack/Mood=Ind|Tense=Past|VerbForm=Fin a/DET/DT/a/Definite=Ind|PronType=Art convoy/NOUN/NN/convoy/Number=Sing ./PUNCT/./.
"""

def main():
    out = []
    for n, line in enumerate(s for s in SENTENCES.strip().splitlines() if s.strip()):
        words = [w.split("/", 4) for w in line.split()]
        text = " ".join(w[0] for w in words).replace(" .", ".")
        out.append(f"# sent_id = tiny-{n + 1}")
        out.append(f"# text = {text}")
        for i, w in enumerate(words):
            form, upos, xpos, lemma = w[:4]
            feats = w[4] if len(w) > 4 else "_"
            misc = "SpaceAfter=No" if i + 1 < len(words) and words[i + 1][0] == "." else "_"
            out.append("\t".join([str(i + 1), form, lemma, upos, xpos, feats, "_", "_", "_", misc]))
        out.append("")
    with open(__file__.replace("make_fixture.py", "tiny-train.conllu"), "w") as f:
        f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
