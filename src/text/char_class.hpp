#pragma once
// Character classes the tokenizer splits by (internal header).
#include <cstdint>

namespace kg::text {

enum class CharClass : std::uint8_t {
  kSpace,
  kLetter,      // letters and combining marks
  kDigit,
  kApostrophe,  // ' ’ ʼ : a quote, or part of a clitic (don't, Russia’s)
  kOpenQuote,   // “ ‘ „ « ` (straight " is kQuote)
  kCloseQuote,  // ” »
  kQuote,       // "
  kOpenBracket,
  kCloseBracket,
  kHyphen,      // - ‐ ‑
  kDash,        // – — ― −
  kPeriod,
  kTerminal,    // ! ? … ‼ ⁇
  kComma,
  kColon,       // : ;
  kSlash,
  kCurrency,    // $ £ € ¥ ...
  kSymbol,      // anything else: % & * + = @ # © ...
};

CharClass classify(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

inline bool is_alnum(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

}  // namespace kg::text
