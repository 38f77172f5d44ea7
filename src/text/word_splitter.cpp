#include "text/word_splitter.hpp"

#include <algorithm>
#include <array>

#include "text/lexicon.hpp"
#include "text/utf8.hpp"

namespace kg::text {
namespace {

char32_t lower(char32_t cp) { return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp; }

bool is_sentence_punct(CharClass c) { return c == CharClass::kPeriod || c == CharClass::kTerminal; }

// Contractions written without an apostrophe, split as UD English does ("dont" = do + nt);
// and fused forms split at a fixed point ("gonna" = gon + na, "cannot" = can + not).
struct FixedSplit {
  std::string_view word;
  std::size_t at;
};
constexpr std::array<FixedSplit, 19> kFixedSplits = {{
    {"arent", 3},   {"cannot", 3},  {"couldnt", 5}, {"didnt", 3},   {"doesnt", 4},  {"dont", 2},   {"gimme", 3},
    {"gonna", 3},   {"gotta", 3},   {"hadnt", 3},   {"hasnt", 3},   {"havent", 4},  {"isnt", 2},   {"shouldnt", 6},
    {"wanna", 3},   {"wasnt", 3},   {"werent", 4},  {"wouldnt", 5}, {"lemme", 3},
}};

// Clitics split off after an apostrophe ("Russia's", "we're", "I'd").
bool is_clitic_tail(std::string_view tail) {
  return tail == "s" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d" || tail == "m";
}

constexpr std::array<std::string_view, 24> kTopLevelDomains = {
    "au", "biz", "ca", "cn", "co", "com", "de", "edu", "eu", "fr", "gov", "in",
    "info", "int", "io", "jp", "mil", "net", "org", "ru", "tv", "uk", "us", "za"};

}  // namespace

DecodedText::DecodedText(std::string_view s) : text(s) {
  cp.reserve(s.size());
  cls.reserve(s.size());
  offset.reserve(s.size() + 1);
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t length = 1;
    const char32_t c = static_cast<unsigned char>(s[pos]) < 0x80 ? static_cast<unsigned char>(s[pos])
                                                                  : decode_utf8(s, pos, length);
    cp.push_back(c);
    cls.push_back(classify(c));
    offset.push_back(pos);
    pos += length;
  }
  offset.push_back(s.size());
}

std::string WordSplitter::lower_ascii(std::size_t begin, std::size_t end) const {
  std::string out;
  out.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    const char32_t c = t_.cp[i];
    if (c == 0x2019 || c == 0x02BC) {
      out += '\'';  // curly apostrophes read as straight ones
    } else if (c < 0x80) {
      out += static_cast<char>(lower(c));
    } else {
      out += '\x01';  // one byte per code point keeps indices aligned; matches no list entry
    }
  }
  return out;
}

std::size_t WordSplitter::run_end(std::size_t i, std::size_t end) const {
  std::size_t j = i + 1;
  if (is_sentence_punct(t_.cls[i])) {
    while (j < end && is_sentence_punct(t_.cls[j])) ++j;  // "...", "?!", "!!!"
  } else {
    while (j < end && t_.cp[j] == t_.cp[i]) ++j;  // "--", "``", "''", "**"
  }
  return j;
}

bool WordSplitter::is_url_or_email(std::size_t begin, std::size_t end) const {
  if (end - begin < 4) return false;
  const std::string word = lower_ascii(begin, end);
  for (std::string_view scheme : {"http://", "https://", "ftp://", "www.", "mailto:"})
    if (word.size() > scheme.size() && word.starts_with(scheme)) return true;
  // E-mail: local@domain.tld
  if (const auto at = word.find('@'); at != std::string::npos && at > 0) {
    const auto dot = word.find('.', at);
    return dot != std::string::npos && dot > at + 1 && dot + 1 < word.size() &&
           std::all_of(word.begin() + static_cast<std::ptrdiff_t>(at) + 1, word.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'; });
  }
  // A bare domain (nytimes.com, Amazon.com/deals): the original last label is a lowercase TLD.
  const std::size_t slash = word.find('/');
  const std::string_view host = std::string_view(word).substr(0, slash);
  const auto dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view tld = host.substr(dot + 1);
  for (std::size_t i = begin + dot + 1; i < begin + host.size(); ++i)
    if (!is_lower(t_.cp[i])) return false;
  if (!std::binary_search(kTopLevelDomains.begin(), kTopLevelDomains.end(), tld)) return false;
  return std::all_of(host.begin(), host.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'; });
}

bool WordSplitter::split_special(std::size_t begin, std::size_t end, std::vector<Piece>& out) {
  if (is_emoticon(t_.bytes(begin, end))) {
    out.push_back({begin, end});
    return true;
  }
  // URLs and e-mail addresses stay whole; quotes, brackets and punctuation around them do not.
  std::size_t lo = begin;
  std::size_t hi = end;
  while (lo < hi && (t_.cls[lo] == CharClass::kOpenQuote || t_.cls[lo] == CharClass::kQuote ||
                     t_.cls[lo] == CharClass::kOpenBracket || t_.cls[lo] == CharClass::kApostrophe))
    ++lo;
  while (hi > lo) {
    const CharClass c = t_.cls[hi - 1];
    if (c == CharClass::kPeriod || c == CharClass::kComma || c == CharClass::kColon || c == CharClass::kTerminal ||
        c == CharClass::kCloseQuote || c == CharClass::kQuote || c == CharClass::kApostrophe ||
        c == CharClass::kCloseBracket)
      --hi;
    else
      break;
  }
  if (lo >= hi || !is_url_or_email(lo, hi)) return false;
  for (std::size_t i = begin; i < lo;) {
    const std::size_t j = run_end(i, lo);
    out.push_back({i, j});
    i = j;
  }
  out.push_back({lo, hi});
  for (std::size_t i = hi; i < end;) {
    const std::size_t j = run_end(i, end);
    out.push_back({i, j});
    i = j;
  }
  return true;
}

void WordSplitter::split(std::size_t begin, std::size_t end, bool number_follows, std::vector<Piece>& out) {
  if (begin >= end || split_special(begin, end, out)) return;
  std::size_t lo = begin;
  std::size_t hi = end;

  // Leading punctuation: quotes, brackets, currency, dashes.
  while (lo < hi) {
    const CharClass c = t_.cls[lo];
    const bool next_is_digit = lo + 1 < hi && t_.cls[lo + 1] == CharClass::kDigit;
    bool split_off = false;
    switch (c) {
      case CharClass::kApostrophe: {
        // "'90s", "'em", "'cause" are words; otherwise an opening single quote.
        std::size_t j = lo + 1;
        while (j < hi && is_alnum(t_.cls[j])) ++j;
        const std::string rest = lower_ascii(lo + 1, j);
        const bool detached_clitic = lo == begin && j == hi && is_clitic_tail(rest);  // "Russia 's"
        if (next_is_digit || detached_clitic || rest == "em" || rest == "cause" || rest == "til" || rest == "tis" ||
            rest == "twas")
          break;
        single_quote_open_ = true;
        split_off = true;
        break;
      }
      case CharClass::kOpenQuote:
        if (t_.cp[lo] == 0x2018 || t_.cp[lo] == 0x201A) single_quote_open_ = true;
        split_off = true;
        break;
      case CharClass::kPeriod:
        split_off = !next_is_digit;  // ".5" is a number
        break;
      case CharClass::kHyphen:
        split_off = !next_is_digit;  // "-5" is a number
        break;
      case CharClass::kQuote: case CharClass::kOpenBracket: case CharClass::kCloseBracket:
      case CharClass::kCloseQuote: case CharClass::kCurrency: case CharClass::kDash: case CharClass::kTerminal:
      case CharClass::kComma: case CharClass::kColon: case CharClass::kSlash:
        split_off = true;
        break;
      case CharClass::kSymbol:
        // "#1", "@POTUS" stay whole; "*", "%" and the like do not.
        split_off = !((t_.cp[lo] == '#' || t_.cp[lo] == '@') && lo + 1 < hi && is_alnum(t_.cls[lo + 1]));
        break;
      default:
        break;
    }
    if (!split_off) break;
    const std::size_t j = run_end(lo, hi);
    out.push_back({lo, j});
    lo = j;
  }

  // Trailing punctuation, collected from the end.
  std::vector<Piece> suffixes;
  bool possessive = false;
  while (hi > lo) {
    const CharClass c = t_.cls[hi - 1];
    if (c == CharClass::kPeriod || c == CharClass::kTerminal) {
      std::size_t r = hi - 1;
      while (r > lo && is_sentence_punct(t_.cls[r - 1])) --r;
      // A single final period stays on an abbreviation ("U.S.", "Gen.", "etc."); "No." only
      // before a number ("No. 1", but "No." as an answer).
      if (hi - r == 1 && c == CharClass::kPeriod && r > lo && is_abbreviation(t_.bytes(lo, hi)) &&
          (number_follows || !is_number_abbreviation(t_.bytes(lo, hi))))
        break;
      suffixes.push_back({r, hi});
      hi = r;
      continue;
    }
    if (c == CharClass::kApostrophe) {
      // "participants’" is a plural possessive, unless a single quote is open.
      if (hi - 1 > lo + 1 && lower(t_.cp[hi - 2]) == 's' && t_.cls[hi - 3] == CharClass::kLetter &&
          !single_quote_open_) {
        suffixes.push_back({hi - 1, hi});
        --hi;
        possessive = true;
        break;
      }
      single_quote_open_ = false;
    }
    // A word cut off mid-way keeps its hyphen ("th-", "Shobha-"), as does "pre-" in "pre- and post-war".
    if (c == CharClass::kHyphen && hi - 1 > lo && t_.cls[hi - 2] == CharClass::kLetter) break;
    const bool split_off =
        c == CharClass::kComma || c == CharClass::kColon || c == CharClass::kCloseQuote || c == CharClass::kQuote ||
        c == CharClass::kCloseBracket || c == CharClass::kOpenQuote || c == CharClass::kOpenBracket ||
        c == CharClass::kApostrophe || c == CharClass::kHyphen || c == CharClass::kDash || c == CharClass::kSlash ||
        c == CharClass::kCurrency || (c == CharClass::kSymbol && t_.cp[hi - 1] != '+' && t_.cp[hi - 1] != '#');
    if (!split_off) break;
    std::size_t r = hi - 1;
    while (r > lo && t_.cp[r - 1] == t_.cp[hi - 1]) --r;
    suffixes.push_back({r, hi});
    hi = r;
  }

  split_word(lo, hi, possessive, out);
  out.insert(out.end(), suffixes.rbegin(), suffixes.rend());
}

void WordSplitter::split_word(std::size_t begin, std::size_t end, bool fuse_last, std::vector<Piece>& out) {
  if (begin >= end) return;
  const std::string_view word = t_.bytes(begin, end);
  if (is_abbreviation(word) || is_emoticon(word) || is_url_or_email(begin, end)) {
    out.push_back({begin, end, fuse_last});
    return;
  }
  const std::string lowered = lower_ascii(begin, end);
  for (const auto& fixed : kFixedSplits) {
    if (lowered == fixed.word) {
      out.push_back({begin, begin + fixed.at, true});
      out.push_back({begin + fixed.at, end, fuse_last});
      return;
    }
  }
  // Clitics after the last apostrophe: Russia|'s, we|'re, do|n't, ca|n't.
  for (std::size_t a = end - 1; a > begin; --a) {
    if (t_.cls[a] != CharClass::kApostrophe) continue;
    const std::string_view tail = std::string_view(lowered).substr(a + 1 - begin);
    if (is_clitic_tail(tail) && is_alnum(t_.cls[a - 1])) {
      split_infixes(begin, a, true, out);
      out.push_back({a, end, fuse_last});
      return;
    }
    if (tail == "t" && a - 1 > begin && lower(t_.cp[a - 1]) == 'n' && t_.cls[a - 2] == CharClass::kLetter) {
      split_infixes(begin, a - 1, true, out);
      out.push_back({a - 1, end, fuse_last});
      return;
    }
    break;
  }
  split_infixes(begin, end, fuse_last, out);
}

bool WordSplitter::keeps_hyphen(std::size_t hyphen, std::size_t begin, std::size_t end) const {
  std::size_t left = hyphen;
  while (left > begin && is_alnum(t_.cls[left - 1])) --left;
  std::size_t right = hyphen + 1;
  while (right < end && is_alnum(t_.cls[right])) ++right;
  if (keeps_hyphen_after(lower_ascii(left, hyphen)) || keeps_hyphen_before(lower_ascii(hyphen + 1, right))) return true;
  // Phone numbers and ZIP+4 codes (345-3436, 77030-2707, 713-345-3436) stay whole.
  const auto all_digits = [&](std::size_t b, std::size_t e) {
    return b < e && std::all_of(t_.cls.begin() + static_cast<std::ptrdiff_t>(b),
                                t_.cls.begin() + static_cast<std::ptrdiff_t>(e),
                                [](CharClass c) { return c == CharClass::kDigit; });
  };
  if (all_digits(left, hyphen) && all_digits(hyphen + 1, right)) {
    const std::size_t a = hyphen - left;
    const std::size_t b = right - hyphen - 1;
    const bool chained = (left > begin && t_.cls[left - 1] == CharClass::kHyphen) ||
                         (right < end && t_.cls[right] == CharClass::kHyphen);
    // 1990-1995 is a range, split as UD English does.
    return (b == 4 && a != 4 && a <= 5) || (chained && a == 3 && b == 3);
  }
  return false;
}

void WordSplitter::split_infixes(std::size_t begin, std::size_t end, bool fuse_last, std::vector<Piece>& out) {
  std::size_t piece = begin;
  const auto emit = [&](std::size_t b, std::size_t e) {
    if (b < e) out.push_back({b, e, false});
  };
  // Splits [i, j) off as its own token.
  const auto cut = [&](std::size_t i, std::size_t j) {
    emit(piece, i);
    emit(i, j);
    piece = j;
  };
  std::size_t i = begin;
  while (i < end) {
    const CharClass c = t_.cls[i];
    const bool digits_around = i > begin && i + 1 < end && t_.cls[i - 1] == CharClass::kDigit &&
                               t_.cls[i + 1] == CharClass::kDigit;
    switch (c) {
      case CharClass::kDigit: {
        // "5pm" = 5 + pm and "10km" = 10 + km, but "1990s", "3rd", "4x4" stay whole.
        if (i + 1 < end && t_.cls[i + 1] == CharClass::kLetter) {
          std::size_t j = i + 1;
          while (j < end && t_.cls[j] == CharClass::kLetter) ++j;
          const std::string letters = lower_ascii(i + 1, j);
          bool number = true;
          for (std::size_t k = piece; k <= i; ++k) number = number && t_.cls[k] == CharClass::kDigit;
          if (number && j == end && j - i - 1 >= 2 && letters != "st" && letters != "nd" && letters != "rd" &&
              letters != "th" && letters != "s") {
            emit(piece, i + 1);
            piece = i + 1;
          }
          i = j;
          continue;
        }
        ++i;
        continue;
      }
      case CharClass::kHyphen: {
        const std::size_t j = run_end(i, end);
        const bool cut_off_word = j == end && j - i == 1 && i > piece && t_.cls[i - 1] == CharClass::kLetter;
        if (cut_off_word || (j - i == 1 && i > piece && j < end && is_alnum(t_.cls[i - 1]) && is_alnum(t_.cls[j]) &&
                             keeps_hyphen(i, piece, end))) {
          ++i;
          continue;
        }
        cut(i, j);
        i = j;
        continue;
      }
      case CharClass::kPeriod: {
        const std::size_t j = run_end(i, end);
        if (j - i >= 2 || t_.cls[j - 1] != CharClass::kPeriod) {
          cut(i, j);  // "so...what"
          i = j;
          continue;
        }
        // "end.The": a missing space after a sentence; "U.S", "3.5", "nytimes.com" stay.
        if (i >= piece + 2 && i + 2 < end && t_.cls[i - 1] == CharClass::kLetter && t_.cls[i - 2] == CharClass::kLetter &&
            is_upper(t_.cp[i + 1]) && is_lower(t_.cp[i + 2])) {
          cut(i, i + 1);
        }
        ++i;
        continue;
      }
      case CharClass::kComma: case CharClass::kColon:
        if (digits_around) {  // 12,000 and 10:30
          ++i;
          continue;
        }
        cut(i, i + 1);
        ++i;
        continue;
      case CharClass::kSlash:
        // Dates and fractions (9/11, 1/2) and short forms (w/o, s/he) stay whole.
        if (digits_around || end - begin <= 4) {
          ++i;
          continue;
        }
        cut(i, i + 1);
        ++i;
        continue;
      case CharClass::kSymbol: {
        const char32_t s = t_.cp[i];
        if (s == '&' || s == '+' || s == '#' || s == '@' || s == '_') {
          ++i;
          continue;
        }
        const std::size_t j = run_end(i, end);
        cut(i, j);
        i = j;
        continue;
      }
      case CharClass::kLetter: case CharClass::kApostrophe: case CharClass::kCurrency: case CharClass::kSpace:
        ++i;
        continue;
      default: {  // quotes, brackets, dashes, ! ? …
        const std::size_t j = run_end(i, end);
        cut(i, j);
        i = j;
        continue;
      }
    }
  }
  if (piece < end) {
    out.push_back({piece, end, fuse_last});
  } else if (fuse_last && !out.empty()) {
    out.back().fused_with_next = true;
  }
}

}  // namespace kg::text
