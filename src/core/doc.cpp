#include "kg/doc.hpp"

#include <algorithm>
#include <stdexcept>

namespace kg {

std::size_t Doc::sentence_of(std::size_t token) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token,
                             [](std::size_t t, const Sentence& s) { return t < s.begin; });
  if (it == sentences.begin()) throw std::out_of_range("token before the first sentence");
  return static_cast<std::size_t>(std::distance(sentences.begin(), it)) - 1;
}

std::string Doc::span_text(std::size_t begin, std::size_t end) const {
  if (begin >= end || end > tokens.size()) return {};
  return text.substr(tokens[begin].start, tokens[end - 1].end - tokens[begin].start);
}

std::size_t Doc::char_offset(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text.size());
  // Count the bytes that start a code point (all but UTF-8 continuation bytes).
  return static_cast<std::size_t>(std::count_if(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(byte_offset),
                                                [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace kg
