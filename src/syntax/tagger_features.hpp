#pragma once
// The tagger's feature templates (internal header): what the perceptron sees of a
// word in its sentence: the word and its neighbours, affixes, shape, and the tags
// already predicted to its left.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "kg/doc.hpp"
#include "syntax/tagger_sorted_table.hpp"

namespace kg::tagging {

// What the templates need of one word, hashed once per sentence.
struct WordInfo {
  std::string lower;        // normalized, lowercased form
  std::uint64_t form = 0;   // hash of the normalized form
  std::uint64_t lower_hash = 0;
  std::uint64_t shape = 0;
  std::uint64_t prefixes[4] = {};  // 1..4 code points of `lower`
  std::uint64_t suffixes[4] = {};
  std::uint32_t flags = 0;  // see kFlag* in tagger_features.cpp
  // The set of classes the training data has for this form / its lowercase (0: unseen).
  std::uint32_t ambiguity = 0;
  std::uint32_t lower_ambiguity = 0;
};

// What the training data says about words: the classes each was seen with, as a hash
// of the set ("ambiguity class"), by form and by lowercased form.
struct TagLexicon {
  SortedTable<std::uint32_t> by_form;
  SortedTable<std::uint32_t> by_lower;
  void annotate(std::vector<WordInfo>& words) const;
};

// Describes the words of one sentence (without the lexicon's part).
std::vector<WordInfo> describe_words(std::span<const Token> sentence);

// The normalized form of a token: Token::form, or its text when form is empty.
std::string token_form(const Token& token);

// Appends the features of word i; tags[j] for j < i are the predicted classes, and
// guide, unless empty, the first pass's classes of all words.
void tagger_features(std::span<const WordInfo> words, std::size_t i, std::span<const int> tags,
                     std::span<const int> guide, std::vector<std::uint64_t>& out);

}  // namespace kg::tagging
