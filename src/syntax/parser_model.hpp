#pragma once
// The parser's model and greedy decoding (internal header).
#include <span>
#include <string>
#include <vector>

#include "kg/parser.hpp"
#include "syntax/parser_features.hpp"
#include "syntax/parser_transition.hpp"
#include "syntax/parser_weights.hpp"

namespace kg {

struct DependencyParser::Model {
  std::vector<std::string> labels;  // relation labels by label index
  parsing::Actions actions;
  parsing::WordClasses word_classes;
  parsing::CompactWeights weights;
};

namespace parsing {

// The best-scoring action that is valid in `config` (ties go to the lowest number).
template <typename Score>
int best_valid_action(const Configuration& config, const Actions& actions, const Score* scores) {
  int best = -1;
  const auto consider = [&](int action) {
    if (best < 0 || scores[action] > scores[best]) best = action;
  };
  if (config.can_shift()) consider(Actions::shift);
  if (config.can_left())
    for (int l = 0; l < actions.labels; ++l)
      if (l != actions.root_label) consider(actions.left(l));
  if (config.can_right()) {
    if (config.right_is_root()) {
      consider(actions.right(actions.root_label));
    } else {
      for (int l = 0; l < actions.labels; ++l)
        if (l != actions.root_label) consider(actions.right(l));
    }
  }
  return best;
}

// Parses one sentence greedily. heads[i] is the head of word i (words.size() for the
// root), labels[i] its label index.
void parse_sentence(const DependencyParser::Model& model, std::span<const Token> words, std::vector<int>& heads,
                    std::vector<int>& labels);

// Parses every sentence of `doc` (all its tokens when it has no sentences) into
// Token::head and Token::deprel.
void parse_doc(const DependencyParser::Model& model, Doc& doc);

}  // namespace parsing
}  // namespace kg
