#pragma once
// Training the tagger (internal header): the training data as the passes see it,
// the lexicon tables, and one perceptron pass.
#include <cstddef>
#include <functional>
#include <span>
#include <vector>

#include "kg/doc.hpp"
#include "kg/tagger.hpp"
#include "syntax/tagger_model.hpp"

namespace kg::tagging {

using ClassMatrix = std::vector<std::vector<int>>;  // per sentence, per word

// The sentences of docs; `doc_of` (if given) receives each one's document index.
std::vector<std::span<const Token>> sentences_of(const std::vector<Doc>& docs, std::vector<std::size_t>* doc_of = nullptr);

// FEATS as Token holds it: empty for none ("_" in CoNLL-U).
std::string feats_value(const Token& t);

// The tag dictionary and the FEATS tables of `model`, from the gold classes.
void add_dictionary_and_feats(TaggerModel& model, const std::vector<std::vector<WordInfo>>& words, const ClassMatrix& gold,
                              const std::vector<std::span<const Token>>& sentences, const Tagger::TrainOptions& options);

// Ambiguity classes from the gold classes of the sentences with use[s] set.
TagLexicon build_lexicon(const std::vector<std::vector<WordInfo>>& words, const ClassMatrix& gold,
                         const std::vector<bool>& use);

struct PassData {
  const std::vector<std::vector<WordInfo>>& words;
  const ClassMatrix& gold;   // this pass's classes; -1 for untagged words
  const ClassMatrix& fixed;  // dictionary classes of this pass; -1 for the other words
  const ClassMatrix* guide;  // the first pass's classes, for the second pass
};

struct PassSettings {
  int classes = 0;
  int epochs = 1;
  unsigned seed = 1;
  double prune_below = 0;
  // Called after each epoch with the averaged weights and the training accuracy;
  // returns the epoch's score (higher is better). Without it the last epoch wins.
  std::function<double(int epoch, const WeightTable& weights, double train_accuracy)> on_epoch;
};

// Trains one greedy pass on the sentences `use` lists; returns the best epoch's weights.
WeightTable train_pass(const PassData& data, const std::vector<std::size_t>& use, const PassSettings& settings);

}  // namespace kg::tagging
