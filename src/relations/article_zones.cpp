#include "kg/article_zones.hpp"

#include <array>
#include <string>
#include <string_view>

#include "relations/parse_view.hpp"

namespace kg {
namespace {

// Lines that open a trailer, as their first words (lower case).
constexpr std::array<std::string_view, 18> trailer_openers{
    "courtesy",   "references",   "reference",     "sources",  "source :", "source:",
    "related",    "read more",    "about the author", "back to top", "copyright", "©",
    "all rights", "follow us",    "share this",    "subscribe", "further reading", "see also"};

constexpr std::size_t max_opener_tokens = 8;

std::string first_words(const Doc& doc, const Sentence& s, std::size_t count) {
  std::string out;
  for (std::size_t t = s.begin; t < s.end && t < s.begin + count; ++t) {
    if (!out.empty() && doc.tokens[t].form != ":") out += ' ';
    out += relations::lower_ascii(doc.tokens[t].form);
  }
  return out;
}

}  // namespace

std::size_t body_end(const Doc& doc) {
  const std::size_t total = doc.tokens.size();
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const auto& s = doc.sentences[i];
    // Only in the second half, and only a short line: "Related" inside a long sentence
    // in the middle of an article is text.
    if (s.begin * 2 < total || s.end - s.begin > max_opener_tokens) continue;
    const std::string start = first_words(doc, s, 3);
    for (auto opener : trailer_openers)
      if (start.starts_with(opener) &&
          (start.size() == opener.size() || start[opener.size()] == ' ' || start[opener.size()] == ':'))
        return i;
  }
  return doc.sentences.size();
}

}  // namespace kg
