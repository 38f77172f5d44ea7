#pragma once
// The tokenizer and sentence splitter for raw (news) text, following the UD English
// (EWT, GUM) conventions the tagger and parser are trained on.
#include <string>
#include <string_view>

#include "kg/doc.hpp"

namespace kg {

// The form the models read for a token's text: curly quotes and apostrophes made
// straight (’ ‘ ʼ -> ', “ ” „ -> "), as most forms in the UD English treebanks are.
// Apply it to treebank forms too, so training and raw text agree.
std::string normalize_form(std::string_view text);

// Fills Doc::tokens and Doc::sentences from Doc::text (UTF-8; invalid bytes become
// tokens of their own rather than errors). Tokens keep byte offsets into the text;
// "don't" and "Russia’s" become two words each (do n't, Russia ’s) with
// Token::fused_with_next set on the first. A blank line always ends a sentence, and a
// line without final punctuation is a sentence of its own (Sentence::heading).
class Tokenizer final : public Component {
 public:
  const char* name() const override { return "tokenizer"; }
  void process(Doc& doc) const override;
};

}  // namespace kg
