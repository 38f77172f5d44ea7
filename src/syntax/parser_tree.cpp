#include "syntax/parser_tree.hpp"

#include <algorithm>

namespace kg::parsing {
namespace {

// Position of a word for arc spans; the root stands before the first word.
int position(int word, int n) { return word == n ? -1 : word; }

bool dominates(const std::vector<int>& heads, int head, int word) {
  const int n = static_cast<int>(heads.size());
  for (int steps = 0; steps <= n + 1; ++steps) {
    if (word == head) return true;
    if (word == n) return false;
    word = heads[static_cast<std::size_t>(word)];
  }
  return false;  // a cycle
}

bool arc_is_projective(const std::vector<int>& heads, int dependent) {
  const int n = static_cast<int>(heads.size());
  const int head = heads[static_cast<std::size_t>(dependent)];
  const int lo = std::min(position(head, n), dependent);
  const int hi = std::max(position(head, n), dependent);
  for (int k = lo + 1; k < hi; ++k)
    if (!dominates(heads, head, k)) return false;
  return true;
}

}  // namespace

std::optional<std::vector<int>> tree_heads(std::span<const Token> words, std::size_t begin) {
  if (words.empty()) return std::nullopt;
  const int n = static_cast<int>(words.size());
  std::vector<int> heads(words.size());
  int roots = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const long h = static_cast<long>(words[i].head) - static_cast<long>(begin);
    if (words[i].head < 0) {
      heads[i] = n;
      ++roots;
    } else if (h < 0 || h >= n || h == static_cast<long>(i)) {
      return std::nullopt;
    } else {
      heads[i] = static_cast<int>(h);
    }
  }
  if (roots != 1) return std::nullopt;
  for (int i = 0; i < n; ++i)  // every word must reach the root
    if (!dominates(heads, n, i)) return std::nullopt;
  return heads;
}

bool is_projective(const std::vector<int>& heads) {
  for (int d = 0; d < static_cast<int>(heads.size()); ++d)
    if (!arc_is_projective(heads, d)) return false;
  return true;
}

bool projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  while (true) {
    int shortest = -1;
    int shortest_span = n + 2;
    for (int d = 0; d < n; ++d) {
      if (arc_is_projective(heads, d)) continue;
      const int span = std::abs(position(heads[static_cast<std::size_t>(d)], n) - d);
      if (span < shortest_span) {
        shortest_span = span;
        shortest = d;
      }
    }
    if (shortest < 0) return true;
    const int head = heads[static_cast<std::size_t>(shortest)];
    const int lifted = heads[static_cast<std::size_t>(head)];
    if (lifted == n) return false;
    heads[static_cast<std::size_t>(shortest)] = lifted;
  }
}

}  // namespace kg::parsing
