#include "entities/mention_text.hpp"

#include "entities/text_util.hpp"

namespace kg::entities {
namespace {

std::pair<std::size_t, std::size_t> core(const Doc& doc, const Mention& m) {
  std::size_t b = m.begin, e = m.end;
  while (b < e && lower(doc.tokens[b].form) == "the") ++b;
  while (e > b && (doc.tokens[e - 1].form == "'s" || doc.tokens[e - 1].form == "'")) --e;
  return {b, e};
}

}  // namespace

std::string mention_name(const Doc& doc, const Mention& m) {
  const auto [b, e] = core(doc, m);
  std::string name = joined_forms(doc, b, e);
  if (name.size() > 2 && name.ends_with("'s")) name.resize(name.size() - 2);  // "U.S.'s" as one token
  return name;
}

std::vector<std::string> mention_words(const Doc& doc, const Mention& m) {
  const auto [b, e] = core(doc, m);
  std::vector<std::string> out;
  for (auto i = b; i < e; ++i) {
    const auto& f = doc.tokens[i].form.empty() ? doc.tokens[i].text : doc.tokens[i].form;
    if (f == "-") continue;
    out.push_back(f.size() > 2 && f.ends_with("'s") && i + 1 == e ? f.substr(0, f.size() - 2) : f);
  }
  return out;
}

std::vector<std::size_t> token_paragraphs(const Doc& doc) {
  std::vector<std::size_t> out(doc.tokens.size(), 0);
  std::size_t paragraph = 0;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    if (i > 0) {
      // A blank line between the previous token and this one starts a paragraph.
      const std::string_view gap(doc.text.data() + doc.tokens[i - 1].end, doc.tokens[i].start - doc.tokens[i - 1].end);
      const auto first = gap.find('\n');
      if (first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos) ++paragraph;
    }
    out[i] = paragraph;
  }
  return out;
}

}  // namespace kg::entities
