#pragma once
// Small string helpers shared by the entity stages (internal header).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "kg/doc.hpp"

namespace kg::entities {

// A token's word form: its corrected form when it has one, else its text.
inline std::string_view form_of(const Token& t) { return t.form.empty() ? std::string_view(t.text) : std::string_view(t.form); }

// ASCII lower-casing (non-ASCII bytes are kept as they are).
std::string lower(std::string_view s);
bool is_upper_ascii(char c);
bool is_lower_ascii(char c);
// Starts with an ASCII capital letter.
bool capitalized(std::string_view s);
// Has letters and none of them is lower case ("NATO", "U.S.").
bool all_caps(std::string_view s);
// Word shape with runs collapsed: "Kim" -> "Xx", "U.S." -> "X.X.", "12,000" -> "d,d".
std::string shape(std::string_view s);
// The slug of a name for entity ids: "Kim Jong Un" -> "kim-jong-un".
std::string slug(std::string_view s);
// Forms of tokens [begin, end) joined as the text joins them (a space where the
// original has whitespace), with curly quotes made straight: "Russia's", "U.S. officials".
std::string joined_forms(const Doc& doc, std::size_t begin, std::size_t end);
// The same, lower-cased and always joined with single spaces: "foreign ministry".
std::string lower_words(const Doc& doc, std::size_t begin, std::size_t end);

// Words that qualify a title: "deputy ambassador", "former president", "shadow home
// secretary" (lower case).
bool title_modifier(std::string_view word);

// A word for a part of a country that follows its name: "Kursk region", "Jiangsu
// province" (lower case).
bool region_word(std::string_view word);

// Head nouns of organizations: "council", "ministry", "agency", "party" (lower case).
bool organization_noun(std::string_view word);

// 64-bit FNV-1a, for hashed feature names.
constexpr std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 14695981039346656037ull) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace kg::entities
