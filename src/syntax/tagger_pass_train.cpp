// One greedy perceptron pass of the tagger, trained on its own predicted history.
#include <algorithm>
#include <random>

#include "syntax/tagger_training.hpp"

namespace kg::tagging {

WeightTable train_pass(const PassData& data, const std::vector<std::size_t>& use, const PassSettings& settings) {
  AveragedPerceptron perceptron(settings.classes);
  std::mt19937 rng(settings.seed);
  std::vector<std::size_t> order = use;
  std::vector<std::uint64_t> features;
  std::vector<float> scores(static_cast<std::size_t>(settings.classes));
  std::vector<int> tags;
  WeightTable best;
  double best_score = 0;
  bool have_best = false;
  for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
    // Fisher-Yates with the raw generator: the same order on every platform.
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    std::size_t seen = 0, correct = 0;
    for (const auto s : order) {
      const auto& words = data.words[s];
      const auto& gold = data.gold[s];
      const std::span<const int> guide = data.guide ? std::span<const int>((*data.guide)[s]) : std::span<const int>();
      tags.assign(words.size(), 0);
      for (std::size_t i = 0; i < words.size(); ++i) {
        if (data.fixed[s][i] >= 0) {
          tags[i] = data.fixed[s][i];
          continue;
        }
        features.clear();
        tagger_features(words, i, tags, guide, features);
        perceptron.score(features, scores);
        const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        if (gold[i] >= 0) {
          perceptron.update(features, gold[i], guess);
          ++seen;
          correct += guess == gold[i];
        }
        tags[i] = guess;  // the history the decoder will see
      }
    }
    const bool last = epoch == settings.epochs;
    if (!settings.on_epoch && !last) continue;
    auto weights = perceptron.averaged(settings.prune_below);
    const double accuracy = seen ? 100.0 * static_cast<double>(correct) / static_cast<double>(seen) : 0.0;
    const double score = settings.on_epoch ? settings.on_epoch(epoch, weights, accuracy) : 0.0;
    // On a tie the later epoch wins: its average rests on more updates.
    if (!have_best || score >= best_score) {
      have_best = true;
      best_score = score;
      best = std::move(weights);
    }
  }
  return best;
}

}  // namespace kg::tagging
