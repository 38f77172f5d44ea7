#include "text/sentence_splitter.hpp"

#include <algorithm>

#include "text/char_class.hpp"
#include "text/sentence_model.hpp"
#include "text/lexicon.hpp"
#include "text/utf8.hpp"

namespace kg::text {
namespace {

char32_t first_code_point(std::string_view token) {
  std::size_t length = 0;
  return token.empty() ? 0 : decode_utf8(token, 0, length);
}

std::string lowercase_ascii(std::string_view token) {
  std::string out(token);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Tokens after which a line break does not end the sentence.
bool continues_line(std::string_view token) {
  return token == "," || token == ";" || token == ":" || token == "-" || token == "(" || token == "&" ||
         token == "\u2013" || token == "\u2014";
}

// Does token `i` end in sentence-final punctuation, possibly followed by closing quotes?
bool ends_with_terminal(const std::vector<TokenView>& tokens, std::size_t i) {
  while (true) {
    const std::string_view t = tokens[i].text;
    if (is_terminal(t)) return true;
    if (t.size() > 1 && t.back() == '.' && is_abbreviation(t)) return true;
    if (!is_closing(t) || i == 0 || tokens[i - 1].gap != Gap::kNone) return false;
    --i;
  }
}

}  // namespace

bool rule_ends_sentence(const std::vector<TokenView>& tokens, std::size_t i) {
  const std::string_view t = tokens[i].text;
  const std::string_view next = tokens[i + 1].text;
  if (is_closing(next) && tokens[i].gap == Gap::kNone) return false;  // the quote closes this sentence
  if (is_terminal(t) || (is_closing(t) && ends_with_terminal(tokens, i) && !is_abbreviation(tokens[i - 1].text))) {
    if (starts_lowercase(next)) return false;
    const char32_t c = first_code_point(next);
    // A comma, colon or the like continues the sentence ("Yahoo! said", "?,").
    return !(c == ',' || c == ';' || c == ':' || c == ')' || c == '%');
  }
  if (t.size() > 1 && t.back() == '.' && is_abbreviation(t)) {
    if (is_nonfinal_abbreviation(t)) return false;
    // "etc.", "p.m." are rarely followed by a name: any capitalized word starts a sentence.
    // After "U.S." or "Inc." only a typical sentence opener does ("U.S. Ambassador").
    return starts_uppercase(next) && (starts_lowercase(t) || is_sentence_starter(lowercase_ascii(next)));
  }
  return false;
}

bool is_terminal(std::string_view token) {
  if (token.empty()) return false;
  std::size_t pos = 0;
  while (pos < token.size()) {
    std::size_t length = 0;
    const char32_t c = decode_utf8(token, pos, length);
    const CharClass cls = classify(c);
    if (cls != CharClass::kPeriod && !(cls == CharClass::kTerminal && c != 0xBF && c != 0xA1)) return false;
    pos += length;
  }
  return true;
}

bool is_closing(std::string_view token) {
  const char32_t c = first_code_point(token);
  const CharClass cls = classify(c);
  return cls == CharClass::kCloseQuote || cls == CharClass::kQuote || cls == CharClass::kApostrophe ||
         (cls == CharClass::kCloseBracket && c != '>');
}

bool starts_lowercase(std::string_view token) { return is_lower(first_code_point(token)); }
bool starts_uppercase(std::string_view token) { return is_upper(first_code_point(token)); }

std::vector<Sentence> split_sentences(const std::vector<TokenView>& tokens, const SentenceModel* model) {
  std::vector<Sentence> sentences;
  std::vector<std::uint32_t> features;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Gap gap = tokens[i].gap;
    bool end = i + 1 == tokens.size() || gap == Gap::kBlankLine;
    if (!end && gap == Gap::kNewline)
      end = !continues_line(tokens[i].text) && !starts_lowercase(tokens[i + 1].text);
    if (!end && gap != Gap::kNewline) {
      end = rule_ends_sentence(tokens, i);
      // A sentence never ends on a comma, dash or opening bracket ("MOSCOW — Russia said").
      if (model && !continues_line(tokens[i].text)) {
        SentenceModel::features(tokens, i, end, features);
        end = model->score(features) > 0.0f;
      }
    }
    if (!end) continue;
    const bool line_end = i + 1 == tokens.size() || gap == Gap::kBlankLine || gap == Gap::kNewline;
    sentences.push_back({begin, i + 1, line_end && !ends_with_terminal(tokens, i)});
    begin = i + 1;
  }
  return sentences;
}

}  // namespace kg::text
