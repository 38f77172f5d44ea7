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
  const std::vector<Doc> none;
  const double f1 = train_entity_recognizer({docs, none}, options, dir / "ner.bin", log);
  EXPECT_EQ(f1, -1.0);
  EXPECT_NE(log.str().find("ner epoch 5"), std::string::npos);
  const auto model = ner::Model::load(dir / "ner.bin");
  const auto gazetteer = Gazetteer::load_default();
  const auto spans = ner::decode(model.tag(ner::sentence_features(docs[0], 0, *gazetteer)));
  EXPECT_EQ(spans, ner::gum_named_spans(docs[0], "x")[0]);
  // Same data, same seed: the same model file.
  train_entity_recognizer({docs, none}, options, dir / "again.bin", log);
  EXPECT_EQ(test::slurp(dir / "ner.bin"), test::slurp(dir / "again.bin"));
}

TEST(GumEntities, TitlesBeforeAPersonsNameAreNotPartOfIt) {
  // "Dr. Ann Lee met NASA Administrator Mike Griffin ." with GUM's mention spans.
  std::istringstream in(
      "# text = Dr. Ann Lee met NASA Administrator Mike Griffin.\n"
      "1\tDr.\tDr.\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person\n"
      "2\tAnn\tAnn\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
      "3\tLee\tLee\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)\n"
      "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tNASA\tNASA\tPROPN\tNNP\t_\t8\tcompound\t_\tEntity=(2-person\n"
      "6\tAdministrator\tAdministrator\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
      "7\tMike\tMike\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
      "8\tGriffin\tGriffin\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=2)|SpaceAfter=No\n"
      "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  const auto docs = read_conllu(in, "titles.conllu");
  const int per = ner::type_index("PER");
  EXPECT_EQ(ner::gum_named_spans(docs.at(0), "titles.conllu")[0], (std::vector<Span>{{1, 3, per}, {6, 8, per}}));
}

// UniversalNER labels of the sample's sentences, listed in another order.
void write_sample_iob2(const std::filesystem::path& path) {
  test::spit(path,
             "# sent_id = sample-2\n1\tShe\tO\n2\tthanked\tO\n3\tthe\tO\n4\tPalestinians\tO\n5\tand\tO\n"
             "6\tthe\tO\n7\tdiplomats\tO\n8\tof\tO\n9\tSpain\tB-LOC\n10\t.\tO\n\n"
             "# sent_id = sample-1\n1\tMaria\tB-PER\n2\tLopez\tI-PER\n3\tvisited\tO\n4\tthe\tO\n"
             "5\tUnited\tB-ORG\n6\tNations\tI-ORG\n7\tin\tO\n8\tGeneva\tB-LOC\n9\t.\tO\n\n");
}

TEST(NerTraining, LearnsFromUniversalNerLabelsOfTreebankSentences) {
  test::TempDir dir;
  auto docs = sample();
  for (auto& t : docs[0].tokens) t.misc.clear();  // no GUM annotation: the IOB2 labels alone
  write_sample_iob2(dir / "labels.iob2");
  EntityTrainingOptions options;
  options.epochs = 5;
  options.word_dropout = 0.0;
  options.labelled_copies = 2;
  std::ostringstream log;
  const std::vector<Doc> none;
  // The dev labels also train: the epoch count is chosen first, then all sentences train.
  train_entity_recognizer({none, docs, {dir / "labels.iob2"}, dir / "labels.iob2"}, options, dir / "ner.bin", log);
  EXPECT_NE(log.str().find("ner: 4 sentences"), std::string::npos) << log.str();  // 2 sentences, 2 copies
  EXPECT_NE(log.str().find("retraining on all labelled sentences"), std::string::npos) << log.str();
  const auto model = ner::Model::load(dir / "ner.bin");
  const auto gazetteer = Gazetteer::load_default();
  const auto spans = ner::decode(model.tag(ner::sentence_features(docs[0], 0, *gazetteer)));
  EXPECT_EQ(spans, (std::vector<Span>{{0, 2, ner::type_index("PER")}, {4, 6, ner::type_index("ORG")}, {7, 8, ner::type_index("LOC")}}));
}

TEST(NerTraining, AnEnsembleIsTheMeanOfRunsWithSuccessiveSeeds) {
  test::TempDir dir;
  const auto docs = sample();
  const std::vector<Doc> none;
  EntityTrainingOptions options;
  options.epochs = 3;
  std::ostringstream log;
  options.seed = 7;
  train_entity_recognizer({docs, none}, options, dir / "seed7.bin", log);
  options.seed = 8;
  train_entity_recognizer({docs, none}, options, dir / "seed8.bin", log);
  options.seed = 7;
  options.ensemble = 2;
  train_entity_recognizer({docs, none}, options, dir / "ensemble.bin", log);
  EXPECT_NE(log.str().find("ner run 2:"), std::string::npos);
  const auto mean = ner::Model::mean({ner::Model::load(dir / "seed7.bin"), ner::Model::load(dir / "seed8.bin")});
  mean.save(dir / "mean.bin");
  EXPECT_EQ(test::slurp(dir / "ensemble.bin"), test::slurp(dir / "mean.bin"));
  // The mean of one model is that model.
  const auto one = ner::Model::load(dir / "seed7.bin");
  ner::Model::mean({one}).save(dir / "one.bin");
  EXPECT_EQ(test::slurp(dir / "one.bin"), test::slurp(dir / "seed7.bin"));
}

TEST(NerTraining, LabelsMatchingNoTreebankSentenceAreAnError) {
  test::TempDir dir;
  test::spit(dir / "labels.iob2", "1\tNobody\tB-PER\n2\there\tO\n\n");
  const auto docs = sample();
  const std::vector<Doc> none;
  std::ostringstream log;
  EXPECT_THROW(train_entity_recognizer({docs, none, {dir / "labels.iob2"}, {}}, EntityTrainingOptions{}, dir / "ner.bin", log),
               InputError);
}

TEST(NerTraining, NoAnnotatedDocumentIsAnError) {
  Doc plain = sample()[0];
  for (auto& t : plain.tokens) t.misc.clear();
  test::TempDir dir;
  std::ostringstream log;
  const std::vector<Doc> train{plain}, none;
  EXPECT_THROW(train_entity_recognizer({train, none}, EntityTrainingOptions{}, dir / "ner.bin", log), std::runtime_error);
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
