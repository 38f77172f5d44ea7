// What the words around a name say it is: the context rules of the entity recognizer.
#include "entities/name_context.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>

#include "entities/person_name.hpp"
#include "entities/text_util.hpp"

namespace kg::entities {

bool title_qualifier(std::string_view word) { return title_modifier(word) || word == "u.n." || word == "un"; }

std::string_view NameContext::form(const Token& t) { return form_of(t); }
std::string NameContext::low(std::size_t i) const { return lower(form(doc_.tokens[i])); }

// The end of a person's name that goes on with a hyphenated syllable the tokenizer split
// off: "Wong Pik-wan", "Kim Jong-un", "Wu Chi-wai".
std::size_t NameContext::hyphenated_end(std::size_t e) const {
  const auto glued = [&](std::size_t a) { return doc_.tokens[a].end == doc_.tokens[a + 1].start; };
  while (e + 1 < end_ && form(doc_.tokens[e]) == "-" && glued(e - 1) && glued(e)) {
    const auto syllable = form(doc_.tokens[e + 1]);
    if (syllable.size() > 6 || !std::all_of(syllable.begin(), syllable.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }))
      break;
    e += 2;
  }
  return e;
}

// A name the text calls a place: "the village of Orto-Boz", "Kant, an air base in
// Kyrgyzstan", "Isfara, a town in ...".
bool NameContext::described_as_place(std::size_t b, std::size_t e) const {
  static constexpr std::string_view kPlaces[] = {"village", "town", "city", "port", "region", "province", "district",
                                                 "island", "base", "airbase", "settlement", "camp", "municipality",
                                                 "county", "suburb", "neighbourhood", "neighborhood"};
  const auto place_noun = [&](std::size_t i) {
    return std::find(std::begin(kPlaces), std::end(kPlaces), low(i)) != std::end(kPlaces);
  };
  if (b >= begin_ + 2 && low(b - 1) == "of" && place_noun(b - 2)) return true;
  if (e + 2 < end_ && form(doc_.tokens[e]) == "," && (low(e + 1) == "a" || low(e + 1) == "an"))
    for (std::size_t i = e + 2; i < end_ && i < e + 6; ++i) {
      if (place_noun(i)) return true;
      if (!std::isalpha(static_cast<unsigned char>(form(doc_.tokens[i]).front()))) break;
    }
  return false;
}

// A name that says it is an organization by its last word ("Shahid Karimi Industries")
// or the common noun after it ("Tasnim news agency").
bool NameContext::organization_named(std::size_t b, std::size_t e) const {
  static constexpr std::string_view kLastWords[] = {
      "Industries", "Corporation", "Corp", "Inc", "Ltd", "Company", "Holdings", "Group", "Bank", "Airlines", "Airways",
      "Agency", "Council", "Committee", "Commission", "Party", "Ministry", "Institute", "University", "Foundation",
      "Association", "Union", "Alliance", "Organization", "Organisation", "Forces", "Army", "Navy", "Guard", "Court",
      "Office", "Service", "Department", "Brigade", "Brigades", "Front", "Movement", "News"};
  const auto last = form(doc_.tokens[e - 1]);
  if (e - b >= 2 && std::find(std::begin(kLastWords), std::end(kLastWords), last) != std::end(kLastWords)) return true;
  if (e < end_ && (low(e) == "agency" || low(e) == "news" || low(e) == "newspaper" || low(e) == "company" ||
                   low(e) == "group" || low(e) == "party" || low(e) == "militia"))
    return true;
  return false;
}

// A name followed by an apposition calling it an organization: "Frontex, the EU's border
// agency", "Wagner, a mercenary group".
bool NameContext::described_as_organization(std::size_t e) const {
  if (e + 2 >= end_ || form(doc_.tokens[e]) != "," || (low(e + 1) != "a" && low(e + 1) != "an" && low(e + 1) != "the"))
    return false;
  // The head is the apposition's last word: "the State Department spokesperson" is a person.
  std::size_t i = e + 2;
  while (i < end_ && i < e + 8 &&
         (std::isalnum(static_cast<unsigned char>(form(doc_.tokens[i]).front())) || form(doc_.tokens[i]) == "'s" ||
          form(doc_.tokens[i]) == "-") &&
         doc_.tokens[i].upos != "ADP" && doc_.tokens[i].upos != "PRON" && low(i) != "of" && low(i) != "in" &&
         low(i) != "that" && low(i) != "which" && low(i) != "who" && low(i) != "based")
    ++i;
  const auto w = low(i - 1);
  return i > e + 2 && (entities::organization_noun(w) || w == "network" || w == "firm" || w == "militia" ||
                       w == "newspaper" || w == "broadcaster" || w == "force");
}

// Tokens [b, e) are title words only: qualifiers and a title ("Foreign Minister",
// "Deputy Ambassador").
bool NameContext::only_title(std::size_t b, std::size_t e) const {
  while (b < e && title_qualifier(low(b))) ++b;
  return b < e && gaz_.title(entities::lower_words(doc_, b, e));
}

// A person's title directly before token b, or before a comma there: "Ambassador,
// Vassily Nebenzia", "leader Kim". A name it introduces is a person's.
bool NameContext::after_title(std::size_t b) const {
  if (b > begin_ && form(doc_.tokens[b - 1]) == ",") --b;
  return title_ending_at(doc_, gaz_, b, begin_) > 0;
}

}  // namespace kg::entities
