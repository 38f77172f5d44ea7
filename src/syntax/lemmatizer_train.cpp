#include <algorithm>
#include <chrono>
#include <map>
#include <ostream>
#include <random>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include "kg/lemmatizer.hpp"
#include "syntax/lemmatizer_model.hpp"
#include "syntax/tagger_word.hpp"

namespace kg {
namespace {

using tagging::EditScript;
using tagging::LemmaQuery;
using tagging::LemmatizerModel;

const std::string& form_of(const Token& t) { return t.form.empty() ? t.text : t.form; }

struct Example {
  LemmaQuery word;
  std::string lemma;
};

std::vector<Example> examples_of(const std::vector<Doc>& docs) {
  std::vector<Example> examples;
  for (const auto& doc : docs)
    for (const auto& t : doc.tokens)
      if (!t.lemma.empty()) examples.push_back({LemmaQuery(form_of(t), t.upos, t.xpos), tagging::normalize_form(t.lemma)});
  return examples;
}

// The key with the highest count; ties go to the smallest key.
template <typename Key>
Key most_frequent(const std::map<Key, std::size_t>& counts) {
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it)
    if (it->second > best->second) best = it;
  return best->first;
}

}  // namespace

Lemmatizer Lemmatizer::train(const std::vector<Doc>& train, const std::vector<Doc>& dev, const TrainOptions& options,
                             std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
  const auto examples = examples_of(train);
  const auto dev_examples = examples_of(dev);
  if (examples.empty()) throw std::invalid_argument("lemmatizer training data has no lemmas");

  // Each distinct word (form and tags) is one training type with its most frequent script.
  std::map<std::string, std::size_t> script_ids;  // encoded script -> id in first-seen order
  std::vector<EditScript> scripts;
  std::vector<bool> replaces;  // the script rewrote a whole word ("were" -> "be"): no pattern for unknown words
  std::map<std::string, std::pair<std::size_t, std::map<std::size_t, std::size_t>>> types;  // key -> (example, counts)
  for (std::size_t e = 0; e < examples.size(); ++e) {
    const auto& ex = examples[e];
    const auto script = tagging::derive_script(ex.word.form, ex.lemma);
    const auto [it, inserted] = script_ids.try_emplace(script.encode(), scripts.size());
    if (inserted) {
      scripts.push_back(script);
      replaces.push_back(false);
    }
    if (script.strip >= tagging::length_in_chars(ex.word.form)) replaces[it->second] = true;
    const std::string key = ex.word.form + '\t' + std::string(ex.word.upos) + '\t' + std::string(ex.word.xpos);
    auto& type = types.try_emplace(key, e, std::map<std::size_t, std::size_t>{}).first->second;
    ++type.second[it->second];
  }

  // The classes: scripts that are patterns (not whole-word rewrites) used by enough
  // types, most used first; the others follow, for the dictionary only.
  std::vector<std::size_t> type_counts(scripts.size(), 0);
  for (const auto& [key, type] : types) ++type_counts[most_frequent(type.second)];
  const auto is_class = [&](std::size_t s) {
    return !replaces[s] && type_counts[s] >= static_cast<std::size_t>(std::max(options.min_script_count, 1));
  };
  std::vector<std::size_t> order(scripts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (is_class(a) != is_class(b)) return is_class(a);
    return type_counts[a] > type_counts[b];
  });
  std::vector<std::uint32_t> new_id(scripts.size());
  auto model = std::make_shared<LemmatizerModel>();
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    new_id[order[rank]] = static_cast<std::uint32_t>(rank);
    model->scripts.push_back(scripts[order[rank]]);
    if (is_class(order[rank])) model->predicted = static_cast<std::uint32_t>(rank + 1);
  }
  if (model->predicted == 0) throw std::invalid_argument("lemmatizer training data has no regular edit script");
  // The most used scripts are the classes, as many as a weight table holds.
  model->predicted = std::min<std::uint32_t>(model->predicted, tagging::WeightTable::kMaxClasses);

  // The dictionary: words by lowercased form and tags, with their most frequent script.
  std::map<std::uint64_t, std::map<std::size_t, std::size_t>> by_key;
  for (const auto& [key, type] : types) {
    auto& counts = by_key[examples[type.first].word.dictionary_key()];
    for (const auto& [script, n] : type.second) counts[new_id[script]] += n;
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> dictionary;
  for (const auto& [key, counts] : by_key) dictionary.emplace_back(key, static_cast<std::uint32_t>(most_frequent(counts)));
  model->dictionary = tagging::SortedTable<std::uint32_t>::from(std::move(dictionary));
  // Spellings whose own most frequent lemma differs from what the lowercased entry gives.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> exact;
  for (const auto& [key, type] : types) {
    const auto& word = examples[type.first].word;
    const auto own = new_id[most_frequent(type.second)];
    const auto shared = *model->dictionary.find(word.dictionary_key());
    if (model->scripts[own].apply(word.form) != model->scripts[shared].apply(word.form))
      exact.emplace_back(word.exact_key(), own);
  }
  model->exact = tagging::SortedTable<std::uint32_t>::from(std::move(exact));

  // The classifier learns from the types, as unknown words look like rare words more than like frequent ones.
  std::vector<std::pair<std::size_t, int>> instances;  // (example, class)
  for (const auto& [key, type] : types) {
    const auto script = new_id[most_frequent(type.second)];
    if (script < model->predicted) instances.emplace_back(type.first, static_cast<int>(script));
  }
  std::vector<std::vector<std::uint64_t>> features(instances.size());
  for (std::size_t i = 0; i < instances.size(); ++i)
    tagging::lemmatizer_features(examples[instances[i].first].word, features[i]);

  tagging::AveragedPerceptron perceptron(static_cast<int>(model->predicted));
  std::mt19937 rng(options.seed);
  std::vector<std::size_t> visit(instances.size());
  for (std::size_t i = 0; i < visit.size(); ++i) visit[i] = i;
  std::vector<float> scores(model->predicted);
  std::shared_ptr<const LemmatizerModel> best;
  double best_score = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (std::size_t i = visit.size(); i > 1; --i) std::swap(visit[i - 1], visit[rng() % i]);
    std::size_t correct = 0;
    for (const auto i : visit) {
      const auto& [example, cls] = instances[i];
      const auto& f = features[i];
      perceptron.score(f, scores);
      const int length = tagging::length_in_chars(examples[example].word.form);
      int guess = -1;
      for (std::size_t c = 0; c < scores.size(); ++c)
        if (model->scripts[c].strip <= length && (guess < 0 || scores[c] > scores[static_cast<std::size_t>(guess)]))
          guess = static_cast<int>(c);
      correct += guess == cls;
      perceptron.update(f, cls, guess < 0 ? cls : guess);
    }
    model->weights = perceptron.averaged(options.prune_below);
    const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::string line = fmt::format("lemmatizer epoch {}: train types {:.2f}", epoch,
                                   100.0 * static_cast<double>(correct) / static_cast<double>(std::max<std::size_t>(instances.size(), 1)));
    double score = epoch;
    if (!dev_examples.empty()) {
      std::size_t right = 0, unknown = 0, unknown_right = 0;
      for (const auto& ex : dev_examples) {
        right += model->lemmatize(ex.word) == ex.lemma;
        if (!model->known(ex.word)) {
          ++unknown;
          unknown_right += model->classify(ex.word) == ex.lemma;
        }
      }
      const double accuracy = 100.0 * static_cast<double>(right) / static_cast<double>(dev_examples.size());
      score = accuracy;
      line += fmt::format(", dev lemma {:.2f} (unknown words {:.2f} of {})", accuracy,
                          unknown ? 100.0 * static_cast<double>(unknown_right) / static_cast<double>(unknown) : 0.0, unknown);
    }
    line += fmt::format(" ({} scripts, {} predicted, {} features, {:.0f} s)", model->scripts.size(), model->predicted,
                        model->weights.feature_count(), elapsed);
    log << line << std::endl;
    if (score >= best_score) {  // on a tie the later epoch wins
      best_score = score;
      best = std::make_shared<const LemmatizerModel>(*model);
    }
  }
  if (!best) best = model;
  return Lemmatizer(best);
}

}  // namespace kg
