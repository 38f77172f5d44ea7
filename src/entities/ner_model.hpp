#pragma once
// The statistical entity tagger (internal header): a first-order structured perceptron
// over BILOU labels of five types, decoded with Viterbi, trained with weight averaging.
// Features are 64-bit hashes of feature names; the saved model keeps only features
// with non-zero averaged weights, as sorted keys and sparse rows.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::ner {

// Types the model tags; MISC (titles of works, products, ...) is learned so that such
// names are not mistaken for the others, and is not reported.
inline constexpr std::array<std::string_view, 5> kTypes = {"PER", "ORG", "LOC", "EVT", "MISC"};
inline constexpr int kTypeCount = static_cast<int>(kTypes.size());
inline constexpr int kLabelCount = 1 + 4 * kTypeCount;  // O, then B I L U of each type
int type_index(std::string_view type);  // -1 when unknown

// A typed token span [begin, end) relative to its sentence.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  int type = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

using Features = std::vector<std::uint64_t>;  // the features of one token

std::vector<int> encode(const std::vector<Span>& spans, std::size_t length);
// Spans of a label sequence; ill-formed sequences are repaired (I without B starts a span).
std::vector<Span> decode(const std::vector<int>& labels);
bool allowed(int previous, int next);  // BILOU transition constraint; previous -1 = start

class Model {
 public:
  std::vector<int> tag(const std::vector<Features>& sentence) const;
  // Binary file with a magic tag, version and checksum; throws kg::InputError naming the
  // file when it is missing, truncated or damaged.
  void save(const std::filesystem::path& path) const;
  static Model load(const std::filesystem::path& path);
  std::size_t feature_count() const { return keys_.size(); }
  // The model whose weights are the mean of the given models' (an ensemble of training
  // runs in one linear model: same scores as averaging theirs, one model's speed).
  static Model mean(const std::vector<Model>& models);

 private:
  friend class Trainer;
  void scores(const Features& features, std::array<float, kLabelCount>& out) const;
  std::vector<std::uint64_t> keys_;     // sorted
  std::vector<std::uint32_t> offsets_;  // keys_.size() + 1 offsets into labels_/weights_
  std::vector<std::uint8_t> labels_;
  std::vector<float> weights_;
  std::array<float, kLabelCount * kLabelCount> transitions_{};  // [previous * L + next]
  std::array<float, kLabelCount> start_{};
};

class Trainer {
 public:
  // One pass of structured-perceptron updates over a sentence; returns the number of
  // wrongly labelled tokens before the update.
  std::size_t learn(const std::vector<Features>& sentence, const std::vector<int>& gold);
  // The averaged model, with weights whose magnitude is below `min_weight` dropped.
  Model average(float min_weight = 1e-3f) const;

 private:
  struct Row {
    std::array<float, kLabelCount> weight{};
    std::array<float, kLabelCount> total{};  // sum of weight over time, lazily updated
    std::array<std::uint64_t, kLabelCount> stamp{};
  };
  void update(Row& row, int label, float delta);
  std::unordered_map<std::uint64_t, Row> rows_;
  Row transitions_[kLabelCount + 1];  // row kLabelCount = start
  std::uint64_t time_ = 1;
};

}  // namespace kg::ner
