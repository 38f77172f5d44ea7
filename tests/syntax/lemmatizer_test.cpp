#include "kg/lemmatizer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/error.hpp"
#include "syntax/tagger_test_util.hpp"

namespace {

using kg::test::read_bytes;
using kg::test::TempDir;

kg::Lemmatizer::TrainOptions tiny_options() {
  kg::Lemmatizer::TrainOptions options;
  options.epochs = 8;
  return options;
}

const kg::Lemmatizer& tiny_lemmatizer() {
  static const kg::Lemmatizer lemmatizer = [] {
    std::ostringstream log;
    return kg::Lemmatizer::train(kg::test::tiny_corpus(), {}, tiny_options(), log);
  }();
  return lemmatizer;
}

TEST(Lemmatizer, KnowsTheWordsOfItsTrainingData) {
  const auto& l = tiny_lemmatizer();
  EXPECT_EQ(l.lemmatize("were", "AUX", "VBD"), "be");
  EXPECT_EQ(l.lemmatize("sanctions", "NOUN", "NNS"), "sanction");
  EXPECT_EQ(l.lemmatize("accused", "VERB", "VBN"), "accuse");
  EXPECT_EQ(l.lemmatize("better", "ADJ", "JJR"), "good");
  EXPECT_EQ(l.lemmatize("allies", "NOUN", "NNS"), "ally");
  EXPECT_EQ(l.lemmatize("Russia", "PROPN", "NNP"), "Russia");
}

TEST(Lemmatizer, LowercasesSentenceInitialWordsAsTheTreebankDoes) {
  const auto& l = tiny_lemmatizer();
  EXPECT_EQ(l.lemmatize("The", "DET", "DT"), "the");
  EXPECT_EQ(l.lemmatize("Were", "AUX", "VBD"), "be");  // seen only lowercase
  EXPECT_EQ(l.lemmatize("Sanctions", "NOUN", "NNS"), "sanction");
}

TEST(Lemmatizer, GeneralizesToUnknownWords) {
  const auto& l = tiny_lemmatizer();
  EXPECT_EQ(l.lemmatize("allegations", "NOUN", "NNS"), "allegation");
  EXPECT_EQ(l.lemmatize("threats", "NOUN", "NNS"), "threat");
  EXPECT_EQ(l.lemmatize("Zorblatt", "PROPN", "NNP"), "Zorblatt");
  EXPECT_EQ(l.lemmatize("accusation", "NOUN", "NN"), "accusation");
}

TEST(Lemmatizer, TheTagsChooseTheLemma) {
  const auto& l = tiny_lemmatizer();
  EXPECT_EQ(l.lemmatize("reports", "NOUN", "NNS"), "report");
  EXPECT_EQ(l.lemmatize("better", "ADJ", "JJR"), "good");
  // A form the training data has with other tags only is still lemmatized sensibly.
  EXPECT_EQ(l.lemmatize("testing", "NOUN", "NN"), "testing");
}

TEST(Lemmatizer, ProcessFillsEveryToken) {
  auto doc = kg::test::words_doc({"Sanctions", "were", "imposed", "by", "the", "council", "."});
  const char* tags[][2] = {{"NOUN", "NNS"}, {"AUX", "VBD"}, {"VERB", "VBN"}, {"ADP", "IN"},
                           {"DET", "DT"},   {"NOUN", "NN"}, {"PUNCT", "."}};
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    doc.tokens[i].upos = tags[i][0];
    doc.tokens[i].xpos = tags[i][1];
  }
  tiny_lemmatizer().process(doc);
  std::vector<std::string> lemmas;
  for (const auto& t : doc.tokens) lemmas.push_back(t.lemma);
  EXPECT_EQ(lemmas, (std::vector<std::string>{"sanction", "be", "impose", "by", "the", "council", "."}));
}

TEST(Lemmatizer, SaveAndLoadGiveTheSameLemmas) {
  TempDir dir;
  tiny_lemmatizer().save(dir.path() / "lemmatizer.bin");
  const auto loaded = kg::Lemmatizer::load(dir.path() / "lemmatizer.bin");
  for (const auto& [form, upos, xpos] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"Were", "AUX", "VBD"}, {"allegations", "NOUN", "NNS"}, {"Zorblatt", "PROPN", "NNP"},
           {"deployed", "VERB", "VBD"}, {"running", "VERB", "VBG"}, {"\u2019s", "PART", "POS"}})
    EXPECT_EQ(tiny_lemmatizer().lemmatize(form, upos, xpos), loaded.lemmatize(form, upos, xpos)) << form;
}

TEST(Lemmatizer, TrainingIsDeterministic) {
  TempDir dir;
  std::ostringstream log;
  kg::Lemmatizer::train(kg::test::tiny_corpus(), {}, tiny_options(), log).save(dir.path() / "a.bin");
  kg::Lemmatizer::train(kg::test::tiny_corpus(), {}, tiny_options(), log).save(dir.path() / "b.bin");
  EXPECT_EQ(read_bytes(dir.path() / "a.bin"), read_bytes(dir.path() / "b.bin"));
}

TEST(Lemmatizer, PrintsDevAccuracyPerEpoch) {
  std::ostringstream log;
  auto options = tiny_options();
  options.epochs = 2;
  const auto corpus = kg::test::tiny_corpus();
  kg::Lemmatizer::train(corpus, corpus, options, log);
  EXPECT_NE(log.str().find("epoch 1: "), std::string::npos) << log.str();
  EXPECT_NE(log.str().find("epoch 2: "), std::string::npos) << log.str();
  EXPECT_NE(log.str().find("dev lemma 100.00"), std::string::npos) << log.str();
}

TEST(Lemmatizer, MissingModelFileIsAnInputErrorNamingIt) {
  TempDir dir;
  const auto path = dir.path() / "no-such-lemmatizer.bin";
  try {
    kg::Lemmatizer::load(path);
    FAIL() << "no error";
  } catch (const kg::InputError& e) {
    EXPECT_EQ(e.file(), path.string());
  }
}

TEST(Lemmatizer, CorruptModelFilesAreInputErrors) {
  TempDir dir;
  const auto good = dir.path() / "good.bin";
  tiny_lemmatizer().save(good);
  const std::string bytes = read_bytes(good);
  for (const auto& [name, content] : std::vector<std::pair<std::string, std::string>>{
           {"empty.bin", ""},
           {"truncated.bin", bytes.substr(0, bytes.size() - 9)},
           {"flipped.bin", bytes.substr(0, 20) + char(bytes[20] ^ 1) + bytes.substr(21)}}) {
    const auto path = dir.path() / name;
    std::ofstream(path, std::ios::binary) << content;
    EXPECT_THROW(kg::Lemmatizer::load(path), kg::InputError) << name;
  }
  // A tagger model is not a lemmatizer model.
  EXPECT_THROW(kg::Lemmatizer::load(KG_TEST_DATA_DIR "/tagger/tiny-train.conllu"), kg::InputError);
}

class ShippedLemmatizer : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::filesystem::path path = KG_SOURCE_DATA_DIR "/models/lemmatizer.bin";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shipped lemmatizer model at " << path;
    lemmatizer_ = std::make_unique<kg::Lemmatizer>(kg::Lemmatizer::load(path));
  }
  std::unique_ptr<kg::Lemmatizer> lemmatizer_;
};

TEST_F(ShippedLemmatizer, LemmatizesNewsWords) {
  const auto& l = *lemmatizer_;
  EXPECT_EQ(l.lemmatize("were", "AUX", "VBD"), "be");
  EXPECT_EQ(l.lemmatize("sanctions", "NOUN", "NNS"), "sanction");
  EXPECT_EQ(l.lemmatize("accused", "VERB", "VBD"), "accuse");
  EXPECT_EQ(l.lemmatize("better", "ADJ", "JJR"), "good");
  EXPECT_EQ(l.lemmatize("Ministries", "NOUN", "NNS"), "ministry");
  EXPECT_EQ(l.lemmatize("Nebenzia", "PROPN", "NNP"), "Nebenzia");
  EXPECT_EQ(l.lemmatize("n't", "PART", "RB"), "not");
  EXPECT_EQ(l.lemmatize("\u2019s", "PART", "POS"), "'s");
}

}  // namespace
