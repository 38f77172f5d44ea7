#pragma once
// The averaged perceptron behind the tagger and lemmatizer (internal header).
// Training keeps sparse float rows per hashed feature; the shipped form is a
// WeightTable: 16-bit quantized weights in an open-addressing table keyed by the
// feature hash, small on disk and read with a few bulk copies.
#include <cstdint>
#include <span>
#include <vector>

#include "syntax/tagger_binary.hpp"

namespace kg::tagging {

class WeightTable {
 public:
  WeightTable() = default;
  int classes() const { return static_cast<int>(classes_); }
  // Adds the weights of `feature` to scores[class] (scores.size() == classes()).
  void add(std::uint64_t feature, std::span<std::int32_t> scores) const {
    const std::size_t n = fingerprints_.size();
    if (n == 0) return;
    std::size_t slot = static_cast<std::size_t>((static_cast<std::uint64_t>(static_cast<std::uint32_t>(feature)) * n) >> 32);
    const auto fingerprint = static_cast<std::uint32_t>(feature >> 32);
    for (;;) {
      const std::uint32_t begin = offsets_[slot], end = offsets_[slot + 1];
      if (begin == end) return;  // an empty slot ends the probe: unknown feature
      if (fingerprints_[slot] == fingerprint) {
        for (std::uint32_t e = begin; e < end; ++e) scores[entry_class_[e]] += entry_weight_[e];
        return;
      }
      if (++slot == n) slot = 0;
    }
  }
  std::size_t feature_count() const;
  std::size_t entry_count() const { return entry_class_.size(); }

  void write(BinaryWriter& out) const;
  static WeightTable read(BinaryReader& in);

  struct Row {
    std::uint64_t feature;
    std::vector<std::pair<std::uint16_t, float>> weights;  // (class, weight)
  };
  // Quantizes the rows to 16 bits; weights that round to less than `min_weight`
  // units (of 1/32767 of the largest weight) are dropped, and rows left empty with them.
  static WeightTable build(int classes, std::vector<Row> rows, int min_weight);

 private:
  std::uint32_t classes_ = 0;
  std::vector<std::uint32_t> fingerprints_;  // per slot: the feature's high 32 bits
  std::vector<std::uint32_t> offsets_;       // slots + 1: slot s owns entries [offsets_[s], offsets_[s+1])
  std::vector<std::uint16_t> entry_class_;
  std::vector<std::int16_t> entry_weight_;
};

// Index of the highest score; ties go to the lowest index, so results are deterministic.
int best_class(std::span<const std::int32_t> scores);

// Open addressing from feature hashes to row numbers (training only): one cache miss
// per lookup where std::unordered_map takes two or three.
class FeatureIndex {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFF;
  std::uint32_t find(std::uint64_t feature) const {
    if (keys_.empty()) return kMissing;
    const std::uint64_t key = feature | 1;  // 0 marks an empty slot
    for (std::size_t slot = mix(key);; slot = (slot + 1) & mask_) {
      if (keys_[slot] == key) return rows_[slot];
      if (keys_[slot] == 0) return kMissing;
    }
  }
  // The row of `feature`, added as `next_row` when it is new (then `added` is set).
  std::uint32_t insert(std::uint64_t feature, std::uint32_t next_row, bool& added);
  std::size_t size() const { return size_; }

 private:
  std::size_t mix(std::uint64_t key) const { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask_; }
  void grow();
  std::vector<std::uint64_t> keys_;  // feature | 1, or 0
  std::vector<std::uint32_t> rows_;
  std::size_t mask_ = 0, size_ = 0;
};

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int classes) : classes_(classes) {}
  int classes() const { return classes_; }
  // Scores with the current (not averaged) weights.
  void score(std::span<const std::uint64_t> features, std::span<float> scores) const;
  // One training instance: moves weight from `guess` to `truth` when they differ.
  void update(std::span<const std::uint64_t> features, int truth, int guess);
  // The averaged weights as a WeightTable (see WeightTable::build for min_weight).
  WeightTable averaged(int min_weight) const;
  std::size_t feature_count() const { return rows_.size(); }

 private:
  // Scoring reads only the weights; the averaging sums live apart.
  struct Weight {
    std::uint16_t cls;
    float weight;
  };
  struct Sum {
    std::uint32_t stamp;  // instance count when `total` was last brought up to date
    double total;         // sum of the weight over all instances up to `stamp`
  };
  int classes_;
  std::uint32_t instances_ = 0;
  FeatureIndex index_;
  std::vector<std::uint64_t> keys_;
  std::vector<std::vector<Weight>> rows_;
  std::vector<std::vector<Sum>> sums_;
};

}  // namespace kg::tagging
