#include <array>

#include "syntax/parser_model.hpp"

namespace kg::parsing {

void parse_sentence(const DependencyParser::Model& model, std::span<const Token> words, std::vector<int>& heads,
                    std::vector<int>& labels) {
  const int n = static_cast<int>(words.size());
  const std::vector<WordAtoms> atoms = sentence_atoms(words, model.word_classes);
  Configuration config(n);
  FeatureKeys keys;
  std::array<std::int32_t, 256> scores{};
  const auto count = static_cast<std::size_t>(model.actions.count());
  while (!config.terminal()) {
    const std::size_t k = extract_features(config, atoms, keys);
    std::fill_n(scores.begin(), count, 0);
    model.weights.score(keys.data(), k, scores.data());
    config.apply(best_valid_action(config, model.actions, scores.data()), model.actions);
  }
  heads.resize(words.size());
  labels.resize(words.size());
  for (int i = 0; i < n; ++i) {
    heads[static_cast<std::size_t>(i)] = config.head(i);
    labels[static_cast<std::size_t>(i)] = config.label(i);
  }
}

void parse_doc(const DependencyParser::Model& model, Doc& doc) {
  std::vector<int> heads, labels;
  // Tokens without sentences (a Doc built by hand) are parsed as one sentence.
  const std::vector<Sentence> whole{Sentence{0, doc.tokens.size(), false}};
  for (const Sentence& sentence : doc.sentences.empty() ? whole : doc.sentences) {
    if (sentence.end <= sentence.begin || sentence.end > doc.tokens.size()) continue;
    const std::span<const Token> words(doc.tokens.data() + sentence.begin, sentence.end - sentence.begin);
    parse_sentence(model, words, heads, labels);
    const int n = static_cast<int>(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      Token& token = doc.tokens[sentence.begin + i];
      token.head = heads[i] == n ? -1 : static_cast<int>(sentence.begin) + heads[i];
      token.deprel = model.labels[static_cast<std::size_t>(labels[i])];
    }
  }
}

}  // namespace kg::parsing
