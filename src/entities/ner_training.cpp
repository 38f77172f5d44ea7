// Training the entity tagger on GUM's entity annotation, selecting the epoch by
// UniversalNER F1 on a dev set.
#include <algorithm>
#include <map>
#include <fstream>
#include <numeric>
#include <ostream>
#include <random>
#include <set>

#include <fmt/core.h>
#include <fmt/ostream.h>

#include "entities/gum_entities.hpp"
#include "entities/iob2.hpp"
#include "entities/ner_features.hpp"
#include "entities/ner_model.hpp"
#include "kg/entities.hpp"
#include "kg/error.hpp"

namespace kg {
namespace {

struct Example {
  std::vector<ner::Features> features;
  std::vector<int> labels;
  std::vector<std::size_t> lexical;  // per token: how many leading features name the word
};

// The sentence with some tokens' word features hidden.
std::vector<ner::Features> dropped(const Example& e, double rate, std::mt19937_64& random) {
  std::vector<ner::Features> out = e.features;
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (coin(random) < rate) out[i].erase(out[i].begin(), out[i].begin() + static_cast<std::ptrdiff_t>(e.lexical[i]));
  return out;
}

struct DevSentence {
  std::vector<ner::Features> features;
  std::vector<ner::NamedSpan> gold;
};

// The tagger's spans as UniversalNER types (PER, ORG, LOC).
std::vector<ner::NamedSpan> as_uner(const std::vector<ner::Span>& spans) {
  std::vector<ner::NamedSpan> out;
  for (const auto& s : spans) {
    const auto type = ner::kTypes[static_cast<std::size_t>(s.type)];
    if (type == "PER" || type == "ORG" || type == "LOC") out.push_back({s.begin, s.end, std::string(type)});
  }
  return out;
}

double dev_f1(const ner::Model& model, const std::vector<DevSentence>& dev) {
  std::size_t tp = 0, predicted = 0, gold = 0;
  for (const auto& s : dev) {
    const auto spans = as_uner(ner::decode(model.tag(s.features)));
    const std::set<ner::NamedSpan> g(s.gold.begin(), s.gold.end());
    for (const auto& p : spans) tp += g.count(p);
    predicted += spans.size();
    gold += s.gold.size();
  }
  const double p = predicted ? static_cast<double>(tp) / static_cast<double>(predicted) : 0.0;
  const double r = gold ? static_cast<double>(tp) / static_cast<double>(gold) : 0.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

}  // namespace

double train_entity_recognizer(const std::vector<Doc>& train, const std::vector<Doc>& dev_docs,
                               const std::filesystem::path& dev_iob2, const EntityTrainingOptions& options,
                               const std::filesystem::path& output, std::ostream& log) {
  const auto gazetteer = Gazetteer::load_default();
  std::vector<Example> examples;
  for (const Doc& doc : train) {
    const bool annotated = std::any_of(doc.tokens.begin(), doc.tokens.end(),
                                       [](const Token& t) { return t.misc.find("Entity=") != std::string::npos; });
    if (!annotated) continue;
    const auto spans = ner::gum_named_spans(doc, doc.info.id);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      const auto& sentence = doc.sentences[s];
      Example e;
      e.features = ner::sentence_features(doc, s, *gazetteer, &e.lexical);
      e.labels = ner::encode(spans[s], sentence.end - sentence.begin);
      examples.push_back(std::move(e));
    }
  }
  if (examples.empty()) throw std::runtime_error("ner: no training document carries GUM entity annotation (Entity= in MISC)");

  // UniversalNER lists the sentences in its own order: pair them with the dev
  // treebank's by their words.
  std::vector<DevSentence> dev;
  if (!dev_iob2.empty()) {
    std::multimap<std::string, std::size_t> by_words;
    const auto labels = ner::read_iob2(dev_iob2);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      std::string key;
      for (const auto& w : labels[i].words) key += w + '\x1f';
      by_words.emplace(key, i);
    }
    for (const Doc& doc : dev_docs) {
      for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        std::string key;
        for (const auto& t : doc.sentence_tokens(s)) key += t.text + '\x1f';
        const auto it = by_words.find(key);
        if (it == by_words.end()) continue;
        dev.push_back({ner::sentence_features(doc, s, *gazetteer), ner::iob2_spans(labels[it->second].tags)});
        by_words.erase(it);
      }
    }
    if (dev.empty()) throw InputError(dev_iob2.string(), "", "no sentence matches the dev treebank");
  }

  ner::Trainer trainer;
  std::vector<std::size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 random(options.seed);
  std::optional<ner::Model> best;
  double best_f1 = -1.0;
  const std::size_t tokens = std::accumulate(examples.begin(), examples.end(), std::size_t{0},
                                             [](std::size_t n, const Example& e) { return n + e.labels.size(); });
  fmt::print(log, "ner: {} sentences, {} tokens; dev: {} sentences\n", examples.size(), tokens, dev.size());
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), random);
    std::size_t wrong = 0;
    for (auto i : order) {
      const Example& e = examples[i];
      wrong += options.word_dropout > 0 ? trainer.learn(dropped(e, options.word_dropout, random), e.labels)
                                        : trainer.learn(e.features, e.labels);
    }
    auto model = trainer.average();
    const double f1 = dev.empty() ? -1.0 : dev_f1(model, dev);
    fmt::print(log, "ner epoch {}: train token errors {:.2f}%, dev F1 {:.4f}, {} features\n", epoch,
               100.0 * static_cast<double>(wrong) / static_cast<double>(tokens), f1, model.feature_count());
    log.flush();
    if (dev.empty() || f1 > best_f1) {
      best_f1 = f1;
      best = std::move(model);
    }
  }
  best->save(output);
  return best_f1;
}

}  // namespace kg
