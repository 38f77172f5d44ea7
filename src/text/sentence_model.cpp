#include "text/sentence_model.hpp"

#include <algorithm>
#include <cstring>
#include <istream>
#include <numeric>
#include <ostream>
#include <random>

#include <fmt/core.h>
#include <fmt/ostream.h>

#include "kg/error.hpp"
#include "text/char_class.hpp"
#include "text/lexicon.hpp"
#include "text/utf8.hpp"

namespace kg::text {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'S', 'E', 'N', 'T', '1', '\n'};
constexpr std::uint32_t kMask = (1u << SentenceModel::kBits) - 1;

std::uint64_t fnv(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// Word shape: X for uppercase, x lowercase, d digit, the character itself otherwise;
// runs collapse ("U.S." -> "X.X.", "Thomas" -> "Xx", "1,200" -> "d,d").
std::string shape(std::string_view token) {
  std::string out;
  std::size_t pos = 0;
  while (pos < token.size() && out.size() < 8) {
    std::size_t length = 0;
    const char32_t c = decode_utf8(token, pos, length);
    char s;
    const CharClass cls = classify(c);
    if (cls == CharClass::kLetter) {
      s = is_upper(c) ? 'X' : 'x';
    } else if (cls == CharClass::kDigit) {
      s = 'd';
    } else {
      s = c < 0x80 ? static_cast<char>(c) : '*';
    }
    if (out.empty() || out.back() != s) out += s;
    pos += length;
  }
  return out;
}

std::string lower(std::string_view token) {
  std::string out(token.substr(0, 24));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

SentenceModel::SentenceModel() : weights_(std::size_t{1} << kBits, 0.0f) {}

void SentenceModel::features(const std::vector<TokenView>& tokens, std::size_t i, bool rule,
                             std::vector<std::uint32_t>& out) {
  out.clear();
  const auto at = [&](std::ptrdiff_t k) -> std::string_view {
    const auto j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return "<s>";
    if (j >= static_cast<std::ptrdiff_t>(tokens.size())) return "</s>";
    return tokens[static_cast<std::size_t>(j)].text;
  };
  const std::string w0 = lower(at(0)), w1 = lower(at(1)), wm1 = lower(at(-1)), w2 = lower(at(2));
  const std::string s0 = shape(at(0)), s1 = shape(at(1)), sm1 = shape(at(-1)), s2 = shape(at(2));
  const char gap = tokens[i].gap == Gap::kNone ? 'n' : 's';
  const bool abbreviation = at(0).size() > 1 && at(0).back() == '.' && is_abbreviation(at(0));
  const auto add = [&](std::string_view name, std::string_view a, std::string_view b = {}) {
    std::uint64_t h = fnv(14695981039346656037ull, name);
    h = fnv(fnv(h, "\x1f"), a);
    h = fnv(fnv(h, "\x1f"), b);
    out.push_back(static_cast<std::uint32_t>(h ^ (h >> 32)) & kMask);
  };
  const std::string_view rule_value = rule ? "1" : "0";
  add("bias", "");
  add("rule", rule_value);
  add("rule+s1", rule_value, s1);
  add("rule+w1", rule_value, w1);
  add("rule+w0", rule_value, w0);
  add("w0", w0);
  add("w1", w1);
  add("w-1", wm1);
  add("w2", w2);
  add("w0+w1", w0, w1);
  add("w-1+w0", wm1, w0);
  add("s0", s0);
  add("s1", s1);
  add("s0+s1", s0, s1);
  add("s-1+s0+s1", sm1 + ' ' + s0, s1);
  add("s1+s2", s1, s2);
  add("w0+s1", w0, s1);
  add("s0+w1", s0, w1);
  add("gap+s1", std::string_view(&gap, 1), s1);
  add("gap+w0", std::string_view(&gap, 1), w0);
  add("abbr+s1", abbreviation ? "a" : "-", s1);
  add("starter1", is_sentence_starter(w1) ? "y" : "n", s1);
}

float SentenceModel::score(const std::vector<std::uint32_t>& features) const {
  float sum = 0.0f;
  for (std::uint32_t f : features) sum += weights_[f];
  return sum;
}

SentenceModel SentenceModel::train(const std::vector<Example>& examples, int epochs, std::uint64_t seed,
                                   std::ostream& log) {
  const std::size_t size = std::size_t{1} << kBits;
  std::vector<double> weights(size, 0.0), totals(size, 0.0);
  std::vector<std::int64_t> stamps(size, 0);
  std::int64_t step = 0;
  std::vector<std::size_t> order(examples.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::mt19937_64 random(seed);
  const auto update = [&](std::uint32_t f, double delta) {
    totals[f] += static_cast<double>(step - stamps[f]) * weights[f];
    stamps[f] = step;
    weights[f] += delta;
  };
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    // Fisher-Yates with our own draws, so the order is the same on every platform.
    for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[random() % k]);
    std::size_t errors = 0;
    for (std::size_t index : order) {
      const Example& example = examples[index];
      double sum = 0.0;
      for (std::uint32_t f : example.features) sum += weights[f];
      ++step;
      if ((sum > 0.0) != example.boundary) {
        ++errors;
        const double delta = example.boundary ? 1.0 : -1.0;
        for (std::uint32_t f : example.features) update(f, delta);
      }
    }
    fmt::print(log, "sentence model epoch {}: {} of {} gaps misclassified in training\n", epoch, errors,
               examples.size());
  }
  SentenceModel model;
  for (std::size_t f = 0; f < size; ++f) {
    const double total = totals[f] + static_cast<double>(step - stamps[f]) * weights[f];
    model.weights_[f] = step > 0 ? static_cast<float>(total / static_cast<double>(step)) : 0.0f;
  }
  return model;
}

void SentenceModel::save(std::ostream& out) const {
  out.write(kMagic, sizeof kMagic);
  const std::uint32_t bits = kBits;
  out.write(reinterpret_cast<const char*>(&bits), sizeof bits);
  out.write(reinterpret_cast<const char*>(weights_.data()), static_cast<std::streamsize>(weights_.size() * sizeof(float)));
}

SentenceModel SentenceModel::load(std::istream& in, const std::string& name) {
  char magic[sizeof kMagic] = {};
  std::uint32_t bits = 0;
  in.read(magic, sizeof magic);
  in.read(reinterpret_cast<char*>(&bits), sizeof bits);
  if (!in || std::memcmp(magic, kMagic, sizeof kMagic) != 0)
    throw InputError(name, "byte 0", "not a kgb sentence model");
  if (bits != kBits) throw InputError(name, "byte 8", fmt::format("sentence model has 2^{} weights, expected 2^{}", bits, kBits));
  SentenceModel model;
  in.read(reinterpret_cast<char*>(model.weights_.data()),
          static_cast<std::streamsize>(model.weights_.size() * sizeof(float)));
  if (!in || in.peek() != std::char_traits<char>::eof())
    throw InputError(name, "", "sentence model is truncated or has trailing bytes");
  return model;
}

}  // namespace kg::text
