#pragma once
// The tokenizer and sentence splitter for raw (news) text, following the UD English
// (EWT, GUM) conventions the tagger and parser are trained on.
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/doc.hpp"

namespace kg {

namespace text {
class SentenceModel;
}

// The form the models read for a token's text: curly quotes and apostrophes made
// straight (’ ‘ ʼ -> ', “ ” „ -> "), as most forms in the UD English treebanks are.
// Apply it to treebank forms too, so training and raw text agree.
std::string normalize_form(std::string_view text);

// Fills Doc::tokens and Doc::sentences from Doc::text (UTF-8; invalid bytes become
// tokens of their own rather than errors). Tokens keep byte offsets into the text;
// "don't" and "Russia’s" become two words each (do n't, Russia ’s) with
// Token::fused_with_next set on the first. A blank line always ends a sentence, and a
// line without final punctuation is a sentence of its own (Sentence::heading).
// Within a line, rules decide where sentences end, or a learned model when given one.
class Tokenizer final : public Component {
 public:
  Tokenizer();  // rules only
  // With the sentence-boundary model at `sentence_model` (built by train_sentence_model,
  // `kgb train --components tokenizer`); throws kg::InputError naming the file when it
  // is missing or corrupt.
  explicit Tokenizer(const std::filesystem::path& sentence_model);
  // The shipped tokenizer, with data/models/sentences.bin (see kg/data_dir.hpp).
  static Tokenizer load_default();

  const char* name() const override { return "tokenizer"; }
  void process(Doc& doc) const override;

 private:
  std::shared_ptr<const text::SentenceModel> model_;
};

// Trains the sentence-boundary model on gold treebank documents, reading each Doc::text
// (read_conllu lays paragraphs out with blank lines) as raw text, and writes it to `out`
// atomically. Prints one line per epoch and the boundary F1 on `dev` to `log`.
void train_sentence_model(const std::vector<Doc>& train, const std::vector<Doc>& dev, const std::filesystem::path& out,
                          int epochs, std::uint64_t seed, std::ostream& log);

}  // namespace kg
