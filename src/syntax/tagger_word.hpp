#pragma once
// Word-level helpers of the tagger and lemmatizer (internal header): feature hashing,
// normalized and lowercased forms, word shapes and affixes in code points.
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::tagging {

// splitmix64's finalizer: spreads every input bit over the output.
inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

inline std::uint64_t hash_string(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ULL;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
  return mix64(h);
}

// A feature is a template number and one or two values, hashed to 64 bits.
inline std::uint64_t feature(std::uint32_t templ, std::uint64_t value) {
  return mix64(value + 0x9E3779B97F4A7C15ULL * (templ + 1));
}
inline std::uint64_t feature(std::uint32_t templ, std::uint64_t a, std::uint64_t b) {
  return mix64(feature(templ, a) ^ (b * 0xC2B2AE3D27D4EB4FULL + 0x165667B19E3779F9ULL));
}

// The form the models read: curly quotes and apostrophes made straight, as the
// tokenizer does, so treebank forms and tokenizer output look alike.
std::string normalize_form(std::string_view form);

// Unicode lowercase (simple case mapping).
std::string to_lower(std::string_view s);
std::string to_upper(std::string_view s);

// True when the first letter is uppercase / every letter is uppercase (and there is one).
bool starts_upper(std::string_view s);
bool all_upper(std::string_view s);

// Letters as X/x, digits as d, other characters kept; runs longer than 3 shortened
// ("Nebenzia" -> "Xxxx", "12,000" -> "dd,ddd", "U.S." -> "X.X.").
std::string word_shape(std::string_view s);

// The first / last n code points of s (all of s when it is shorter).
std::string_view prefix(std::string_view s, int n);
std::string_view suffix(std::string_view s, int n);
// Number of code points in s.
int length_in_chars(std::string_view s);

}  // namespace kg::tagging
