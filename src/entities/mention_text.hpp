#pragma once
// What a mention says (internal header): its text as names are compared.
#include <string>
#include <vector>

#include "kg/doc.hpp"

namespace kg::entities {

// The mention's words without a leading "the" and a trailing possessive, quotes
// straightened: "the U.S.'s" -> "U.S.".
std::string mention_name(const Doc& doc, const Mention& m);
// The same as separate words.
std::vector<std::string> mention_words(const Doc& doc, const Mention& m);
// The paragraph of every token: paragraphs are separated by blank lines in the text.
std::vector<std::size_t> token_paragraphs(const Doc& doc);

}  // namespace kg::entities
