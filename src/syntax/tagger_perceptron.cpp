#include "syntax/tagger_perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace kg::tagging {

void WeightTable::add_all(std::span<const std::uint64_t> features, std::span<std::int32_t> scores) const {
  if (slots_.size() <= 1) return;
  // Three sweeps, so that the cache misses of one sweep overlap: request every home
  // slot, probe and request every entry range, then add.
  constexpr std::size_t kBatch = 128;
  std::int64_t found[kBatch];
  for (std::size_t begin = 0; begin < features.size(); begin += kBatch) {
    const std::size_t n = std::min(kBatch, features.size() - begin);
    const auto batch = features.subspan(begin, n);
    for (const auto f : batch) __builtin_prefetch(&slots_[home_slot(f)]);
    for (std::size_t i = 0; i < n; ++i) {
      found[i] = find(batch[i]);
      if (found[i] >= 0) __builtin_prefetch(entries_.data() + 3 * std::size_t{slots_[static_cast<std::size_t>(found[i])].begin});
    }
    for (std::size_t i = 0; i < n; ++i)
      if (found[i] >= 0) add_entries(static_cast<std::size_t>(found[i]), scores);
  }
}

std::size_t WeightTable::feature_count() const {
  std::size_t n = 0;
  for (const auto& slot : slots_) n += slot.fingerprint != 0;
  return n;
}

void WeightTable::write(BinaryWriter& out) const {
  out.put<std::uint32_t>(classes_);
  out.put_vector(slots_);
  out.put_vector(entries_);
}

WeightTable WeightTable::read(BinaryReader& in) {
  WeightTable table;
  table.classes_ = in.get<std::uint32_t>();
  table.slots_ = in.get_vector<Slot>();
  table.entries_ = in.get_vector<std::uint8_t>();
  // The probe loop relies on these; a damaged file must not make it read out of bounds or spin.
  if (table.classes_ == 0 || table.classes_ > kMaxClasses) in.fail("bad class count");
  const auto& slots = table.slots_;
  if (slots.empty() || slots.size() >= (1ULL << 32) || slots.front().begin != 0 ||
      std::size_t{slots.back().begin} * 3 != table.entries_.size() || slots.back().fingerprint != 0)
    in.fail("inconsistent weight table");
  bool has_empty_slot = slots.size() == 1;
  for (std::size_t s = 0; s + 1 < slots.size(); ++s) {
    if (slots[s].begin > slots[s + 1].begin) in.fail("inconsistent weight table");
    has_empty_slot = has_empty_slot || slots[s].fingerprint == 0;
  }
  if (!has_empty_slot) in.fail("full weight table");
  for (std::size_t e = 0; e < table.entries_.size(); e += 3)
    if (table.entries_[e] >= table.classes_) in.fail("class out of range");
  return table;
}

WeightTable WeightTable::build(int classes, std::vector<Row> rows, double prune_below) {
  if (classes <= 0 || classes > kMaxClasses) throw std::invalid_argument("weight table: class count out of range");
  WeightTable table;
  table.classes_ = static_cast<std::uint32_t>(classes);
  float largest = 0;
  for (const auto& row : rows)
    for (const auto& [cls, w] : row.weights) largest = std::max(largest, std::abs(w));
  const float scale = largest > 0 ? 32767.0f / largest : 1.0f;
  const double min_weight = std::max(1.0, prune_below * 32767.0);

  // Quantize, prune, and keep the rows that still have a weight.
  std::vector<std::pair<std::uint64_t, std::vector<std::pair<std::uint16_t, std::int16_t>>>> kept;
  for (auto& row : rows) {
    std::vector<std::pair<std::uint16_t, std::int16_t>> weights;
    for (const auto& [cls, w] : row.weights) {
      const auto q = static_cast<std::int32_t>(std::lround(w * scale));
      if (std::abs(q) >= min_weight) weights.emplace_back(cls, static_cast<std::int16_t>(q));
    }
    if (!weights.empty()) {
      std::sort(weights.begin(), weights.end());
      kept.emplace_back(row.feature, std::move(weights));
    }
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  // Place each row by linear probing; at most 3/4 of the slots are used.
  const std::size_t n = kept.size() + kept.size() / 3 + 1;
  std::vector<std::int64_t> row_of_slot(n, -1);
  table.slots_.assign(n + 1, Slot{0, 0});
  for (std::size_t r = 0; r < kept.size(); ++r) {
    const std::uint64_t feature = kept[r].first;
    std::size_t slot = static_cast<std::size_t>((static_cast<std::uint64_t>(static_cast<std::uint32_t>(feature)) * n) >> 32);
    const auto fingerprint = fingerprint_of(feature);
    bool duplicate = false;
    while (row_of_slot[slot] >= 0) {
      // Two features that share the slot chain and the fingerprint: keep the first only.
      if (table.slots_[slot].fingerprint == fingerprint) duplicate = true;
      if (++slot == n) slot = 0;
    }
    if (duplicate) continue;
    row_of_slot[slot] = static_cast<std::int64_t>(r);
    table.slots_[slot].fingerprint = fingerprint;
  }
  for (std::size_t s = 0; s < n; ++s) {
    table.slots_[s].begin = static_cast<std::uint32_t>(table.entries_.size() / 3);
    if (row_of_slot[s] < 0) continue;
    for (const auto& [cls, w] : kept[static_cast<std::size_t>(row_of_slot[s])].second) {
      const auto bits = static_cast<std::uint16_t>(w);
      table.entries_.push_back(static_cast<std::uint8_t>(cls));
      table.entries_.push_back(static_cast<std::uint8_t>(bits & 0xFF));
      table.entries_.push_back(static_cast<std::uint8_t>(bits >> 8));
    }
  }
  table.slots_[n].begin = static_cast<std::uint32_t>(table.entries_.size() / 3);
  return table;
}

int best_class(std::span<const std::int32_t> scores) {
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

std::uint32_t FeatureIndex::insert(std::uint64_t feature, std::uint32_t next_row, bool& added) {
  if ((size_ + 1) * 2 > keys_.size()) grow();
  const std::uint64_t key = feature | 1;
  std::size_t slot = mix(key);
  for (; keys_[slot] != 0; slot = (slot + 1) & mask_)
    if (keys_[slot] == key) {
      added = false;
      return rows_[slot];
    }
  keys_[slot] = key;
  rows_[slot] = next_row;
  ++size_;
  added = true;
  return next_row;
}

void FeatureIndex::grow() {
  std::vector<std::uint64_t> old_keys = std::move(keys_);
  std::vector<std::uint32_t> old_rows = std::move(rows_);
  const std::size_t capacity = std::max<std::size_t>(1024, old_keys.size() * 2);
  keys_.assign(capacity, 0);
  rows_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (std::size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    std::size_t slot = mix(old_keys[i]);
    while (keys_[slot] != 0) slot = (slot + 1) & mask_;
    keys_[slot] = old_keys[i];
    rows_[slot] = old_rows[i];
  }
}

void AveragedPerceptron::score(std::span<const std::uint64_t> features, std::span<float> scores) const {
  std::fill(scores.begin(), scores.end(), 0.0f);
  for (const auto f : features) {
    const auto row = index_.find(f);
    if (row == FeatureIndex::kMissing) continue;
    for (const auto& w : rows_[row]) scores[w.cls] += w.weight;
  }
}

void AveragedPerceptron::update(std::span<const std::uint64_t> features, int truth, int guess) {
  ++instances_;
  if (truth == guess) return;
  const auto bump = [this](std::uint32_t r, int cls, float delta) {
    auto& row = rows_[r];
    auto& sums = sums_[r];
    std::size_t e = 0;
    while (e < row.size() && row[e].cls != cls) ++e;
    if (e == row.size()) {
      row.push_back({static_cast<std::uint16_t>(cls), 0.0f});
      sums.push_back({instances_, 0.0});
    }
    sums[e].total += static_cast<double>(instances_ - sums[e].stamp) * row[e].weight;
    sums[e].stamp = instances_;
    row[e].weight += delta;
  };
  for (const auto f : features) {
    bool added = false;
    const auto r = index_.insert(f, static_cast<std::uint32_t>(rows_.size()), added);
    if (added) {
      rows_.emplace_back();
      sums_.emplace_back();
      keys_.push_back(f);
    }
    bump(r, truth, 1.0f);
    bump(r, guess, -1.0f);
  }
}

WeightTable AveragedPerceptron::averaged(double prune_below) const {
  std::vector<WeightTable::Row> rows;
  rows.reserve(rows_.size());
  const double n = std::max<std::uint32_t>(instances_, 1);
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    WeightTable::Row row{keys_[r], {}};
    for (std::size_t e = 0; e < rows_[r].size(); ++e) {
      const auto& w = rows_[r][e];
      const double total = sums_[r][e].total + static_cast<double>(instances_ - sums_[r][e].stamp) * w.weight;
      const auto avg = static_cast<float>(total / n);
      if (avg != 0.0f) row.weights.emplace_back(w.cls, avg);
    }
    if (!row.weights.empty()) rows.push_back(std::move(row));
  }
  return WeightTable::build(classes_, std::move(rows), prune_below);
}

}  // namespace kg::tagging
