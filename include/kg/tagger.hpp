#pragma once
// Part-of-speech tagger: fills Token::upos, xpos and feats of every token from its
// form. Two greedy left-to-right passes of averaged perceptrons over word, affix,
// shape, ambiguity-class and context features: the first predicts UPOS, the second
// UPOS and XPOS jointly with the first pass's tags on both sides in view. Frequent
// unambiguous words are tagged from a dictionary; FEATS come from a table by word
// and tag. Trained on UD treebanks (see `kgb train`).
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <span>
#include <vector>

#include "kg/doc.hpp"

namespace kg {

namespace tagging {
struct TaggerModel;
}

class Tagger final : public Component {
 public:
  struct TrainOptions {
    int epochs = 10;       // of the second pass (UPOS+XPOS)
    int guide_epochs = 0;  // of the first pass (UPOS); 0: as many as `epochs`
    unsigned seed = 1;  // shuffles the training sentences; same seed, same model
    // Averaged weights smaller than this fraction of the largest are dropped (in the
    // second pass / the first): the model shrinks, accuracy barely moves. The first
    // pass, on which UPOS rests, suffers from pruning sooner.
    double prune_below = 0.02;
    double guide_prune_below = 0.01;
    // Words seen at least this often with one tag in at least `dictionary_ratio` of
    // their occurrences are tagged from the dictionary.
    int dictionary_min_count = 20;
    double dictionary_ratio = 0.995;
  };

  // Reads a model written by save(). Throws kg::InputError naming the file when it
  // is missing, not a tagger model, or damaged.
  static Tagger load(const std::filesystem::path& model_file);
  // The shipped model, kg::data_file("models/tagger.bin").
  static Tagger load_default();
  // Writes the model atomically (kg::write_file_atomically).
  void save(const std::filesystem::path& path) const;

  // Trains on the gold UPOS/XPOS/FEATS of `train`; after each epoch prints the
  // accuracy on `dev` to `log` and keeps the best epoch's averaged weights (the last
  // epoch's when dev is empty). Deterministic for a fixed seed.
  static Tagger train(const std::vector<Doc>& train, const std::vector<Doc>& dev, const TrainOptions& options,
                      std::ostream& log);

  const char* name() const override { return "tagger"; }
  // Tags every sentence of doc (the whole token list when doc has no sentences).
  void process(Doc& doc) const override;
  // Tags the tokens of one sentence.
  void tag(std::span<Token> sentence) const;

 private:
  explicit Tagger(std::shared_ptr<const tagging::TaggerModel> model) : model_(std::move(model)) {}
  std::shared_ptr<const tagging::TaggerModel> model_;  // immutable, shared by copies
};

}  // namespace kg
