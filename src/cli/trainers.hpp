#pragma once
// The models `kgb train` can build: a table of trainable components, in pipeline order.
// To add one, write its train function and add a row to trainers() (trainers.cpp).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "kg/doc.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/tagger.hpp"

namespace kg::cli {

// One `kgb train` run: the data, the settings, and what earlier components produced.
class TrainingRun {
 public:
  TrainingRun(std::vector<Doc> train, std::vector<Doc> dev, std::filesystem::path out, std::ostream& log)
      : train_(std::move(train)), dev_(std::move(dev)), out_(std::move(out)), log_(log) {}

  std::optional<int> epochs;  // overrides every component's default when set
  std::uint64_t seed = 1;
  int threads = 1;
  // Later components are trained on the tags the tagger predicts for each of this many
  // folds of the training data when trained on the others (jackknifing); 0 or 1 = gold tags.
  int jackknife_folds = 4;
  // UniversalNER IOB2 labels of the dev treebank's sentences, for the entity tagger's
  // model selection (optional).
  std::filesystem::path ner_dev;
  // UniversalNER IOB2 labels of training or dev sentences the entity tagger learns from,
  // each seen this many times per epoch.
  std::vector<std::filesystem::path> ner_train;
  int ner_train_copies = 1;
  int ner_ensemble = 1;  // training runs of the entity tagger averaged into one model

  const std::vector<Doc>& train() const { return train_; }
  const std::vector<Doc>& dev() const { return dev_; }
  std::filesystem::path model_path(const std::string& file) const { return out_ / file; }
  std::ostream& log() const { return log_; }

  // The models trained in this run, or else the ones already in the output folder, or
  // else the shipped ones.
  std::optional<Tagger> tagger;
  std::optional<Lemmatizer> lemmatizer;
  const Tagger& current_tagger();
  const Lemmatizer& current_lemmatizer();

  // The training docs with tags and lemmas as the pipeline predicts them (jackknifed
  // tags, see jackknife_folds), and the dev docs tagged and lemmatized by the current
  // models; computed once.
  const std::vector<Doc>& predicted_train();
  const std::vector<Doc>& predicted_dev();

 private:
  std::vector<Doc> train_, dev_;
  std::filesystem::path out_;
  std::ostream& log_;
  std::optional<std::vector<Doc>> predicted_train_, predicted_dev_;
};

struct Trainer {
  std::string name;  // as given to --components
  std::string file;  // the model file written to the output folder
  std::function<void(TrainingRun&)> train;  // trains and writes run.model_path(file)
};

// Every trainable component, in the order they must be trained.
const std::vector<Trainer>& trainers();

}  // namespace kg::cli
