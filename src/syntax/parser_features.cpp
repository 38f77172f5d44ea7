#include "syntax/parser_features.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "syntax/tagger_word.hpp"

namespace kg::parsing {
namespace {

using tagging::hash_string;
using tagging::mix64;

// Stand-ins for a position that does not exist and for the root.
const WordAtoms none_atoms{hash_string("<none>"), hash_string("<none>"), hash_string("<none>"), hash_string("<none>"),
                           hash_string("<none>"), hash_string("<none>"), hash_string("<none>")};

bool has_digit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Distances 1, 2, 3, 4, 5-6, 7-10, 11+.
std::uint64_t distance_bucket(int a, int b) {
  const int d = a > b ? a - b : b - a;
  if (d <= 4) return static_cast<std::uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

class Writer {
 public:
  explicit Writer(FeatureKeys& keys) : keys_(keys) {}
  void add(std::uint64_t a) { put(a); }
  void add(std::uint64_t a, std::uint64_t b) { put(mix64(a * 0x9E3779B97F4A7C15ULL ^ b)); }
  void add(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    put(mix64(mix64(a * 0x9E3779B97F4A7C15ULL ^ b) + c * 0xC2B2AE3D27D4EB4FULL));
  }
  std::size_t size() const { return count_; }

 private:
  // Every template is numbered by its position, so equal values in two templates differ.
  void put(std::uint64_t value) {
    keys_[count_] = mix64(value + 0xD6E8FEB86659FD93ULL * (count_ + 1));
    ++count_;
  }
  FeatureKeys& keys_;
  std::size_t count_ = 0;
};

const std::uint64_t unknown_class = hash_string("<unknown class>");

std::string model_form(const Token& token) {
  return tagging::normalize_form(token.form.empty() ? token.text : token.form);
}

std::uint64_t lower_word_key(const std::string& lower) {
  return hash_string(has_digit(lower) ? tagging::word_shape(lower) : lower);
}

}  // namespace

std::uint64_t word_key(const Token& token) { return lower_word_key(tagging::to_lower(model_form(token))); }

WordClasses WordClasses::count(const std::vector<Doc>& docs) {
  std::map<std::uint64_t, std::map<std::string, int>> seen;
  for (const Doc& doc : docs)
    for (const Token& token : doc.tokens)
      if (!token.upos.empty()) ++seen[word_key(token)][token.upos];
  WordClasses result;
  for (const auto& [word, tags] : seen) {
    int total = 0;
    for (const auto& [tag, n] : tags) total += n;
    if (total < 3) continue;
    std::uint64_t h = hash_string("<class>");
    for (const auto& [tag, n] : tags)  // in tag order, so the hash is canonical
      if (n * 20 >= total) h = mix64(h ^ hash_string(tag));
    result.classes_.emplace_back(word, h);
  }
  return result;  // std::map iterates in word order: sorted
}

std::uint64_t WordClasses::of(std::uint64_t word) const {
  const auto it = std::lower_bound(classes_.begin(), classes_.end(), std::pair<std::uint64_t, std::uint64_t>{word, 0});
  return it != classes_.end() && it->first == word ? it->second : unknown_class;
}

void WordClasses::write(tagging::BinaryWriter& out) const {
  std::vector<std::uint64_t> words, classes;
  for (const auto& [word, c] : classes_) {
    words.push_back(word);
    classes.push_back(c);
  }
  out.put_vector(words);
  out.put_vector(classes);
}

WordClasses WordClasses::read(tagging::BinaryReader& in) {
  const auto words = in.get_vector<std::uint64_t>();
  const auto classes = in.get_vector<std::uint64_t>();
  if (words.size() != classes.size()) in.fail("word class table sizes disagree");
  WordClasses result;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && words[i] <= words[i - 1]) in.fail("word classes out of order");
    result.classes_.emplace_back(words[i], classes[i]);
  }
  return result;
}

std::vector<WordAtoms> sentence_atoms(std::span<const Token> words, const WordClasses& classes) {
  std::vector<WordAtoms> atoms;
  atoms.reserve(words.size() + 1);
  for (const Token& token : words) {
    const std::string form = model_form(token);
    const std::string lower = tagging::to_lower(form);
    WordAtoms a;
    a.word = lower_word_key(lower);
    a.word_class = classes.of(a.word);
    a.upos = hash_string(token.upos);
    a.tag = token.xpos.empty() || token.xpos == "_" ? a.upos ^ 1 : hash_string(token.xpos);
    a.lemma = hash_string(tagging::to_lower(token.lemma));
    a.suffix = hash_string(tagging::suffix(lower, 3));
    a.shape = hash_string(tagging::word_shape(form));
    atoms.push_back(a);
  }
  const std::uint64_t root = hash_string("<root>");
  atoms.push_back(WordAtoms{root, root, root, root, root, root, root});
  return atoms;
}

std::size_t extract_features(const Configuration& c, const std::vector<WordAtoms>& atoms, FeatureKeys& keys) {
  const auto at = [&](int word) -> const WordAtoms& {
    return word < 0 ? none_atoms : atoms[static_cast<std::size_t>(word)];
  };
  const auto label = [&](int word) -> std::uint64_t {
    return word < 0 ? 0 : static_cast<std::uint64_t>(c.label(word) + 1);
  };
  const auto left = [&](int word, int nth) { return word < 0 ? -1 : c.left_child(word, nth); };
  const auto right = [&](int word, int nth) { return word < 0 ? -1 : c.right_child(word, nth); };

  const int s0 = c.stack(0), s1 = c.stack(1), s2 = c.stack(2);
  const int b0 = c.buffer(0), b1 = c.buffer(1), b2 = c.buffer(2);
  const int s0l = left(s0, 0), s0l2 = left(s0, 1), s0r = right(s0, 0), s0r2 = right(s0, 1);
  const int s1l = left(s1, 0), s1r = right(s1, 0), s1r2 = right(s1, 1);
  const int b0l = left(b0, 0), b0l2 = left(b0, 1);
  const WordAtoms &S0 = at(s0), &S1 = at(s1), &S2 = at(s2), &B0 = at(b0), &B1 = at(b1), &B2 = at(b2);
  const WordAtoms &S0L = at(s0l), &S0L2 = at(s0l2), &S0R = at(s0r), &S0R2 = at(s0r2);
  const WordAtoms &S1L = at(s1l), &S1R = at(s1r), &S1R2 = at(s1r2), &B0L = at(b0l), &B0L2 = at(b0l2);

  Writer f(keys);
  // Single words.
  f.add(S0.word, S0.tag);
  f.add(S0.word);
  f.add(S0.tag);
  f.add(B0.word, B0.tag);
  f.add(B0.word);
  f.add(B0.tag);
  f.add(B1.word, B1.tag);
  f.add(B1.word);
  f.add(B1.tag);
  f.add(B2.word);
  f.add(B2.tag);
  f.add(S1.word, S1.tag);
  f.add(S1.word);
  f.add(S1.tag);
  f.add(S2.word);
  f.add(S2.tag);
  f.add(S0.lemma);
  f.add(B0.lemma);
  f.add(S1.lemma);
  f.add(S0.suffix, S0.upos);
  f.add(B0.suffix, B0.upos);
  f.add(S1.suffix);
  f.add(B1.suffix);
  f.add(S0.shape, S0.tag);
  f.add(B0.shape, B0.tag);
  f.add(S0.upos, B0.upos);
  f.add(S1.upos, S0.upos);
  f.add(S0.word_class);
  f.add(B0.word_class);
  f.add(B1.word_class);
  f.add(S1.word_class);
  f.add(S0.word_class, B0.word_class);
  f.add(S1.word_class, S0.word_class);
  f.add(S0.word_class, B0.tag);
  f.add(S0.tag, B0.word_class);

  // Pairs: s0 with b0 (LEFT) and s1 with s0 (RIGHT).
  const std::uint64_t s0wp = mix64(S0.word ^ (S0.tag << 1)), b0wp = mix64(B0.word ^ (B0.tag << 1));
  const std::uint64_t s1wp = mix64(S1.word ^ (S1.tag << 1));
  f.add(s0wp, b0wp);
  f.add(s0wp, B0.word);
  f.add(S0.word, b0wp);
  f.add(s0wp, B0.tag);
  f.add(S0.tag, b0wp);
  f.add(S0.word, B0.word);
  f.add(S0.tag, B0.tag);
  f.add(B0.tag, B1.tag);
  f.add(s1wp, s0wp);
  f.add(s1wp, S0.word);
  f.add(S1.word, s0wp);
  f.add(s1wp, S0.tag);
  f.add(S1.tag, s0wp);
  f.add(S1.word, S0.word);
  f.add(S1.tag, S0.tag);
  f.add(S0.lemma, B0.lemma);
  f.add(S1.lemma, S0.lemma);
  f.add(S1.word, B0.word);
  f.add(S1.tag, B0.tag);

  // Tag trigrams.
  f.add(B0.tag, B1.tag, B2.tag);
  f.add(S0.tag, B0.tag, B1.tag);
  f.add(S1.tag, S0.tag, B0.tag);
  f.add(S2.tag, S1.tag, S0.tag);
  f.add(S0.tag, S0L.tag, B0.tag);
  f.add(S0.tag, S0R.tag, B0.tag);
  f.add(S0.tag, B0.tag, B0L.tag);
  f.add(S1.tag, S1R.tag, S0.tag);
  f.add(S1.tag, S1L.tag, S0.tag);
  f.add(S1.tag, S0.tag, S0L.tag);
  f.add(S1.tag, S0.tag, S0R.tag);
  f.add(S0.word, B0.tag, B1.tag);
  f.add(S1.tag, S0.word, B0.tag);
  f.add(S1.word, S0.tag, B0.tag);

  // Distances.
  const std::uint64_t d = s0 >= 0 && b0 >= 0 ? distance_bucket(s0, b0) : 0;
  const std::uint64_t d1 = s1 >= 0 && s0 >= 0 && s1 != c.root() ? distance_bucket(s1, s0) : 0;
  f.add(S0.word, d);
  f.add(S0.tag, d);
  f.add(B0.word, d);
  f.add(B0.tag, d);
  f.add(S0.tag, B0.tag, d);
  f.add(S1.word, d1);
  f.add(S0.word, d1 + 16);
  f.add(S1.tag, S0.tag, d1);
  f.add(S1.word, S0.word, d1);

  // Valencies.
  const auto count = [&](int word, bool of_left) -> std::uint64_t {
    if (word < 0) return 0;
    return static_cast<std::uint64_t>(std::min(of_left ? c.left_count(word) : c.right_count(word), 6)) + 1;
  };
  f.add(S0.word, count(s0, false));
  f.add(S0.tag, count(s0, false));
  f.add(S0.word, count(s0, true));
  f.add(S0.tag, count(s0, true));
  f.add(S1.word, count(s1, false));
  f.add(S1.tag, count(s1, false));
  f.add(S1.tag, count(s1, true));
  f.add(B0.word, count(b0, true));
  f.add(B0.tag, count(b0, true));

  // Children nearest the edges: word, tag and label.
  const auto child = [&](const WordAtoms& a, int word) {
    f.add(a.word);
    f.add(a.tag);
    f.add(label(word));
  };
  child(S0L, s0l);
  child(S0R, s0r);
  child(B0L, b0l);
  child(S1L, s1l);
  child(S1R, s1r);
  child(S0L2, s0l2);
  child(S0R2, s0r2);
  child(B0L2, b0l2);
  child(S1R2, s1r2);
  f.add(S0.tag, label(s0l), label(s0l2));
  f.add(S0.tag, label(s0r), label(s0r2));
  f.add(B0.tag, label(b0l), label(b0l2));
  f.add(S1.tag, label(s1r), label(s1r2));
  f.add(S0.tag, S0L.tag, S0L2.tag);
  f.add(S0.tag, S0R.tag, S0R2.tag);
  f.add(B0.tag, B0L.tag, B0L2.tag);
  f.add(S1.tag, S1R.tag, S1R2.tag);
  f.add(S0.word, label(s0l));
  f.add(S0.word, label(s0r));
  f.add(B0.word, label(b0l));
  f.add(S1.word, label(s1r));

  // Label sets of the children.
  const auto labels = [&](int word, bool of_left) -> std::uint64_t {
    if (word < 0) return 0;
    return mix64((of_left ? c.left_labels(word) : c.right_labels(word)) + (of_left ? 1 : 2));
  };
  f.add(S0.word, labels(s0, false));
  f.add(S0.tag, labels(s0, false));
  f.add(S0.word, labels(s0, true));
  f.add(S0.tag, labels(s0, true));
  f.add(B0.word, labels(b0, true));
  f.add(B0.tag, labels(b0, true));
  f.add(S1.word, labels(s1, false));
  f.add(S1.tag, labels(s1, false));
  f.add(S1.tag, labels(s1, true));
  return f.size();
}

}  // namespace kg::parsing
