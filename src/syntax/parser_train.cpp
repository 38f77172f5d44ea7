// Training of the dependency parser: an averaged perceptron over the arc-hybrid
// transitions, with a dynamic oracle and error exploration (Goldberg & Nivre 2013).
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <exception>
#include <map>
#include <mutex>
#include <ostream>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>

#include <fmt/core.h>
#include <fmt/ostream.h>

#include "syntax/parser_model.hpp"
#include "syntax/parser_tree.hpp"

namespace kg {
namespace {

using namespace parsing;

struct TrainingSentence {
  std::vector<WordAtoms> atoms;
  GoldTree gold;
};

// Uniform in [0, 1) from 53 random bits: the same on every platform, unlike std::uniform_real_distribution.
double uniform(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// Fisher-Yates with a fixed draw, reproducible across standard libraries (unlike std::shuffle).
void shuffle(std::vector<std::size_t>& items, std::mt19937_64& rng) {
  for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[rng() % i]);
}

std::string universal(const std::string& label) { return label.substr(0, label.find(':')); }

struct Corpus {
  std::vector<std::string> labels;
  WordClasses word_classes;
  std::vector<TrainingSentence> sentences;
  std::size_t skipped = 0;
  std::size_t lifted = 0;
};

Corpus training_corpus(const std::vector<Doc>& docs, std::size_t max_sentences) {
  Corpus corpus;
  std::set<std::string> label_set{"root"};
  for (const Doc& doc : docs)
    for (const Token& token : doc.tokens)
      if (!token.deprel.empty() && token.deprel != "_") label_set.insert(token.deprel);
  corpus.labels.assign(label_set.begin(), label_set.end());
  corpus.word_classes = WordClasses::count(docs);
  if (corpus.labels.size() > 127) throw std::runtime_error("parser training: more than 127 relation labels");
  std::map<std::string, int> label_index;
  for (std::size_t i = 0; i < corpus.labels.size(); ++i) label_index[corpus.labels[i]] = static_cast<int>(i);

  for (const Doc& doc : docs) {
    for (const Sentence& sentence : doc.sentences) {
      if (max_sentences != 0 && corpus.sentences.size() >= max_sentences) return corpus;
      if (sentence.end <= sentence.begin || sentence.end > doc.tokens.size()) continue;
      const std::span<const Token> words(doc.tokens.data() + sentence.begin, sentence.end - sentence.begin);
      auto heads = tree_heads(words, sentence.begin);
      bool usable = heads.has_value();
      if (usable && !is_projective(*heads)) {
        usable = projectivize(*heads);
        corpus.lifted += usable ? 1 : 0;
      }
      for (std::size_t i = 0; usable && i < words.size(); ++i) {
        const bool is_root = (*heads)[i] == static_cast<int>(words.size());
        if ((words[i].deprel == "root") != is_root) usable = false;
      }
      if (!usable) {
        ++corpus.skipped;
        continue;
      }
      TrainingSentence s;
      s.atoms = sentence_atoms(words, corpus.word_classes);
      s.gold.head = std::move(*heads);
      for (const Token& token : words) s.gold.label.push_back(label_index.at(token.deprel));
      corpus.sentences.push_back(std::move(s));
    }
  }
  return corpus;
}

struct EpochCounts {
  std::size_t transitions = 0;
  std::size_t correct = 0;
};

void train_sentence(const TrainingSentence& sentence, const Actions& actions, TrainingWeights& weights, bool explore,
                    double explore_probability, std::mt19937_64& rng, EpochCounts& counts) {
  Configuration config(static_cast<int>(sentence.gold.head.size()));
  FeatureKeys keys;
  std::array<float, 256> scores{};
  std::vector<int> costs;
  const auto count = static_cast<std::size_t>(actions.count());
  while (!config.terminal()) {
    const std::size_t k = extract_features(config, sentence.atoms, keys);
    std::fill_n(scores.begin(), count, 0.0F);
    weights.score(keys.data(), k, scores.data());
    action_costs(config, sentence.gold, actions, costs);
    const int predicted = best_valid_action(config, actions, scores.data());
    const int min_cost = *std::min_element(costs.begin(), costs.end());
    // The best-scoring action among those that lose the fewest gold arcs.
    int best = -1;
    for (std::size_t a = 0; a < count; ++a)
      if (costs[a] == min_cost && (best < 0 || scores[a] > scores[static_cast<std::size_t>(best)]))
        best = static_cast<int>(a);
    ++counts.transitions;
    if (costs[static_cast<std::size_t>(predicted)] == min_cost) {
      ++counts.correct;
    } else {
      weights.update(keys.data(), k, best, predicted);
    }
    weights.tick();
    const bool follow_prediction = explore && uniform(rng) < explore_probability;
    config.apply(follow_prediction ? predicted : best, actions);
  }
}

// Dev scores of a model, as a log fragment; las is -1 without dev data.
std::string evaluate(const std::shared_ptr<const DependencyParser::Model>& model, const std::vector<Doc>& dev,
                     double& las) {
  las = -1;
  if (dev.empty()) return "no dev data";
  std::vector<Doc> parsed = dev;
  for (Doc& doc : parsed) parse_doc(*model, doc);
  const AttachmentScores scores = attachment_scores(dev, parsed);
  las = scores.las();
  return fmt::format("dev UAS {:.2f} LAS {:.2f} (full labels {:.2f})", scores.uas(), scores.las(), scores.full_las());
}

// One training run: the averaged weights of its best epoch on dev (its last without dev).
class TrainingRun {
 public:
  TrainingRun(const Corpus& corpus, const Actions& actions, const DependencyParser::TrainOptions& options,
              const std::vector<Doc>& dev, std::mutex& log_mutex, std::ostream& log)
      : corpus_(corpus), actions_(actions), options_(options), dev_(dev), log_mutex_(log_mutex), log_(log) {}

  std::shared_ptr<const DependencyParser::Model> run(int number, std::uint64_t seed) const {
    using clock = std::chrono::steady_clock;
    TrainingWeights weights(actions_.count(), options_.min_feature_updates);
    std::mt19937_64 rng(seed);
    std::vector<std::size_t> order(corpus_.sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const std::string name = options_.runs > 1 ? fmt::format("parser run {} (seed {})", number + 1, seed) : "parser";

    std::shared_ptr<const DependencyParser::Model> best;
    double best_las = -2;
    int best_epoch = 0;
    for (int epoch = 1; epoch <= options_.epochs; ++epoch) {
      const auto start = clock::now();
      shuffle(order, rng);
      EpochCounts counts;
      const bool explore = epoch >= options_.explore_from_epoch;
      for (std::size_t i : order)
        train_sentence(corpus_.sentences[i], actions_, weights, explore, options_.explore_probability, rng, counts);
      auto model = with_weights(weights.average(options_.prune_below));
      double las;
      const std::string report = evaluate(model, dev_, las);
      const double seconds = std::chrono::duration<double>(clock::now() - start).count();
      {
        const std::lock_guard lock(log_mutex_);
        fmt::print(log_, "{} epoch {}/{}: train transitions {:.2f}% | {} | {} weights | {:.1f} s\n", name, epoch,
                   options_.epochs,
                   100.0 * static_cast<double>(counts.correct) /
                       static_cast<double>(std::max<std::size_t>(1, counts.transitions)),
                   report, model->weights.weight_count(), seconds);
        log_.flush();
      }
      if (las >= best_las) {  // ties and no dev data: the later epoch
        best_las = las;
        best = std::move(model);
        best_epoch = epoch;
      }
    }
    const std::lock_guard lock(log_mutex_);
    fmt::print(log_, "{}: keeping epoch {} ({} features, {} weights)\n", name, best_epoch,
               best->weights.feature_count(), best->weights.weight_count());
    return best;
  }

  std::shared_ptr<DependencyParser::Model> with_weights(CompactWeights weights) const {
    auto model = std::make_shared<DependencyParser::Model>();
    model->labels = corpus_.labels;
    model->actions = actions_;
    model->word_classes = corpus_.word_classes;
    model->weights = std::move(weights);
    return model;
  }

 private:
  const Corpus& corpus_;
  const Actions& actions_;
  const DependencyParser::TrainOptions& options_;
  const std::vector<Doc>& dev_;
  std::mutex& log_mutex_;
  std::ostream& log_;
};

}  // namespace

DependencyParser DependencyParser::train(const std::vector<Doc>& train, const std::vector<Doc>& dev,
                                         const TrainOptions& options, std::ostream& log) {
  const Corpus corpus = training_corpus(train, options.max_sentences);
  if (corpus.sentences.empty()) throw std::runtime_error("parser training: no usable sentences in the training data");
  Actions actions;
  actions.labels = static_cast<int>(corpus.labels.size());
  actions.root_label =
      static_cast<int>(std::find(corpus.labels.begin(), corpus.labels.end(), "root") - corpus.labels.begin());
  fmt::print(log,
             "parser: {} training sentences ({} made projective, {} skipped), {} labels, {} transitions, {} word "
             "classes\n",
             corpus.sentences.size(), corpus.lifted, corpus.skipped, corpus.labels.size(), actions.count(),
             corpus.word_classes.size());

  std::mutex log_mutex;
  const TrainingRun training(corpus, actions, options, dev, log_mutex, log);
  const auto runs = static_cast<std::size_t>(std::max(1, options.runs));
  std::vector<std::shared_ptr<const Model>> models(runs);
  std::vector<std::exception_ptr> errors(runs);
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t r; (r = next++) < runs;) {
      try {
        models[r] = training.run(static_cast<int>(r), options.seed + r);
      } catch (...) {
        errors[r] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    for (int t = 1; t < std::min(options.threads, static_cast<int>(runs)); ++t) pool.emplace_back(work);
    work();
  }
  for (const auto& error : errors)
    if (error) std::rethrow_exception(error);
  if (runs == 1) return DependencyParser(models.front());

  // Runs differ by the order they saw the sentences in; their average generalizes better.
  std::vector<const CompactWeights*> weights;
  for (const auto& model : models) weights.push_back(&model->weights);
  const auto averaged = training.with_weights(CompactWeights::average(weights, options.prune_average_below));
  double las;
  const std::string report = evaluate(averaged, dev, las);
  fmt::print(log, "parser: average of {} runs: {} | {} features, {} weights\n", runs, report,
             averaged->weights.feature_count(), averaged->weights.weight_count());
  return DependencyParser(averaged);
}

AttachmentScores attachment_scores(const std::vector<Doc>& gold, const std::vector<Doc>& predicted) {
  AttachmentScores scores;
  for (std::size_t d = 0; d < gold.size() && d < predicted.size(); ++d) {
    const auto& g = gold[d].tokens;
    const auto& p = predicted[d].tokens;
    for (std::size_t i = 0; i < g.size() && i < p.size(); ++i) {
      ++scores.words;
      if (g[i].head != p[i].head) continue;
      ++scores.head_correct;
      if (universal(g[i].deprel) == universal(p[i].deprel)) ++scores.label_correct;
      if (g[i].deprel == p[i].deprel) ++scores.full_label_correct;
    }
  }
  return scores;
}

}  // namespace kg
