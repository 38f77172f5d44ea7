// The statistical tagger: labels, decoding, training, the model file, GUM's annotation.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "entities/gum_entities.hpp"
#include "entities/ner_features.hpp"
#include "entities/ner_model.hpp"
#include "kg/conllu.hpp"
#include "kg/entities.hpp"
#include "kg/error.hpp"
#include "support/files.hpp"

namespace kg {
namespace {

using ner::Span;

std::vector<Doc> sample() {
  std::ifstream in(std::filesystem::path(KG_TEST_DATA_DIR) / "entities" / "gum_sample.conllu");
  return read_conllu(in, "gum_sample.conllu");
}

TEST(NerLabels, EncodeDecodeRoundTrip) {
  const std::vector<Span> spans{{0, 2, 0}, {3, 4, 2}, {5, 8, 1}};
  EXPECT_EQ(ner::decode(ner::encode(spans, 9)), spans);
  EXPECT_TRUE(ner::allowed(-1, ner::encode({{0, 1, 0}}, 1)[0]));
  const auto labels = ner::encode({{0, 2, 0}}, 2);
  EXPECT_TRUE(ner::allowed(labels[0], labels[1]));
  EXPECT_FALSE(ner::allowed(-1, labels[1]));  // no I/L without a B
  EXPECT_FALSE(ner::allowed(labels[0], 0));   // an open span cannot be followed by O
}

TEST(GumEntities, NamedCoresOfMentionsMappedToTypes) {
  const auto docs = sample();
  ASSERT_EQ(docs.size(), 1u);
  const auto spans = ner::gum_named_spans(docs[0], "gum_sample.conllu");
  ASSERT_EQ(spans.size(), 2u);
  // Maria Lopez (PER), United Nations without "the" (ORG), Geneva (LOC).
  EXPECT_EQ(spans[0], (std::vector<Span>{{0, 2, ner::type_index("PER")}, {4, 6, ner::type_index("ORG")}, {7, 8, ner::type_index("LOC")}}));
  // Pronouns and common nouns are not names; "the Palestinians" is a nationality.
  EXPECT_EQ(spans[1], (std::vector<Span>{{8, 9, ner::type_index("LOC")}}));
}

TEST(NerTraining, LearnsTheTrainingSentencesAndWritesALoadableModel) {
  test::TempDir dir;
  const auto docs = sample();
  EntityTrainingOptions options;
  options.epochs = 5;
  options.word_dropout = 0.0;
  std::ostringstream log;
  const double f1 = train_entity_recognizer(docs, {}, {}, options, dir / "ner.bin", log);
  EXPECT_EQ(f1, -1.0);
  EXPECT_NE(log.str().find("ner epoch 5"), std::string::npos);
  const auto model = ner::Model::load(dir / "ner.bin");
  const auto gazetteer = Gazetteer::load_default();
  const auto spans = ner::decode(model.tag(ner::sentence_features(docs[0], 0, *gazetteer)));
  EXPECT_EQ(spans, ner::gum_named_spans(docs[0], "x")[0]);
  // Same data, same seed: the same model file.
  train_entity_recognizer(docs, {}, {}, options, dir / "again.bin", log);
  EXPECT_EQ(test::slurp(dir / "ner.bin"), test::slurp(dir / "again.bin"));
}

TEST(NerTraining, NoAnnotatedDocumentIsAnError) {
  Doc plain = sample()[0];
  for (auto& t : plain.tokens) t.misc.clear();
  test::TempDir dir;
  std::ostringstream log;
  EXPECT_THROW(train_entity_recognizer({plain}, {}, {}, EntityTrainingOptions{}, dir / "ner.bin", log), std::runtime_error);
}

TEST(NerModel, DamagedOrMissingFilesAreInputErrors) {
  test::TempDir dir;
  EXPECT_THROW(ner::Model::load(dir / "missing.bin"), InputError);
  test::spit(dir / "garbage.bin", "not a model at all");
  EXPECT_THROW(ner::Model::load(dir / "garbage.bin"), InputError);
  // A real model cut short, and one with a flipped byte.
  const std::string good = test::slurp(std::filesystem::path(KG_SOURCE_DATA_DIR) / "models" / "ner.bin");
  ASSERT_GT(good.size(), 100u);
  test::spit(dir / "short.bin", good.substr(0, good.size() / 2));
  EXPECT_THROW(ner::Model::load(dir / "short.bin"), InputError);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  test::spit(dir / "flipped.bin", flipped);
  try {
    ner::Model::load(dir / "flipped.bin");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("flipped.bin"), std::string::npos);
  }
}

}  // namespace
}  // namespace kg
