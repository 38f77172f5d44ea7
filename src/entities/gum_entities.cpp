#include "entities/gum_entities.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "entities/person_name.hpp"
#include "kg/error.hpp"
#include "kg/gazetteer.hpp"

namespace kg::ner {
namespace {

std::string_view misc_value(std::string_view misc, std::string_view key) {
  while (!misc.empty()) {
    const auto bar = misc.find('|');
    const auto item = misc.substr(0, bar);
    if (item.size() > key.size() && item.substr(0, key.size()) == key && item[key.size()] == '=')
      return item.substr(key.size() + 1);
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return {};
}

int map_type(std::string_view gum) {
  if (gum == "person") return type_index("PER");
  if (gum == "organization") return type_index("ORG");
  if (gum == "place") return type_index("LOC");
  if (gum == "event") return type_index("EVT");
  if (gum == "object" || gum == "abstract" || gum == "substance" || gum == "animal" || gum == "plant")
    return type_index("MISC");
  return -1;
}

bool proper(const Token& t) { return t.xpos == "NNP" || t.xpos == "NNPS"; }
// Words inside a name: "Bank of England", "Procter & Gamble", "Council for the Welfare
// of Immigrants", "Council on Foreign Relations"; in a person's name only a hyphen or "de"
// ("Charles de Gaulle"): "Ben Chan and Leung Che-cheung" are two people.
bool connector(const Token& t, bool person) {
  if (person) return t.form == "-" || t.form == "de";
  return t.form == "of" || t.form == "the" || t.form == "and" || t.form == "&" || t.form == "-" || t.form == "de" ||
         t.form == "for" || t.form == "on";
}

struct Raw {
  std::size_t begin, end;  // token indices in the doc
  int type;
};

}  // namespace

std::vector<std::vector<Span>> gum_named_spans(const Doc& doc, const std::string& filename) {
  static const auto gazetteer = Gazetteer::load_default();
  std::vector<Raw> raws;
  std::map<std::string, std::vector<std::pair<std::size_t, int>>> open;  // entity id -> starts
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    const auto value = misc_value(doc.tokens[i].misc, "Entity");
    std::size_t p = 0;
    while (p < value.size()) {
      if (value[p] == '(') {
        auto q = p + 1;
        while (q < value.size() && value[q] != '(' && value[q] != ')') ++q;
        const auto spec = value.substr(p + 1, q - p - 1);
        const auto dash = spec.find('-');
        if (dash == std::string_view::npos) throw InputError(filename, "", "malformed Entity annotation");
        const auto id = std::string(spec.substr(0, dash));
        const auto rest = spec.substr(dash + 1);
        const int type = map_type(rest.substr(0, rest.find('-')));
        if (q < value.size() && value[q] == ')') {
          raws.push_back({i, i + 1, type});
          p = q + 1;
        } else {
          open[id].push_back({i, type});
          p = q;
        }
      } else if (value[p] >= '0' && value[p] <= '9') {
        auto q = p;
        while (q < value.size() && value[q] != ')') ++q;
        const auto id = std::string(value.substr(p, q - p));
        auto it = open.find(id);
        if (it == open.end() || it->second.empty()) throw InputError(filename, "", "Entity " + id + " closed but not opened");
        raws.push_back({it->second.back().first, i + 1, it->second.back().second});
        it->second.pop_back();
        p = q + 1;
      } else {
        ++p;
      }
    }
  }
  // Named core of each mention: the proper-noun run around its head.
  std::vector<Raw> names;
  for (const auto& r : raws) {
    if (r.type < 0) continue;
    std::size_t head = r.begin;
    for (std::size_t i = r.begin; i < r.end; ++i) {
      const int h = doc.tokens[i].head;
      if (h < 0 || static_cast<std::size_t>(h) < r.begin || static_cast<std::size_t>(h) >= r.end) {
        head = i;
        break;
      }
    }
    if (!proper(doc.tokens[head])) continue;
    // Groups named by a plural proper noun ("Palestinians", "the Beatles" aside) are
    // nationalities, not names of individuals.
    if (r.type == type_index("PER") && doc.tokens[head].xpos == "NNPS") continue;
    const bool person = r.type == type_index("PER");
    std::size_t b = head, e = head + 1;
    while (b > r.begin && (proper(doc.tokens[b - 1]) ||
                           (connector(doc.tokens[b - 1], person) && b - 1 > r.begin && proper(doc.tokens[b - 2]))))
      --b;
    while (e < r.end &&
           (proper(doc.tokens[e]) || (connector(doc.tokens[e], person) && e + 1 < r.end && proper(doc.tokens[e + 1]))))
      ++e;
    if (person) b = entities::person_name_start(doc, b, e, *gazetteer);
    names.push_back({b, e, r.type});
  }
  // Longest first; keep names that do not overlap a kept one.
  std::stable_sort(names.begin(), names.end(), [](const Raw& a, const Raw& b) { return a.end - a.begin > b.end - b.begin; });
  std::vector<Raw> kept;
  for (const auto& n : names) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Raw& k) { return n.begin < k.end && k.begin < n.end; });
    if (!overlaps) kept.push_back(n);
  }
  std::vector<std::vector<Span>> out(doc.sentences.size());
  for (const auto& k : kept) {
    const auto s = doc.sentence_of(k.begin);
    const auto& sentence = doc.sentences[s];
    if (k.end > sentence.end) continue;
    out[s].push_back({k.begin - sentence.begin, k.end - sentence.begin, k.type});
  }
  for (auto& spans : out)
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace kg::ner
