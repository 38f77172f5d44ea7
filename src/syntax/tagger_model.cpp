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

std::vector<int> greedy_decode(const WeightTable& weights, std::span<const WordInfo> words, std::span<const int> guide,
                               std::span<const int> fixed) {
  std::vector<int> tags(words.size(), 0);
  std::vector<std::uint64_t> features;
  std::vector<std::int32_t> scores(static_cast<std::size_t>(weights.classes()));
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (fixed[i] >= 0) {
      tags[i] = fixed[i];
      continue;
    }
    features.clear();
    tagger_features(words, i, tags, guide, features);
    std::fill(scores.begin(), scores.end(), 0);
    weights.add_all(features, scores);
    tags[i] = best_class(scores);
  }
  return tags;
}

std::vector<int> TaggerModel::fixed_classes(std::span<const WordInfo> words) const {
  std::vector<int> fixed(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) fixed[i] = dictionary_class(words[i]);
  return fixed;
}

std::vector<int> TaggerModel::fixed_guide_classes(std::span<const WordInfo> words) const {
  auto fixed = fixed_classes(words);
  for (auto& f : fixed)
    if (f >= 0) f = guide_of_class[static_cast<std::size_t>(f)];
  return fixed;
}

std::vector<int> TaggerModel::predict_guide(std::span<const WordInfo> words) const {
  return greedy_decode(guide, words, {}, fixed_guide_classes(words));
}

std::vector<int> TaggerModel::predict(std::span<const WordInfo> words) const {
  const auto first = predict_guide(words);
  return greedy_decode(weights, words, first, fixed_classes(words));
}

const std::string& TaggerModel::feats(const WordInfo& word, int cls) const {
  if (const auto* value = word_feats.find(word_feats_key(word, cls))) return feats_values[*value];
  return feats_values[class_feats[static_cast<std::size_t>(cls)]];
}

void TaggerModel::write(BinaryWriter& out) const {
  out.put_strings(upos);
  out.put_strings(xpos);
  out.put_strings(guide_tags);
  out.put_vector(guide_of_class);
  guide.write(out);
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
  model.guide_tags = in.get_strings();
  model.guide_of_class = in.get_vector<std::uint16_t>();
  model.guide = WeightTable::read(in);
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
      model.class_feats.size() != classes || model.guide_of_class.size() != classes ||
      model.guide.classes() != static_cast<int>(model.guide_tags.size()))
    in.fail("inconsistent class counts");
  for (const auto g : model.guide_of_class)
    if (g >= model.guide_tags.size()) in.fail("first-pass class out of range");
  for (const auto cls : model.dictionary.values)
    if (cls >= classes) in.fail("dictionary class out of range");
  for (const auto v : model.class_feats)
    if (v >= model.feats_values.size()) in.fail("feats value out of range");
  for (const auto v : model.word_feats.values)
    if (v >= model.feats_values.size()) in.fail("feats value out of range");
  return model;
}

}  // namespace kg::tagging
