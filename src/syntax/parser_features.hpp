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

namespace kg::parsing {

// What the features read of one word, each hashed once per sentence.
struct WordAtoms {
  std::uint64_t word = 0;    // lowercased form; numbers by their shape
  std::uint64_t tag = 0;     // XPOS (falls back to UPOS)
  std::uint64_t upos = 0;
  std::uint64_t lemma = 0;
  std::uint64_t suffix = 0;  // last three characters, lowercased
  std::uint64_t shape = 0;   // capitalization and character classes
};

// Atoms of a sentence's words, followed by the root's at index n.
std::vector<WordAtoms> sentence_atoms(std::span<const Token> words);

// A model's weights are keyed by template number: any change to the templates or the
// atoms must change this, so models built for other features are refused at load.
constexpr std::uint32_t feature_set_version = 1;

constexpr std::size_t max_features = 128;
using FeatureKeys = std::array<std::uint64_t, max_features>;

// Writes the feature keys of `config` into `keys`; returns how many.
std::size_t extract_features(const Configuration& config, const std::vector<WordAtoms>& atoms, FeatureKeys& keys);

}  // namespace kg::parsing
