#pragma once
// The arc-hybrid transition system of the parser (internal header).
//
// A configuration is a stack, a buffer of the words not yet read and the arcs built so
// far. The root is a virtual word (index n for a sentence of n words) at the bottom of the
// stack. Three kinds of transition:
//   SHIFT       moves the first buffer word b0 onto the stack;
//   LEFT(l)     makes b0 the head of the stack top s0 with label l and pops s0;
//   RIGHT(l)    makes s1 (below s0) the head of s0 with label l and pops s0.
// The root takes exactly one dependent, by RIGHT(root) as the very last transition.
#include <cstdint>
#include <vector>

namespace kg::parsing {

// Action numbering: 0 = SHIFT, 1 + l = LEFT(l), 1 + L + l = RIGHT(l), for L labels.
struct Actions {
  int labels = 0;
  int root_label = 0;  // the label of the root's dependent ("root")
  int count() const { return 1 + 2 * labels; }
  static constexpr int shift = 0;
  int left(int label) const { return 1 + label; }
  int right(int label) const { return 1 + labels + label; }
  bool is_left(int action) const { return action >= 1 && action <= labels; }
  bool is_right(int action) const { return action > labels; }
  int label_of(int action) const { return is_left(action) ? action - 1 : action - 1 - labels; }
};

class Configuration {
 public:
  explicit Configuration(int words);

  int words() const { return words_; }
  int root() const { return words_; }
  // The i-th word from the top of the stack / the front of the buffer, or -1.
  int stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - static_cast<std::size_t>(i)] : -1;
  }
  int buffer(int i) const { return buffer_ + i < words_ ? buffer_ + i : -1; }
  int buffer_front() const { return buffer_; }
  const std::vector<int>& stack_words() const { return stack_; }
  bool terminal() const { return buffer_ == words_ && stack_.size() == 1; }

  bool can_shift() const { return buffer_ < words_; }
  bool can_left() const { return buffer_ < words_ && stack_.size() >= 2; }  // s0 is not the root
  bool can_right() const { return stack_.size() >= 3 || (stack_.size() == 2 && buffer_ == words_); }
  // Whether RIGHT would attach s0 to the root (then its label must be the root label).
  bool right_is_root() const { return stack_.size() == 2; }

  void apply(int action, const Actions& actions);

  // The tree built so far: head and label per word (-1 while unattached).
  int head(int word) const { return head_[static_cast<std::size_t>(word)]; }
  int label(int word) const { return label_[static_cast<std::size_t>(word)]; }
  // Children nearest the edges: leftmost, second leftmost, rightmost, second rightmost (-1 if none).
  int left_child(int word, int nth) const { return (nth == 0 ? left1_ : left2_)[static_cast<std::size_t>(word)]; }
  int right_child(int word, int nth) const { return (nth == 0 ? right1_ : right2_)[static_cast<std::size_t>(word)]; }
  int left_count(int word) const { return left_count_[static_cast<std::size_t>(word)]; }
  int right_count(int word) const { return right_count_[static_cast<std::size_t>(word)]; }
  // Bit sets of the labels of the left / right children.
  std::uint64_t left_labels(int word) const { return left_labels_[static_cast<std::size_t>(word)]; }
  std::uint64_t right_labels(int word) const { return right_labels_[static_cast<std::size_t>(word)]; }

 private:
  void attach(int head, int dependent, int label);

  int words_;
  std::vector<int> stack_;
  int buffer_ = 0;
  std::vector<int> head_, label_, left1_, left2_, right1_, right2_, left_count_, right_count_;
  std::vector<std::uint64_t> left_labels_, right_labels_;
};

// A gold tree for the oracle: head per word (the root index n for the root's dependent)
// and label per word; projective.
struct GoldTree {
  std::vector<int> head;
  std::vector<int> label;
};

// The dynamic oracle: for every action, the number of gold arcs that become unreachable
// if it is taken in `config` (arc-hybrid is arc-decomposable, so this is exact); a large
// value for invalid actions.
void action_costs(const Configuration& config, const GoldTree& gold, const Actions& actions, std::vector<int>& costs);

constexpr int invalid_cost = 1 << 20;

}  // namespace kg::parsing
