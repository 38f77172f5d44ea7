#pragma once
// The dependency parser: labelled Universal Dependencies trees (heads and full relation
// labels with subtypes, e.g. nsubj:pass, obl:agent, compound:prt) for every sentence of a
// Doc, read from the tokens' forms, lemmas and UPOS/XPOS tags.
//
// Design: a greedy arc-hybrid transition system (Kuhlmann et al. 2011) with the root on
// the stack's bottom, scored by an averaged perceptron over hashed Zhang & Nivre (2011)
// style features, trained with a dynamic oracle and error exploration (Goldberg & Nivre
// 2013) on projectivized trees.
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "kg/doc.hpp"

namespace kg {

// Attachment scores over every word (punctuation included, as in CoNLL 2018).
struct AttachmentScores {
  std::size_t words = 0;
  std::size_t head_correct = 0;
  std::size_t label_correct = 0;     // head and universal relation (nsubj:pass counts as nsubj)
  std::size_t full_label_correct = 0;  // head and full relation with subtype
  double uas() const { return words ? 100.0 * static_cast<double>(head_correct) / static_cast<double>(words) : 0.0; }
  double las() const { return words ? 100.0 * static_cast<double>(label_correct) / static_cast<double>(words) : 0.0; }
  double full_las() const {
    return words ? 100.0 * static_cast<double>(full_label_correct) / static_cast<double>(words) : 0.0;
  }
};

// Compares predicted against gold trees of the same tokens (Doc by Doc, token by token).
AttachmentScores attachment_scores(const std::vector<Doc>& gold, const std::vector<Doc>& predicted);

class DependencyParser final : public Component {
 public:
  struct TrainOptions {
    int epochs = 12;
    std::uint64_t seed = 1;
    // From this epoch (1-based) on, training follows the model's own transitions with this
    // probability, so it learns to recover from its mistakes.
    int explore_from_epoch = 2;
    double explore_probability = 0.9;
    // Pruning for a compact model: features get weights only once they take part in this
    // many updates, and averaged weights smaller than `prune_below` (in units of one
    // update) are dropped.
    int min_feature_updates = 5;
    double prune_below = 1.0;
    // Independent training runs (seeds seed, seed + 1, ...), on up to `threads` threads;
    // with more than one, the model is the average of their weights (pruned below
    // `prune_average_below`), which parses better than any one of them.
    int runs = 4;
    int threads = 1;
    double prune_average_below = 0.5;
    // Sentences of the training set used (0 = all): short development runs.
    std::size_t max_sentences = 0;
  };

  // Reads a model written by save(); throws InputError naming the file when it is
  // missing, not a parser model, or damaged.
  static DependencyParser load(const std::filesystem::path& path);
  // The shipped model, data/models/parser.bin.
  static DependencyParser load_default();
  void save(const std::filesystem::path& path) const;

  // Trains on the gold trees of `train` (the tags the docs carry are the features: give
  // it the tagger's predictions to match run-time conditions), prints attachment scores
  // on `dev` after every epoch to `log`, and keeps the epoch with the best dev LAS.
  // Deterministic for a given seed.
  static DependencyParser train(const std::vector<Doc>& train, const std::vector<Doc>& dev,
                                const TrainOptions& options, std::ostream& log);

  const char* name() const override { return "parser"; }
  // Fills Token::head (Doc index, -1 for the root) and Token::deprel of every sentence
  // (of all tokens as one sentence when the Doc has no sentences).
  void process(Doc& doc) const override;

  // The relation labels the model predicts.
  const std::vector<std::string>& labels() const;
  // Number of stored feature weights (for reports).
  std::size_t weight_count() const;

  struct Model;

 private:
  explicit DependencyParser(std::shared_ptr<const Model> model);
  std::shared_ptr<const Model> model_;
};

}  // namespace kg
