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
  static constexpr int kMaxClasses = 256;
  WeightTable() = default;
  int classes() const { return static_cast<int>(classes_); }
  // Adds the weights of `feature` to scores[class] (scores.size() == classes()).
  void add(std::uint64_t feature, std::span<std::int32_t> scores) const {
    const std::int64_t slot = find(feature);
    if (slot >= 0) add_entries(static_cast<std::size_t>(slot), scores);
  }
  // Adds the weights of all features: the same as add() for each, with the memory
  // reads of the features overlapped (about twice as fast).
  void add_all(std::span<const std::uint64_t> features, std::span<std::int32_t> scores) const;
  std::size_t feature_count() const;
  std::size_t entry_count() const { return entries_.size() / 3; }

  void write(BinaryWriter& out) const;
  static WeightTable read(BinaryReader& in);

  struct Row {
    std::uint64_t feature;
    std::vector<std::pair<std::uint16_t, float>> weights;  // (class, weight)
  };
  // Quantizes the rows to 16 bits (classes < kMaxClasses); weights smaller than
  // `prune_below` times the largest are dropped, and rows left empty with them.
  static WeightTable build(int classes, std::vector<Row> rows, double prune_below);

 private:
  // The feature's high 32 bits, odd, so that 0 marks an empty slot.
  static std::uint32_t fingerprint_of(std::uint64_t feature) { return static_cast<std::uint32_t>(feature >> 32) | 1; }
  std::size_t home_slot(std::uint64_t feature) const {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(static_cast<std::uint32_t>(feature)) * (slots_.size() - 1)) >> 32);
  }
  // The slot of `feature`, or -1.
  std::int64_t find(std::uint64_t feature) const {
    const std::size_t n = slots_.size() - 1;  // the last slot only closes the entry ranges
    if (n == 0) return -1;
    const std::uint32_t fingerprint = fingerprint_of(feature);
    for (std::size_t slot = home_slot(feature);; slot = slot + 1 == n ? 0 : slot + 1) {
      const std::uint32_t f = slots_[slot].fingerprint;
      if (f == fingerprint) return static_cast<std::int64_t>(slot);
      if (f == 0) return -1;
    }
  }
  // A slot and its entries' range sit together, the entries in 3 bytes each: a
  // feature costs two cache misses.
  void add_entries(std::size_t slot, std::span<std::int32_t> scores) const {
    const std::uint8_t* e = entries_.data() + 3 * std::size_t{slots_[slot].begin};
    const std::uint8_t* end = entries_.data() + 3 * std::size_t{slots_[slot + 1].begin};
    for (; e < end; e += 3) scores[e[0]] += static_cast<std::int16_t>(e[1] | (e[2] << 8));
  }
  struct Slot {
    std::uint32_t fingerprint;  // 0: empty
    std::uint32_t begin;        // slot s owns entries [slots_[s].begin, slots_[s + 1].begin)
  };
  std::uint32_t classes_ = 0;
  std::vector<Slot> slots_{Slot{0, 0}};
  std::vector<std::uint8_t> entries_;  // per entry: class (< kMaxClasses), then the weight, int16 little-endian
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
  // The averaged weights as a WeightTable (see WeightTable::build for prune_below).
  WeightTable averaged(double prune_below) const;
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
