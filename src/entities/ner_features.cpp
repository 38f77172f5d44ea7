#include "entities/ner_features.hpp"

#include <string>
#include <unordered_set>
#include <string_view>

#include "entities/person_name.hpp"
#include "entities/text_util.hpp"

namespace kg::ner {
namespace {

using entities::fnv1a;

using entities::form_of;

// Per-token gazetteer tags: "State:B:name", "Organization:U:acronym", ...
std::vector<std::string> gazetteer_tags(const Doc& doc, const Sentence& s, const Gazetteer& gazetteer) {
  std::vector<std::string> tags(s.end - s.begin);
  for (const auto& m : gazetteer.match(doc, s.begin, s.end)) {
    static constexpr const char* kKinds[] = {"name", "acronym", "demonym", "capital"};
    const std::string base = gazetteer.entry(m.entry).type + ":";
    const std::string kind = std::string(":") + kKinds[static_cast<int>(m.kind)];
    for (auto i = m.begin; i < m.end; ++i) {
      const char* part = m.end - m.begin == 1 ? "U" : i == m.begin ? "B" : i + 1 == m.end ? "L" : "I";
      tags[i - s.begin] = base + part + kind;
    }
  }
  return tags;
}

// Per-token tags of the name lists (data/names.tsv) over the longest listed phrase at
// each position: "city:B", "given-f:U", ...; none when not listed.
std::vector<std::vector<std::string>> name_list_tags(const std::vector<std::string>& low, const Gazetteer& gazetteer) {
  std::vector<std::vector<std::string>> tags(low.size());
  for (std::size_t i = 0; i < low.size(); ++i) {
    // Every listed phrase starts with a listed first word: most tokens need one lookup.
    std::string phrase;
    for (std::size_t k = std::min(gazetteer.listed_phrase_words(low[i]), low.size() - i); k >= 1; --k) {
      phrase = low[i];
      for (std::size_t j = i + 1; j < i + k; ++j) phrase += " " + low[j];
      const unsigned lists = gazetteer.name_lists(phrase);
      if (!lists) continue;
      for (std::size_t l = 0; l < Gazetteer::kNameListNames.size(); ++l) {
        if (!(lists & (1u << l))) continue;
        for (auto j = i; j < i + k; ++j) {
          const char* part = k == 1 ? "U" : j == i ? "B" : j + 1 == i + k ? "L" : "I";
          tags[j].push_back(std::string(Gazetteer::kNameListNames[l]) + ":" + part);
        }
      }
      break;
    }
  }
  return tags;
}

// Words the document writes in lower case somewhere ("wave" makes "Wave" in a heading a
// common word), and words it capitalizes inside a sentence (a name even at its start).
struct DocumentCase {
  std::unordered_set<std::string> lower_seen, capital_inside;
};

const DocumentCase& document_case(const Doc& doc, std::size_t sentence) {
  // Features are computed sentence by sentence, from the first: the word sets are built
  // at a document's first sentence and kept for the rest. (A new Doc may reuse a freed
  // one's address and token count, so those alone do not tell documents apart.)
  thread_local const Doc* cached = nullptr;
  thread_local std::size_t cached_size = 0;
  thread_local DocumentCase value;
  if (sentence == 0 || cached != &doc || cached_size != doc.tokens.size()) {
    value = {};
    for (const auto& s : doc.sentences)
      for (auto i = s.begin; i < s.end; ++i) {
        const auto f = form_of(doc.tokens[i]);
        if (f.empty()) continue;
        if (entities::is_lower_ascii(f.front())) value.lower_seen.insert(std::string(f));
        else if (i > s.begin && entities::capitalized(f) && !entities::all_caps(f)) value.capital_inside.insert(entities::lower(f));
      }
    cached = &doc;
    cached_size = doc.tokens.size();
  }
  return value;
}

}  // namespace

std::vector<Features> sentence_features(const Doc& doc, std::size_t sentence, const Gazetteer& gazetteer,
                                        std::vector<std::size_t>* lexical) {
  const Sentence& s = doc.sentences.at(sentence);
  const std::size_t n = s.end - s.begin;
  std::vector<std::string> low(n), shp(n);
  bool headline = true;  // every word capitalized: a heading in title case or capitals
  for (std::size_t i = 0; i < n; ++i) {
    const auto form = form_of(doc.tokens[s.begin + i]);
    low[i] = entities::lower(form);
    shp[i] = entities::shape(form);
    if (!form.empty() && entities::is_lower_ascii(form.front()) && form.size() > 3) headline = false;
  }
  const auto gaz = gazetteer_tags(doc, s, gazetteer);
  const auto listed = name_list_tags(low, gazetteer);
  const DocumentCase& cases = document_case(doc, sentence);
  const auto word = [&](std::ptrdiff_t i) -> std::string_view {
    if (i < 0) return "<s>";
    if (i >= static_cast<std::ptrdiff_t>(n)) return "</s>";
    return low[static_cast<std::size_t>(i)];
  };
  const auto shape_at = [&](std::ptrdiff_t i) -> std::string_view {
    if (i < 0 || i >= static_cast<std::ptrdiff_t>(n)) return "#";
    return shp[static_cast<std::size_t>(i)];
  };
  const auto upos = [&](std::ptrdiff_t i) -> std::string_view {
    if (i < 0 || i >= static_cast<std::ptrdiff_t>(n)) return "#";
    const auto& u = doc.tokens[s.begin + static_cast<std::size_t>(i)].upos;
    return u.empty() ? std::string_view("_") : std::string_view(u);
  };
  const auto gaz_at = [&](std::ptrdiff_t i) -> std::string_view {
    if (i < 0 || i >= static_cast<std::ptrdiff_t>(n)) return "#";
    return gaz[static_cast<std::size_t>(i)];
  };

  std::vector<Features> out(n);
  if (lexical) lexical->clear();
  for (std::size_t u = 0; u < n; ++u) {
    const auto i = static_cast<std::ptrdiff_t>(u);
    auto& f = out[u];
    const auto add = [&](std::string_view name, std::string_view a = {}, std::string_view b = {}, std::string_view c = {}) {
      std::uint64_t h = fnv1a(name);
      h = fnv1a(a, fnv1a("\x1f", h));
      if (!b.empty()) h = fnv1a(b, fnv1a("\x1f", h));
      if (!c.empty()) h = fnv1a(c, fnv1a("\x1f", h));
      f.push_back(h);
    };
    const auto form = form_of(doc.tokens[s.begin + u]);
    const std::string_view w = low[u];
    add("w", w);
    add("f", form);
    add("w-1w", word(i - 1), w);
    add("ww+1", w, word(i + 1));
    add("s-1w", shape_at(i - 1), w);
    add("ws+1", w, shape_at(i + 1));
    add("gw", gaz_at(i), w);
    for (std::size_t k = 1; k <= 3 && k < w.size(); ++k) add("p", w.substr(0, k));
    for (std::size_t k = 1; k <= 4 && k < w.size(); ++k) add("x", w.substr(w.size() - k));
    if (lexical) lexical->push_back(f.size());
    add("bias");
    add("w-1", word(i - 1));
    add("w+1", word(i + 1));
    add("w-2", word(i - 2));
    add("w+2", word(i + 2));
    add("s", shape_at(i));
    add("s-1", shape_at(i - 1));
    add("s+1", shape_at(i + 1));
    add("s-1ss+1", shape_at(i - 1), shape_at(i), shape_at(i + 1));
    add("u", upos(i));
    add("u-1", upos(i - 1));
    add("u+1", upos(i + 1));
    add("u-1uu+1", upos(i - 1), upos(i), upos(i + 1));
    add("us", upos(i), shape_at(i));
    add("xp", doc.tokens[s.begin + u].xpos);
    if (u == 0) add("first", shape_at(i));
    if (headline) add("headline", shape_at(i));
    add("g", gaz_at(i));
    add("g-1", gaz_at(i - 1));
    add("g+1", gaz_at(i + 1));
    if (entities::capitalized(form)) {
      if (cases.lower_seen.contains(std::string(w))) add("lower-elsewhere", u == 0 ? "first" : "inside");
      if (u == 0 && cases.capital_inside.contains(std::string(w))) add("capital-elsewhere");
    }
    for (const auto& tag : listed[u]) {
      add("nl", tag);
      add("nls", tag, shape_at(i));
    }
    if (gazetteer.given_name(form)) add("given", shape_at(i + 1));
    if (u > 0 && gazetteer.given_name(form_of(doc.tokens[s.begin + u - 1]))) add("given-1", shape_at(i));
    // A title word before the token ("leader Kim", "Ambassador Vassily").
    if (entities::title_ending_at(doc, gazetteer, s.begin + u, s.begin) > 0) add("title-before", shape_at(i));
  }
  return out;
}

}  // namespace kg::ner
