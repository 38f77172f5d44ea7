#include "syntax/lemmatizer_model.hpp"

#include "syntax/tagger_word.hpp"

namespace kg::tagging {
namespace {

// Feature template numbers: part of the model format, so append only.
enum Template : std::uint32_t { kXpos, kUpos, kXposSuffix, kUposSuffix, kXposLower, kXposCasing, kXposLength };

std::uint64_t casing_class(const LemmaQuery& word) {
  if (all_upper(word.form)) return length_in_chars(word.form) > 1 ? 2 : 1;
  if (starts_upper(word.form)) return 1;
  if (word.lower != word.form) return 4;  // upper case inside: URLs, e-mail addresses, "iPhone"
  for (char c : word.form)
    if (c >= '0' && c <= '9') return 3;
  return 0;
}

}  // namespace

LemmaQuery::LemmaQuery(std::string_view raw_form, std::string_view upos_tag, std::string_view xpos_tag)
    : form(normalize_form(raw_form)), lower(to_lower(form)), upos(upos_tag), xpos(xpos_tag) {}

std::uint64_t LemmaQuery::dictionary_key() const {
  return feature(0x1E, hash_string(lower), hash_string(upos) * 31 + hash_string(xpos));
}

std::uint64_t LemmaQuery::exact_key() const {
  return feature(0x1F, hash_string(form), hash_string(upos) * 31 + hash_string(xpos));
}

void lemmatizer_features(const LemmaQuery& word, std::vector<std::uint64_t>& out) {
  const auto x = hash_string(word.xpos), u = hash_string(word.upos);
  out.push_back(feature(kXpos, x));
  out.push_back(feature(kUpos, u));
  for (int n = 1; n <= 6; ++n) {
    const auto s = hash_string(suffix(word.lower, n)) + static_cast<std::uint64_t>(n);
    out.push_back(feature(kXposSuffix, x, s));
    if (n <= 4) out.push_back(feature(kUposSuffix, u, s));
  }
  out.push_back(feature(kXposLower, x, hash_string(word.lower)));
  out.push_back(feature(kXposCasing, x, casing_class(word)));
  out.push_back(feature(kXposLength, x, static_cast<std::uint64_t>(std::min(length_in_chars(word.lower), 12))));
}

std::string LemmatizerModel::classify(const LemmaQuery& word) const {
  std::vector<std::uint64_t> features;
  lemmatizer_features(word, features);
  std::vector<std::int32_t> scores(predicted, 0);
  weights.add_all(features, scores);
  // Best first among the scripts that apply to this form.
  const int length = length_in_chars(word.form);
  int best = -1;
  for (std::size_t c = 0; c < scores.size(); ++c)
    if (scripts[c].strip <= length && (best < 0 || scores[c] > scores[static_cast<std::size_t>(best)]))
      best = static_cast<int>(c);
  if (best < 0) return word.form;
  return *scripts[static_cast<std::size_t>(best)].apply(word.form);
}

std::optional<std::string> LemmatizerModel::known(const LemmaQuery& word) const {
  const auto* script = exact.find(word.exact_key());
  if (!script) script = dictionary.find(word.dictionary_key());
  if (!script) return std::nullopt;
  return scripts[*script].apply(word.form);
}

std::string LemmatizerModel::lemmatize(const LemmaQuery& word) const {
  if (auto lemma = known(word)) return *lemma;
  return classify(word);
}

void LemmatizerModel::write(BinaryWriter& out) const {
  std::vector<std::string> encoded;
  for (const auto& s : scripts) encoded.push_back(s.encode());
  out.put_strings(encoded);
  out.put<std::uint32_t>(predicted);
  weights.write(out);
  dictionary.write(out);
  exact.write(out);
}

LemmatizerModel LemmatizerModel::read(BinaryReader& in) {
  LemmatizerModel model;
  for (const auto& text : in.get_strings()) {
    auto script = EditScript::decode(text);
    if (!script) in.fail("bad edit script");
    model.scripts.push_back(std::move(*script));
  }
  model.predicted = in.get<std::uint32_t>();
  model.weights = WeightTable::read(in);
  model.dictionary = SortedTable<std::uint32_t>::read(in);
  model.exact = SortedTable<std::uint32_t>::read(in);
  if (!in.at_end()) in.fail("trailing bytes");
  if (model.predicted == 0 || model.predicted > model.scripts.size() ||
      model.weights.classes() != static_cast<int>(model.predicted))
    in.fail("inconsistent script counts");
  for (const auto* table : {&model.dictionary, &model.exact})
    for (const auto s : table->values)
      if (s >= model.scripts.size()) in.fail("dictionary script out of range");
  return model;
}

}  // namespace kg::tagging
