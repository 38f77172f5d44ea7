#pragma once
// The tagger's model (internal header): classes, weights, tag dictionary and the
// FEATS table, with the greedy decoder and the binary format.
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "syntax/tagger_features.hpp"
#include "syntax/tagger_perceptron.hpp"
#include "syntax/tagger_sorted_table.hpp"

namespace kg::tagging {

inline constexpr char kTaggerMagic[8] = {'K', 'G', 'B', 'T', 'A', 'G', 'S', '\0'};
inline constexpr std::uint32_t kTaggerVersion = 7;

// Greedy left-to-right decoding with one weight table: `fixed[i]` >= 0 is taken as
// word i's class; `guide` holds the first pass's classes (empty in the first pass).
std::vector<int> greedy_decode(const WeightTable& weights, std::span<const WordInfo> words, std::span<const int> guide,
                               std::span<const int> fixed);

// Tagging takes two passes: the first predicts UPOS, the second UPOS+XPOS pairs with
// the first pass's tags of the words on both sides as features.
struct TaggerModel {
  // The second pass's classes: one per UPOS+XPOS pair seen in training.
  std::vector<std::string> upos, xpos;
  // The first pass's classes (UPOS), and each second-pass class's first-pass class
  // (for the dictionary).
  std::vector<std::string> guide_tags;
  std::vector<std::uint16_t> guide_of_class;
  WeightTable guide;
  WeightTable weights;
  TagLexicon lexicon;
  // Frequent words that (almost) always have one class: hash of normalized form -> class.
  SortedTable<std::uint16_t> dictionary;
  // FEATS: the most frequent value per class, and per (lowercased word, class) where it differs.
  std::vector<std::string> feats_values;
  std::vector<std::uint32_t> class_feats;
  SortedTable<std::uint32_t> word_feats;  // word_feats_key -> value

  int classes() const { return static_cast<int>(upos.size()); }
  // The words of a sentence as the features see them.
  std::vector<WordInfo> describe(std::span<const Token> sentence) const;
  // Dictionary classes of the words (-1 for the others), in the second pass's / first pass's classes.
  std::vector<int> fixed_classes(std::span<const WordInfo> words) const;
  std::vector<int> fixed_guide_classes(std::span<const WordInfo> words) const;
  // The first pass's classes; and the final class of each word, from both passes.
  std::vector<int> predict_guide(std::span<const WordInfo> words) const;
  std::vector<int> predict(std::span<const WordInfo> words) const;
  // The FEATS value of a word tagged with `cls`.
  const std::string& feats(const WordInfo& word, int cls) const;
  // -1 when the word is not in the dictionary.
  int dictionary_class(const WordInfo& word) const;

  void write(BinaryWriter& out) const;
  static TaggerModel read(BinaryReader& in);
};

std::uint64_t word_feats_key(const WordInfo& word, int cls);

}  // namespace kg::tagging
