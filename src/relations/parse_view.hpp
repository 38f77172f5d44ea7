#pragma once
// A read-only view of a Doc's dependency trees for the relation extractor: children of
// every token, universal relations without subtypes, lower-cased lemmas, features and
// the function words (case, mark) that introduce a phrase.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/doc.hpp"

namespace kg::relations {

using TokenId = std::size_t;
inline constexpr TokenId no_token = static_cast<TokenId>(-1);

class ParseView {
 public:
  explicit ParseView(const Doc& doc);

  const Doc& doc() const { return doc_; }
  std::size_t size() const { return doc_.tokens.size(); }
  const Token& token(TokenId t) const { return doc_.tokens[t]; }

  TokenId head(TokenId t) const;  // no_token for a root
  const std::vector<TokenId>& children(TokenId t) const { return children_[t]; }
  // The relation without subtype ("nsubj" for "nsubj:pass").
  std::string_view base(TokenId t) const;
  const std::string& deprel(TokenId t) const { return doc_.tokens[t].deprel; }
  const std::string& lemma(TokenId t) const { return lemmas_[t]; }  // lower case; the form when no lemma
  const std::string& upos(TokenId t) const { return doc_.tokens[t].upos; }
  bool has_feature(TokenId t, std::string_view feature) const;  // "VerbForm=Part"

  // Children with exactly this relation, or this universal relation when `rel` has no subtype
  // and `exact` is false ("obl" matches "obl:agent").
  std::vector<TokenId> children_with(TokenId t, std::string_view rel, bool exact = false) const;
  TokenId first_child(TokenId t, std::string_view rel, bool exact = false) const;
  bool has_child(TokenId t, std::string_view rel, bool exact = false) const { return first_child(t, rel, exact) != no_token; }

  // The lemma of the case or mark word introducing a phrase ("of" in "of Ukraine",
  // "according to" for a fixed expression), or "" when none.
  std::string marker(TokenId t) const;
  // The conjuncts coordinated with t after it (t's conj children, recursively).
  std::vector<TokenId> conjuncts(TokenId t) const;
  // The first conjunct of the coordination t is part of (t itself when not a conjunct).
  TokenId first_conjunct(TokenId t) const;

  bool is_verbal(TokenId t) const;   // VERB, or AUX as a main verb
  bool is_nominal(TokenId t) const;  // NOUN, PROPN, PRON, NUM
  // Nominal, or a word tagged otherwise that the parse uses as a noun phrase's head
  // ("Iran's drone attacks" with "attacks" tagged as a verb).
  bool acts_nominal(TokenId t) const;
  bool is_passive(TokenId t) const;  // has aux:pass or a passive subject, or is a past participle modifier
  // The first token of t's subtree.
  TokenId leftmost(TokenId t) const;
  bool same_sentence(TokenId a, TokenId b) const { return sentence_[a] == sentence_[b]; }
  std::size_t sentence(TokenId t) const { return sentence_[t]; }

 private:
  const Doc& doc_;
  std::vector<std::vector<TokenId>> children_;
  std::vector<std::string> lemmas_;
  std::vector<std::size_t> sentence_;
};

std::string lower_ascii(std::string_view s);

// The lemma of token t, then lemmas its form may have when the lemmatizer erred or did
// not know it (title case, unknown words): "Warns" -> warn, "blamed" -> blame,
// "troops" -> troop, "slammed" -> slam.
std::vector<std::string> lemma_candidates(const ParseView& view, TokenId t);

}  // namespace kg::relations
