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
  // `rows` sorted by key, keys distinct; a weight w means w * scale.
  CompactWeights(const std::vector<Row>& rows, float scale, int actions);

  // Adds the weights of every feature in keys[0, n) to scores (one per action).
  void score(const std::uint64_t* keys, std::size_t n, std::int32_t* scores) const;

  std::size_t feature_count() const { return keys_.size(); }
  std::size_t weight_count() const { return entries_.size(); }

  void write(tagging::BinaryWriter& out) const;
  static CompactWeights read(tagging::BinaryReader& in, int actions);

  // The mean of several tables over the same actions; mean weights smaller than
  // `prune_below` are dropped.
  static CompactWeights average(const std::vector<const CompactWeights*>& tables, double prune_below);

 private:
  // 8 bytes, so more of the table stays in cache: the slot number holds the key's low
  // bits, `check` its high 32 (0 marks an empty slot), `row` the row's first entry (24
  // bits) and length (8 bits), or for a long row, its number in `dense_` and 0xFF.
  struct Slot {
    std::uint32_t check = 0;
    std::uint32_t row = 0;
  };
  static std::uint32_t check_of(std::uint64_t key) {
    const auto high = static_cast<std::uint32_t>(key >> 32);
    return high == 0 ? 1 : high;
  }
  void build_table(const std::vector<std::uint64_t>& keys, const std::vector<std::uint8_t>& lengths);
  const Slot* find(std::uint64_t key) const;

  static constexpr std::uint32_t dense_mark = 0xFF;
  // Rows with at least this many weights are stored densely: adding all of a dense row
  // (vectorized) is cheaper than scattering that many entries.
  static constexpr std::size_t dense_from = 24;

  std::vector<Slot> table_;
  std::uint64_t mask_ = 0;
  std::vector<std::uint64_t> keys_;  // sorted; with lengths_ and entries_ what the file holds
  std::vector<std::uint8_t> lengths_;
  std::vector<Entry> entries_;
  int actions_ = 0;
  std::size_t dense_width_ = 0;  // actions_ rounded up to a multiple of 16
  std::vector<std::int16_t> dense_;
  float scale_ = 1.0F;
};

// Weights for training: an averaged perceptron (Collins 2002) with lazy averaging.
class TrainingWeights {
 public:
  // A feature gets weights only once it takes part in `min_updates` updates (counted in
  // a hashed table, so a few get in earlier): features of a single mistake are noise.
  TrainingWeights(int actions, int min_updates);

  // Adds the current weights of keys[0, n) to scores (one per action).
  void score(const std::uint64_t* keys, std::size_t n, float* scores) const;
  // Rewards `good` and penalizes `bad` on every feature in keys[0, n).
  void update(const std::uint64_t* keys, std::size_t n, int good, int bad);
  // Advances the clock by one training instance (one transition).
  void tick() { ++now_; }

  // The averaged weights, quantized; weights smaller than `prune_below` (in units of
  // one update) are dropped.
  CompactWeights average(double prune_below) const;
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
    std::vector<Entry> entries;
  };
  Row* find_or_add(std::uint64_t key);
  const Row* find(std::uint64_t key) const;
  void grow();

  int actions_;
  int min_updates_;
  std::vector<std::uint8_t> pending_;  // update counts of features without weights, hashed
  std::vector<std::uint32_t> table_;  // open addressing: row index + 1, 0 empty
  std::uint64_t mask_ = 0;
  std::vector<Row> rows_;
  std::uint32_t now_ = 0;
};

// Feature keys are nonzero in the tables (0 marks an empty slot).
inline std::uint64_t table_key(std::uint64_t key) { return key == 0 ? 1 : key; }

}  // namespace kg::parsing
