// Training the entity tagger on GUM's entity annotation and, optionally, UniversalNER
// labels of treebank sentences; the epoch is selected by UniversalNER F1 on a dev set.
#include <algorithm>
#include <fstream>
#include <map>
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

// A treebank sentence with UniversalNER labels.
struct LabelledSentence {
  Example example;
  std::vector<ner::NamedSpan> gold;
  const Doc* document = nullptr;
  std::size_t ordinal = 0;  // of its document among the labelled ones of one file
};

// UniversalNER lists the sentences in its own order: pair them with the treebanks' by
// their words. Sentences without labels are left out.
std::vector<LabelledSentence> labelled_sentences(const std::vector<const std::vector<Doc>*>& treebanks,
                                                 const std::filesystem::path& iob2, const Gazetteer& gazetteer) {
  std::multimap<std::string, std::size_t> by_words;
  const auto labels = ner::read_iob2(iob2);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    std::string key;
    for (const auto& w : labels[i].words) key += w + '\x1f';
    by_words.emplace(key, i);
  }
  std::vector<LabelledSentence> out;
  std::size_t ordinal = 0;
  for (const auto* docs : treebanks)
    for (const Doc& doc : *docs) {
      bool any = false;
      for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        std::string key;
        for (const auto& t : doc.sentence_tokens(s)) key += t.text + '\x1f';
        const auto it = by_words.find(key);
        if (it == by_words.end()) continue;
        LabelledSentence l;
        l.example.features = ner::sentence_features(doc, s, gazetteer, &l.example.lexical);
        l.gold = ner::iob2_spans(labels[it->second].tags);
        std::vector<ner::Span> spans;
        for (const auto& g : l.gold)
          if (const int type = ner::type_index(g.type); type >= 0) spans.push_back({g.begin, g.end, type});
        l.example.labels = ner::encode(spans, doc.sentences[s].end - doc.sentences[s].begin);
        l.document = &doc;
        l.ordinal = ordinal;
        out.push_back(std::move(l));
        by_words.erase(it);
        any = true;
      }
      ordinal += any ? 1 : 0;
    }
  if (out.empty()) throw InputError(iob2.string(), "", "no sentence matches a sentence of the treebanks");
  return out;
}

// The tagger's spans as UniversalNER types (PER, ORG, LOC).
std::vector<ner::NamedSpan> as_uner(const std::vector<ner::Span>& spans) {
  std::vector<ner::NamedSpan> out;
  for (const auto& s : spans) {
    const auto type = ner::kTypes[static_cast<std::size_t>(s.type)];
    if (type == "PER" || type == "ORG" || type == "LOC") out.push_back({s.begin, s.end, std::string(type)});
  }
  return out;
}

double dev_f1(const ner::Model& model, const std::vector<const LabelledSentence*>& dev) {
  std::size_t tp = 0, predicted = 0, gold = 0;
  for (const auto* s : dev) {
    const auto spans = as_uner(ner::decode(model.tag(s->example.features)));
    const std::set<ner::NamedSpan> g(s->gold.begin(), s->gold.end());
    for (const auto& p : spans) tp += g.count(p);
    predicted += spans.size();
    gold += s->gold.size();
  }
  const double p = predicted ? static_cast<double>(tp) / static_cast<double>(predicted) : 0.0;
  const double r = gold ? static_cast<double>(tp) / static_cast<double>(gold) : 0.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

struct Selected {
  ner::Model model;
  int epoch = 0;
  double f1 = -1.0;
};

// Perceptron epochs over `examples`; the averaged model of the epoch with the best F1 on
// `dev` (the last epoch when dev is empty).
Selected train_epochs(const std::vector<const Example*>& examples, const std::vector<const LabelledSentence*>& dev,
                      int epochs, const EntityTrainingOptions& options, std::ostream& log) {
  ner::Trainer trainer;
  std::vector<std::size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 random(options.seed);
  std::optional<Selected> best;
  const std::size_t tokens = std::accumulate(examples.begin(), examples.end(), std::size_t{0},
                                             [](std::size_t n, const Example* e) { return n + e->labels.size(); });
  fmt::print(log, "ner: {} sentences, {} tokens; dev: {} sentences\n", examples.size(), tokens, dev.size());
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), random);
    std::size_t wrong = 0;
    for (auto i : order) {
      const Example& e = *examples[i];
      wrong += options.word_dropout > 0 ? trainer.learn(dropped(e, options.word_dropout, random), e.labels)
                                        : trainer.learn(e.features, e.labels);
    }
    auto model = trainer.average();
    const double f1 = dev.empty() ? -1.0 : dev_f1(model, dev);
    fmt::print(log, "ner epoch {}: train token errors {:.2f}%, dev F1 {:.4f}, {} features\n", epoch,
               100.0 * static_cast<double>(wrong) / static_cast<double>(tokens), f1, model.feature_count());
    log.flush();
    if (dev.empty() || !best || f1 > best->f1) best = Selected{std::move(model), epoch, f1};
  }
  return std::move(*best);
}

}  // namespace

double train_entity_recognizer(const EntityTrainingData& data, const EntityTrainingOptions& options,
                               const std::filesystem::path& output, std::ostream& log) {
  const auto gazetteer = Gazetteer::load_default();
  std::vector<Example> gum;
  for (const Doc& doc : data.train) {
    const bool annotated = std::any_of(doc.tokens.begin(), doc.tokens.end(),
                                       [](const Token& t) { return t.misc.find("Entity=") != std::string::npos; });
    if (!annotated) continue;
    const auto spans = ner::gum_named_spans(doc, doc.info.id);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      Example e;
      e.features = ner::sentence_features(doc, s, *gazetteer, &e.lexical);
      e.labels = ner::encode(spans[s], doc.sentences[s].end - doc.sentences[s].begin);
      gum.push_back(std::move(e));
    }
  }
  std::vector<LabelledSentence> labelled;
  for (const auto& file : data.train_iob2) {
    auto more = labelled_sentences({&data.train, &data.dev}, file, *gazetteer);
    labelled.insert(labelled.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  if (gum.empty() && labelled.empty())
    throw std::runtime_error("ner: no training document carries GUM entity annotation (Entity= in MISC)");

  std::vector<LabelledSentence> dev_labelled;
  if (!data.dev_iob2.empty()) dev_labelled = labelled_sentences({&data.dev}, data.dev_iob2, *gazetteer);
  // When the dev labels also train, every fourth of their documents is held out to pick
  // the epoch count; the final model then learns from all of them for that many epochs.
  const bool dev_trains = std::find(data.train_iob2.begin(), data.train_iob2.end(), data.dev_iob2) != data.train_iob2.end();

  std::vector<const LabelledSentence*> dev;
  std::set<const Doc*> held_out;
  for (const auto& l : dev_labelled)
    if (!dev_trains || l.ordinal % 4 == 3) {
      dev.push_back(&l);
      held_out.insert(l.document);
    }
  const auto examples = [&](bool hold_out) {
    std::vector<const Example*> out;
    for (const auto& e : gum) out.push_back(&e);
    for (int copy = 0; copy < options.labelled_copies; ++copy)
      for (const auto& l : labelled)
        if (!hold_out || !held_out.contains(l.document)) out.push_back(&l.example);
    return out;
  };

  // Each run of the ensemble shuffles and drops words with its own seed.
  std::vector<ner::Model> runs;
  double f1 = 0.0;
  for (int run = 0; run < options.ensemble; ++run) {
    EntityTrainingOptions run_options = options;
    run_options.seed = options.seed + static_cast<std::uint64_t>(run);
    Selected best = train_epochs(examples(dev_trains), dev, options.epochs, run_options, log);
    fmt::print(log, "ner run {}: best epoch {} (dev F1 {:.4f})\n", run + 1, best.epoch, best.f1);
    if (dev_trains) {
      fmt::print(log, "ner: retraining on all labelled sentences for {} epochs\n", best.epoch);
      best.model = train_epochs(examples(false), {}, best.epoch, run_options, log).model;
    }
    f1 += best.f1 / options.ensemble;
    runs.push_back(std::move(best.model));
  }
  const ner::Model model = runs.size() == 1 ? std::move(runs.front()) : ner::Model::mean(runs);
  model.save(output);
  return f1;
}

}  // namespace kg
