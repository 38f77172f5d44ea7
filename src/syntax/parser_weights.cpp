#include "syntax/parser_weights.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

namespace kg::parsing {

// ---- CompactWeights ----

CompactWeights::CompactWeights(const std::vector<Row>& rows, float scale, int actions)
    : actions_(actions), scale_(scale) {
  std::vector<std::uint64_t> keys;
  std::vector<std::uint8_t> lengths;
  keys.reserve(rows.size());
  lengths.reserve(rows.size());
  for (const Row& row : rows) {
    keys.push_back(row.key);
    lengths.push_back(static_cast<std::uint8_t>(row.entries.size()));
    entries_.insert(entries_.end(), row.entries.begin(), row.entries.end());
  }
  build_table(keys, lengths);
}

void CompactWeights::build_table(const std::vector<std::uint64_t>& keys, const std::vector<std::uint8_t>& lengths) {
  if (entries_.size() >= (std::size_t{1} << 24)) throw std::length_error("parser model: too many weights");
  keys_ = keys;
  lengths_ = lengths;
  // A load factor of at most 2/3 keeps probe sequences short.
  const std::size_t size = std::bit_ceil(std::max<std::size_t>(16, keys.size() + keys.size() / 2));
  table_.assign(size, Slot{});
  mask_ = size - 1;
  dense_width_ = (static_cast<std::size_t>(actions_) + 15) / 16 * 16;
  dense_.clear();
  std::uint32_t begin = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::uint64_t slot = keys[i] & mask_;
    while (table_[slot].check != 0) slot = (slot + 1) & mask_;
    if (lengths[i] >= dense_from) {
      const auto number = static_cast<std::uint32_t>(dense_.size() / dense_width_);
      dense_.resize(dense_.size() + dense_width_, 0);
      std::int16_t* row = dense_.data() + number * dense_width_;
      for (std::uint32_t e = begin; e < begin + lengths[i]; ++e) row[entries_[e].action] = entries_[e].weight;
      table_[slot] = Slot{check_of(keys[i]), number << 8 | dense_mark};
    } else {
      table_[slot] = Slot{check_of(keys[i]), begin << 8 | lengths[i]};
    }
    begin += lengths[i];
  }
}

const CompactWeights::Slot* CompactWeights::find(std::uint64_t key) const {
  const std::uint32_t check = check_of(key);
  for (std::uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
    const Slot& s = table_[slot];
    if (s.check == check) return &s;
    if (s.check == 0) return nullptr;
  }
}

void CompactWeights::score(const std::uint64_t* keys, std::size_t n, std::int32_t* scores) const {
  if (table_.empty()) return;
  // Issue every memory access before using any, so the cache misses overlap.
  for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(&table_[keys[i] & mask_]);
  std::uint32_t rows[256];
  std::size_t hits = 0;
  for (std::size_t i = 0; i < n && hits < 256; ++i) {
    if (const Slot* s = find(keys[i])) {
      if ((s->row & 0xFF) != dense_mark) __builtin_prefetch(&entries_[s->row >> 8]);
      rows[hits++] = s->row;
    }
  }
  const auto width = static_cast<std::size_t>(actions_);
  for (std::size_t i = 0; i < hits; ++i) {
    if ((rows[i] & 0xFF) == dense_mark) {
      const std::int16_t* row = dense_.data() + (rows[i] >> 8) * dense_width_;
      for (std::size_t a = 0; a < width; ++a) scores[a] += row[a];
      continue;
    }
    const Entry* e = entries_.data() + (rows[i] >> 8);
    const Entry* end = e + (rows[i] & 0xFF);
    for (; e != end; ++e) scores[e->action] += e->weight;
  }
}

void CompactWeights::write(tagging::BinaryWriter& out) const {
  std::vector<std::uint8_t> actions;
  std::vector<std::int16_t> weights;
  actions.reserve(entries_.size());
  weights.reserve(entries_.size());
  for (const Entry& e : entries_) {
    actions.push_back(e.action);
    weights.push_back(e.weight);
  }
  out.put(scale_);
  out.put_vector(keys_);
  out.put_vector(lengths_);
  out.put_vector(actions);
  out.put_vector(weights);
}

CompactWeights CompactWeights::read(tagging::BinaryReader& in, int actions) {
  CompactWeights w;
  w.actions_ = actions;
  w.scale_ = in.get<float>();
  const auto keys = in.get_vector<std::uint64_t>();
  const auto lengths = in.get_vector<std::uint8_t>();
  const auto action_of = in.get_vector<std::uint8_t>();
  const auto weights = in.get_vector<std::int16_t>();
  if (lengths.size() != keys.size() || action_of.size() != weights.size()) in.fail("weight table sizes disagree");
  std::uint64_t total = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0 && keys[i] <= keys[i - 1]) in.fail("feature keys out of order");
    total += lengths[i];
  }
  if (total != weights.size()) in.fail("weight rows do not add up");
  if (total >= (std::uint64_t{1} << 24)) in.fail("too many weights");
  w.entries_.resize(weights.size());
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (action_of[i] >= actions) in.fail("weight of an unknown transition");
    w.entries_[i] = Entry{weights[i], action_of[i]};
  }
  w.build_table(keys, lengths);
  return w;
}

CompactWeights CompactWeights::average(const std::vector<const CompactWeights*>& tables, double prune_below) {
  // Merge the tables' sorted keys; mean weights in real units, then quantized anew.
  std::map<std::uint64_t, std::map<int, double>> sums;
  const double share = 1.0 / static_cast<double>(std::max<std::size_t>(1, tables.size()));
  for (const CompactWeights* table : tables) {
    std::size_t entry = 0;
    for (std::size_t i = 0; i < table->keys_.size(); ++i) {
      auto& row = sums[table->keys_[i]];
      for (std::size_t e = 0; e < table->lengths_[i]; ++e, ++entry)
        row[table->entries_[entry].action] += table->entries_[entry].weight * static_cast<double>(table->scale_) * share;
    }
  }
  double largest = 0;
  for (const auto& [key, row] : sums)
    for (const auto& [action, value] : row) largest = std::max(largest, std::abs(value));
  const double scale = largest > 0 ? largest / 32767.0 : 1.0;
  std::vector<Row> rows;
  for (const auto& [key, row] : sums) {
    Row out{key, {}};
    for (const auto& [action, value] : row) {
      if (std::abs(value) < prune_below) continue;
      const auto q = static_cast<std::int16_t>(std::lround(value / scale));
      if (q != 0) out.entries.push_back(Entry{q, static_cast<std::uint8_t>(action)});
    }
    if (!out.entries.empty()) rows.push_back(std::move(out));
  }
  return CompactWeights(rows, static_cast<float>(scale), tables.empty() ? 0 : tables.front()->actions_);
}

// ---- TrainingWeights ----

TrainingWeights::TrainingWeights(int actions, int min_updates)
    : actions_(actions), min_updates_(min_updates), table_(1 << 16, 0), mask_((1 << 16) - 1) {
  if (min_updates_ > 1) pending_.assign(std::size_t{1} << 24, 0);
}

const TrainingWeights::Row* TrainingWeights::find(std::uint64_t key) const {
  key = table_key(key);
  std::uint64_t slot = key & mask_;
  while (const std::uint32_t index = table_[slot]) {
    if (rows_[index - 1].key == key) return &rows_[index - 1];
    slot = (slot + 1) & mask_;
  }
  return nullptr;
}

TrainingWeights::Row* TrainingWeights::find_or_add(std::uint64_t key) {
  key = table_key(key);
  std::uint64_t slot = key & mask_;
  while (const std::uint32_t index = table_[slot]) {
    if (rows_[index - 1].key == key) return &rows_[index - 1];
    slot = (slot + 1) & mask_;
  }
  if (rows_.size() >= std::numeric_limits<std::uint32_t>::max() - 1) throw std::length_error("too many features");
  rows_.push_back(Row{key, {}});
  table_[slot] = static_cast<std::uint32_t>(rows_.size());
  if (rows_.size() * 2 > table_.size()) {
    grow();
    return const_cast<Row*>(find(key));
  }
  return &rows_.back();
}

void TrainingWeights::grow() {
  table_.assign(table_.size() * 2, 0);
  mask_ = table_.size() - 1;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    std::uint64_t slot = rows_[i].key & mask_;
    while (table_[slot] != 0) slot = (slot + 1) & mask_;
    table_[slot] = static_cast<std::uint32_t>(i + 1);
  }
}

void TrainingWeights::score(const std::uint64_t* keys, std::size_t n, float* scores) const {
  for (std::size_t i = 0; i < n; ++i)
    if (const Row* row = find(keys[i]))
      for (const Entry& e : row->entries) scores[e.action] += e.weight;
}

void TrainingWeights::update(const std::uint64_t* keys, std::size_t n, int good, int bad) {
  const auto change = [&](Row& row, int action, float delta) {
    auto it = std::find_if(row.entries.begin(), row.entries.end(),
                           [&](const Entry& e) { return e.action == static_cast<std::uint32_t>(action); });
    if (it == row.entries.end()) {
      row.entries.push_back(Entry{0, 0, now_, static_cast<std::uint32_t>(action)});
      it = row.entries.end() - 1;
    }
    it->total += static_cast<double>(it->weight) * (now_ - it->stamp);
    it->stamp = now_;
    it->weight += delta;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!pending_.empty() && find(keys[i]) == nullptr) {
      std::uint8_t& count = pending_[(keys[i] >> 40) & (pending_.size() - 1)];
      if (count < 255) ++count;
      if (count < min_updates_) continue;
    }
    Row& row = *find_or_add(keys[i]);
    change(row, good, 1.0F);
    change(row, bad, -1.0F);
  }
}

CompactWeights TrainingWeights::average(double prune_below) const {
  const double clock = std::max<double>(1, now_);
  std::vector<std::pair<std::uint64_t, std::vector<std::pair<int, double>>>> averaged;
  double largest = 0;
  for (const Row& row : rows_) {
    std::vector<std::pair<int, double>> entries;
    for (const Entry& e : row.entries) {
      const double avg = (e.total + static_cast<double>(e.weight) * (now_ - e.stamp)) / clock;
      if (avg != 0) entries.emplace_back(static_cast<int>(e.action), avg);
      largest = std::max(largest, std::abs(avg));
    }
    if (!entries.empty()) averaged.emplace_back(row.key, std::move(entries));
  }
  std::sort(averaged.begin(), averaged.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const double scale = largest > 0 ? largest / 32767.0 : 1.0;
  const double threshold = prune_below;
  std::vector<CompactWeights::Row> rows;
  rows.reserve(averaged.size());
  for (auto& [key, entries] : averaged) {
    CompactWeights::Row row{key, {}};
    std::sort(entries.begin(), entries.end());
    for (const auto& [action, value] : entries) {
      if (std::abs(value) < threshold) continue;
      const auto q = static_cast<std::int16_t>(std::lround(value / scale));
      if (q != 0) row.entries.push_back(CompactWeights::Entry{q, static_cast<std::uint8_t>(action)});
    }
    if (!row.entries.empty()) rows.push_back(std::move(row));
  }
  return CompactWeights(rows, static_cast<float>(scale), actions_);
}

}  // namespace kg::parsing
