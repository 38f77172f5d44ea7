#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kg/conllu.hpp"
#include "kg/error.hpp"
#include "kg/tokenizer.hpp"

namespace kg {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::filesystem::path kShippedModel = std::filesystem::path(KG_SOURCE_DATA_DIR) / "models" / "sentences.bin";

std::vector<std::string> sentences(const Tokenizer& tokenizer, const std::string& text) {
  Doc doc;
  doc.text = text;
  tokenizer.process(doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.push_back(doc.span_text(s.begin, s.end));
  return out;
}

// The shipped model keeps the news cases the rules get right.
TEST(SentenceModel, ShippedModelSplitsNewsText) {
  const Tokenizer tokenizer(kShippedModel);
  EXPECT_THAT(sentences(tokenizer, "Talks were held in the U.S. The council met on Friday. Nebenzia rejected a U.S. "
                                   "allegation. Lt. Gen. Smith met Dr. Jones on Jan. 5 at 5 p.m. They spoke."),
              ElementsAre("Talks were held in the U.S.", "The council met on Friday.",
                          "Nebenzia rejected a U.S. allegation.", "Lt. Gen. Smith met Dr. Jones on Jan. 5 at 5 p.m.",
                          "They spoke."));
  EXPECT_THAT(sentences(tokenizer, "He called it “legitimate self-defense.” He contrasted it. “Why?” he asked."),
              ElementsAre("He called it “legitimate self-defense.”", "He contrasted it.", "“Why?” he asked."));
  EXPECT_THAT(sentences(tokenizer, "Russia Warns U.S. Over Missile Test\nMOSCOW — Russia warned on Monday."),
              ElementsAre("Russia Warns U.S. Over Missile Test", "MOSCOW — Russia warned on Monday."));
}

TEST(SentenceModel, MissingOrCorruptModelGivesAClearError) {
  const auto dir = std::filesystem::temp_directory_path() / "kg_sentence_model_test";
  std::filesystem::create_directories(dir);
  const auto missing = dir / "missing.bin";
  std::filesystem::remove(missing);
  try {
    Tokenizer tokenizer(missing);
    ADD_FAILURE() << "no error for a missing model";
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("missing.bin"));
  }
  const auto corrupt = dir / "corrupt.bin";
  std::ofstream(corrupt) << "not a model";
  EXPECT_THROW(Tokenizer{corrupt}, InputError);
  // A truncated copy of the real model.
  std::ifstream in(kShippedModel, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  ASSERT_GT(bytes.size(), 1000u);
  std::ofstream(dir / "truncated.bin", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  try {
    Tokenizer tokenizer(dir / "truncated.bin");
    ADD_FAILURE() << "no error for a truncated model";
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("truncated"));
  }
  std::filesystem::remove_all(dir);
}

// Training on a small gold treebank is reproducible and learns its boundaries: here
// sentences end without punctuation before "Then", which the rules cannot know.
TEST(SentenceModel, TrainingIsReproducibleAndLearns) {
  std::string conllu;
  for (int i = 0; i < 40; ++i) {
    conllu += "# text = we went home\n1\twe\t_\t_\t_\t_\t_\t_\t_\t_\n2\twent\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "3\thome\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
              "# text = Then we slept .\n1\tThen\t_\t_\t_\t_\t_\t_\t_\t_\n2\twe\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "3\tslept\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  }
  std::istringstream in(conllu);
  const auto docs = read_conllu(in, "tiny.conllu");
  const auto dir = std::filesystem::temp_directory_path() / "kg_sentence_model_train_test";
  std::filesystem::create_directories(dir);
  std::ostringstream log;
  train_sentence_model(docs, docs, dir / "a.bin", 3, 7, log);
  train_sentence_model(docs, docs, dir / "b.bin", 3, 7, log);
  EXPECT_THAT(log.str(), HasSubstr("epoch 3"));
  const auto read = [](const std::filesystem::path& p) {
    std::ifstream file(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(file)), {});
  };
  EXPECT_EQ(read(dir / "a.bin"), read(dir / "b.bin"));
  const Tokenizer learned(dir / "a.bin");
  EXPECT_THAT(sentences(learned, "we went home Then we slept ."), ElementsAre("we went home", "Then we slept ."));
  EXPECT_THAT(sentences(Tokenizer(), "we went home Then we slept ."), ElementsAre("we went home Then we slept ."));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg
