#pragma once
// A learned sentence-boundary classifier: an averaged perceptron over hashed features
// of the gap between two tokens on one line (internal header).
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "text/sentence_splitter.hpp"

namespace kg::text {

class SentenceModel {
 public:
  static constexpr unsigned kBits = 18;  // 2^18 weights, 1 MB

  SentenceModel();

  // Features of a sentence boundary after token `i` (i + 1 < tokens.size());
  // `rule` is what the rules decide there.
  static void features(const std::vector<TokenView>& tokens, std::size_t i, bool rule, std::vector<std::uint32_t>& out);
  float score(const std::vector<std::uint32_t>& features) const;

  struct Example {
    std::vector<std::uint32_t> features;
    bool boundary = false;
  };
  // Trains for `epochs` passes in an order shuffled by `seed`; `log` gets one line per epoch.
  static SentenceModel train(const std::vector<Example>& examples, int epochs, std::uint64_t seed, std::ostream& log);

  void save(std::ostream& out) const;
  // Throws kg::InputError naming `name` for a file that is not a sentence model.
  static SentenceModel load(std::istream& in, const std::string& name);

 private:
  std::vector<float> weights_;
};

}  // namespace kg::text
