// The tagger's lexical tables, counted from the training data: the tag dictionary,
// the FEATS tables and the ambiguity classes.
#include <map>
#include <unordered_map>

#include "syntax/tagger_training.hpp"
#include "syntax/tagger_word.hpp"

namespace kg::tagging {
namespace {

// Most frequent value of a count map; ties go to the smallest value.
template <typename Key>
std::pair<Key, std::size_t> most_frequent(const std::map<Key, std::size_t>& counts) {
  std::pair<Key, std::size_t> best{counts.begin()->first, 0};
  for (const auto& [key, n] : counts)
    if (n > best.second) best = {key, n};
  return best;
}

}  // namespace

std::vector<std::span<const Token>> sentences_of(const std::vector<Doc>& docs, std::vector<std::size_t>* doc_of) {
  std::vector<std::span<const Token>> sentences;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const auto& doc = docs[d];
    if (doc.sentences.empty() && !doc.tokens.empty()) sentences.emplace_back(doc.tokens);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s)
      if (doc.sentences[s].end > doc.sentences[s].begin) sentences.push_back(doc.sentence_tokens(s));
    if (doc_of) doc_of->resize(sentences.size(), d);
  }
  return sentences;
}

std::string feats_value(const Token& t) { return t.feats == "_" ? std::string() : t.feats; }

// A class counts in a word's ambiguity class when it has at least 5% of its occurrences.
TagLexicon build_lexicon(const std::vector<std::vector<WordInfo>>& words, const ClassMatrix& gold,
                         const std::vector<bool>& use) {
  std::unordered_map<std::uint64_t, std::map<int, std::size_t>> by_form, by_lower;
  for (std::size_t s = 0; s < words.size(); ++s) {
    if (!use[s]) continue;
    for (std::size_t i = 0; i < words[s].size(); ++i) {
      if (gold[s][i] < 0) continue;
      ++by_form[words[s][i].form][gold[s][i]];
      ++by_lower[words[s][i].lower_hash][gold[s][i]];
    }
  }
  const auto table = [](const std::unordered_map<std::uint64_t, std::map<int, std::size_t>>& counts) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
    for (const auto& [key, classes] : counts) {
      std::size_t total = 0;
      for (const auto& [cls, n] : classes) total += n;
      std::uint64_t h = 0x51ED;
      for (const auto& [cls, n] : classes)
        if (n * 20 >= total) h = mix64(h + static_cast<std::uint64_t>(cls) + 1);
      entries.emplace_back(key, static_cast<std::uint32_t>(h) | 1);
    }
    return SortedTable<std::uint32_t>::from(std::move(entries));
  };
  return {table(by_form), table(by_lower)};
}

void add_dictionary_and_feats(TaggerModel& model, const std::vector<std::vector<WordInfo>>& words, const ClassMatrix& gold,
                              const std::vector<std::span<const Token>>& sentences, const Tagger::TrainOptions& options) {
  std::unordered_map<std::uint64_t, std::map<int, std::size_t>> class_counts;  // by form hash
  std::map<std::string, std::uint32_t> feats_ids;
  std::vector<std::map<std::uint32_t, std::size_t>> feats_by_class(static_cast<std::size_t>(model.classes()));
  // By word_feats_key: the class and the counts of its FEATS values.
  std::map<std::uint64_t, std::pair<int, std::map<std::uint32_t, std::size_t>>> feats_by_word;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (std::size_t i = 0; i < sentences[s].size(); ++i) {
      const int cls = gold[s][i];
      if (cls < 0) continue;
      ++class_counts[words[s][i].form][cls];
      const auto [it, inserted] = feats_ids.try_emplace(feats_value(sentences[s][i]), static_cast<std::uint32_t>(feats_ids.size()));
      ++feats_by_class[static_cast<std::size_t>(cls)][it->second];
      auto& entry = feats_by_word[word_feats_key(words[s][i], cls)];
      entry.first = cls;
      ++entry.second[it->second];
    }
  }
  std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary;
  for (const auto& [form, counts] : class_counts) {
    std::size_t total = 0;
    for (const auto& [cls, n] : counts) total += n;
    const auto [cls, n] = most_frequent(counts);
    if (total >= static_cast<std::size_t>(options.dictionary_min_count) &&
        static_cast<double>(n) >= options.dictionary_ratio * static_cast<double>(total))
      dictionary.emplace_back(form, static_cast<std::uint16_t>(cls));
  }
  model.dictionary = SortedTable<std::uint16_t>::from(std::move(dictionary));

  model.feats_values.assign(feats_ids.size(), "");
  for (const auto& [value, id] : feats_ids) model.feats_values[id] = value;
  if (model.feats_values.empty()) model.feats_values.emplace_back();
  model.class_feats.assign(static_cast<std::size_t>(model.classes()), 0);
  for (std::size_t c = 0; c < feats_by_class.size(); ++c)
    if (!feats_by_class[c].empty()) model.class_feats[c] = most_frequent(feats_by_class[c]).first;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> word_feats;
  for (const auto& [key, entry] : feats_by_word) {
    const auto value = most_frequent(entry.second).first;
    if (value != model.class_feats[static_cast<std::size_t>(entry.first)]) word_feats.emplace_back(key, value);
  }
  model.word_feats = SortedTable<std::uint32_t>::from(std::move(word_feats));
}

}  // namespace kg::tagging
