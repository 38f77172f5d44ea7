#include "kg/tagger.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "kg/conllu.hpp"
#include "kg/error.hpp"
#include "syntax/tagger_test_util.hpp"

namespace {

using kg::test::read_bytes;
using kg::test::TempDir;
using kg::test::words_doc;

std::vector<std::string> upos_of(const kg::Doc& doc) {
  std::vector<std::string> tags;
  for (const auto& t : doc.tokens) tags.push_back(t.upos);
  return tags;
}
std::vector<std::string> xpos_of(const kg::Doc& doc) {
  std::vector<std::string> tags;
  for (const auto& t : doc.tokens) tags.push_back(t.xpos);
  return tags;
}

kg::Tagger::TrainOptions tiny_options() {
  kg::Tagger::TrainOptions options;
  options.epochs = 8;
  options.dictionary_min_count = 1000;  // every word goes through the perceptron
  return options;
}

// One tagger trained on the fixture, shared by the tests that only read it.
const kg::Tagger& tiny_tagger() {
  static const kg::Tagger tagger = [] {
    std::ostringstream log;
    return kg::Tagger::train(kg::test::tiny_corpus(), {}, tiny_options(), log);
  }();
  return tagger;
}

TEST(Tagger, LearnsTheTinyCorpus) {
  auto doc = words_doc({"The", "minister", "rejected", "the", "allegations", "."});
  tiny_tagger().process(doc);
  EXPECT_EQ(upos_of(doc), (std::vector<std::string>{"DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"}));
  EXPECT_EQ(xpos_of(doc), (std::vector<std::string>{"DT", "NN", "VBD", "DT", "NNS", "."}));
  EXPECT_EQ(doc.tokens[4].feats, "Number=Plur");
  EXPECT_EQ(doc.tokens[5].feats, "");  // "_" in CoNLL-U
}

TEST(Tagger, UsesContextForAnAmbiguousForm) {
  // "accused" is VBD after a subject and VBN after "were" in the fixture.
  auto active = words_doc({"The", "council", "accused", "the", "rebels", "."});
  auto passive = words_doc({"The", "rebels", "were", "accused", "of", "lying", "."});
  tiny_tagger().process(active);
  tiny_tagger().process(passive);
  EXPECT_EQ(active.tokens[2].xpos, "VBD");
  EXPECT_EQ(passive.tokens[3].xpos, "VBN");
  EXPECT_EQ(passive.tokens[2].upos, "AUX");
}

TEST(Tagger, TagsEverySentenceAndDocsWithoutSentences) {
  auto doc = words_doc({"Russia", "warned", "the", "allies", "."});
  doc.sentences.clear();
  tiny_tagger().process(doc);
  EXPECT_EQ(upos_of(doc), (std::vector<std::string>{"PROPN", "VERB", "DET", "NOUN", "PUNCT"}));
}

TEST(Tagger, ReadsCurlyQuotesAsStraightOnes) {
  auto straight = words_doc({"The", "council", "'s", "proposal", "."});
  auto curly = words_doc({"The", "council", "\u2019s", "proposal", "."});
  curly.tokens[2].form.clear();  // falls back to the text
  tiny_tagger().process(straight);
  tiny_tagger().process(curly);
  EXPECT_EQ(upos_of(straight), upos_of(curly));
}

TEST(Tagger, SaveAndLoadGiveTheSameTags) {
  TempDir dir;
  tiny_tagger().save(dir.path() / "tagger.bin");
  const auto loaded = kg::Tagger::load(dir.path() / "tagger.bin");
  for (const auto& words : std::vector<std::vector<const char*>>{
           {"China", "tested", "new", "missiles", "on", "Tuesday", "."},
           {"The", "allies", "were", "better", "than", "expected", "."},
           {"Unknown", "words", "like", "Zorblatt", "get", "tags", "too", "."}}) {
    auto a = words_doc(words), b = words_doc(words);
    tiny_tagger().process(a);
    loaded.process(b);
    EXPECT_EQ(upos_of(a), upos_of(b));
    EXPECT_EQ(xpos_of(a), xpos_of(b));
    for (std::size_t i = 0; i < a.tokens.size(); ++i) EXPECT_EQ(a.tokens[i].feats, b.tokens[i].feats);
  }
}

TEST(Tagger, TrainingIsDeterministic) {
  TempDir dir;
  std::ostringstream log1, log2;
  kg::Tagger::train(kg::test::tiny_corpus(), {}, tiny_options(), log1).save(dir.path() / "a.bin");
  kg::Tagger::train(kg::test::tiny_corpus(), {}, tiny_options(), log2).save(dir.path() / "b.bin");
  EXPECT_EQ(read_bytes(dir.path() / "a.bin"), read_bytes(dir.path() / "b.bin"));
}

TEST(Tagger, PrintsDevAccuracyPerEpochAndKeepsTheBest) {
  std::ostringstream log;
  auto options = tiny_options();
  options.epochs = 3;
  const auto corpus = kg::test::tiny_corpus();
  const auto tagger = kg::Tagger::train(corpus, corpus, options, log);
  for (const char* line : {"second pass epoch 1:", "second pass epoch 2:", "second pass epoch 3:", "dev UPOS"})
    EXPECT_NE(log.str().find(line), std::string::npos) << line << " not in\n" << log.str();
  // Tagging its own training data, the kept epoch is (nearly) perfect.
  auto doc = corpus.front();
  tagger.process(doc);
  std::size_t right = 0;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) right += doc.tokens[i].upos == corpus.front().tokens[i].upos;
  EXPECT_GE(right + 2, doc.tokens.size());
}

TEST(Tagger, RefusesTrainingDataWithoutTags) {
  std::ostringstream log;
  EXPECT_THROW(kg::Tagger::train({words_doc({"no", "tags"})}, {}, tiny_options(), log), std::invalid_argument);
}

TEST(Tagger, MissingModelFileIsAnInputErrorNamingIt) {
  TempDir dir;
  const auto path = dir.path() / "no-such-tagger.bin";
  try {
    kg::Tagger::load(path);
    FAIL() << "no error";
  } catch (const kg::InputError& e) {
    EXPECT_EQ(e.file(), path.string());
    EXPECT_NE(std::string(e.what()).find("no-such-tagger.bin"), std::string::npos);
  }
}

TEST(Tagger, CorruptModelFilesAreInputErrors) {
  TempDir dir;
  const auto good = dir.path() / "good.bin";
  tiny_tagger().save(good);
  const std::string bytes = read_bytes(good);
  const auto expect_input_error = [&](const std::string& name, const std::string& content) {
    const auto path = dir.path() / name;
    std::ofstream(path, std::ios::binary) << content;
    EXPECT_THROW(kg::Tagger::load(path), kg::InputError) << name;
  };
  expect_input_error("empty.bin", "");
  expect_input_error("text.bin", "this is not a model\n");
  expect_input_error("truncated.bin", bytes.substr(0, bytes.size() / 2));
  std::string flipped = bytes;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5A);
  expect_input_error("flipped.bin", flipped);
  std::string newer = bytes;
  newer[8] = static_cast<char>(newer[8] + 1);  // the format version follows the 8-byte magic
  expect_input_error("version.bin", newer);
}

TEST(Tagger, LemmatizerFileIsNotATaggerModel) {
  // A model of another kind is refused by its magic tag, not misread.
  TempDir dir;
  std::ofstream(dir.path() / "other.bin", std::ios::binary) << std::string("KGBLEMM\0\x03\0\0\0payload-and-more", 27);
  EXPECT_THROW(kg::Tagger::load(dir.path() / "other.bin"), kg::InputError);
}

// The shipped model (data/models/tagger.bin), when present.
class ShippedTagger : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::filesystem::path path = KG_SOURCE_DATA_DIR "/models/tagger.bin";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shipped tagger model at " << path;
    tagger_ = std::make_unique<kg::Tagger>(kg::Tagger::load(path));
  }
  std::vector<std::string> tag(std::vector<const char*> words) {
    auto doc = words_doc(words);
    tagger_->process(doc);
    return upos_of(doc);
  }
  std::unique_ptr<kg::Tagger> tagger_;
};

TEST_F(ShippedTagger, TagsNewsSentences) {
  EXPECT_EQ(tag({"Nebenzia", "rejected", "a", "U.S.", "allegation"}),
            (std::vector<std::string>{"PROPN", "VERB", "DET", "PROPN", "NOUN"}));
  EXPECT_EQ(tag({"Sanctions", "were", "imposed", "by", "the", "council", "."}),
            (std::vector<std::string>{"NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"}));
  EXPECT_EQ(tag({"Russia", "has", "warned", "that", "it", "will", "respond", "."}),
            (std::vector<std::string>{"PROPN", "AUX", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"}));
}

TEST_F(ShippedTagger, FillsXposAndFeats) {
  auto doc = words_doc({"The", "ministers", "condemned", "the", "attacks", "."});
  tagger_->process(doc);
  EXPECT_EQ(xpos_of(doc), (std::vector<std::string>{"DT", "NNS", "VBD", "DT", "NNS", "."}));
  EXPECT_EQ(doc.tokens[1].feats, "Number=Plur");
  // Person and Number of a past-tense verb depend on its subject, beyond a tagger's reach.
  EXPECT_NE(doc.tokens[2].feats.find("Tense=Past"), std::string::npos) << doc.tokens[2].feats;
  EXPECT_NE(doc.tokens[2].feats.find("VerbForm=Fin"), std::string::npos) << doc.tokens[2].feats;
}

}  // namespace
