#include "syntax/parser_transition.hpp"

namespace kg::parsing {

Configuration::Configuration(int words) : words_(words) {
  const auto n = static_cast<std::size_t>(words) + 1;  // words and the root
  stack_.reserve(n);
  stack_.push_back(words);
  head_.assign(n, -1);
  label_.assign(n, -1);
  left1_.assign(n, -1);
  left2_.assign(n, -1);
  right1_.assign(n, -1);
  right2_.assign(n, -1);
  left_count_.assign(n, 0);
  right_count_.assign(n, 0);
  left_labels_.assign(n, 0);
  right_labels_.assign(n, 0);
}

void Configuration::attach(int head, int dependent, int label) {
  const auto h = static_cast<std::size_t>(head);
  const auto d = static_cast<std::size_t>(dependent);
  head_[d] = head;
  label_[d] = label;
  const std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(label) & 63U);
  if (dependent < head) {
    ++left_count_[h];
    left_labels_[h] |= bit;
    if (left1_[h] < 0 || dependent < left1_[h]) {
      left2_[h] = left1_[h];
      left1_[h] = dependent;
    } else if (left2_[h] < 0 || dependent < left2_[h]) {
      left2_[h] = dependent;
    }
  } else {
    ++right_count_[h];
    right_labels_[h] |= bit;
    if (right1_[h] < 0 || dependent > right1_[h]) {
      right2_[h] = right1_[h];
      right1_[h] = dependent;
    } else if (right2_[h] < 0 || dependent > right2_[h]) {
      right2_[h] = dependent;
    }
  }
}

void Configuration::apply(int action, const Actions& actions) {
  if (action == Actions::shift) {
    stack_.push_back(buffer_++);
    return;
  }
  const int s0 = stack_.back();
  stack_.pop_back();
  if (actions.is_left(action))
    attach(buffer_, s0, actions.label_of(action));
  else
    attach(stack_.back(), s0, actions.label_of(action));
}

void action_costs(const Configuration& config, const GoldTree& gold, const Actions& actions, std::vector<int>& costs) {
  costs.assign(static_cast<std::size_t>(actions.count()), invalid_cost);
  const int n = config.words();
  const int b0 = config.buffer(0);
  const int s0 = config.stack(0);
  const int s1 = config.stack(1);
  const auto gold_head = [&](int word) { return gold.head[static_cast<std::size_t>(word)]; };
  const auto in_buffer = [&](int word) { return word >= config.buffer_front() && word < n; };
  // Gold dependents of `word` still in the buffer (they cannot attach once `word` is popped).
  const auto buffer_dependents = [&](int word) {
    int count = 0;
    for (int k = config.buffer_front(); k < n; ++k) count += gold_head(k) == word;
    return count;
  };

  if (config.can_shift()) {
    // b0 on the stack can no longer take a head from below s0, nor any stack word as dependent.
    int cost = 0;
    const int h = gold_head(b0);
    for (int k : config.stack_words()) {
      if (k != s0 && h == k) ++cost;
      if (k != n && gold_head(k) == b0) ++cost;
    }
    costs[Actions::shift] = cost;
  }
  if (config.can_left()) {
    // s0 takes b0 as head: it loses a gold head in s1 or later in the buffer, and its buffer dependents.
    const int h = gold_head(s0);
    const int base = ((h == s1) || (in_buffer(h) && h != b0) ? 1 : 0) + buffer_dependents(s0);
    for (int l = 0; l < actions.labels; ++l) {
      if (l == actions.root_label) continue;
      const bool wrong_label = h == b0 && gold.label[static_cast<std::size_t>(s0)] != l;
      costs[static_cast<std::size_t>(actions.left(l))] = base + (wrong_label ? 1 : 0);
    }
  }
  if (config.can_right()) {
    // s0 takes s1 as head: it loses a gold head in the buffer, and its buffer dependents.
    const int h = gold_head(s0);
    const int base = (in_buffer(h) ? 1 : 0) + buffer_dependents(s0);
    const bool to_root = config.right_is_root();
    for (int l = 0; l < actions.labels; ++l) {
      if ((l == actions.root_label) != to_root) continue;
      const bool wrong_label = h == s1 && gold.label[static_cast<std::size_t>(s0)] != l;
      costs[static_cast<std::size_t>(actions.right(l))] = base + (wrong_label ? 1 : 0);
    }
  }
}

}  // namespace kg::parsing
