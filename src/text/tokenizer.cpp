#include "kg/tokenizer.hpp"

#include <fstream>
#include <ostream>
#include <unordered_set>

#include <fmt/core.h>
#include <fmt/ostream.h>

#include "kg/data_dir.hpp"
#include "kg/error.hpp"
#include "kg/file_io.hpp"
#include "text/sentence_model.hpp"
#include "text/sentence_splitter.hpp"
#include "text/utf8.hpp"
#include "text/word_splitter.hpp"

namespace kg {
namespace {

using text::Gap;

// Fills doc.tokens from doc.text; returns the whitespace after each token.
std::vector<Gap> split_words(Doc& doc) {
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
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const auto& piece = pieces[k];
    Token token;
    token.start = decoded.offset[piece.begin];
    token.end = decoded.offset[piece.end];
    token.text = doc.text.substr(token.start, token.end - token.start);
    token.form = normalize_form(token.text);
    // Whitespace follows, unless the text ends here.
    token.space_after = k + 1 < pieces.size() ? gaps[k] != Gap::kNone : piece.end < n;
    token.fused_with_next = piece.fused_with_next;
    doc.tokens.push_back(std::move(token));
  }
  return gaps;
}

std::vector<text::TokenView> views_of(const Doc& doc, const std::vector<Gap>& gaps) {
  std::vector<text::TokenView> views;
  views.reserve(doc.tokens.size());
  for (std::size_t k = 0; k < doc.tokens.size(); ++k) views.push_back({doc.tokens[k].text, gaps[k]});
  return views;
}

// Training examples from one gold document: every gap within a line of the raw text,
// labelled by whether a gold sentence ends there.
void add_examples(const Doc& gold, std::vector<text::SentenceModel::Example>& examples) {
  std::unordered_set<std::size_t> ends;
  std::unordered_set<std::size_t> starts;
  for (const Sentence& s : gold.sentences) {
    if (s.begin >= s.end) continue;
    ends.insert(gold.tokens[s.end - 1].end);
    starts.insert(gold.tokens[s.begin].start);
  }
  Doc doc;
  doc.text = gold.text;
  const std::vector<Gap> gaps = split_words(doc);
  const auto views = views_of(doc, gaps);
  for (std::size_t i = 0; i + 1 < views.size(); ++i) {
    if (gaps[i] == Gap::kNewline || gaps[i] == Gap::kBlankLine) continue;
    const bool end_here = ends.count(doc.tokens[i].end) > 0;
    const bool start_next = starts.count(doc.tokens[i + 1].start) > 0;
    if (end_here != start_next) continue;  // our tokens straddle a gold boundary
    text::SentenceModel::Example example;
    text::SentenceModel::features(views, i, text::rule_ends_sentence(views, i), example.features);
    example.boundary = end_here;
    examples.push_back(std::move(example));
  }
}

// Boundary precision/recall/F1 of a tokenizer on gold documents, counting gaps within lines.
std::string boundary_scores(const std::vector<Doc>& gold, const text::SentenceModel* model) {
  std::size_t correct = 0, predicted = 0, expected = 0;
  for (const Doc& g : gold) {
    Doc doc;
    doc.text = g.text;
    const std::vector<Gap> gaps = split_words(doc);
    const auto views = views_of(doc, gaps);
    std::unordered_set<std::size_t> ends;
    for (const Sentence& s : g.sentences)
      if (s.begin < s.end) ends.insert(g.tokens[s.end - 1].end);
    std::unordered_set<std::size_t> found;
    for (const Sentence& s : text::split_sentences(views, model)) found.insert(doc.tokens[s.end - 1].end);
    expected += ends.size();
    predicted += found.size();
    for (std::size_t e : found) correct += ends.count(e);
  }
  const double p = predicted ? static_cast<double>(correct) / static_cast<double>(predicted) : 0.0;
  const double r = expected ? static_cast<double>(correct) / static_cast<double>(expected) : 0.0;
  return fmt::format("precision {:.2f}, recall {:.2f}, F1 {:.2f}", 100 * p, 100 * r, p + r > 0 ? 200 * p * r / (p + r) : 0.0);
}

}  // namespace

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

Tokenizer::Tokenizer() = default;

Tokenizer::Tokenizer(const std::filesystem::path& sentence_model) {
  std::ifstream in(sentence_model, std::ios::binary);
  if (!in) throw InputError(sentence_model.string(), "", "cannot open the sentence model");
  model_ = std::make_shared<const text::SentenceModel>(text::SentenceModel::load(in, sentence_model.string()));
}

Tokenizer Tokenizer::load_default() { return Tokenizer(data_file("models/sentences.bin")); }

void Tokenizer::process(Doc& doc) const {
  const std::vector<Gap> gaps = split_words(doc);
  doc.sentences = text::split_sentences(views_of(doc, gaps), model_.get());
}

void train_sentence_model(const std::vector<Doc>& train, const std::vector<Doc>& dev, const std::filesystem::path& out,
                          int epochs, std::uint64_t seed, std::ostream& log) {
  std::vector<text::SentenceModel::Example> examples;
  for (const Doc& doc : train) add_examples(doc, examples);
  const text::SentenceModel model = text::SentenceModel::train(examples, epochs, seed, log);
  fmt::print(log, "dev sentence boundaries, rules: {}\n", boundary_scores(dev, nullptr));
  fmt::print(log, "dev sentence boundaries, model: {}\n", boundary_scores(dev, &model));
  write_file_atomically(out, [&](std::ostream& stream) { model.save(stream); });
}

}  // namespace kg
