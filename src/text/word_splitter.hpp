#pragma once
// Splits whitespace-separated chunks of text into UD English tokens (internal header).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/char_class.hpp"

namespace kg::text {

// The text decoded once: code points, their classes and byte offsets
// (offset has one entry more than cp: the end of the text).
struct DecodedText {
  explicit DecodedText(std::string_view text);
  std::string_view text;
  std::vector<char32_t> cp;
  std::vector<CharClass> cls;
  std::vector<std::size_t> offset;

  std::size_t size() const { return cp.size(); }
  std::string_view bytes(std::size_t begin, std::size_t end) const {
    return text.substr(offset[begin], offset[end] - offset[begin]);
  }
};

// A token as a code point range; `fused_with_next` marks the first words of a
// multiword token ("do" of "don't").
struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool fused_with_next = false;
};

class WordSplitter {
 public:
  explicit WordSplitter(const DecodedText& text) : t_(text) {}

  // Appends the tokens of the chunk [begin, end), which holds no whitespace;
  // `number_follows` tells whether the next chunk starts with a digit ("No. 1").
  void split(std::size_t begin, std::size_t end, bool number_follows, std::vector<Piece>& out);
  // Forgets an open single quote (at paragraph breaks).
  void reset_quotes() { single_quote_open_ = false; }

 private:
  bool split_special(std::size_t begin, std::size_t end, std::vector<Piece>& out);
  void split_word(std::size_t begin, std::size_t end, bool fuse_last, std::vector<Piece>& out);
  void split_infixes(std::size_t begin, std::size_t end, bool fuse_last, std::vector<Piece>& out);
  bool keeps_hyphen(std::size_t hyphen, std::size_t begin, std::size_t end) const;
  bool is_url_or_email(std::size_t begin, std::size_t end) const;
  // ASCII-lowercased, one byte per code point (other code points become \x01).
  std::string lower_ascii(std::size_t begin, std::size_t end) const;
  std::size_t run_end(std::size_t i, std::size_t end) const;  // end of the run of cp[i]

  const DecodedText& t_;
  bool single_quote_open_ = false;
};

}  // namespace kg::text
