#include "cli/trainers.hpp"

#include <fmt/core.h>
#include <fmt/ostream.h>

#include "cli/jackknife.hpp"
#include "kg/entities.hpp"
#include "kg/error.hpp"
#include "kg/parser.hpp"
#include "kg/tokenizer.hpp"

namespace kg::cli {
namespace {

Tagger::TrainOptions tagger_options(const TrainingRun& run) {
  Tagger::TrainOptions options;
  if (run.epochs) options.epochs = *run.epochs;
  options.seed = static_cast<unsigned>(run.seed);
  return options;
}

void train_tagger(TrainingRun& run) {
  run.tagger = Tagger::train(run.train(), run.dev(), tagger_options(run), run.log());
  run.tagger->save(run.model_path("tagger.bin"));
}

void train_lemmatizer(TrainingRun& run) {
  Lemmatizer::TrainOptions options;
  if (run.epochs) options.epochs = *run.epochs;
  options.seed = static_cast<unsigned>(run.seed);
  run.lemmatizer = Lemmatizer::train(run.train(), run.dev(), options, run.log());
  run.lemmatizer->save(run.model_path("lemmatizer.bin"));
}

void train_parser(TrainingRun& run) {
  DependencyParser::TrainOptions options;
  if (run.epochs) options.epochs = *run.epochs;
  options.seed = run.seed;
  options.threads = run.threads;
  // The parser sees predicted tags at run time, so it learns from them too.
  const std::vector<Doc>& train = run.jackknife_folds > 1 ? run.predicted_train() : run.train();
  const DependencyParser parser = DependencyParser::train(train, run.predicted_dev(), options, run.log());
  parser.save(run.model_path("parser.bin"));
}

void train_ner(TrainingRun& run) {
  EntityTrainingOptions options;
  if (run.epochs) options.epochs = *run.epochs;
  options.seed = run.seed;
  // Only documents with GUM entity annotation are used; tags as the pipeline predicts them.
  const std::vector<Doc>& train = run.jackknife_folds > 1 ? run.predicted_train() : run.train();
  options.labelled_copies = run.ner_train_copies;
  options.ensemble = run.ner_ensemble;
  const EntityTrainingData data{train, run.predicted_dev(), run.ner_train, run.ner_dev};
  train_entity_recognizer(data, options, run.model_path("ner.bin"), run.log());
}

template <typename Model>
const Model& current(std::optional<Model>& model, const std::filesystem::path& trained_file) {
  if (!model) model = std::filesystem::exists(trained_file) ? Model::load(trained_file) : Model::load_default();
  return *model;
}

}  // namespace

const Tagger& TrainingRun::current_tagger() { return current(tagger, model_path("tagger.bin")); }
const Lemmatizer& TrainingRun::current_lemmatizer() { return current(lemmatizer, model_path("lemmatizer.bin")); }

const std::vector<Doc>& TrainingRun::predicted_train() {
  if (!predicted_train_) {
    predicted_train_ = jackknife_tags(train_, dev_, jackknife_folds, tagger_options(*this), threads, log_);
    const Lemmatizer& lemmas = current_lemmatizer();
    for (Doc& doc : *predicted_train_) lemmas.process(doc);
  }
  return *predicted_train_;
}

const std::vector<Doc>& TrainingRun::predicted_dev() {
  if (!predicted_dev_) {
    predicted_dev_ = dev_;
    const Tagger& tags = current_tagger();
    const Lemmatizer& lemmas = current_lemmatizer();
    for (Doc& doc : *predicted_dev_) {
      tags.process(doc);
      lemmas.process(doc);
    }
  }
  return *predicted_dev_;
}

const std::vector<Trainer>& trainers() {
  static const std::vector<Trainer> table{
      {"tokenizer", "sentences.bin",
       [](TrainingRun& run) {
         kg::train_sentence_model(run.train(), run.dev(), run.model_path("sentences.bin"), run.epochs.value_or(5),
                                  run.seed, run.log());
       }},
      {"tagger", "tagger.bin", train_tagger},
      {"lemmatizer", "lemmatizer.bin", train_lemmatizer},
      {"parser", "parser.bin", train_parser},
      {"ner", "ner.bin", train_ner},
  };
  return table;
}

}  // namespace kg::cli
