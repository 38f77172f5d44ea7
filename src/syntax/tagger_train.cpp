#include <algorithm>
#include <chrono>
#include <map>
#include <ostream>
#include <random>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include "kg/tagger.hpp"
#include "syntax/tagger_model.hpp"
#include "syntax/tagger_word.hpp"

namespace kg {
namespace {

using tagging::TaggerModel;
using tagging::WordInfo;

// The sentences of docs; `doc_of` receives each one's document index.
std::vector<std::span<const Token>> sentences_of(const std::vector<Doc>& docs, std::vector<std::size_t>* doc_of = nullptr) {
  std::vector<std::span<const Token>> sentences;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const auto& doc = docs[d];
    if (doc.sentences.empty() && !doc.tokens.empty()) sentences.emplace_back(doc.tokens);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s)
      if (doc.sentences[s].end > doc.sentences[s].begin) sentences.push_back(doc.sentence_tokens(s));
    if (doc_of) doc_of->resize(sentences.size(), d);
  }
  return sentences;
}

// Ambiguity classes from the gold classes of the chosen sentences: a class counts
// when it has at least 5% of the word's occurrences.
tagging::TagLexicon build_lexicon(const std::vector<std::vector<WordInfo>>& words,
                                  const std::vector<std::vector<int>>& gold, const std::vector<bool>& use) {
  std::unordered_map<std::uint64_t, std::map<int, std::size_t>> by_form, by_lower;
  for (std::size_t s = 0; s < words.size(); ++s) {
    if (!use[s]) continue;
    for (std::size_t i = 0; i < words[s].size(); ++i) {
      if (gold[s][i] < 0) continue;
      ++by_form[words[s][i].form][gold[s][i]];
      ++by_lower[words[s][i].lower_hash][gold[s][i]];
    }
  }
  const auto table = [](const std::unordered_map<std::uint64_t, std::map<int, std::size_t>>& counts) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
    for (const auto& [key, classes] : counts) {
      std::size_t total = 0;
      for (const auto& [cls, n] : classes) total += n;
      std::uint64_t h = 0x51ED;
      for (const auto& [cls, n] : classes)
        if (n * 20 >= total) h = tagging::mix64(h + static_cast<std::uint64_t>(cls) + 1);
      entries.emplace_back(key, static_cast<std::uint32_t>(h) | 1);
    }
    return tagging::SortedTable<std::uint32_t>::from(std::move(entries));
  };
  return {table(by_form), table(by_lower)};
}

bool has_tags(const Token& t) { return !t.upos.empty() && t.upos != "_"; }

// FEATS as Token holds it: empty for none ("_" in CoNLL-U).
std::string feats_value(const Token& t) { return t.feats == "_" ? std::string() : t.feats; }

struct Accuracy {
  std::size_t tokens = 0, upos = 0, xpos = 0, feats = 0;
  double percent(std::size_t n) const { return tokens ? 100.0 * static_cast<double>(n) / static_cast<double>(tokens) : 0; }
};

Accuracy evaluate(const TaggerModel& model, const std::vector<std::span<const Token>>& sentences) {
  Accuracy acc;
  for (const auto& sentence : sentences) {
    const auto words = model.describe(sentence);
    const auto classes = model.predict(words);
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const auto cls = static_cast<std::size_t>(classes[i]);
      ++acc.tokens;
      acc.upos += model.upos[cls] == sentence[i].upos;
      acc.xpos += model.xpos[cls] == sentence[i].xpos;
      acc.feats += model.feats(words[i], classes[i]) == feats_value(sentence[i]);
    }
  }
  return acc;
}

// Most frequent value of a count map; ties go to the smallest value.
template <typename Key>
std::pair<Key, std::size_t> most_frequent(const std::map<Key, std::size_t>& counts) {
  std::pair<Key, std::size_t> best{counts.begin()->first, 0};
  for (const auto& [key, n] : counts)
    if (n > best.second) best = {key, n};
  return best;
}

// The tag dictionary and the FEATS tables, from counts over the training sentences.
void add_lexicon(TaggerModel& model, const std::vector<std::vector<WordInfo>>& words,
                 const std::vector<std::vector<int>>& gold, const std::vector<std::span<const Token>>& sentences,
                 const Tagger::TrainOptions& options) {
  std::unordered_map<std::uint64_t, std::map<int, std::size_t>> class_counts;  // by form hash
  std::map<std::string, std::uint32_t> feats_ids;
  std::vector<std::map<std::uint32_t, std::size_t>> feats_by_class(static_cast<std::size_t>(model.classes()));
  // By word_feats_key: the class and the counts of its FEATS values.
  std::map<std::uint64_t, std::pair<int, std::map<std::uint32_t, std::size_t>>> feats_by_word;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (std::size_t i = 0; i < sentences[s].size(); ++i) {
      const int cls = gold[s][i];
      if (cls < 0) continue;
      ++class_counts[words[s][i].form][cls];
      const auto [it, inserted] = feats_ids.try_emplace(feats_value(sentences[s][i]), static_cast<std::uint32_t>(feats_ids.size()));
      ++feats_by_class[static_cast<std::size_t>(cls)][it->second];
      auto& entry = feats_by_word[tagging::word_feats_key(words[s][i], cls)];
      entry.first = cls;
      ++entry.second[it->second];
    }
  }
  std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary;
  for (const auto& [form, counts] : class_counts) {
    std::size_t total = 0;
    for (const auto& [cls, n] : counts) total += n;
    const auto [cls, n] = most_frequent(counts);
    if (total >= static_cast<std::size_t>(options.dictionary_min_count) &&
        static_cast<double>(n) >= options.dictionary_ratio * static_cast<double>(total))
      dictionary.emplace_back(form, static_cast<std::uint16_t>(cls));
  }
  model.dictionary = tagging::SortedTable<std::uint16_t>::from(std::move(dictionary));

  model.feats_values.assign(feats_ids.size(), "");
  for (const auto& [value, id] : feats_ids) model.feats_values[id] = value;
  if (model.feats_values.empty()) model.feats_values.emplace_back();
  model.class_feats.assign(static_cast<std::size_t>(model.classes()), 0);
  for (std::size_t c = 0; c < feats_by_class.size(); ++c)
    if (!feats_by_class[c].empty()) model.class_feats[c] = most_frequent(feats_by_class[c]).first;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> word_feats;
  for (const auto& [key, entry] : feats_by_word) {
    const auto value = most_frequent(entry.second).first;
    if (value != model.class_feats[static_cast<std::size_t>(entry.first)]) word_feats.emplace_back(key, value);
  }
  model.word_feats = tagging::SortedTable<std::uint32_t>::from(std::move(word_feats));
}

}  // namespace

Tagger Tagger::train(const std::vector<Doc>& train, const std::vector<Doc>& dev, const TrainOptions& options,
                     std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::size_t> doc_of;
  const auto train_sentences = sentences_of(train, &doc_of);
  const auto dev_sentences = sentences_of(dev);

  // Classes: every UPOS+XPOS pair of the training data, in sorted order.
  std::map<std::pair<std::string, std::string>, int> class_ids;
  for (const auto& sentence : train_sentences)
    for (const auto& t : sentence)
      if (has_tags(t)) class_ids.try_emplace({t.upos, t.xpos}, 0);
  if (class_ids.empty()) throw std::invalid_argument("tagger training data has no tagged tokens");
  if (class_ids.size() > 65535) throw std::invalid_argument("tagger training data has too many tags");
  auto model = std::make_shared<TaggerModel>();
  for (auto& [tags, id] : class_ids) {
    id = model->classes();
    model->upos.push_back(tags.first);
    model->xpos.push_back(tags.second);
  }

  std::vector<std::vector<WordInfo>> words;
  std::vector<std::vector<int>> gold;
  for (const auto& sentence : train_sentences) {
    words.push_back(tagging::describe_words(sentence));
    auto& g = gold.emplace_back();
    for (const auto& t : sentence)
      g.push_back(has_tags(t) ? class_ids.at({t.upos, t.xpos}) : -1);
  }
  add_lexicon(*model, words, gold, train_sentences, options);
  // The model keeps the lexicon of all training data. Training sentences see one built
  // without their own part (of 5, by document), so that, as at run time, some words are
  // new and others have tags the lexicon does not list.
  model->lexicon = build_lexicon(words, gold, std::vector<bool>(words.size(), true));
  constexpr std::size_t kFolds = 5;
  const bool by_document = train.size() >= 2 * kFolds;
  for (std::size_t fold = 0; fold < kFolds; ++fold) {
    std::vector<bool> use(words.size());
    for (std::size_t s = 0; s < words.size(); ++s) use[s] = (by_document ? doc_of[s] : s) % kFolds != fold;
    const auto lexicon = build_lexicon(words, gold, use);
    for (std::size_t s = 0; s < words.size(); ++s)
      if (!use[s]) lexicon.annotate(words[s]);
  }

  tagging::AveragedPerceptron perceptron(model->classes());
  std::mt19937 rng(options.seed);
  std::vector<std::size_t> order(train_sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::uint64_t> features;
  std::vector<float> scores(static_cast<std::size_t>(model->classes()));
  std::shared_ptr<const TaggerModel> best;
  double best_score = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Fisher-Yates with the raw generator: the same order on every platform.
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    std::size_t seen = 0, correct = 0;
    for (const auto s : order) {
      const auto& w = words[s];
      std::vector<int> tags(w.size(), 0);
      for (std::size_t i = 0; i < w.size(); ++i) {
        if (const int cls = model->dictionary_class(w[i]); cls >= 0) {
          tags[i] = cls;
          continue;
        }
        features.clear();
        tagging::tagger_features(w, i, tags, features);
        perceptron.score(features, scores);
        const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        if (gold[s][i] >= 0) {
          perceptron.update(features, gold[s][i], guess);
          ++seen;
          correct += guess == gold[s][i];
        }
        tags[i] = guess;  // train on the history the decoder will see
      }
    }
    model->weights = perceptron.averaged(options.min_weight);
    const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::string line = fmt::format("tagger epoch {}: train {:.2f}", epoch,
                                   seen ? 100.0 * static_cast<double>(correct) / static_cast<double>(seen) : 0.0);
    double score = epoch;  // without dev data the last epoch wins
    if (!dev_sentences.empty()) {
      const auto acc = evaluate(*model, dev_sentences);
      score = acc.percent(acc.upos) + acc.percent(acc.xpos);
      line += fmt::format(", dev UPOS {:.2f} XPOS {:.2f} UFeats {:.2f}", acc.percent(acc.upos), acc.percent(acc.xpos),
                          acc.percent(acc.feats));
    }
    line += fmt::format(" ({} features, {} weights, {:.0f} s)", model->weights.feature_count(),
                        model->weights.entry_count(), elapsed);
    log << line << std::endl;
    if (score > best_score) {
      best_score = score;
      best = std::make_shared<const TaggerModel>(*model);
    }
  }
  if (!best) best = model;
  return Tagger(best);
}

}  // namespace kg
