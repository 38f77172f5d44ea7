// CoNLL-U reading: one Doc per "# newdoc", syntactic words as tokens, Doc::text
// rebuilt from the surface tokens (aligned with "# text" when it is consistent).
#include <array>
#include <charconv>
#include <istream>
#include <sstream>
#include <string_view>

#include <fmt/core.h>

#include "kg/conllu.hpp"
#include "kg/error.hpp"
#include "text/utf8.hpp"

namespace kg {
namespace {

using Columns = std::array<std::string_view, 10>;

// A surface token: a plain word or a multiword-token range line with its words.
struct Surface {
  std::string_view form;
  std::size_t first_word = 0;  // index into the sentence's words
  std::size_t word_count = 1;
  bool space_after = true;
};

bool misc_has(std::string_view misc, std::string_view entry) {
  while (!misc.empty()) {
    const auto bar = misc.find('|');
    if (misc.substr(0, bar) == entry) return true;
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return false;
}

std::string field(std::string_view value) { return value == "_" ? std::string() : std::string(value); }

// Length of the whitespace run at `pos` (Unicode spaces included).
std::size_t space_run(std::string_view s, std::size_t pos) {
  std::size_t end = pos;
  while (end < s.size()) {
    std::size_t length = 0;
    if (!text::is_space(text::decode_utf8(s, end, length))) break;
    end += length;
  }
  return end - pos;
}

class Reader {
 public:
  explicit Reader(const std::string& filename) : file_(filename) {}

  void line(std::string_view text, std::size_t number) {
    number_ = number;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (auto bad = text::first_invalid_utf8(text))
      fail(fmt::format("invalid UTF-8 at byte {} of the line", *bad + 1), *bad + 1);
    if (text.empty()) {
      end_sentence();
    } else if (text.front() == '#') {
      comment(text);
    } else {
      word_line(text);
    }
  }

  std::vector<Doc> finish() {
    end_sentence();
    end_doc();
    return std::move(docs_);
  }

 private:
  [[noreturn]] void fail(const std::string& message, std::size_t column = 0) const {
    const std::string position =
        column == 0 ? fmt::format("line {}", number_) : fmt::format("line {}, column {}", number_, column);
    throw InputError(file_, position, message);
  }

  void comment(std::string_view text) {
    text.remove_prefix(1);
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    const auto key_end = text.find_first_of(" =");
    const std::string_view key = text.substr(0, key_end);
    std::string_view value;
    if (const auto eq = text.find('='); eq != std::string_view::npos) {
      value = text.substr(eq + 1);
      if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    }
    if (!words_.empty()) return;  // a comment among word lines carries nothing we keep
    if (key == "newdoc") {
      end_doc();
      doc_.info.id = std::string(value);
    } else if (key == "newpar") {
      new_paragraph_ = true;
    } else if (key == "text") {
      sentence_text_ = std::string(value);
      has_text_ = true;
    }
  }

  void word_line(std::string_view text) {
    Columns col;
    std::size_t count = 0;
    std::size_t start = 0;
    while (true) {
      const auto tab = text.find('\t', start);
      if (count < col.size()) col[count] = text.substr(start, tab == std::string_view::npos ? tab : tab - start);
      ++count;
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (count != col.size()) fail(fmt::format("expected 10 tab-separated columns, found {}", count));

    const std::string_view id = col[0];
    if (id.find('.') != std::string_view::npos) return;  // empty node of the enhanced graph
    if (const auto dash = id.find('-'); dash != std::string_view::npos) {
      const int first = number(id.substr(0, dash), "ID", 1);
      const int last = number(id.substr(dash + 1), "ID", 1);
      if (first != static_cast<int>(words_.size()) + 1 || last < first)
        fail(fmt::format("multiword token {} does not start at word {}", id, words_.size() + 1), 1);
      if (pending_range_ > 0) fail(fmt::format("multiword token {} overlaps the previous one", id), 1);
      surfaces_.push_back({col[1], words_.size(), static_cast<std::size_t>(last - first + 1), !misc_has(col[9], "SpaceAfter=No")});
      pending_range_ = static_cast<std::size_t>(last - first + 1);
      return;
    }
    const int word_id = number(id, "ID", 1);
    if (word_id != static_cast<int>(words_.size()) + 1)
      fail(fmt::format("word ID {} where {} was expected", id, words_.size() + 1), 1);

    Token token;
    token.form = std::string(col[1]);
    token.lemma = col[2] == "_" && col[1] != "_" ? std::string() : std::string(col[2]);
    token.upos = field(col[3]);
    token.xpos = field(col[4]);
    token.feats = field(col[5]);
    token.deprel = field(col[7]);
    token.misc = field(col[9]);
    if (col[6] == "_") {
      heads_.push_back(-1);
    } else {
      heads_.push_back(number(col[6], "HEAD", 7));
    }
    head_lines_.push_back(number_);
    if (pending_range_ > 0) {
      --pending_range_;
    } else {
      surfaces_.push_back({col[1], words_.size(), 1, !misc_has(col[9], "SpaceAfter=No")});
    }
    words_.push_back(std::move(token));
  }

  int number(std::string_view text, const char* what, std::size_t column) const {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0)
      fail(fmt::format("{} '{}' is not a non-negative integer", what, text), column);
    return value;
  }

  // Byte offsets of each surface token in `text` when the surface tokens, in order and
  // separated by whitespace only, make up exactly `text`; empty otherwise.
  std::vector<std::size_t> align(std::string_view text) const {
    std::vector<std::size_t> starts;
    std::size_t pos = space_run(text, 0);
    for (const auto& surface : surfaces_) {
      if (text.compare(pos, surface.form.size(), surface.form) != 0) return {};
      starts.push_back(pos);
      pos += surface.form.size();
      pos += space_run(text, pos);
    }
    if (pos != text.size()) return {};
    return starts;
  }

  void end_sentence() {
    if (pending_range_ > 0) fail("multiword token range runs past the end of the sentence");
    if (words_.empty()) {
      surfaces_.clear();
      has_text_ = false;
      return;
    }
    const std::size_t n = words_.size();
    for (std::size_t i = 0; i < n; ++i)
      if (heads_[i] > static_cast<int>(n)) {
        number_ = head_lines_[i];
        fail(fmt::format("HEAD {} is outside the sentence of {} words", heads_[i], n), 7);
      }

    // The separator from the previous sentence: a blank line between paragraphs.
    std::string& text = doc_.text;
    if (!doc_.tokens.empty()) {
      if (new_paragraph_) {
        text += "\n\n";
      } else if (doc_.tokens.back().space_after) {
        text += ' ';
      }
    }
    const std::size_t base = text.size();
    std::vector<std::size_t> starts;
    if (has_text_) starts = align(sentence_text_);
    if (!starts.empty()) {
      // "# text" is consistent with the tokens: keep its exact spacing.
      std::string_view sentence = sentence_text_;
      const std::size_t trimmed = surfaces_.back().form.size() + starts.back();
      text.append(sentence.substr(0, trimmed));
      for (std::size_t i = 0; i + 1 < surfaces_.size(); ++i)
        surfaces_[i].space_after = starts[i] + surfaces_[i].form.size() < starts[i + 1];
    } else {
      for (std::size_t i = 0; i < surfaces_.size(); ++i) {
        starts.push_back(text.size() - base);
        text.append(surfaces_[i].form);
        if (i + 1 < surfaces_.size() && surfaces_[i].space_after) text += ' ';
      }
    }

    const std::size_t sentence_begin = doc_.tokens.size();
    for (std::size_t s = 0; s < surfaces_.size(); ++s) {
      const Surface& surface = surfaces_[s];
      const std::size_t surface_start = base + starts[s];
      const std::size_t surface_end = surface_start + surface.form.size();
      std::size_t pos = surface_start;
      for (std::size_t w = 0; w < surface.word_count; ++w) {
        Token& token = words_[surface.first_word + w];
        const bool last = w + 1 == surface.word_count;
        // The words of "don't" (do + n't) take consecutive pieces of the surface span;
        // a word that does not spell the next piece takes the rest of it.
        std::size_t end = surface_end;
        if (!last && std::string_view(text).compare(pos, token.form.size(), token.form) == 0 &&
            pos + token.form.size() <= surface_end)
          end = pos + token.form.size();
        token.start = pos;
        token.end = end;
        token.text = text.substr(pos, end - pos);
        token.space_after = last ? surface.space_after : false;
        token.fused_with_next = !last;
        pos = end;
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      Token& token = words_[i];
      token.head = heads_[i] <= 0 ? -1 : static_cast<int>(sentence_begin) + heads_[i] - 1;
      doc_.tokens.push_back(std::move(token));
    }
    doc_.sentences.push_back({sentence_begin, doc_.tokens.size(), false});

    words_.clear();
    heads_.clear();
    head_lines_.clear();
    surfaces_.clear();
    has_text_ = false;
    new_paragraph_ = false;
  }

  void end_doc() {
    if (!doc_.tokens.empty()) docs_.push_back(std::move(doc_));
    doc_ = Doc{};
    new_paragraph_ = false;
  }

  const std::string& file_;
  std::size_t number_ = 0;
  std::vector<Doc> docs_;
  Doc doc_;
  bool new_paragraph_ = false;
  std::string sentence_text_;
  bool has_text_ = false;
  std::vector<Token> words_;
  std::vector<int> heads_;  // 1-based, sentence-relative; 0 root, -1 missing
  std::vector<std::size_t> head_lines_;
  std::vector<Surface> surfaces_;
  std::size_t pending_range_ = 0;  // words still to come in the current multiword token
};

}  // namespace

std::vector<Doc> read_conllu(std::istream& in, const std::string& filename) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string data = std::move(buffer).str();
  if (in.bad()) throw InputError(filename, "", "cannot read");
  Reader reader(filename);
  std::string_view rest = data;
  std::size_t number = 0;
  while (!rest.empty()) {
    const auto newline = rest.find('\n');
    reader.line(rest.substr(0, newline), ++number);
    if (newline == std::string_view::npos) break;
    rest.remove_prefix(newline + 1);
  }
  return reader.finish();
}

}  // namespace kg
