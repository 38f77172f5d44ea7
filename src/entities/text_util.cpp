#include "entities/text_util.hpp"

#include <algorithm>
#include <iterator>

namespace kg::entities {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_upper_ascii(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

bool capitalized(std::string_view s) { return !s.empty() && is_upper_ascii(s.front()); }

bool all_caps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (is_lower_ascii(c)) return false;
    if (is_upper_ascii(c)) letter = true;
  }
  return letter;
}

std::string shape(std::string_view s) {
  std::string out;
  char last = 0;
  for (char c : s) {
    char k;
    if (is_upper_ascii(c)) k = 'X';
    else if (is_lower_ascii(c)) k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (static_cast<unsigned char>(c) >= 0x80) k = 'u';
    else k = c;
    if (k != last || (k != 'X' && k != 'x' && k != 'd' && k != 'u')) out.push_back(k);
    last = k;
    if (out.size() >= 8) break;
  }
  return out;
}

std::string slug(std::string_view s) {
  std::string out;
  bool dash = false;
  for (char c : s) {
    if (c == '\'' || c == '.') continue;
    const bool keep = is_lower_ascii(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (is_upper_ascii(c)) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (keep) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(c);
    } else {
      dash = true;
    }
  }
  return out;
}

std::string joined_forms(const Doc& doc, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end && i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    out += t.form.empty() ? t.text : t.form;
    if (i + 1 < end && t.end < doc.tokens[i + 1].start) out.push_back(' ');
  }
  return out;
}

std::string lower_words(const Doc& doc, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end && i < doc.tokens.size(); ++i) {
    if (i > begin) out.push_back(' ');
    const Token& t = doc.tokens[i];
    out += lower(t.form.empty() ? t.text : t.form);
  }
  return out;
}

bool region_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {"region", "province", "oblast", "district", "county", "prefecture",
                                                "governorate"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

bool organization_noun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "council", "ministry", "agency",     "organization", "organisation", "alliance",   "bloc",  "committee",
      "commission", "court", "party",     "department",   "union",        "assembly",   "parliament", "company",
      "bank",    "group",    "association", "institute",  "university",   "navy",       "army"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool title_modifier(std::string_view word) {
  static constexpr std::string_view kWords[] = {"deputy", "vice",      "acting", "former", "interim", "chief",
                                                "senior", "top",       "special", "permanent", "assistant", "first",
                                                "supreme", "late",     "then",   "incoming", "outgoing", "shadow"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

}  // namespace kg::entities
