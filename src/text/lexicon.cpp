#include "text/lexicon.hpp"

#include <algorithm>
#include <array>

namespace kg::text {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

template <std::size_t N>
constexpr bool is_sorted_list(const std::array<std::string_view, N>& list) {
  for (std::size_t i = 1; i < N; ++i)
    if (!(list[i - 1] < list[i])) return false;
  return true;
}

// Titles, months, days and Latin abbreviations: followed by a name, number or more text.
constexpr std::array<std::string_view, 73> kNonfinal = {
    "Adm.", "Amb.", "Apr.", "Aug.", "Brig.", "Capt.", "Cdr.", "Cf.", "Cmdr.", "Col.", "Cpl.", "Dec.", "Det.",
    "Dr.", "E.g.", "Feb.", "Fig.", "Fr.", "Fri.", "Ft.", "Gen.", "Gov.", "Hon.", "I.e.", "Jan.", "Jul.",
    "Jun.", "Lt.", "Maj.", "Mar.", "Messrs.", "Mme.", "Mon.", "Mr.", "Mrs.", "Ms.", "Mt.", "No.", "Nos.",
    "Nov.", "Oct.", "Pres.", "Prof.", "Pvt.", "Rep.", "Reps.", "Rev.", "Sat.", "Sen.", "Sens.", "Sep.",
    "Sept.", "Sgt.", "Sun.", "Supt.", "Thu.", "Thur.", "Thurs.", "Tue.", "Tues.", "Vol.", "Wed.", "cf.",
    "e.g.", "eg.", "i.e.", "no.", "nos.", "pp.", "v.", "viz.", "vol.", "vs."};
static_assert(is_sorted_list(kNonfinal));

// Abbreviations that may also end a sentence ("... Apple Inc. The company ...").
constexpr std::array<std::string_view, 74> kFinal = {
    "Ala.", "Apt.", "Ariz.", "Ark.", "Assn.", "Ave.", "Blvd.", "Bros.", "Calif.", "Co.", "Colo.", "Conn.",
    "Corp.", "Del.", "Dept.", "Esq.", "Fla.", "Ga.", "Ill.", "Inc.", "Ind.", "Jr.", "Kan.", "Ky.", "La.",
    "Ln.", "Ltd.", "Mass.", "Md.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.",
    "Pa.", "Pl.", "Rd.", "Sr.", "St.", "Tenn.", "Tex.", "Univ.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.", "al.",
    "approx.", "ca.", "dept.", "esp.", "est.", "etc.", "ext.", "ft.", "hr.", "hrs.", "incl.", "lb.", "lbs.",
    "max.", "min.", "mins.", "mos.", "oz.", "sq.", "st.", "wk.", "yrs."};
static_assert(is_sorted_list(kFinal));

constexpr std::array<std::string_view, 37> kHyphenPrefixes = {
    "anti", "arch", "bi", "co", "counter", "cross", "de", "e", "ex", "hyper", "inter", "intra", "macro",
    "mega", "micro", "mid", "mini", "mis", "multi", "neo", "non", "over", "pan", "post", "pre", "pro", "pseudo",
    "psycho", "quasi", "re", "semi", "socio", "sub", "super", "trans", "tri", "ultra"};
static_assert(is_sorted_list(kHyphenPrefixes));

constexpr std::array<std::string_view, 2> kHyphenSuffixes = {
    "esque", "wise"};
static_assert(is_sorted_list(kHyphenSuffixes));

constexpr std::array<std::string_view, 72> kStarters = {
    "a", "all", "also", "although", "an", "and", "another", "because", "both", "but", "each", "earlier",
    "even", "every", "few", "he", "her", "here", "his", "how", "however", "i", "if", "instead", "it", "its",
    "last", "later", "many", "meanwhile", "more", "most", "much", "my", "neither", "no", "none", "nor", "not",
    "now", "one", "only", "or", "other", "our", "several", "she", "so", "some", "still", "such", "that",
    "the", "their", "then", "there", "these", "they", "this", "those", "though", "thus", "we", "what", "when",
    "where", "which", "while", "who", "why", "yet", "you"};
static_assert(is_sorted_list(kStarters));

constexpr std::array<std::string_view, 20> kEmoticons = {
    "(:", "):", ":')", ":(", ":)", ":-(", ":-)", ":-D", ":-P", ":D", ":P", ":p", ";)", ";-)", "<3", "=(",
    "=)", "=D", "XD", "^_^"};
static_assert(is_sorted_list(kEmoticons));

bool is_letter_ascii(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "U.S.", "D.C.", "e.g.", "a.m.", "Ph.D.": segments of one or two letters, each with a period.
bool is_dotted_letters(std::string_view word) {
  std::size_t segments = 0;
  std::size_t i = 0;
  while (i < word.size()) {
    std::size_t letters = 0;
    while (i < word.size() && is_letter_ascii(word[i])) ++i, ++letters;
    if (letters == 0 || letters > 2 || i >= word.size() || word[i] != '.') return false;
    ++i;
    ++segments;
  }
  return segments >= 2;
}

bool is_initial(std::string_view word) {
  return word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z' && word[1] == '.';
}

}  // namespace

bool is_abbreviation(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  return is_initial(word) || is_dotted_letters(word) || contains(kNonfinal, word) || contains(kFinal, word) ||
         (word.size() == 2 && word[0] >= 'a' && word[0] <= 'z');  // list items "a." "b."
}

bool is_number_abbreviation(std::string_view word) {
  return word == "No." || word == "Nos." || word == "no." || word == "nos.";
}

bool is_nonfinal_abbreviation(std::string_view word) { return is_initial(word) || contains(kNonfinal, word); }

bool keeps_hyphen_after(std::string_view prefix) { return contains(kHyphenPrefixes, prefix); }
bool keeps_hyphen_before(std::string_view suffix) { return contains(kHyphenSuffixes, suffix); }
bool is_sentence_starter(std::string_view lowercase_word) { return contains(kStarters, lowercase_word); }
bool is_emoticon(std::string_view word) { return contains(kEmoticons, word); }

}  // namespace kg::text
