// Loading and matching the gazetteer (data/gazetteer.tsv and data/lexicon/*.tsv).
#include "kg/gazetteer.hpp"

#include <algorithm>
#include <fstream>
#include <mutex>

#include <fmt/core.h>

#include "entities/text_util.hpp"
#include "kg/data_dir.hpp"
#include "kg/error.hpp"

namespace kg {
namespace {

std::vector<std::string> split(std::string_view line, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto pos = line.find(sep, start);
    out.emplace_back(line.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

// Calls `row(columns, line_number)` for each non-comment line of a tab-separated file.
template <typename Row>
void read_rows(const std::filesystem::path& path, Row row) {
  std::ifstream in(path);
  if (!in) throw InputError(path.string(), "", "cannot open lexicon file");
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    row(split(line, '\t'), number);
  }
}

[[noreturn]] void bad_line(const std::filesystem::path& path, std::size_t number, const std::string& message) {
  throw InputError(path.string(), fmt::format("line {}", number), message);
}

// Curly apostrophes and quotes made straight, as token forms have them.
std::string straight_quotes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\u2019") == 0 || s.compare(i, 3, "\u2018") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string without_article(std::string_view s) {
  if (s.substr(0, 4) == "the ") s.remove_prefix(4);
  return std::string(s);
}

NameKind parse_kind(std::string_view kind, const std::filesystem::path& path, std::size_t number) {
  if (kind == "name") return NameKind::name;
  if (kind == "acronym") return NameKind::acronym;
  if (kind == "demonym") return NameKind::demonym;
  if (kind == "capital") return NameKind::capital;
  bad_line(path, number, fmt::format("unknown name kind '{}'", kind));
}

}  // namespace

Gazetteer Gazetteer::load(const std::filesystem::path& data_dir) {
  Gazetteer g;
  const auto main = data_dir / "gazetteer.tsv";
  read_rows(main, [&](const std::vector<std::string>& cols, std::size_t number) {
    if (cols[0] == "E") {
      if (cols.size() != 5) bad_line(main, number, "an entity line has 5 columns");
      GazetteerEntry e{cols[1], cols[2], cols[3], {}};
      for (const auto& item : split(cols[4], ';')) {
        const auto eq = item.find('=');
        if (eq != std::string::npos) e.attributes[item.substr(0, eq)] = item.substr(eq + 1);
      }
      if (!g.by_id_.emplace(e.id, g.entries_.size()).second) bad_line(main, number, "duplicate id " + e.id);
      g.entries_.push_back(std::move(e));
    } else if (cols[0] == "N") {
      if (cols.size() != 4) bad_line(main, number, "a name line has 4 columns");
      const auto it = g.by_id_.find(cols[1]);
      if (it == g.by_id_.end()) bad_line(main, number, "name of unknown id " + cols[1]);
      const std::string phrase = without_article(straight_quotes(cols[2]));
      // The first entity listing a name keeps it ("Georgia" the state, not a place).
      const NameKind kind = parse_kind(cols[3], main, number);
      g.by_name_.emplace(phrase, Name{it->second, kind});
      if (kind == NameKind::name && phrase.size() >= 4) {
        const std::string low = entities::lower(phrase);
        g.by_lower_name_.emplace(low, it->second);
        // Run together, as in wire-service slugs: "NORTHKOREA-MISSILES".
        std::string squashed;
        for (char c : low)
          if (c != ' ') squashed.push_back(c);
        if (squashed != low) g.by_lower_name_.emplace(squashed, it->second);
      }
      if (kind == NameKind::demonym) g.demonyms_.emplace(it->second, phrase);
      g.longest_name_ = std::max(g.longest_name_, phrase.size());
    } else {
      bad_line(main, number, "a line starts with E or N");
    }
  });
  const auto lexicon = data_dir / "lexicon";
  const auto titles = lexicon / "titles.tsv";
  read_rows(titles, [&](const std::vector<std::string>& cols, std::size_t number) {
    if (cols.size() != 3 || cols[2].size() != 1) bad_line(titles, number, "expected: title, relation, gender");
    g.titles_[entities::lower(cols[0])] = TitleInfo{cols[1], cols[2][0]};
    g.longest_title_ = std::max<std::size_t>(g.longest_title_, std::count(cols[0].begin(), cols[0].end(), ' ') + 1);
  });
  const auto weapons = lexicon / "weapons.tsv";
  read_rows(weapons, [&](const std::vector<std::string>& cols, std::size_t number) {
    if (cols.size() != 2) bad_line(weapons, number, "expected: kind, phrase");
    if (cols[0] == "head") g.weapon_heads_.insert(entities::lower(cols[1]));
    else if (cols[0] == "modifier") g.weapon_modifiers_.insert(entities::lower(cols[1]));
    else if (cols[0] == "system") g.weapon_systems_.insert(cols[1]);
    else bad_line(weapons, number, "kind is head, modifier or system");
  });
  const auto names = lexicon / "given-names.tsv";
  read_rows(names, [&](const std::vector<std::string>& cols, std::size_t number) {
    if (cols.size() != 2 || cols[1].size() != 1) bad_line(names, number, "expected: name, gender");
    g.given_names_[cols[0]] = cols[1][0];
  });
  const auto lists = data_dir / "names.tsv";
  g.listed_names_.reserve(160'000);  // data/names.tsv: about 159,000 names
  read_rows(lists, [&](const std::vector<std::string>& cols, std::size_t number) {
    const auto* list = std::find(kNameListNames.begin(), kNameListNames.end(), cols.size() == 2 ? cols[0] : "");
    if (list == kNameListNames.end()) bad_line(lists, number, "expected: list (see Gazetteer::kNameListNames), name");
    const std::string phrase = entities::lower(cols[1]);
    g.listed_names_[phrase] |= 1u << (list - kNameListNames.begin());
    const std::size_t words = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
    auto& most = g.listed_first_words_[phrase.substr(0, phrase.find(' '))];
    most = std::max(most, words);
  });
  for (auto [file, set] : {std::pair{"bodies.tsv", &g.bodies_}, std::pair{"agents.tsv", &g.agents_},
                           std::pair{"events.tsv", &g.event_nouns_}}) {
    read_rows(lexicon / file, [&](const std::vector<std::string>& cols, std::size_t) { set->insert(entities::lower(cols[0])); });
  }
  return g;
}

char Gazetteer::given_name(std::string_view form) const {
  if (auto it = given_names_.find(std::string(form)); it != given_names_.end()) return it->second;
  if (form.empty() || !entities::capitalized(form)) return '\0';
  const unsigned lists = name_lists(entities::lower(form));
  const bool male = lists & given_male, female = lists & given_female;
  return male && female ? '-' : male ? 'm' : female ? 'f' : '\0';
}

std::shared_ptr<const Gazetteer> Gazetteer::load_default() {
  static std::mutex mutex;
  static std::shared_ptr<const Gazetteer> cached;
  static std::filesystem::path cached_dir;
  std::lock_guard lock(mutex);
  const auto dir = data_dir();
  if (!cached || cached_dir != dir) {
    data_file("gazetteer.tsv");  // a clear error when the data folder lacks it
    cached = std::make_shared<const Gazetteer>(load(dir));
    cached_dir = dir;
  }
  return cached;
}

std::vector<GazetteerMatch> Gazetteer::match(const Doc& doc, std::size_t begin, std::size_t end) const {
  std::vector<GazetteerMatch> out;
  std::size_t i = begin;
  while (i < end) {
    std::optional<GazetteerMatch> best;
    std::string key;
    for (std::size_t j = i; j < end; ++j) {
      const Token& t = doc.tokens[j];
      if (j > i && doc.tokens[j - 1].end < t.start) key.push_back(' ');
      key += t.form.empty() ? t.text : t.form;
      if (key.size() > longest_name_) break;
      if (auto it = by_name_.find(key); it != by_name_.end()) best = GazetteerMatch{i, j + 1, it->second.entry, it->second.kind};
      // A name with its possessive glued on as one token ("U.S.'s").
      const std::string_view last = t.form.empty() ? std::string_view(t.text) : std::string_view(t.form);
      if (last.size() > 2 && last.ends_with("'s"))
        if (auto it = by_name_.find(key.substr(0, key.size() - 2)); it != by_name_.end())
          best = GazetteerMatch{i, j + 1, it->second.entry, it->second.kind};
    }
    if (best) {
      out.push_back(*best);
      i = best->end;
    } else {
      ++i;
    }
  }
  return out;
}

std::optional<std::size_t> Gazetteer::find_id(std::string_view id) const {
  if (auto it = by_id_.find(std::string(id)); it != by_id_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::size_t> Gazetteer::find_name(std::string_view phrase) const {
  if (auto it = by_name_.find(without_article(straight_quotes(phrase))); it != by_name_.end())
    return it->second.entry;
  return std::nullopt;
}

std::optional<std::size_t> Gazetteer::find_name_ignoring_case(std::string_view phrase) const {
  if (auto it = by_lower_name_.find(entities::lower(without_article(straight_quotes(phrase)))); it != by_lower_name_.end())
    return it->second;
  return std::nullopt;
}

std::string Gazetteer::demonym_of(std::size_t index) const {
  auto it = demonyms_.find(index);
  return it == demonyms_.end() ? std::string() : it->second;
}

std::vector<std::string> Gazetteer::names_of(std::size_t index) const {
  std::vector<std::string> out;
  for (const auto& [phrase, name] : by_name_)
    if (name.entry == index) out.push_back(phrase);
  std::sort(out.begin(), out.end());
  return out;
}

const TitleInfo* Gazetteer::title(std::string_view words) const {
  std::string key(words);
  // The tokenizer splits hyphenated words: "secretary - general" is "secretary-general".
  for (std::size_t at; (at = key.find(" - ")) != std::string::npos;) key.replace(at, 3, "-");
  auto it = titles_.find(key);
  return it == titles_.end() ? nullptr : &it->second;
}

}  // namespace kg
