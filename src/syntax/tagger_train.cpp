// Tagger training: the first pass (UPOS) is trained on each fifth of the data with
// the rest (jackknifing), so that the second pass learns from first-pass tags as
// wrong as they will be on new text; then both passes are trained on all of it.
#include <chrono>
#include <map>
#include <ostream>
#include <stdexcept>

#include <fmt/format.h>

#include "kg/tagger.hpp"
#include "syntax/tagger_training.hpp"

namespace kg {
namespace {

using tagging::ClassMatrix;
using tagging::TaggerModel;
using tagging::WeightTable;
using tagging::WordInfo;

constexpr std::size_t kFolds = 5;

bool has_tags(const Token& t) { return !t.upos.empty() && t.upos != "_"; }

struct Accuracy {
  std::size_t tokens = 0, upos = 0, xpos = 0, feats = 0;
  double percent(std::size_t n) const { return tokens ? 100.0 * static_cast<double>(n) / static_cast<double>(tokens) : 0; }
};

Accuracy evaluate(const TaggerModel& model, const std::vector<std::span<const Token>>& sentences, bool guide_only) {
  Accuracy acc;
  for (const auto& sentence : sentences) {
    const auto words = model.describe(sentence);
    if (guide_only) {
      const auto tags = model.predict_guide(words);
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        ++acc.tokens;
        acc.upos += model.guide_tags[static_cast<std::size_t>(tags[i])] == sentence[i].upos;
      }
      continue;
    }
    const auto classes = model.predict(words);
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const auto cls = static_cast<std::size_t>(classes[i]);
      ++acc.tokens;
      acc.upos += model.upos[cls] == sentence[i].upos;
      acc.xpos += model.xpos[cls] == sentence[i].xpos;
      acc.feats += model.feats(words[i], classes[i]) == tagging::feats_value(sentence[i]);
    }
  }
  return acc;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Tagger Tagger::train(const std::vector<Doc>& train, const std::vector<Doc>& dev, const TrainOptions& options,
                     std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::size_t> doc_of;
  const auto sentences = tagging::sentences_of(train, &doc_of);
  const auto dev_sentences = tagging::sentences_of(dev);

  // Classes: every UPOS+XPOS pair of the training data, in sorted order; the first
  // pass's are the UPOS values.
  std::map<std::pair<std::string, std::string>, int> class_ids;
  std::map<std::string, int> guide_ids;
  for (const auto& sentence : sentences)
    for (const auto& t : sentence)
      if (has_tags(t)) {
        class_ids.try_emplace({t.upos, t.xpos}, 0);
        guide_ids.try_emplace(t.upos, 0);
      }
  if (class_ids.empty()) throw std::invalid_argument("tagger training data has no tagged tokens");
  if (class_ids.size() > static_cast<std::size_t>(WeightTable::kMaxClasses))
    throw std::invalid_argument(fmt::format("tagger training data has more than {} UPOS+XPOS pairs", WeightTable::kMaxClasses));
  auto model = std::make_shared<TaggerModel>();
  for (auto& [tag, id] : guide_ids) {
    id = static_cast<int>(model->guide_tags.size());
    model->guide_tags.push_back(tag);
  }
  for (auto& [tags, id] : class_ids) {
    id = model->classes();
    model->upos.push_back(tags.first);
    model->xpos.push_back(tags.second);
    model->guide_of_class.push_back(static_cast<std::uint16_t>(guide_ids.at(tags.first)));
  }

  std::vector<std::vector<WordInfo>> words;
  ClassMatrix gold, gold_guide;
  for (const auto& sentence : sentences) {
    words.push_back(tagging::describe_words(sentence));
    auto& g = gold.emplace_back();
    auto& gg = gold_guide.emplace_back();
    for (const auto& t : sentence) {
      g.push_back(has_tags(t) ? class_ids.at({t.upos, t.xpos}) : -1);
      gg.push_back(has_tags(t) ? guide_ids.at(t.upos) : -1);
    }
  }
  tagging::add_dictionary_and_feats(*model, words, gold, sentences, options);

  // Folds by document (by sentence for a corpus of few documents).
  const bool by_document = train.size() >= 2 * kFolds;
  std::vector<std::size_t> fold_of(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) fold_of[s] = (by_document ? doc_of[s] : s) % kFolds;

  // The model keeps the lexicon of all training data; each training sentence sees one
  // built without its fold, so that, as at run time, some words are new and others
  // have tags the lexicon does not list.
  model->lexicon = tagging::build_lexicon(words, gold, std::vector<bool>(words.size(), true));
  for (std::size_t fold = 0; fold < kFolds; ++fold) {
    std::vector<bool> use(words.size());
    for (std::size_t s = 0; s < words.size(); ++s) use[s] = fold_of[s] != fold;
    const auto lexicon = tagging::build_lexicon(words, gold, use);
    for (std::size_t s = 0; s < words.size(); ++s)
      if (!use[s]) lexicon.annotate(words[s]);
  }

  ClassMatrix fixed, fixed_guide;
  for (const auto& w : words) {
    fixed.push_back(model->fixed_classes(w));
    fixed_guide.push_back(model->fixed_guide_classes(w));
  }
  const tagging::PassData first_data{words, gold_guide, fixed_guide, nullptr};
  const int guide_epochs = options.guide_epochs > 0 ? options.guide_epochs : options.epochs;

  // First pass, jackknifed: its tags on each fold come from a model trained without it.
  ClassMatrix guide(sentences.size());
  for (std::size_t fold = 0; fold < kFolds; ++fold) {
    std::vector<std::size_t> in, out;
    for (std::size_t s = 0; s < sentences.size(); ++s) (fold_of[s] == fold ? out : in).push_back(s);
    tagging::PassSettings settings{static_cast<int>(guide_ids.size()), guide_epochs,
                                   options.seed + 1 + static_cast<unsigned>(fold), options.guide_prune_below, nullptr};
    const auto weights = tagging::train_pass(first_data, in, settings);
    for (const auto s : out) guide[s] = tagging::greedy_decode(weights, words[s], {}, fixed_guide[s]);
    log << fmt::format("tagger first pass, fold {}/{} ({:.0f} s)", fold + 1, kFolds, seconds_since(started)) << std::endl;
  }

  std::vector<std::size_t> all(sentences.size());
  for (std::size_t s = 0; s < all.size(); ++s) all[s] = s;
  const auto report = [&](const char* pass, int epoch, const WeightTable& weights, double train_accuracy,
                          bool guide_only) {
    std::string line = fmt::format("tagger {} epoch {}: train {:.2f}", pass, epoch, train_accuracy);
    double score = epoch;  // without dev data the last epoch wins
    if (!dev_sentences.empty()) {
      const auto acc = evaluate(*model, dev_sentences, guide_only);
      score = acc.percent(acc.upos) + acc.percent(acc.xpos);
      line += guide_only ? fmt::format(", dev UPOS {:.2f}", acc.percent(acc.upos))
                         : fmt::format(", dev UPOS {:.2f} XPOS {:.2f} UFeats {:.2f}", acc.percent(acc.upos),
                                       acc.percent(acc.xpos), acc.percent(acc.feats));
    }
    log << line << fmt::format(" ({} features, {} weights, {:.0f} s)", weights.feature_count(), weights.entry_count(),
                               seconds_since(started))
        << std::endl;
    return score;
  };

  // First pass on all the data.
  tagging::PassSettings first{static_cast<int>(guide_ids.size()), guide_epochs, options.seed, options.guide_prune_below,
                              [&](int epoch, const WeightTable& weights, double accuracy) {
                                model->guide = weights;
                                return report("first pass", epoch, weights, accuracy, true);
                              }};
  model->guide = tagging::train_pass(first_data, all, first);

  // Second pass, on the jackknifed first-pass tags.
  const tagging::PassData second_data{words, gold, fixed, &guide};
  tagging::PassSettings second{model->classes(), options.epochs, options.seed, options.prune_below,
                               [&](int epoch, const WeightTable& weights, double accuracy) {
                                 model->weights = weights;
                                 return report("second pass", epoch, weights, accuracy, false);
                               }};
  model->weights = tagging::train_pass(second_data, all, second);
  return Tagger(std::move(model));
}

}  // namespace kg
