#pragma once
// Decides where sentences end in a sequence of tokens (internal header).
#include <cstdint>
#include <string_view>
#include <vector>

#include "kg/doc.hpp"
#include "text/word_splitter.hpp"

namespace kg::text {

// The whitespace after a token.
enum class Gap : std::uint8_t { kNone, kSpace, kNewline, kBlankLine };

// What the sentence splitter knows about each token.
struct TokenView {
  std::string_view text;
  Gap gap = Gap::kSpace;
};

// Token classes the boundary decision looks at.
bool is_terminal(std::string_view token);        // ".", "?!", "...", "…"
bool is_closing(std::string_view token);         // closing quotes and brackets, and ' or ’
bool starts_lowercase(std::string_view token);
bool starts_uppercase(std::string_view token);

class SentenceModel;

// Whether the gap after token i (i + 1 < tokens.size()), on one line, ends a sentence
// by the rules: terminal punctuation (and closing quotes after it) ends one unless a
// lowercase word follows; an abbreviation that may be final ends one before a
// capitalized sentence starter.
bool rule_ends_sentence(const std::vector<TokenView>& tokens, std::size_t i);

// Sentences over tokens [0, tokens.size()): a blank line always ends one; a line
// without final punctuation is a sentence (a heading) of its own; within a line the
// model decides when there is one, else the rules.
std::vector<Sentence> split_sentences(const std::vector<TokenView>& tokens, const SentenceModel* model = nullptr);

}  // namespace kg::text
