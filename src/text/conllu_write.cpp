// CoNLL-U writing: "# newdoc id", "# newpar", "# sent_id", "# text", multiword-token
// range lines for fused words, TokenRange (code point offsets) and SpaceAfter=No in MISC.
#include <ostream>
#include <stdexcept>
#include <string_view>

#include <fmt/core.h>

#include "kg/conllu.hpp"

namespace kg {
namespace {

// Code point offsets of (mostly) increasing byte offsets, in about one pass over the text.
class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text) : text_(text) {}
  std::size_t at(std::size_t byte) {
    byte = std::min(byte, text_.size());
    for (; byte_ > byte; --byte_)  // a multiword token's words step back to its start
      if ((static_cast<unsigned char>(text_[byte_ - 1]) & 0xC0) != 0x80) --chars_;
    for (; byte_ < byte; ++byte_)
      if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++chars_;
    return chars_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t chars_ = 0;
};

// A column value: "_" when empty, and never a tab or line break.
std::string column(std::string_view value) {
  if (value.empty()) return "_";
  std::string out(value);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

// MISC from the token's own entries (minus the ones this writer computes) and the
// computed SpaceAfter/TokenRange.
std::string misc_column(std::string_view misc, bool space_after, std::size_t from, std::size_t to) {
  std::string out;
  while (!misc.empty()) {
    const auto bar = misc.find('|');
    const std::string_view entry = misc.substr(0, bar);
    if (!entry.empty() && !entry.starts_with("SpaceAfter=") && !entry.starts_with("TokenRange=")) {
      if (!out.empty()) out += '|';
      out += entry;
    }
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  if (!space_after) out += out.empty() ? "SpaceAfter=No" : "|SpaceAfter=No";
  out += fmt::format("{}TokenRange={}:{}", out.empty() ? "" : "|", from, to);
  return column(out);
}

bool has_blank_line(std::string_view gap) {
  const auto first = gap.find('\n');
  return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
}

}  // namespace

void write_conllu(const Doc& doc, std::ostream& out) {
  const std::string_view text = doc.text;
  CharOffsets chars(text);
  const auto slice = [&](std::size_t from, std::size_t to) {
    from = std::min(from, text.size());
    return text.substr(from, std::max(from, std::min(to, text.size())) - from);
  };

  std::string buffer;
  buffer += doc.info.id.empty() ? "# newdoc\n" : fmt::format("# newdoc id = {}\n", column(doc.info.id));
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.begin >= sentence.end) continue;
    const Token& first = doc.tokens.at(sentence.begin);
    const Token& last = doc.tokens.at(sentence.end - 1);
    if (s > 0 && doc.sentences[s - 1].end > doc.sentences[s - 1].begin &&
        has_blank_line(slice(doc.tokens[doc.sentences[s - 1].end - 1].end, first.start)))
      buffer += "# newpar\n";
    buffer += doc.info.id.empty() ? fmt::format("# sent_id = {}\n", s + 1)
                                  : fmt::format("# sent_id = {}-{}\n", column(doc.info.id), s + 1);
    buffer += fmt::format("# text = {}\n", column(slice(first.start, last.end)));

    for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
      const Token& token = doc.tokens[i];
      const std::size_t id = i - sentence.begin + 1;
      if (token.fused_with_next && (i == sentence.begin || !doc.tokens[i - 1].fused_with_next)) {
        std::size_t j = i;
        while (j + 1 < sentence.end && doc.tokens[j].fused_with_next) ++j;
        if (j > i) {
          const Token& end_word = doc.tokens[j];
          buffer += fmt::format("{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}\n", id, j - sentence.begin + 1,
                                column(slice(token.start, end_word.end)),
                                misc_column({}, end_word.space_after, chars.at(token.start), chars.at(end_word.end)));
        }
      }
      const bool inside_range = token.fused_with_next ? i + 1 < sentence.end
                                                      : i > sentence.begin && doc.tokens[i - 1].fused_with_next;
      std::string head = "_";
      if (token.head >= 0) {
        if (static_cast<std::size_t>(token.head) < sentence.begin || static_cast<std::size_t>(token.head) >= sentence.end)
          throw std::logic_error(fmt::format("write_conllu: token {} has its head {} outside its sentence", i, token.head));
        head = std::to_string(static_cast<std::size_t>(token.head) - sentence.begin + 1);
      } else if (!token.deprel.empty()) {
        head = "0";
      }
      // FORM is the word as written (Token::form may have straightened quotes).
      const std::string_view form = token.text.empty() ? std::string_view(token.form) : std::string_view(token.text);
      buffer += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}\n", id, column(form), column(token.lemma),
                            column(token.upos), column(token.xpos), column(token.feats), head, column(token.deprel),
                            misc_column(token.misc, inside_range || token.space_after, chars.at(token.start),
                                        chars.at(token.end)));
    }
    buffer += '\n';
    if (buffer.size() > (1u << 16)) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
}

}  // namespace kg
