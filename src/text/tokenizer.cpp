#include "kg/tokenizer.hpp"

#include "text/sentence_splitter.hpp"
#include "text/utf8.hpp"
#include "text/word_splitter.hpp"

namespace kg {

std::string normalize_form(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      out += static_cast<char>(byte);
      ++pos;
      continue;
    }
    std::size_t length = 0;
    const char32_t cp = text::decode_utf8(text, pos, length);
    switch (cp) {
      case 0x2018: case 0x2019: case 0x02BC: case 0x201A: case 0x201B:
        out += '\'';
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F:
        out += '"';
        break;
      default:
        out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

void Tokenizer::process(Doc& doc) const {
  using text::Gap;
  const text::DecodedText decoded(doc.text);
  text::WordSplitter splitter(decoded);
  std::vector<text::Piece> pieces;
  std::vector<Gap> gaps;  // whitespace after each piece

  const std::size_t n = decoded.size();
  std::size_t i = 0;
  int newlines = 0;
  while (i < n) {
    if (decoded.cls[i] == text::CharClass::kSpace) {
      const char32_t c = decoded.cp[i];
      if (c == '\n' || c == 0x2028 || c == 0x85 || (c == '\r' && (i + 1 == n || decoded.cp[i + 1] != '\n'))) ++newlines;
      if (c == 0x2029) newlines += 2;  // paragraph separator
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && decoded.cls[j] != text::CharClass::kSpace) ++j;
    if (!gaps.empty()) gaps.back() = newlines >= 2 ? Gap::kBlankLine : newlines == 1 ? Gap::kNewline : Gap::kSpace;
    if (newlines >= 2) splitter.reset_quotes();
    std::size_t next = j;
    while (next < n && decoded.cls[next] == text::CharClass::kSpace) ++next;
    splitter.split(i, j, next < n && decoded.cls[next] == text::CharClass::kDigit, pieces);
    gaps.resize(pieces.size(), Gap::kNone);
    newlines = 0;
    i = j;
  }
  if (!gaps.empty()) gaps.back() = Gap::kBlankLine;

  doc.tokens.clear();
  doc.tokens.reserve(pieces.size());
  std::vector<text::TokenView> views;
  views.reserve(pieces.size());
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const auto& piece = pieces[k];
    Token token;
    token.start = decoded.offset[piece.begin];
    token.end = decoded.offset[piece.end];
    token.text = doc.text.substr(token.start, token.end - token.start);
    token.form = normalize_form(token.text);
    token.space_after = piece.end < n;  // whitespace follows, unless the text ends here
    if (k + 1 < pieces.size()) token.space_after = gaps[k] != Gap::kNone;
    token.fused_with_next = piece.fused_with_next;
    doc.tokens.push_back(std::move(token));
  }
  for (std::size_t k = 0; k < pieces.size(); ++k) views.push_back({doc.tokens[k].text, gaps[k]});
  doc.sentences = text::split_sentences(views);
}

}  // namespace kg
