// kgb train: builds the statistical models (tagger, lemmatizer, parser, ...) from
// CoNLL-U treebanks, reproducibly for a given seed, printing dev scores per epoch.
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <fmt/core.h>
#include <fmt/ostream.h>

#include "cli/command.hpp"
#include "cli/trainers.hpp"
#include "kg/conllu.hpp"
#include "kg/file_io.hpp"

namespace {

struct Options {
  std::vector<std::string> train;
  std::string dev;
  std::string out;
  std::vector<std::string> components;
  int epochs = 0;
  std::uint64_t seed = 1;
  int threads = 1;
  int jackknife = 4;
  std::string ner_dev;
  std::vector<std::string> ner_train;
  int ner_train_copies = 1;
  int ner_ensemble = 1;
};

std::vector<kg::Doc> read_treebanks(const std::vector<std::string>& files) {
  std::vector<kg::Doc> docs;
  for (const auto& file : files) {
    std::istringstream in(kg::read_file(file));
    for (auto& doc : kg::read_conllu(in, file)) docs.push_back(std::move(doc));
  }
  return docs;
}

int run(const Options& o) {
  using clock = std::chrono::steady_clock;
  const auto& table = kg::cli::trainers();
  std::vector<const kg::cli::Trainer*> selected;
  for (const auto& trainer : table) {
    const bool wanted = o.components.empty() ||
                        std::find(o.components.begin(), o.components.end(), trainer.name) != o.components.end();
    if (wanted) selected.push_back(&trainer);
  }
  for (const auto& name : o.components)
    if (std::none_of(table.begin(), table.end(), [&](const auto& t) { return t.name == name; }))
      throw std::runtime_error("--components: unknown component '" + name + "'");

  std::filesystem::create_directories(o.out);
  kg::cli::TrainingRun run(read_treebanks(o.train), read_treebanks({o.dev}), o.out, std::cout);
  if (o.epochs > 0) run.epochs = o.epochs;
  run.seed = o.seed;
  run.threads = o.threads;
  run.jackknife_folds = o.jackknife;
  run.ner_dev = o.ner_dev;
  run.ner_train.assign(o.ner_train.begin(), o.ner_train.end());
  run.ner_train_copies = o.ner_train_copies;
  run.ner_ensemble = o.ner_ensemble;
  std::size_t words = 0;
  for (const auto& doc : run.train()) words += doc.tokens.size();
  fmt::print("train: {} documents, {} words; dev: {} documents\n", run.train().size(), words, run.dev().size());

  const auto start = clock::now();
  for (const auto* trainer : selected) {
    const auto begin = clock::now();
    fmt::print("== {} ==\n", trainer->name);
    std::cout.flush();
    trainer->train(run);
    fmt::print("{}: wrote {} ({:.0f} s)\n", trainer->name, run.model_path(trainer->file).string(),
               std::chrono::duration<double>(clock::now() - begin).count());
    std::cout.flush();
  }
  fmt::print("trained {} model(s) in {:.0f} s\n", selected.size(),
             std::chrono::duration<double>(clock::now() - start).count());
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  std::string names;
  for (const auto& t : kg::cli::trainers()) names += (names.empty() ? "" : ",") + t.name;
  app.add_option("--train", o->train, "Training treebanks (CoNLL-U)")->required()->check(CLI::ExistingFile);
  app.add_option("--dev", o->dev, "Development treebank for model selection (CoNLL-U)")
      ->required()
      ->check(CLI::ExistingFile);
  app.add_option("--out", o->out, "Folder the models are written to")->required();
  app.add_option("--components", o->components, "Models to train (default: all of " + names + ")")->delimiter(',');
  app.add_option("--epochs", o->epochs, "Training epochs of every model (default: each model's own)")
      ->check(CLI::PositiveNumber);
  app.add_option("--seed", o->seed, "Random seed; the same seed gives the same models")->capture_default_str();
  app.add_option("--threads", o->threads, "Threads for independent training jobs")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--jackknife", o->jackknife,
                 "Train the parser on tags predicted in this many folds (0: gold tags)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--ner-dev", o->ner_dev,
                 "UniversalNER IOB2 labels of the dev treebank, for the entity tagger's model selection")
      ->check(CLI::ExistingFile);
  app.add_option("--ner-train", o->ner_train,
                 "UniversalNER IOB2 labels of --train or --dev sentences the entity tagger learns from "
                 "(when the --ner-dev file is among them, a quarter of its documents picks the epoch count)")
      ->check(CLI::ExistingFile);
  app.add_option("--ner-train-copies", o->ner_train_copies, "Times each --ner-train sentence is seen per epoch")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--ner-ensemble", o->ner_ensemble,
                 "Entity tagger training runs (seeds SEED, SEED+1, ...) whose mean model is kept")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  return [o] { return run(*o); };
}

const kg::cli::Registration registration{"train", "Train the tagger, lemmatizer and parser from CoNLL-U treebanks",
                                         60, setup};

}  // namespace
