#pragma once
// Lemmatizer: fills Token::lemma from the form and the UPOS/XPOS tags (run it after
// the tagger). Lemmas are edit scripts learned from a treebank (lowercase or keep the
// case, strip a suffix, append one: "sanctions" -> strip 1 -> "sanction"): a word seen
// in training with its tags takes its most frequent script; any other word the
// script an averaged perceptron picks from its suffixes, shape and tags.
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "kg/doc.hpp"

namespace kg {

namespace tagging {
struct LemmatizerModel;
}

class Lemmatizer final : public Component {
 public:
  struct TrainOptions {
    int epochs = 10;
    unsigned seed = 1;  // shuffles the training words; same seed, same model
    // Edit scripts seen with fewer training words are not predicted for unknown words
    // (seen words keep theirs through the dictionary).
    int min_script_count = 2;
    double prune_below = 0.01;  // see Tagger::TrainOptions::prune_below
  };

  // Reads a model written by save(). Throws kg::InputError naming the file when it
  // is missing, not a lemmatizer model, or damaged.
  static Lemmatizer load(const std::filesystem::path& model_file);
  // The shipped model, kg::data_file("models/lemmatizer.bin").
  static Lemmatizer load_default();
  // Writes the model atomically (kg::write_file_atomically).
  void save(const std::filesystem::path& path) const;

  // Trains on the gold forms, tags and lemmas of `train`; after each epoch prints
  // the lemma accuracy on `dev` (with its gold tags) to `log` and keeps the best
  // epoch's weights. Deterministic for a fixed seed.
  static Lemmatizer train(const std::vector<Doc>& train, const std::vector<Doc>& dev, const TrainOptions& options,
                          std::ostream& log);

  const char* name() const override { return "lemmatizer"; }
  void process(Doc& doc) const override;
  // The lemma of one word with its tags.
  std::string lemmatize(const std::string& form, const std::string& upos, const std::string& xpos) const;

 private:
  explicit Lemmatizer(std::shared_ptr<const tagging::LemmatizerModel> model) : model_(std::move(model)) {}
  std::shared_ptr<const tagging::LemmatizerModel> model_;  // immutable, shared by copies
};

}  // namespace kg
