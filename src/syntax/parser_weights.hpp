#pragma once
// Perceptron weights of the parser (internal header): a sparse, averaged table for
// training, and a compact 16-bit table for parsing that is what the model file stores.
#include <cstdint>
#include <vector>

#include "syntax/tagger_binary.hpp"

namespace kg::parsing {

// Weights for parsing: for each feature key, a short row of (action, weight) pairs,
// weights quantized to 16 bits; looked up in an open-addressing table built at load.
class CompactWeights {
 public:
  struct Entry {
    std::int16_t weight;
    std::uint8_t action;
  };
  struct Row {
    std::uint64_t key;
    std::vector<Entry> entries;
  };

  CompactWeights() = default;
  // `rows` sorted by key, keys distinct and nonzero; a weight w means w * scale.
  CompactWeights(const std::vector<Row>& rows, float scale);

  // Adds the weights of every feature in keys[0, n) to scores (one per action).
  void score(const std::uint64_t* keys, std::size_t n, std::int32_t* scores) const;

  std::size_t feature_count() const { return feature_count_; }
  std::size_t weight_count() const { return entries_.size(); }

  void write(tagging::BinaryWriter& out) const;
  static CompactWeights read(tagging::BinaryReader& in, int actions);

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::uint32_t begin = 0;
    std::uint32_t length = 0;
  };
  void build_table(const std::vector<std::uint64_t>& keys, const std::vector<std::uint8_t>& lengths);
  const Slot* find(std::uint64_t key) const;

  std::vector<Slot> table_;
  std::uint64_t mask_ = 0;
  std::vector<Entry> entries_;
  std::size_t feature_count_ = 0;
  float scale_ = 1.0F;
};

// Weights for training: an averaged perceptron (Collins 2002) with lazy averaging.
class TrainingWeights {
 public:
  explicit TrainingWeights(int actions);

  // Adds the current weights of keys[0, n) to scores (one per action).
  void score(const std::uint64_t* keys, std::size_t n, float* scores) const;
  // Rewards `good` and penalizes `bad` on every feature in keys[0, n).
  void update(const std::uint64_t* keys, std::size_t n, int good, int bad);
  // Advances the clock by one training instance (one transition).
  void tick() { ++now_; }

  // The averaged weights, quantized; rows of features updated fewer than `min_updates`
  // times and weights below `prune_below` times the largest are dropped.
  CompactWeights average(int min_updates, double prune_below) const;
  std::size_t feature_count() const { return rows_.size(); }

 private:
  struct Entry {
    double total = 0;  // sum of the weight over the clock until `stamp`
    float weight = 0;
    std::uint32_t stamp = 0;
    std::uint32_t action = 0;
  };
  struct Row {
    std::uint64_t key = 0;
    std::uint32_t updates = 0;
    std::vector<Entry> entries;
  };
  Row* find_or_add(std::uint64_t key);
  const Row* find(std::uint64_t key) const;
  void grow();

  int actions_;
  std::vector<std::uint32_t> table_;  // open addressing: row index + 1, 0 empty
  std::uint64_t mask_ = 0;
  std::vector<Row> rows_;
  std::uint32_t now_ = 0;
};

// Feature keys are nonzero in the tables (0 marks an empty slot).
inline std::uint64_t table_key(std::uint64_t key) { return key == 0 ? 1 : key; }

}  // namespace kg::parsing
