#pragma once
// Gold trees for parser training (internal header): reading them from a Doc's tokens,
// checking them and making them projective.
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/doc.hpp"

namespace kg::parsing {

// Sentence-relative heads of `words`, the tokens of a Doc from index `begin` on
// (words.size() stands for the root), or nullopt when they do not form one tree with a
// single root inside the sentence.
std::optional<std::vector<int>> tree_heads(std::span<const Token> words, std::size_t begin);

// Lifts non-projective arcs to the head's head, the shortest arc first, until the tree
// is projective (the arc-hybrid system builds projective trees only). Returns false if
// that would give the root a second dependent.
bool projectivize(std::vector<int>& heads);

// Whether a tree (heads as from tree_heads) is projective.
bool is_projective(const std::vector<int>& heads);

}  // namespace kg::parsing
