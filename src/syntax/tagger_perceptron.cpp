#include "syntax/tagger_perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kg::tagging {

std::size_t WeightTable::feature_count() const {
  std::size_t n = 0;
  for (std::size_t s = 0; s < fingerprints_.size(); ++s) n += offsets_[s] != offsets_[s + 1];
  return n;
}

void WeightTable::write(BinaryWriter& out) const {
  out.put<std::uint32_t>(classes_);
  out.put_vector(fingerprints_);
  out.put_vector(offsets_);
  out.put_vector(entry_class_);
  out.put_vector(entry_weight_);
}

WeightTable WeightTable::read(BinaryReader& in) {
  WeightTable table;
  table.classes_ = in.get<std::uint32_t>();
  table.fingerprints_ = in.get_vector<std::uint32_t>();
  table.offsets_ = in.get_vector<std::uint32_t>();
  table.entry_class_ = in.get_vector<std::uint16_t>();
  table.entry_weight_ = in.get_vector<std::int16_t>();
  // The probe loop relies on these; a damaged file must not make it read out of bounds or spin.
  const std::size_t slots = table.fingerprints_.size();
  if (table.classes_ == 0 || table.classes_ > 65535) in.fail("bad class count");
  if (slots >= (1ULL << 32) || table.offsets_.size() != slots + 1 || table.offsets_.front() != 0 ||
      table.offsets_.back() != table.entry_class_.size() || table.entry_weight_.size() != table.entry_class_.size())
    in.fail("inconsistent weight table");
  bool has_empty_slot = slots == 0;
  for (std::size_t s = 0; s < slots; ++s) {
    if (table.offsets_[s] > table.offsets_[s + 1]) in.fail("inconsistent weight table");
    has_empty_slot = has_empty_slot || table.offsets_[s] == table.offsets_[s + 1];
  }
  if (!has_empty_slot) in.fail("full weight table");
  for (auto c : table.entry_class_)
    if (c >= table.classes_) in.fail("class out of range");
  return table;
}

WeightTable WeightTable::build(int classes, std::vector<Row> rows, int min_weight) {
  WeightTable table;
  table.classes_ = static_cast<std::uint32_t>(classes);
  float largest = 0;
  for (const auto& row : rows)
    for (const auto& [cls, w] : row.weights) largest = std::max(largest, std::abs(w));
  const float scale = largest > 0 ? 32767.0f / largest : 1.0f;

  // Quantize, prune, and keep the rows that still have a weight.
  std::vector<std::pair<std::uint64_t, std::vector<std::pair<std::uint16_t, std::int16_t>>>> kept;
  for (auto& row : rows) {
    std::vector<std::pair<std::uint16_t, std::int16_t>> weights;
    for (const auto& [cls, w] : row.weights) {
      const auto q = static_cast<std::int32_t>(std::lround(w * scale));
      if (q != 0 && std::abs(q) >= min_weight) weights.emplace_back(cls, static_cast<std::int16_t>(q));
    }
    if (!weights.empty()) {
      std::sort(weights.begin(), weights.end());
      kept.emplace_back(row.feature, std::move(weights));
    }
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  // Place each row by linear probing; at most 3/4 of the slots are used.
  const std::size_t slots = kept.size() + kept.size() / 3 + 1;
  std::vector<std::int64_t> row_of_slot(slots, -1);
  table.fingerprints_.assign(slots, 0);
  for (std::size_t r = 0; r < kept.size(); ++r) {
    const std::uint64_t feature = kept[r].first;
    std::size_t slot = static_cast<std::size_t>((static_cast<std::uint64_t>(static_cast<std::uint32_t>(feature)) * slots) >> 32);
    const auto fingerprint = static_cast<std::uint32_t>(feature >> 32);
    bool duplicate = false;
    while (row_of_slot[slot] >= 0) {
      // Two features that share the slot chain and the fingerprint: keep the first only.
      if (table.fingerprints_[slot] == fingerprint) duplicate = true;
      if (++slot == slots) slot = 0;
    }
    if (duplicate) continue;
    row_of_slot[slot] = static_cast<std::int64_t>(r);
    table.fingerprints_[slot] = fingerprint;
  }
  table.offsets_.assign(slots + 1, 0);
  for (std::size_t s = 0; s < slots; ++s) {
    table.offsets_[s] = static_cast<std::uint32_t>(table.entry_class_.size());
    if (row_of_slot[s] < 0) continue;
    for (const auto& [cls, w] : kept[static_cast<std::size_t>(row_of_slot[s])].second) {
      table.entry_class_.push_back(cls);
      table.entry_weight_.push_back(w);
    }
  }
  table.offsets_[slots] = static_cast<std::uint32_t>(table.entry_class_.size());
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

WeightTable AveragedPerceptron::averaged(int min_weight) const {
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
  return WeightTable::build(classes_, std::move(rows), min_weight);
}

}  // namespace kg::tagging
