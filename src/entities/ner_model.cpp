#include "entities/ner_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include <fmt/core.h>

#include "kg/error.hpp"
#include "kg/file_io.hpp"

namespace kg::ner {
namespace {

constexpr int kO = 0;
int label_of(int type, int part) { return 1 + 4 * type + part; }  // part: 0 B, 1 I, 2 L, 3 U
int part_of(int label) { return (label - 1) % 4; }
int type_of(int label) { return (label - 1) / 4; }

constexpr std::string_view kMagic = "KGNER\x01";
constexpr std::uint32_t kVersion = 1;

std::uint64_t checksum(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

template <typename T>
void put(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}
template <typename T>
void put_vector(std::string& out, const std::vector<T>& v) {
  put<std::uint64_t>(out, v.size());
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

class Reader {
 public:
  Reader(std::string_view bytes, std::string file) : bytes_(bytes), file_(std::move(file)) {}
  template <typename T>
  T get() {
    need(sizeof(T));
    T value;
    std::memcpy(&value, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return value;
  }
  template <typename T>
  std::vector<T> get_vector() {
    const auto n = get<std::uint64_t>();
    if (n > bytes_.size() / sizeof(T)) fail("implausible array size");
    need(n * sizeof(T));
    std::vector<T> v(n);
    std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  [[noreturn]] void fail(const std::string& message) const {
    throw InputError(file_, fmt::format("byte {}", pos_), "damaged entity model: " + message);
  }

 private:
  void need(std::size_t n) const {
    if (bytes_.size() - pos_ < n) fail("truncated");
  }
  std::string_view bytes_;
  std::string file_;
  std::size_t pos_ = 0;
};

}  // namespace

int type_index(std::string_view type) {
  for (int t = 0; t < kTypeCount; ++t)
    if (kTypes[static_cast<std::size_t>(t)] == type) return t;
  return -1;
}

std::vector<int> encode(const std::vector<Span>& spans, std::size_t length) {
  std::vector<int> labels(length, kO);
  for (const auto& s : spans) {
    if (s.end > length || s.begin >= s.end) continue;
    if (s.end - s.begin == 1) {
      labels[s.begin] = label_of(s.type, 3);
      continue;
    }
    labels[s.begin] = label_of(s.type, 0);
    for (auto i = s.begin + 1; i + 1 < s.end; ++i) labels[i] = label_of(s.type, 1);
    labels[s.end - 1] = label_of(s.type, 2);
  }
  return labels;
}

std::vector<Span> decode(const std::vector<int>& labels) {
  std::vector<Span> out;
  std::size_t i = 0;
  while (i < labels.size()) {
    if (labels[i] == kO) {
      ++i;
      continue;
    }
    const int type = type_of(labels[i]);
    std::size_t j = i;
    if (part_of(labels[i]) != 3) {  // B or a stray I/L: extend over I to L of the same type
      while (j + 1 < labels.size() && labels[j + 1] != kO && type_of(labels[j + 1]) == type &&
             (part_of(labels[j + 1]) == 1 || part_of(labels[j + 1]) == 2)) {
        ++j;
        if (part_of(labels[j]) == 2) break;
      }
    }
    out.push_back({i, j + 1, type});
    i = j + 1;
  }
  return out;
}

bool allowed(int previous, int next) {
  const bool open = previous > 0 && (part_of(previous) == 0 || part_of(previous) == 1);  // after B or I
  if (next == kO) return !open;
  const int part = part_of(next);
  if (part == 1 || part == 2) return open && type_of(previous) == type_of(next);
  return !open;
}

void Model::scores(const Features& features, std::array<float, kLabelCount>& out) const {
  out.fill(0.0f);
  for (auto f : features) {
    auto it = std::lower_bound(keys_.begin(), keys_.end(), f);
    if (it == keys_.end() || *it != f) continue;
    const auto row = static_cast<std::size_t>(it - keys_.begin());
    for (auto k = offsets_[row]; k < offsets_[row + 1]; ++k) out[labels_[k]] += weights_[k];
  }
}

std::vector<int> Model::tag(const std::vector<Features>& sentence) const {
  const std::size_t n = sentence.size();
  if (n == 0) return {};
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<std::array<float, kLabelCount>> best(n);
  std::vector<std::array<int, kLabelCount>> back(n);
  std::array<float, kLabelCount> emit{};
  for (std::size_t i = 0; i < n; ++i) {
    scores(sentence[i], emit);
    for (int y = 0; y < kLabelCount; ++y) {
      float top = kNone;
      int arg = -1;
      if (i == 0) {
        if (allowed(-1, y)) top = start_[static_cast<std::size_t>(y)];
      } else {
        for (int p = 0; p < kLabelCount; ++p) {
          if (best[i - 1][static_cast<std::size_t>(p)] == kNone || !allowed(p, y)) continue;
          const float s = best[i - 1][static_cast<std::size_t>(p)] + transitions_[static_cast<std::size_t>(p * kLabelCount + y)];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
      }
      best[i][static_cast<std::size_t>(y)] = top == kNone ? kNone : top + emit[static_cast<std::size_t>(y)];
      back[i][static_cast<std::size_t>(y)] = arg;
    }
  }
  // The last label must close any open span.
  int y = kO;
  float top = kNone;
  for (int k = 0; k < kLabelCount; ++k) {
    const bool closes = k == kO || part_of(k) >= 2;
    if (closes && best[n - 1][static_cast<std::size_t>(k)] > top) {
      top = best[n - 1][static_cast<std::size_t>(k)];
      y = k;
    }
  }
  std::vector<int> labels(n);
  for (std::size_t i = n; i-- > 0;) {
    labels[i] = y;
    if (i > 0) y = back[i][static_cast<std::size_t>(y)];
  }
  return labels;
}

void Model::save(const std::filesystem::path& path) const {
  std::string body;
  put<std::uint32_t>(body, kVersion);
  put<std::uint32_t>(body, static_cast<std::uint32_t>(kLabelCount));
  put_vector(body, keys_);
  put_vector(body, offsets_);
  put_vector(body, labels_);
  put_vector(body, weights_);
  body.append(reinterpret_cast<const char*>(transitions_.data()), sizeof(transitions_));
  body.append(reinterpret_cast<const char*>(start_.data()), sizeof(start_));
  write_file_atomically(path, [&](std::ostream& out) {
    out.write(kMagic.data(), static_cast<std::streamsize>(kMagic.size()));
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    const auto sum = checksum(body);
    out.write(reinterpret_cast<const char*>(&sum), sizeof(sum));
  });
}

Model Model::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "", "cannot open entity model");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string bytes = buffer.str();
  if (bytes.size() < kMagic.size() + sizeof(std::uint64_t) || bytes.compare(0, kMagic.size(), kMagic) != 0)
    throw InputError(path.string(), "byte 0", "not a kgb entity model");
  const std::string_view body(bytes.data() + kMagic.size(), bytes.size() - kMagic.size() - sizeof(std::uint64_t));
  std::uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - sizeof(stored), sizeof(stored));
  if (stored != checksum(body)) throw InputError(path.string(), "", "damaged entity model: checksum mismatch");
  Reader r(body, path.string());
  if (r.get<std::uint32_t>() != kVersion) r.fail("unsupported version");
  if (r.get<std::uint32_t>() != static_cast<std::uint32_t>(kLabelCount)) r.fail("label set differs");
  Model m;
  m.keys_ = r.get_vector<std::uint64_t>();
  m.offsets_ = r.get_vector<std::uint32_t>();
  m.labels_ = r.get_vector<std::uint8_t>();
  m.weights_ = r.get_vector<float>();
  for (auto& t : m.transitions_) t = r.get<float>();
  for (auto& s : m.start_) s = r.get<float>();
  if (m.offsets_.size() != m.keys_.size() + 1 || m.labels_.size() != m.weights_.size() ||
      m.offsets_.back() != m.labels_.size() || !std::is_sorted(m.keys_.begin(), m.keys_.end()))
    r.fail("inconsistent tables");
  for (auto l : m.labels_)
    if (l >= kLabelCount) r.fail("label out of range");
  return m;
}

Model Model::mean(const std::vector<Model>& models) {
  std::map<std::uint64_t, std::array<float, kLabelCount>> rows;
  Model m;
  const float share = models.empty() ? 0.0f : 1.0f / static_cast<float>(models.size());
  for (const Model& model : models) {
    for (std::size_t r = 0; r < model.keys_.size(); ++r) {
      auto& row = rows.try_emplace(model.keys_[r]).first->second;
      for (auto k = model.offsets_[r]; k < model.offsets_[r + 1]; ++k) row[model.labels_[k]] += share * model.weights_[k];
    }
    for (std::size_t k = 0; k < m.transitions_.size(); ++k) m.transitions_[k] += share * model.transitions_[k];
    for (std::size_t k = 0; k < m.start_.size(); ++k) m.start_[k] += share * model.start_[k];
  }
  m.offsets_.push_back(0);
  for (const auto& [key, row] : rows) {  // std::map: keys come sorted
    for (int y = 0; y < kLabelCount; ++y)
      if (const float w = row[static_cast<std::size_t>(y)]; w != 0.0f) {
        m.labels_.push_back(static_cast<std::uint8_t>(y));
        m.weights_.push_back(w);
      }
    m.keys_.push_back(key);
    m.offsets_.push_back(static_cast<std::uint32_t>(m.labels_.size()));
  }
  return m;
}

void Trainer::update(Row& row, int label, float delta) {
  const auto k = static_cast<std::size_t>(label);
  row.total[k] += static_cast<float>(time_ - row.stamp[k]) * row.weight[k];
  row.stamp[k] = time_;
  row.weight[k] += delta;
}

std::size_t Trainer::learn(const std::vector<Features>& sentence, const std::vector<int>& gold) {
  // Tag with the current weights through a view holding only this sentence's rows.
  Model view;
  std::vector<std::uint64_t> keys;
  for (const auto& fs : sentence) keys.insert(keys.end(), fs.begin(), fs.end());
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  view.offsets_.push_back(0);
  for (auto key : keys) {
    auto it = rows_.find(key);
    if (it != rows_.end())
      for (int y = 0; y < kLabelCount; ++y)
        if (const float w = it->second.weight[static_cast<std::size_t>(y)]; w != 0.0f) {
          view.labels_.push_back(static_cast<std::uint8_t>(y));
          view.weights_.push_back(w);
        }
    view.keys_.push_back(key);
    view.offsets_.push_back(static_cast<std::uint32_t>(view.labels_.size()));
  }
  for (int p = 0; p < kLabelCount; ++p)
    for (int y = 0; y < kLabelCount; ++y)
      view.transitions_[static_cast<std::size_t>(p * kLabelCount + y)] = transitions_[p].weight[static_cast<std::size_t>(y)];
  for (int y = 0; y < kLabelCount; ++y) view.start_[static_cast<std::size_t>(y)] = transitions_[kLabelCount].weight[static_cast<std::size_t>(y)];

  const auto predicted = view.tag(sentence);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const int g = gold[i], p = predicted[i];
    const int gp = i == 0 ? kLabelCount : gold[i - 1];
    const int pp = i == 0 ? kLabelCount : predicted[i - 1];
    if (g != p) {
      ++wrong;
      for (auto f : sentence[i]) {
        Row& row = rows_[f];
        update(row, g, 1.0f);
        update(row, p, -1.0f);
      }
    }
    if (g != p || gp != pp) {
      update(transitions_[gp], g, 1.0f);
      update(transitions_[pp], p, -1.0f);
    }
  }
  ++time_;
  return wrong;
}

Model Trainer::average(float min_weight) const {
  Model m;
  std::vector<std::uint64_t> keys;
  keys.reserve(rows_.size());
  for (const auto& [key, row] : rows_) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  const auto avg = [&](const Row& row, int y) {
    const auto k = static_cast<std::size_t>(y);
    const float total = row.total[k] + static_cast<float>(time_ - row.stamp[k]) * row.weight[k];
    return total / static_cast<float>(time_);
  };
  m.offsets_.push_back(0);
  for (auto key : keys) {
    const Row& row = rows_.at(key);
    const auto before = m.labels_.size();
    for (int y = 0; y < kLabelCount; ++y)
      if (const float w = avg(row, y); std::fabs(w) >= min_weight) {
        m.labels_.push_back(static_cast<std::uint8_t>(y));
        m.weights_.push_back(w);
      }
    if (m.labels_.size() == before) continue;
    m.keys_.push_back(key);
    m.offsets_.push_back(static_cast<std::uint32_t>(m.labels_.size()));
  }
  for (int p = 0; p < kLabelCount; ++p)
    for (int y = 0; y < kLabelCount; ++y) m.transitions_[static_cast<std::size_t>(p * kLabelCount + y)] = avg(transitions_[p], y);
  for (int y = 0; y < kLabelCount; ++y) m.start_[static_cast<std::size_t>(y)] = avg(transitions_[kLabelCount], y);
  return m;
}

}  // namespace kg::ner
