#include "io/text_position.hpp"

#include <algorithm>

namespace kg::io {

std::string line_column(std::string_view text, std::size_t byte_offset) {
  byte_offset = std::min(byte_offset, text.size());
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < byte_offset; ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  std::size_t column = 1;
  for (std::size_t i = line_start; i < byte_offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // skip UTF-8 continuation bytes
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string json_pointer(const std::vector<std::string>& tokens) {
  std::string pointer;
  for (const auto& token : tokens) {
    pointer += '/';
    for (char c : token) {
      if (c == '~')
        pointer += "~0";
      else if (c == '/')
        pointer += "~1";
      else
        pointer += c;
    }
  }
  return pointer;
}

}  // namespace kg::io
