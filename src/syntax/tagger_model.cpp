#include "syntax/tagger_model.hpp"

#include <algorithm>

#include "syntax/tagger_word.hpp"

namespace kg::tagging {

std::uint64_t word_feats_key(const WordInfo& word, int cls) {
  return feature(0xFEA7, word.lower_hash, static_cast<std::uint64_t>(cls));
}

std::vector<WordInfo> TaggerModel::describe(std::span<const Token> sentence) const {
  auto words = describe_words(sentence);
  lexicon.annotate(words);
  return words;
}

int TaggerModel::dictionary_class(const WordInfo& word) const {
  const auto* cls = dictionary.find(word.form);
  return cls ? *cls : -1;
}

std::vector<int> TaggerModel::predict(std::span<const WordInfo> words) const {
  std::vector<int> tags(words.size(), 0);
  std::vector<std::uint64_t> features;
  std::vector<std::int32_t> scores(static_cast<std::size_t>(classes()));
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (const int cls = dictionary_class(words[i]); cls >= 0) {
      tags[i] = cls;
      continue;
    }
    features.clear();
    tagger_features(words, i, tags, features);
    std::fill(scores.begin(), scores.end(), 0);
    for (const auto f : features) weights.add(f, scores);
    tags[i] = best_class(scores);
  }
  return tags;
}

const std::string& TaggerModel::feats(const WordInfo& word, int cls) const {
  if (const auto* value = word_feats.find(word_feats_key(word, cls))) return feats_values[*value];
  return feats_values[class_feats[static_cast<std::size_t>(cls)]];
}

void TaggerModel::write(BinaryWriter& out) const {
  out.put_strings(upos);
  out.put_strings(xpos);
  weights.write(out);
  lexicon.by_form.write(out);
  lexicon.by_lower.write(out);
  dictionary.write(out);
  out.put_strings(feats_values);
  out.put_vector(class_feats);
  word_feats.write(out);
}

TaggerModel TaggerModel::read(BinaryReader& in) {
  TaggerModel model;
  model.upos = in.get_strings();
  model.xpos = in.get_strings();
  model.weights = WeightTable::read(in);
  model.lexicon.by_form = SortedTable<std::uint32_t>::read(in);
  model.lexicon.by_lower = SortedTable<std::uint32_t>::read(in);
  model.dictionary = SortedTable<std::uint16_t>::read(in);
  model.feats_values = in.get_strings();
  model.class_feats = in.get_vector<std::uint32_t>();
  model.word_feats = SortedTable<std::uint32_t>::read(in);
  if (!in.at_end()) in.fail("trailing bytes");
  const auto classes = model.upos.size();
  if (classes == 0 || model.xpos.size() != classes || model.weights.classes() != static_cast<int>(classes) ||
      model.class_feats.size() != classes)
    in.fail("inconsistent class counts");
  for (const auto cls : model.dictionary.values)
    if (cls >= classes) in.fail("dictionary class out of range");
  for (const auto v : model.class_feats)
    if (v >= model.feats_values.size()) in.fail("feats value out of range");
  for (const auto v : model.word_feats.values)
    if (v >= model.feats_values.size()) in.fail("feats value out of range");
  return model;
}

}  // namespace kg::tagging
