#include "relations/heading_reader.hpp"

#include <algorithm>
#include <string>

namespace kg::relations {
namespace {

constexpr double heading_confidence = 0.6;

// Lemmas a title-case verb form may have when the lemmatizer did not know it:
// "Warns" -> warn, "Accuses" -> accuse, "Backed" -> back, "Slamming" -> slam.
std::vector<std::string> candidate_lemmas(const ParseView& view, TokenId t) {
  std::vector<std::string> out{view.lemma(t)};
  const std::string form = lower_ascii(view.token(t).form);
  auto add = [&](std::string s) {
    if (s.size() > 1 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  add(form);
  auto strip = [&](std::string_view suffix, std::string_view replacement) {
    if (form.size() > suffix.size() + 1 && form.ends_with(suffix))
      add(form.substr(0, form.size() - suffix.size()) + std::string(replacement));
  };
  strip("ies", "y");
  strip("es", "");
  strip("s", "");
  strip("ied", "y");
  strip("ed", "");
  strip("d", "");
  strip("ing", "");
  strip("ing", "e");
  // Doubled final consonant: "slammed" -> slam.
  for (std::string_view suffix : {"ed", "ing"})
    if (form.size() > suffix.size() + 2 && form.ends_with(suffix)) {
      const std::string stem = form.substr(0, form.size() - suffix.size());
      if (stem[stem.size() - 1] == stem[stem.size() - 2]) add(stem.substr(0, stem.size() - 1));
    }
  return out;
}

bool is_cue_verb_word(const ParseView& view, const Lexicon& lexicon, TokenId t) {
  for (const auto& lemma : candidate_lemmas(view, t))
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
  const auto& sentence = view.doc().sentences[view.sentence(t)];

  // The headline's subject: the first entity, before any cue verb.
  int subject = -1;
  TokenId subject_token = no_token;
  for (TokenId i = sentence.begin; i < t; ++i) {
    if (is_cue_verb_word(view, lexicon, i) && !resolver.in_mention(i)) break;
    if (int e = entity_at(view, resolver, i); e >= 0) {
      subject = e;
      subject_token = i;
      break;
    }
  }
  if (subject < 0) return readings;
  for (const auto& lemma : candidate_lemmas(view, t)) {
    for (const auto& [predicate, cue] : lexicon.verb_cues_for(lemma)) {
      if (!cue->words.particle.empty() || !cue->words.object_noun.empty()) continue;
      if (!predicate->allows_subject(resolver.type_of(subject))) continue;
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
        if (!predicate->allows_object(resolver.type_of(e))) continue;
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
