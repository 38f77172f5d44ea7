#pragma once
// The ontology's words indexed for matching against parsed tokens: which cues a token
// can trigger, and whether a token is a support verb, a recipient governor, an agent
// noun, a modality, negation or attribution word.
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/ontology.hpp"
#include "relations/parse_view.hpp"

namespace kg::relations {

struct CueMatch {
  const Predicate* predicate = nullptr;
  const Cue* cue = nullptr;
  int specificity = 0;  // words of the cue met: the lemma, particle, object noun, preposition
};

class Lexicon {
 public:
  explicit Lexicon(const Ontology& ontology);

  // The cues token t triggers, only the most specific ones.
  std::vector<CueMatch> cues_at(const ParseView& view, TokenId t) const;

  // Whether token t (with `dependent`, the phrase it governs, for a preposition) is one
  // of these words: "call for" matches "called" governing "for sanctions".
  static bool matches(const ParseView& view, TokenId t, const CueWords& words, TokenId dependent = no_token);
  static bool matches_any(const ParseView& view, TokenId t, const std::vector<CueWords>& words,
                          TokenId dependent = no_token);

  bool is_agent_noun(const ParseView& view, TokenId t) const;
  // Whether `verb` is one of these words governing `noun` as its object ("conducted a
  // test", "faces sanctions") or through the word's preposition ("called for sanctions",
  // "benefits from the transfer").
  bool is_support_verb(const ParseView& view, TokenId verb, TokenId noun) const {
    return governs(view, verb, noun, ontology_.support_verbs());
  }
  bool is_recipient_governor(const ParseView& view, TokenId governor, TokenId noun) const {
    return governs(view, governor, noun, ontology_.recipient_governors());
  }
  static bool governs(const ParseView& view, TokenId verb, TokenId noun, const std::vector<CueWords>& words);
  bool is_negation_word(const std::string& lemma) const { return negation_.count(lemma) > 0; }
  // The modality a word expresses (for a governing word, with the phrase it governs).
  std::optional<Modality> modality_of(const ParseView& view, TokenId t, TokenId dependent = no_token) const;
  // The attribution cue token t (governing `dependent`) is, if any.
  const AttributionCue* attribution_of(const ParseView& view, TokenId t) const;

  const Ontology& ontology() const { return ontology_; }
  // The verb cues whose lemma is `lemma`, whatever the parse (for headlines).
  std::vector<std::pair<const Predicate*, const Cue*>> verb_cues_for(const std::string& lemma) const {
    auto it = verb_cues_.find(lemma);
    return it == verb_cues_.end() ? std::vector<std::pair<const Predicate*, const Cue*>>{} : it->second;
  }

 private:
  int verb_specificity(const ParseView& view, TokenId t, const CueWords& words) const;

  const Ontology& ontology_;
  std::unordered_map<std::string, std::vector<std::pair<const Predicate*, const Cue*>>> verb_cues_, noun_cues_,
      adj_cues_;
  std::unordered_set<std::string> agent_nouns_;
  std::unordered_set<std::string> negation_;
};

}  // namespace kg::relations
