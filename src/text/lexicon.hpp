#pragma once
// Word lists the tokenizer relies on, following the UD English (EWT, GUM) conventions
// (internal header). The lists were read off the permitted training treebanks.
#include <string_view>

namespace kg::text {

// A word that keeps its final period as part of the token ("Gen.", "U.S.", "etc.",
// initials "J."); `word` includes the period.
bool is_abbreviation(std::string_view word);

// "No.", "Nos.", "no.": abbreviations only before a number.
bool is_number_abbreviation(std::string_view word);

// Abbreviations that almost never end a sentence: titles before names ("Gen.", "Mr."),
// "e.g.", "vs.", months before a day ("Jan."), and single-letter initials.
bool is_nonfinal_abbreviation(std::string_view word);

// Hyphenated words UD English keeps whole: prefixes (non-, anti-, co-, e-, ...) and
// suffixes (-esque, -wise); arguments are lowercase and without the hyphen.
bool keeps_hyphen_after(std::string_view prefix);
bool keeps_hyphen_before(std::string_view suffix);

// Lowercase words that, capitalized, typically start a sentence ("the", "he", "but"):
// after an abbreviation such as "U.S." they signal a sentence boundary.
bool is_sentence_starter(std::string_view lowercase_word);

// Emoticons kept as one token (":)", ":-(").
bool is_emoticon(std::string_view word);

}  // namespace kg::text
