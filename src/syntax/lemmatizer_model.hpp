#pragma once
// The lemmatizer's model (internal header): edit scripts, the dictionary of words
// seen in training, and the perceptron that picks a script for any other word.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/lemmatizer_edit.hpp"
#include "syntax/tagger_model.hpp"

namespace kg::tagging {

inline constexpr char kLemmatizerMagic[8] = {'K', 'G', 'B', 'L', 'E', 'M', 'M', '\0'};
inline constexpr std::uint32_t kLemmatizerVersion = 5;

// What the lemmatizer knows of one word: its normalized form and tags.
struct LemmaQuery {
  std::string form;   // normalized form
  std::string lower;  // lowercased
  std::string upos, xpos;
  LemmaQuery(std::string_view raw_form, std::string_view upos_tag, std::string_view xpos_tag);
  std::uint64_t dictionary_key() const;  // lowercased form and tags
  std::uint64_t exact_key() const;       // form as written and tags
};

struct LemmatizerModel {
  // Every script seen in training; the classifier predicts the first `predicted` ones.
  std::vector<EditScript> scripts;
  std::uint32_t predicted = 0;
  WeightTable weights;
  SortedTable<std::uint32_t> dictionary;  // LemmaQuery::dictionary_key -> script
  // Words whose case changes the lemma ("i" -> "I" where "I" keeps its case): exact_key -> script.
  SortedTable<std::uint32_t> exact;

  // The classifier's best script that applies to the word (the identity when none does).
  std::string classify(const LemmaQuery& word) const;
  // The lemma of a word seen in training, if it was.
  std::optional<std::string> known(const LemmaQuery& word) const;
  std::string lemmatize(const LemmaQuery& word) const;

  void write(BinaryWriter& out) const;
  static LemmatizerModel read(BinaryReader& in);
};

void lemmatizer_features(const LemmaQuery& word, std::vector<std::uint64_t>& out);

}  // namespace kg::tagging
