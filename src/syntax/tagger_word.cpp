#include "syntax/tagger_word.hpp"

#include <utf8proc.h>

namespace kg::tagging {
namespace {

// Decodes the code point at s[pos], advancing pos; invalid bytes read as U+FFFD.
utf8proc_int32_t next_code_point(std::string_view s, std::size_t& pos) {
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                  static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
  if (n <= 0) {
    ++pos;
    return 0xFFFD;
  }
  pos += static_cast<std::size_t>(n);
  return cp;
}

void append(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buffer[4];
  const auto n = utf8proc_encode_char(cp, buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string normalize_form(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (std::size_t pos = 0; pos < form.size();) {
    if (static_cast<unsigned char>(form[pos]) < 0x80) {
      out += form[pos++];
      continue;
    }
    const auto cp = next_code_point(form, pos);
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:  // ‘ ’ ‚ ‛ ′
        out += '\'';
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:  // “ ” „ ‟ ″
        out += '"';
        break;
      default:
        append(out, cp);
    }
  }
  return out;
}

std::string to_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      ++pos;
      continue;
    }
    append(out, utf8proc_tolower(next_code_point(s, pos)));
  }
  return out;
}

std::string to_upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) append(out, utf8proc_toupper(next_code_point(s, pos)));
  return out;
}

bool starts_upper(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const auto cp = next_code_point(s, pos);
    const auto category = utf8proc_category(cp);
    if (category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT) return true;
    if (category == UTF8PROC_CATEGORY_LL || category == UTF8PROC_CATEGORY_LO || category == UTF8PROC_CATEGORY_LM)
      return false;
  }
  return false;
}

bool all_upper(std::string_view s) {
  bool letter = false;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto category = utf8proc_category(next_code_point(s, pos));
    if (category == UTF8PROC_CATEGORY_LL) return false;
    if (category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT) letter = true;
  }
  return letter;
}

std::string word_shape(std::string_view s) {
  std::string shape;
  char last = 0;
  int run = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto cp = next_code_point(s, pos);
    char c;
    switch (utf8proc_category(cp)) {
      case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
        c = 'X';
        break;
      case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        c = 'x';
        break;
      case UTF8PROC_CATEGORY_ND:
        c = 'd';
        break;
      default:
        c = cp < 0x80 ? static_cast<char>(cp) : '*';
    }
    run = c == last ? run + 1 : 1;
    last = c;
    if (run <= 3) shape += c;
  }
  return shape;
}

std::string_view prefix(std::string_view s, int n) {
  std::size_t pos = 0;
  for (int i = 0; i < n && pos < s.size(); ++i) {
    ++pos;
    while (pos < s.size() && is_continuation(s[pos])) ++pos;
  }
  return s.substr(0, pos);
}

std::string_view suffix(std::string_view s, int n) {
  std::size_t pos = s.size();
  for (int i = 0; i < n && pos > 0; ++i) {
    --pos;
    while (pos > 0 && is_continuation(s[pos])) --pos;
  }
  return s.substr(pos);
}

int length_in_chars(std::string_view s) {
  int n = 0;
  for (char c : s) n += is_continuation(c) ? 0 : 1;
  return n;
}

}  // namespace kg::tagging
