#pragma once
// Feature extraction of the parser (internal header): hashed conjunctions of the words,
// tags, children, distances, valencies and child labels around the stack top and the
// buffer front, after Zhang & Nivre (2011), adapted to the arc-hybrid system.
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "kg/doc.hpp"
#include "syntax/parser_transition.hpp"
#include "syntax/tagger_binary.hpp"

namespace kg::parsing {

// The ambiguity classes of the training words: the set of UPOS tags each word that
// occurs often enough was seen with, hashed. Features on them let the parser hedge when
// the tagger errs ("that" may be DET, SCONJ or PRON).
class WordClasses {
 public:
  WordClasses() = default;
  // From the tags of `docs` (tags seen with at least 5% of a word's 3 or more occurrences).
  static WordClasses count(const std::vector<Doc>& docs);
  // The class of a word (WordAtoms::word), or a fixed value for words without one.
  std::uint64_t of(std::uint64_t word) const;
  std::size_t size() const { return classes_.size(); }

  void write(tagging::BinaryWriter& out) const;
  static WordClasses read(tagging::BinaryReader& in);

 private:
  std::vector<std::pair<std::uint64_t, std::uint64_t>> classes_;  // sorted by word
};

// The hashed, normalized form features read for a token (lowercased; numbers by shape).
std::uint64_t word_key(const Token& token);

// What the features read of one word, each hashed once per sentence.
struct WordAtoms {
  std::uint64_t word = 0;    // lowercased form; numbers by their shape
  std::uint64_t tag = 0;     // XPOS (falls back to UPOS)
  std::uint64_t upos = 0;
  std::uint64_t lemma = 0;
  std::uint64_t suffix = 0;  // last three characters, lowercased
  std::uint64_t shape = 0;   // capitalization and character classes
  std::uint64_t word_class = 0;  // ambiguity class (WordClasses)
};

// Atoms of a sentence's words, followed by the root's at index n.
std::vector<WordAtoms> sentence_atoms(std::span<const Token> words, const WordClasses& classes);

// A model's weights are keyed by template number: any change to the templates or the
// atoms must change this, so models built for other features are refused at load.
constexpr std::uint32_t feature_set_version = 2;

constexpr std::size_t max_features = 160;
using FeatureKeys = std::array<std::uint64_t, max_features>;

// Writes the feature keys of `config` into `keys`; returns how many.
std::size_t extract_features(const Configuration& config, const std::vector<WordAtoms>& atoms, FeatureKeys& keys);

}  // namespace kg::parsing
