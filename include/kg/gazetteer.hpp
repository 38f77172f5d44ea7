#pragma once
// Gazetteer: the entity names kgb recognizes by lookup (data/gazetteer.tsv, built by
// scripts/build-gazetteer.py from Debian's iso-codes and our lists in data/lexicon/),
// and the word lists the entity stages read: titles of people, weapons, government
// bodies and the nouns of groups acting for a state ("troops", "officials").
#include <array>
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/doc.hpp"

namespace kg {

struct GazetteerEntry {
  std::string id;     // "state:PRK", "org:united-nations", "loc:gaza"
  std::string type;   // State, Organization, Location
  std::string label;  // canonical name
  std::map<std::string, std::string> attributes;  // iso3, wikidata, part_of
};

// How a name denotes its entity: "North Korea" (name), "DPRK" (acronym),
// "North Korean" (demonym), "Pyongyang" (capital).
enum class NameKind { name, acronym, demonym, capital };

struct GazetteerMatch {
  std::size_t begin = 0;  // token range [begin, end) in Doc::tokens
  std::size_t end = 0;
  std::size_t entry = 0;  // index into Gazetteer::entry
  NameKind kind = NameKind::name;
};

struct TitleInfo {
  std::string relation;  // works_for, leader_of or member_of
  char gender = '-';     // 'm', 'f' or '-'
};

class Gazetteer {
 public:
  // Reads gazetteer.tsv and lexicon/*.tsv under `data_dir`. Throws kg::InputError naming
  // the file and line of a malformed entry.
  static Gazetteer load(const std::filesystem::path& data_dir);
  // The gazetteer of kg::data_dir(), loaded once per process.
  static std::shared_ptr<const Gazetteer> load_default();

  // Longest matches of known names in tokens [begin, end), left to right, not
  // overlapping. Matching is case-sensitive on token forms ("US" but not "us").
  std::vector<GazetteerMatch> match(const Doc& doc, std::size_t begin, std::size_t end) const;

  std::size_t size() const { return entries_.size(); }
  const GazetteerEntry& entry(std::size_t index) const { return entries_.at(index); }
  std::optional<std::size_t> find_id(std::string_view id) const;
  // The entry named exactly `phrase` (case-sensitive, a leading "the" ignored).
  std::optional<std::size_t> find_name(std::string_view phrase) const;
  // The entry whose full name (not an acronym) is `phrase` ignoring case ("russia"), or
  // its words run together ("NORTHKOREA").
  std::optional<std::size_t> find_name_ignoring_case(std::string_view phrase) const;
  // The first demonym the gazetteer lists for an entry ("North Korean"), or "".
  std::string demonym_of(std::size_t index) const;
  // The names of an entry, as the gazetteer lists them.
  std::vector<std::string> names_of(std::size_t index) const;

  // Word lists, looked up by lower-cased words joined with single spaces.
  const TitleInfo* title(std::string_view words) const;
  bool weapon_head(std::string_view words) const { return weapon_heads_.contains(std::string(words)); }
  bool weapon_modifier(std::string_view word) const { return weapon_modifiers_.contains(std::string(word)); }
  // Named weapon systems ("Iskander", "HIMARS"), case-sensitive.
  bool weapon_system(std::string_view form) const { return weapon_systems_.contains(std::string(form)); }
  bool body(std::string_view words) const { return bodies_.contains(std::string(words)); }
  bool agent(std::string_view words) const { return agents_.contains(std::string(words)); }
  bool event_noun(std::string_view words) const { return event_nouns_.contains(std::string(words)); }
  std::size_t longest_title() const { return longest_title_; }
  // A common given name ("Dorothy"): its gender 'm', 'f' or '-'; 0 when not listed.
  // Our own list first, then the census lists of data/names.tsv.
  char given_name(std::string_view form) const;

  // The name lists of data/names.tsv (scripts/build-name-lists.py): a bit set of the
  // lists naming a lower-cased phrase of words joined with single spaces ("new york").
  // Lists: census given names and surnames, cities and regions, WordNet's named people,
  // places and groups, kinds of people and things written with capitals, and dictionary
  // words written only capitalized or in lower case.
  enum NameList : unsigned { given_male = 1, given_female = 2 };
  static constexpr std::array<std::string_view, 12> kNameListNames = {
      "given-m", "given-f", "surname", "city", "region", "person", "place", "group", "kind", "thing", "proper", "common"};
  unsigned name_lists(std::string_view lower_words) const {
    auto it = listed_names_.find(std::string(lower_words));
    return it == listed_names_.end() ? 0u : it->second;
  }
  // The most words of a listed phrase starting with this lower-cased word; 0 if none does.
  std::size_t listed_phrase_words(std::string_view first_word) const {
    auto it = listed_first_words_.find(std::string(first_word));
    return it == listed_first_words_.end() ? 0 : it->second;
  }

 private:
  struct Name {
    std::size_t entry;
    NameKind kind;
  };
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, Name> by_name_;
  std::unordered_map<std::string, std::size_t> by_lower_name_;
  std::unordered_map<std::size_t, std::string> demonyms_;
  std::size_t longest_name_ = 0;  // bytes
  std::unordered_map<std::string, TitleInfo> titles_;
  std::size_t longest_title_ = 1;  // words
  std::unordered_map<std::string, char> given_names_;
  std::unordered_map<std::string, unsigned> listed_names_;
  std::unordered_map<std::string, std::size_t> listed_first_words_;
  std::unordered_set<std::string> weapon_heads_, weapon_modifiers_, weapon_systems_, bodies_, agents_, event_nouns_;
};

}  // namespace kg
