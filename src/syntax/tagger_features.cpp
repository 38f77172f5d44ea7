#include "syntax/tagger_features.hpp"

#include "syntax/tagger_word.hpp"

namespace kg::tagging {
namespace {

constexpr std::uint32_t kFlagHyphen = 1, kFlagDigit = 2, kFlagUpperInitial = 4, kFlagAllUpper = 8,
                        kFlagSentenceStart = 16, kFlagLong = 32, kFlagTitleSentence = 64, kFlagCapsSentence = 128, kFlagHasLetter = 256;

// Feature template numbers: part of the model format, so append only.
enum Template : std::uint32_t {
  kBias, kForm, kLower, kPrefix1, kPrefix2, kPrefix3, kPrefix4, kSuffix1, kSuffix2, kSuffix3, kSuffix4,
  kShape, kFlags, kHyphen, kDigit, kUpperInitial, kUpperNotFirst,
  kPrev1, kPrev2, kNext1, kNext2, kPrev1Suffix3, kNext1Suffix3, kPrev1Shape, kNext1Shape,
  kTag1, kTag2, kTag12, kTag1Lower, kPrev1Lower, kLowerNext1, kTag1Suffix3, kTag1Next1, kNext1Next2,
  kPrev2Prev1, kTag1Shape, kNext1Suffix2, kTag2Lower, kNext2Suffix3, kTag1Next1Suffix3,
  kAmbiguity, kLowerAmbiguityCasing, kNext1Ambiguity, kNext2Ambiguity, kTag1Ambiguity, kTitleLower,
  kNext1Next2Ambiguity, kTag1Next1Ambiguity,
  kGuide0, kGuideNext1, kGuideNext2, kGuidePrev1, kGuideNext12, kGuide0Next1, kTag1GuideNext1, kGuide0Lower,
  kGuideNext1Lower, kGuidePrev1Next1
};

const WordInfo& padding(bool before) {
  static const WordInfo start = [] {
    WordInfo w;
    w.lower = "<s>";
    w.form = w.lower_hash = w.shape = hash_string("<s>");
    for (auto& h : w.prefixes) h = w.form;
    for (auto& h : w.suffixes) h = w.form;
    return w;
  }();
  static const WordInfo end = [] {
    WordInfo w;
    w.lower = "</s>";
    w.form = w.lower_hash = w.shape = hash_string("</s>");
    for (auto& h : w.prefixes) h = w.form;
    for (auto& h : w.suffixes) h = w.form;
    return w;
  }();
  return before ? start : end;
}

}  // namespace

std::string token_form(const Token& token) { return normalize_form(token.form.empty() ? token.text : token.form); }

std::vector<WordInfo> describe_words(std::span<const Token> sentence) {
  std::vector<WordInfo> words(sentence.size());
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    auto& w = words[i];
    const std::string form = token_form(sentence[i]);
    w.lower = to_lower(form);
    w.form = hash_string(form);
    w.lower_hash = hash_string(w.lower);
    const std::string shape = word_shape(form);
    w.shape = hash_string(shape);
    if (shape.find_first_of("Xx") != std::string::npos) w.flags |= kFlagHasLetter;
    for (int n = 1; n <= 4; ++n) {
      w.prefixes[n - 1] = hash_string(prefix(w.lower, n));
      w.suffixes[n - 1] = hash_string(suffix(w.lower, n));
    }
    for (char c : form) {
      if (c == '-') w.flags |= kFlagHyphen;
      if (c >= '0' && c <= '9') w.flags |= kFlagDigit;
    }
    if (starts_upper(form)) w.flags |= kFlagUpperInitial;
    if (all_upper(form)) w.flags |= kFlagAllUpper;
    if (i == 0) w.flags |= kFlagSentenceStart;
    if (length_in_chars(form) > 12) w.flags |= kFlagLong;
  }
  // Headlines and titles capitalize (or uppercase) most words, which then say less
  // about being proper nouns.
  std::size_t letter_words = 0, capitalized = 0, uppercase = 0;
  for (const auto& w : words) {
    if (!(w.flags & kFlagHasLetter)) continue;
    ++letter_words;
    capitalized += (w.flags & kFlagUpperInitial) != 0;
    uppercase += (w.flags & kFlagAllUpper) != 0;
  }
  std::uint32_t sentence_flags = 0;
  if (letter_words >= 3 && uppercase == letter_words) sentence_flags |= kFlagCapsSentence;
  else if (letter_words >= 3 && capitalized * 10 >= letter_words * 7) sentence_flags |= kFlagTitleSentence;
  for (auto& w : words) w.flags |= sentence_flags;
  return words;
}

void TagLexicon::annotate(std::vector<WordInfo>& words) const {
  for (auto& w : words) {
    if (const auto* a = by_form.find(w.form)) w.ambiguity = *a;
    if (const auto* a = by_lower.find(w.lower_hash)) w.lower_ambiguity = *a;
  }
}

void tagger_features(std::span<const WordInfo> words, std::size_t i, std::span<const int> tags,
                     std::span<const int> guide, std::vector<std::uint64_t>& out) {
  const auto word = [&](std::ptrdiff_t offset) -> const WordInfo& {
    const auto j = static_cast<std::ptrdiff_t>(i) + offset;
    if (j < 0) return padding(true);
    if (j >= static_cast<std::ptrdiff_t>(words.size())) return padding(false);
    return words[static_cast<std::size_t>(j)];
  };
  const auto tag = [&](std::ptrdiff_t offset) -> std::uint64_t {
    const auto j = static_cast<std::ptrdiff_t>(i) + offset;
    return j < 0 ? 0xFFFF + static_cast<std::uint64_t>(-j) : static_cast<std::uint64_t>(tags[static_cast<std::size_t>(j)]);
  };
  const WordInfo& w = words[i];
  const WordInfo &p1 = word(-1), &p2 = word(-2), &n1 = word(1), &n2 = word(2);
  const std::uint64_t t1 = tag(-1), t2 = tag(-2);

  out.push_back(feature(kBias, 0));
  out.push_back(feature(kForm, w.form));
  out.push_back(feature(kLower, w.lower_hash));
  out.push_back(feature(kPrefix1, w.prefixes[0]));
  out.push_back(feature(kPrefix2, w.prefixes[1]));
  out.push_back(feature(kPrefix3, w.prefixes[2]));
  out.push_back(feature(kPrefix4, w.prefixes[3]));
  out.push_back(feature(kSuffix1, w.suffixes[0]));
  out.push_back(feature(kSuffix2, w.suffixes[1]));
  out.push_back(feature(kSuffix3, w.suffixes[2]));
  out.push_back(feature(kSuffix4, w.suffixes[3]));
  out.push_back(feature(kShape, w.shape));
  out.push_back(feature(kFlags, w.flags));
  if (w.flags & kFlagHyphen) out.push_back(feature(kHyphen, 1));
  if (w.flags & kFlagDigit) out.push_back(feature(kDigit, 1));
  if (w.flags & kFlagUpperInitial) out.push_back(feature(kUpperInitial, (w.flags & kFlagSentenceStart) ? 1 : 2));
  if ((w.flags & kFlagUpperInitial) && !(w.flags & kFlagSentenceStart)) out.push_back(feature(kUpperNotFirst, 1));

  out.push_back(feature(kPrev1, p1.lower_hash));
  out.push_back(feature(kPrev2, p2.lower_hash));
  out.push_back(feature(kNext1, n1.lower_hash));
  out.push_back(feature(kNext2, n2.lower_hash));
  out.push_back(feature(kPrev1Suffix3, p1.suffixes[2]));
  out.push_back(feature(kNext1Suffix3, n1.suffixes[2]));
  out.push_back(feature(kNext1Suffix2, n1.suffixes[1]));
  out.push_back(feature(kNext2Suffix3, n2.suffixes[2]));
  out.push_back(feature(kPrev1Shape, p1.shape));
  out.push_back(feature(kNext1Shape, n1.shape));

  out.push_back(feature(kTag1, t1));
  out.push_back(feature(kTag2, t2));
  out.push_back(feature(kTag12, t1, t2));
  out.push_back(feature(kTag1Lower, t1, w.lower_hash));
  out.push_back(feature(kTag2Lower, t2, w.lower_hash));
  out.push_back(feature(kTag1Suffix3, t1, w.suffixes[2]));
  out.push_back(feature(kTag1Shape, t1, w.shape));
  out.push_back(feature(kTag1Next1, t1, n1.lower_hash));
  out.push_back(feature(kTag1Next1Suffix3, t1, n1.suffixes[2]));

  const std::uint64_t casing = w.flags & (kFlagUpperInitial | kFlagAllUpper | kFlagSentenceStart | kFlagTitleSentence |
                                           kFlagCapsSentence);
  out.push_back(feature(kAmbiguity, w.ambiguity));
  out.push_back(feature(kLowerAmbiguityCasing, w.lower_ambiguity, casing));
  out.push_back(feature(kNext1Ambiguity, n1.lower_ambiguity));
  out.push_back(feature(kNext2Ambiguity, n2.lower_ambiguity));
  out.push_back(feature(kNext1Next2Ambiguity, n1.lower_ambiguity, n2.lower_ambiguity));
  out.push_back(feature(kTag1Ambiguity, t1, w.lower_ambiguity));
  out.push_back(feature(kTag1Next1Ambiguity, t1 * 0x10000 + w.lower_ambiguity, n1.lower_ambiguity));
  if (w.flags & (kFlagTitleSentence | kFlagCapsSentence)) out.push_back(feature(kTitleLower, w.lower_hash));

  if (!guide.empty()) {
    const auto g = [&](std::ptrdiff_t offset) -> std::uint64_t {
      const auto j = static_cast<std::ptrdiff_t>(i) + offset;
      if (j < 0) return 0xFFFF;
      if (j >= static_cast<std::ptrdiff_t>(guide.size())) return 0xFFFE;
      return static_cast<std::uint64_t>(guide[static_cast<std::size_t>(j)]);
    };
    const auto g0 = g(0), gn1 = g(1), gn2 = g(2), gp1 = g(-1);
    out.push_back(feature(kGuide0, g0));
    out.push_back(feature(kGuideNext1, gn1));
    out.push_back(feature(kGuideNext2, gn2));
    out.push_back(feature(kGuidePrev1, gp1));
    out.push_back(feature(kGuideNext12, gn1, gn2));
    out.push_back(feature(kGuide0Next1, g0, gn1));
    out.push_back(feature(kTag1GuideNext1, t1, gn1));
    out.push_back(feature(kGuide0Lower, g0, w.lower_hash));
    out.push_back(feature(kGuideNext1Lower, gn1, w.lower_hash));
    out.push_back(feature(kGuidePrev1Next1, gp1, gn1));
  }

  out.push_back(feature(kPrev1Lower, p1.lower_hash, w.lower_hash));
  out.push_back(feature(kLowerNext1, w.lower_hash, n1.lower_hash));
  out.push_back(feature(kNext1Next2, n1.lower_hash, n2.lower_hash));
  out.push_back(feature(kPrev2Prev1, p2.lower_hash, p1.lower_hash));
}

}  // namespace kg::tagging
