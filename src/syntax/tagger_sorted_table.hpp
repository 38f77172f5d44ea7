#pragma once
// A read-only map from 64-bit keys, as two sorted arrays (internal header).
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "syntax/tagger_binary.hpp"

namespace kg::tagging {

// A read-only map from 64-bit keys, as two sorted arrays (written and read in bulk).
template <typename Value>
struct SortedTable {
  std::vector<std::uint64_t> keys;  // strictly increasing
  std::vector<Value> values;

  const Value* find(std::uint64_t key) const {
    const auto it = std::lower_bound(keys.begin(), keys.end(), key);
    return it != keys.end() && *it == key ? &values[static_cast<std::size_t>(it - keys.begin())] : nullptr;
  }
  // From (key, value) pairs with distinct keys, in any order.
  static SortedTable from(std::vector<std::pair<std::uint64_t, Value>> entries) {
    std::sort(entries.begin(), entries.end());
    SortedTable table;
    for (const auto& [k, v] : entries) {
      table.keys.push_back(k);
      table.values.push_back(v);
    }
    return table;
  }
  void write(BinaryWriter& out) const {
    out.put_vector(keys);
    out.put_vector(values);
  }
  static SortedTable read(BinaryReader& in) {
    SortedTable table;
    table.keys = in.get_vector<std::uint64_t>();
    table.values = in.get_vector<Value>();
    if (table.values.size() != table.keys.size()) in.fail("inconsistent table");
    for (std::size_t i = 1; i < table.keys.size(); ++i)
      if (table.keys[i - 1] >= table.keys[i]) in.fail("unsorted table");
    return table;
  }
};

}  // namespace kg::tagging
