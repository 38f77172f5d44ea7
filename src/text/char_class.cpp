#include "text/char_class.hpp"

#include <utf8proc.h>

namespace kg::text {

CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    switch (c) {
      case ' ': case '\t': case '\n': case '\r': case '\f': case '\v': return CharClass::kSpace;
      case '\'': return CharClass::kApostrophe;
      case '"': return CharClass::kQuote;
      case '`': return CharClass::kOpenQuote;
      case '(': case '[': case '{': case '<': return CharClass::kOpenBracket;
      case ')': case ']': case '}': case '>': return CharClass::kCloseBracket;
      case '-': return CharClass::kHyphen;
      case '.': return CharClass::kPeriod;
      case '!': case '?': return CharClass::kTerminal;
      case ',': return CharClass::kComma;
      case ':': case ';': return CharClass::kColon;
      case '/': return CharClass::kSlash;
      case '$': return CharClass::kCurrency;
      default: return cp < 0x20 || cp == 0x7F ? CharClass::kSpace : CharClass::kSymbol;
    }
  }
  switch (cp) {
    case 0x2019: case 0x02BC: return CharClass::kApostrophe;          // ’ ʼ
    case 0x2018: case 0x201C: case 0x201E: case 0x201A: case 0x00AB: case 0x2039:
      return CharClass::kOpenQuote;                                    // ‘ “ „ ‚ « ‹
    case 0x201D: case 0x00BB: case 0x203A: return CharClass::kCloseQuote;  // ” » ›
    case 0x2010: case 0x2011: return CharClass::kHyphen;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return CharClass::kDash;
    case 0x2026: case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0x00BF: case 0x00A1:
      return CharClass::kTerminal;                                     // … ‼ ⁇ ⁈ ⁉ ¿ ¡
    case 0xFEFF: case 0x200B: return CharClass::kSpace;  // byte order mark, zero-width space
    case 0xFF0C: case 0x3001: return CharClass::kComma;
    case 0x3002: return CharClass::kPeriod;
    default: break;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_CF:
      return CharClass::kLetter;  // soft hyphen, zero-width joiners: stay inside words
    case UTF8PROC_CATEGORY_PS: return CharClass::kOpenBracket;
    case UTF8PROC_CATEGORY_PE: return CharClass::kCloseBracket;
    case UTF8PROC_CATEGORY_PI: return CharClass::kOpenQuote;
    case UTF8PROC_CATEGORY_PF: return CharClass::kCloseQuote;
    case UTF8PROC_CATEGORY_PD: return CharClass::kDash;
    case UTF8PROC_CATEGORY_SC: return CharClass::kCurrency;
    default: return CharClass::kSymbol;
  }
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace kg::text
