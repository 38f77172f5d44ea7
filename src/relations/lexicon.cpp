#include "relations/lexicon.hpp"

#include <algorithm>

namespace kg::relations {
namespace {

// The patient of a verb: its object, or its passive subject.
TokenId patient_of(const ParseView& view, TokenId verb) {
  if (auto o = view.first_child(verb, "obj"); o != no_token) return o;
  TokenId found = no_token;
  for (TokenId c : view.children_with(verb, "nsubj:pass", true))
    if (found == no_token || view.lemma(found) == "that") found = c;
  return found;
}

bool has_particle(const ParseView& view, TokenId t, const std::string& word) {
  for (TokenId c : view.children_with(t, "compound:prt", true))
    if (view.lemma(c) == word) return true;
  return false;
}

bool has_phrase_with_marker(const ParseView& view, TokenId t, const std::string& word) {
  for (TokenId c : view.children(t)) {
    const auto rel = view.base(c);
    if ((rel == "obl" || rel == "nmod" || rel == "advcl" || rel == "obj" || rel == "ccomp" || rel == "xcomp") &&
        view.marker(c) == word)
      return true;
  }
  return false;
}

}  // namespace

Lexicon::Lexicon(const Ontology& ontology) : ontology_(ontology) {
  for (const auto& predicate : ontology.predicates()) {
    for (const auto& cue : predicate.cues) {
      auto& index = cue.kind == CueKind::verb ? verb_cues_ : cue.kind == CueKind::noun ? noun_cues_ : adj_cues_;
      index[cue.words.lemma].emplace_back(&predicate, &cue);
    }
  }
  for (const auto& noun : ontology.agent_nouns()) agent_nouns_.insert(noun);
  for (const auto& word : ontology.negation_cues()) negation_.insert(word.text);
}

int Lexicon::verb_specificity(const ParseView& view, TokenId t, const CueWords& words) const {
  int score = 1;
  if (!words.particle.empty()) {
    if (!has_particle(view, t, words.particle)) return -1;
    ++score;
  }
  if (!words.object_noun.empty()) {
    const TokenId patient = patient_of(view, t);
    const auto last_space = words.object_noun.rfind(' ');
    const std::string head = last_space == std::string::npos ? words.object_noun : words.object_noun.substr(last_space + 1);
    if (patient == no_token) return -1;
    const auto lemmas = lemma_candidates(view, patient);
    if (std::find(lemmas.begin(), lemmas.end(), head) == lemmas.end()) return -1;
    ++score;
  }
  if (!words.preposition.empty()) {
    if (!has_particle(view, t, words.preposition) && !has_phrase_with_marker(view, t, words.preposition)) return -1;
    ++score;
  }
  // A particle the cue does not name makes another verb ("back down" is not "back").
  for (TokenId c : view.children_with(t, "compound:prt", true))
    if (view.lemma(c) != words.particle && view.lemma(c) != words.preposition) return -1;
  return score;
}

std::vector<CueMatch> Lexicon::cues_at(const ParseView& view, TokenId t) const {
  std::vector<CueMatch> matches;
  const auto& upos = view.upos(t);
  const auto& lemma = view.lemma(t);
  // The lemma's cues, else those of a lemma the form may have ("blamed" lemmatized "blam").
  auto cues_of = [&](const auto& index) -> const std::vector<std::pair<const Predicate*, const Cue*>>* {
    for (const auto& candidate : lemma_candidates(view, t))
      if (auto it = index.find(candidate); it != index.end()) return &it->second;
    return nullptr;
  };
  if (view.is_verbal(t) || (upos == "ADJ" && view.has_feature(t, "VerbForm=Part"))) {
    if (const auto* cues = cues_of(verb_cues_))
      for (const auto& [predicate, cue] : *cues)
        if (int s = verb_specificity(view, t, cue->words); s > 0) matches.push_back({predicate, cue, s});
  }
  if (upos == "NOUN" || upos == "PROPN" || view.acts_nominal(t)) {
    if (const auto* cues = cues_of(noun_cues_))
      for (const auto& [predicate, cue] : *cues) matches.push_back({predicate, cue, 1});
  }
  if (upos == "ADJ" || (upos == "VERB" && view.has_feature(t, "VerbForm=Part"))) {
    const std::string form = lower_ascii(view.token(t).form);
    for (const auto& key : {lemma, form}) {
      if (auto it = adj_cues_.find(key); it != adj_cues_.end()) {
        for (const auto& [predicate, cue] : it->second) matches.push_back({predicate, cue, 1});
        break;
      }
    }
  }
  if (matches.empty()) return matches;
  const int best = std::max_element(matches.begin(), matches.end(), [](const CueMatch& a, const CueMatch& b) {
                     return a.specificity < b.specificity;
                   })->specificity;
  std::erase_if(matches, [&](const CueMatch& m) { return m.cue->kind == CueKind::verb && m.specificity < best; });
  return matches;
}

bool Lexicon::matches(const ParseView& view, TokenId t, const CueWords& words, TokenId dependent) {
  if (view.lemma(t) != words.lemma && lower_ascii(view.token(t).form) != words.lemma) return false;
  if (!words.particle.empty() && !has_particle(view, t, words.particle)) return false;
  if (!words.preposition.empty()) {
    const bool as_particle = has_particle(view, t, words.preposition);
    const bool as_marker = (dependent != no_token && view.marker(dependent) == words.preposition) ||
                           has_phrase_with_marker(view, t, words.preposition);
    if (!as_particle && !as_marker) return false;
  }
  return true;
}

bool Lexicon::matches_any(const ParseView& view, TokenId t, const std::vector<CueWords>& words, TokenId dependent) {
  return std::any_of(words.begin(), words.end(), [&](const CueWords& w) { return matches(view, t, w, dependent); });
}

bool Lexicon::governs(const ParseView& view, TokenId verb, TokenId noun, const std::vector<CueWords>& words) {
  const auto rel = view.base(noun);
  const bool object = rel == "obj" || view.deprel(noun) == "nsubj:pass" || rel == "xcomp";
  const std::string marker = view.marker(noun);
  for (const auto& w : words) {
    if (!matches(view, verb, w, noun)) continue;
    if (w.preposition.empty() ? object : marker == w.preposition) return true;
  }
  return false;
}

bool Lexicon::is_agent_noun(const ParseView& view, TokenId t) const {
  const auto& upos = view.upos(t);
  if (upos != "NOUN" && upos != "PROPN") return false;
  // The lemma, or the form made singular when the lemmatizer kept a plural ("troops").
  std::vector<std::string> words{view.lemma(t)};
  const std::string form = lower_ascii(view.token(t).form);
  if (form.size() > 3 && form.ends_with("ies")) words.push_back(form.substr(0, form.size() - 3) + "y");
  if (form.size() > 2 && form.ends_with("s")) words.push_back(form.substr(0, form.size() - 1));
  for (const auto& word : words) {
    if (agent_nouns_.count(word)) return true;
    for (TokenId c : view.children_with(t, "compound"))
      if (agent_nouns_.count(view.lemma(c) + " " + word)) return true;
  }
  return false;
}

std::optional<Modality> Lexicon::modality_of(const ParseView& view, TokenId t, TokenId dependent) const {
  const auto& cues = ontology_.modality_cues();
  // Hypothetical first: "could plan to" is still hypothetical.
  if (matches_any(view, t, cues.possible, dependent)) return Modality::possible;
  if (matches_any(view, t, cues.proposed, dependent)) return Modality::proposed;
  if (matches_any(view, t, cues.planned, dependent)) return Modality::planned;
  if (matches_any(view, t, cues.alleged, dependent)) return Modality::alleged;
  return std::nullopt;
}

const AttributionCue* Lexicon::attribution_of(const ParseView& view, TokenId t) const {
  const auto& upos = view.upos(t);
  for (const auto& cue : ontology_.attribution_cues()) {
    const bool kind_fits = cue.kind == CueKind::verb   ? view.is_verbal(t)
                           : cue.kind == CueKind::noun ? (upos == "NOUN" || upos == "PROPN")
                                                       : (upos == "ADJ" || upos == "VERB");
    if (kind_fits && matches(view, t, cue.words)) return &cue;
  }
  return nullptr;
}

}  // namespace kg::relations
