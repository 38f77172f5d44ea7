#include "relations/heading_reader.hpp"

#include <algorithm>
#include <string>

namespace kg::relations {
namespace {

constexpr double heading_confidence = 0.6;

// As the extractor: a place may stand for a state.
bool fits(const Predicate& predicate, const std::string& type, bool subject) {
  if (subject ? predicate.allows_subject(type) : predicate.allows_object(type)) return true;
  return type == "Location" && (subject ? predicate.allows_subject("State") : predicate.allows_object("State"));
}

bool is_cue_verb_word(const ParseView& view, const Lexicon& lexicon, TokenId t) {
  for (const auto& lemma : lemma_candidates(view, t))
    if (!lexicon.verb_cues_for(lemma).empty()) return true;
  return false;
}

// The entity of the mention at t, if any.
int entity_at(const ParseView& view, const EntityResolver& resolver, TokenId t) {
  const int m = resolver.mention_of(t);
  if (m < 0) return -1;
  return view.doc().mentions[static_cast<std::size_t>(m)].entity;
}

}  // namespace

std::vector<HeadingReading> read_heading(const ParseView& view, const Lexicon& lexicon, const EntityResolver& resolver,
                                         TokenId t) {
  std::vector<HeadingReading> readings;
  if (resolver.in_mention(t)) return readings;
  const auto& upos = view.upos(t);
  if (upos != "VERB" && upos != "PROPN" && upos != "NOUN" && upos != "ADJ") return readings;
  // A noun the parse gives a verb as its object or subject is read right already
  // ("Washington and Pyongyang trade charges").
  if (upos != "VERB" && view.head(t) != no_token && view.is_verbal(view.head(t))) {
    const auto rel = view.base(t);
    if (rel == "obj" || rel == "nsubj" || rel == "obl") return readings;
  }
  const auto& sentence = view.doc().sentences[view.sentence(t)];

  // The headline's subject: the first entity, before any cue verb.
  int subject = -1;
  TokenId subject_token = no_token;
  for (TokenId i = sentence.begin; i < t; ++i) {
    if (is_cue_verb_word(view, lexicon, i) && !resolver.in_mention(i)) break;
    if (int e = entity_at(view, resolver, i); e >= 0) {
      // "At the U.N., Washington and ...": a name in a prepositional phrase is no subject.
      const auto& mention = view.doc().mentions[static_cast<std::size_t>(resolver.mention_of(i))];
      TokenId head = i;  // the mention's word whose head lies outside it
      for (TokenId k = mention.begin; k < mention.end; ++k)
        if (view.head(k) == no_token || view.head(k) < mention.begin || view.head(k) >= mention.end) head = k;
      if (view.has_child(head, "case")) {
        i = mention.end - 1;
        continue;
      }
      // "Australian woman claims ...": a name modifying a common noun is not the
      // headline's subject (unless the noun is a group acting for it: "Russian troops").
      const TokenId h = view.head(i);
      const auto rel = view.base(i);
      if ((rel == "amod" || rel == "compound" || view.deprel(i) == "nmod:poss") && h != no_token && h > i &&
          view.upos(h) == "NOUN" && !resolver.in_mention(h) && !lexicon.is_agent_noun(view, h))
        return readings;
      subject = e;
      subject_token = i;
      break;
    }
  }
  if (subject < 0) return readings;
  for (const auto& lemma : lemma_candidates(view, t)) {
    for (const auto& [predicate, cue] : lexicon.verb_cues_for(lemma)) {
      if (!cue->words.particle.empty() || !cue->words.object_noun.empty() || cue->wrongdoing) continue;
      // A cue whose object is only ever a clause ("allege that ...") has none here.
      if (std::none_of(cue->object.begin(), cue->object.end(), [](const Role& r) {
            return r.kind == RoleKind::patient || r.kind == RoleKind::prep || r.kind == RoleKind::prep_named ||
                   r.kind == RoleKind::iobj;
          }))
        continue;
      // A word tagged as a noun reads as a verb only right before its object:
      // "... congratulates Kim Jong Un", not "rejects U.S. claims and ...".
      if (upos != "VERB" && !(t + 1 < sentence.end && (resolver.in_mention(t + 1) ||
                                                       view.lemma(t + 1) == cue->words.preposition)))
        continue;
      if (!fits(*predicate, resolver.type_of(subject), true)) continue;
      // The object: the first fitting entity after the verb (after the cue's preposition
      // when it has one), before a comma or the next cue verb.
      bool preposition_seen = cue->words.preposition.empty();
      for (TokenId i = t + 1; i < sentence.end; ++i) {
        if (view.token(i).form == "," || view.token(i).form == ";") break;
        if (!resolver.in_mention(i) && is_cue_verb_word(view, lexicon, i) && view.upos(i) != "NOUN") break;
        if (!preposition_seen) {
          preposition_seen = view.lemma(i) == cue->words.preposition;
          continue;
        }
        const int e = entity_at(view, resolver, i);
        if (e < 0 || e == subject) continue;
        if (!fits(*predicate, resolver.type_of(e), false)) continue;
        readings.push_back({predicate, EntityRef{subject, subject_token, {}, false}, EntityRef{e, i, {}, false},
                            heading_confidence});
        break;
      }
    }
    if (!readings.empty()) break;
  }
  return readings;
}

}  // namespace kg::relations
