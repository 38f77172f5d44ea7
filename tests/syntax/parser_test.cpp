#include <algorithm>
#include <filesystem>
#include <random>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "kg/conllu.hpp"
#include "kg/error.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/parser.hpp"
#include "kg/tagger.hpp"
#include "syntax/parser_transition.hpp"
#include "syntax/parser_tree.hpp"

namespace {

namespace fs = std::filesystem;
using kg::DependencyParser;

std::vector<kg::Doc> fixture() {
  const std::string path = std::string(KG_TEST_DATA_DIR) + "/syntax/parser_tiny.conllu";
  std::ifstream in(path);
  return kg::read_conllu(in, path);
}

std::string file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("kg_parser_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

DependencyParser train_fixture(std::uint64_t seed, int runs = 1, int threads = 1) {
  DependencyParser::TrainOptions options;
  options.epochs = 12;
  options.seed = seed;
  options.runs = runs;
  options.threads = threads;
  // The defaults prune rare features, which on ten sentences are all of them.
  options.min_feature_updates = 1;
  options.prune_below = 0;
  std::ostringstream log;
  return DependencyParser::train(fixture(), fixture(), options, log);
}

// The heads and relations of a Doc, for comparing parses.
std::vector<std::pair<int, std::string>> trees(const std::vector<kg::Doc>& docs) {
  std::vector<std::pair<int, std::string>> out;
  for (const auto& doc : docs)
    for (const auto& token : doc.tokens) out.emplace_back(token.head, token.deprel);
  return out;
}

TEST(ParserOracle, FollowingZeroCostTransitionsRebuildsTheGoldTree) {
  for (const kg::Doc& doc : fixture()) {
    for (const kg::Sentence& sentence : doc.sentences) {
      const std::span<const kg::Token> words(doc.tokens.data() + sentence.begin, sentence.end - sentence.begin);
      const auto heads = kg::parsing::tree_heads(words, sentence.begin);
      ASSERT_TRUE(heads.has_value());
      // Labels: "root" is 0, every other relation 1 (enough for the oracle).
      kg::parsing::Actions actions;
      actions.labels = 2;
      actions.root_label = 0;
      kg::parsing::GoldTree gold{*heads, {}};
      for (const auto& w : words) gold.label.push_back(w.deprel == "root" ? 0 : 1);
      kg::parsing::Configuration config(static_cast<int>(words.size()));
      std::vector<int> costs;
      while (!config.terminal()) {
        kg::parsing::action_costs(config, gold, actions, costs);
        const auto zero = std::find(costs.begin(), costs.end(), 0);
        ASSERT_NE(zero, costs.end()) << "no zero-cost transition";
        config.apply(static_cast<int>(zero - costs.begin()), actions);
      }
      for (std::size_t i = 0; i < words.size(); ++i) {
        EXPECT_EQ(config.head(static_cast<int>(i)), gold.head[i]);
        EXPECT_EQ(config.label(static_cast<int>(i)), gold.label[i]);
      }
    }
  }
}

// The oracle's costs are exact: whatever transitions are taken, the gold arcs missing
// from the final tree are the sum of the costs of the transitions that lost them.
TEST(ParserOracle, CostsAddUpToTheArcsMissingFromTheTree) {
  std::mt19937 rng(5);
  for (const kg::Doc& doc : fixture()) {
    for (const kg::Sentence& sentence : doc.sentences) {
      const std::span<const kg::Token> words(doc.tokens.data() + sentence.begin, sentence.end - sentence.begin);
      kg::parsing::Actions actions;
      actions.labels = 3;
      actions.root_label = 0;
      kg::parsing::GoldTree gold{*kg::parsing::tree_heads(words, sentence.begin), {}};
      for (const auto& w : words) gold.label.push_back(w.deprel == "root" ? 0 : (w.deprel == "punct" ? 1 : 2));
      for (int trial = 0; trial < 50; ++trial) {
        kg::parsing::Configuration config(static_cast<int>(words.size()));
        std::vector<int> costs;
        int lost = 0;
        while (!config.terminal()) {
          kg::parsing::action_costs(config, gold, actions, costs);
          std::vector<int> valid, cheapest;
          const int min_cost = *std::min_element(costs.begin(), costs.end());
          for (int a = 0; a < actions.count(); ++a) {
            if (costs[static_cast<std::size_t>(a)] >= kg::parsing::invalid_cost) continue;
            valid.push_back(a);
            if (costs[static_cast<std::size_t>(a)] == min_cost) cheapest.push_back(a);
          }
          ASSERT_FALSE(valid.empty());
          const auto& pool = rng() % 3 == 0 ? valid : cheapest;
          const int action = pool[rng() % pool.size()];
          lost += costs[static_cast<std::size_t>(action)];
          config.apply(action, actions);
        }
        int missing = 0;
        for (std::size_t i = 0; i < words.size(); ++i)
          missing += config.head(static_cast<int>(i)) != gold.head[i] || config.label(static_cast<int>(i)) != gold.label[i];
        EXPECT_EQ(lost, missing) << doc.text.substr(words.front().start, words.back().end - words.front().start);
      }
    }
  }
}

TEST(ParserOracle, WrongTransitionsCostTheArcsTheyLose) {
  // "Sanctions were imposed": both words before "imposed" depend on it.
  kg::parsing::Actions actions;
  actions.labels = 2;
  actions.root_label = 0;
  const kg::parsing::GoldTree gold{{2, 2, 3}, {1, 1, 0}};
  kg::parsing::Configuration config(3);
  config.apply(kg::parsing::Actions::shift, actions);  // stack: root Sanctions
  std::vector<int> costs;
  kg::parsing::action_costs(config, gold, actions, costs);
  EXPECT_EQ(costs[kg::parsing::Actions::shift], 0);
  EXPECT_EQ(costs[static_cast<std::size_t>(actions.left(1))], 1);  // "were" is not its head
  config.apply(kg::parsing::Actions::shift, actions);  // stack: root Sanctions were
  kg::parsing::action_costs(config, gold, actions, costs);
  EXPECT_EQ(costs[static_cast<std::size_t>(actions.left(1))], 0);
  // Shifting "imposed" above them loses both its dependents and its own root arc.
  EXPECT_EQ(costs[kg::parsing::Actions::shift], 3);
  EXPECT_EQ(costs[static_cast<std::size_t>(actions.right(1))], 1);
}

TEST(ParserTree, ProjectivizeLiftsTheShortestCrossingArc) {
  // Words 0..3 under the root (4): 1 heads 0 and 3, and 0 -> 2 passes over 1, its own head.
  std::vector<int> heads{1, 4, 0, 1};
  EXPECT_FALSE(kg::parsing::is_projective(heads));
  ASSERT_TRUE(kg::parsing::projectivize(heads));
  EXPECT_TRUE(kg::parsing::is_projective(heads));
  EXPECT_EQ(heads, (std::vector<int>{1, 4, 1, 1}));
}

TEST(ParserTree, RejectsCyclesAndSecondRoots) {
  std::vector<kg::Token> words(3);
  words[0].head = 1;
  words[1].head = 0;
  words[2].head = -1;
  EXPECT_FALSE(kg::parsing::tree_heads(words, 0).has_value());
  words[0].head = -1;
  words[1].head = -1;
  EXPECT_FALSE(kg::parsing::tree_heads(words, 0).has_value());
  words[1].head = 0;
  words[2].head = 1;
  EXPECT_EQ(*kg::parsing::tree_heads(words, 0), (std::vector<int>{3, 0, 1}));
}

TEST(ParserTraining, LearnsTheFixtureAndIsDeterministic) {
  const TempDir dir;
  const DependencyParser first = train_fixture(7);
  const DependencyParser second = train_fixture(7);
  first.save(dir / "a.bin");
  second.save(dir / "b.bin");
  EXPECT_EQ(file_bytes(dir / "a.bin"), file_bytes(dir / "b.bin"));

  const auto gold = fixture();
  auto parsed = gold;
  for (auto& doc : parsed) {
    for (auto& token : doc.tokens) {
      token.head = -1;
      token.deprel.clear();
    }
    first.process(doc);
  }
  const kg::AttachmentScores scores = kg::attachment_scores(gold, parsed);
  EXPECT_GT(scores.words, 60U);
  EXPECT_GE(scores.las(), 95.0) << "UAS " << scores.uas();

  // A saved model parses exactly as the one in memory.
  const DependencyParser loaded = DependencyParser::load(dir / "a.bin");
  auto reparsed = gold;
  for (auto& doc : reparsed) loaded.process(doc);
  EXPECT_EQ(trees(reparsed), trees(parsed));
  EXPECT_EQ(loaded.labels(), first.labels());
}

TEST(ParserTraining, AveragedRunsDoNotDependOnTheThreadCount) {
  const TempDir dir;
  train_fixture(11, 3, 1).save(dir / "one.bin");
  train_fixture(11, 3, 2).save(dir / "two.bin");
  train_fixture(11, 1, 1).save(dir / "single.bin");
  EXPECT_EQ(file_bytes(dir / "one.bin"), file_bytes(dir / "two.bin"));
  EXPECT_NE(file_bytes(dir / "one.bin"), file_bytes(dir / "single.bin"));
  const DependencyParser averaged = DependencyParser::load(dir / "one.bin");
  const auto gold = fixture();
  auto parsed = gold;
  for (auto& doc : parsed) averaged.process(doc);
  EXPECT_GE(kg::attachment_scores(gold, parsed).las(), 95.0);
}

TEST(ParserTraining, ParsesTokensWithoutSentencesAsOneSentence) {
  const DependencyParser parser = train_fixture(3);
  kg::Doc doc = fixture().front();
  doc.tokens.resize(5);  // "Nebenzia rejected the allegation ."
  doc.sentences.clear();
  for (auto& token : doc.tokens) token.deprel.clear();
  parser.process(doc);
  int roots = 0;
  for (const auto& token : doc.tokens) {
    roots += token.head == -1;
    EXPECT_FALSE(token.deprel.empty());
    EXPECT_LT(token.head, 5);
  }
  EXPECT_EQ(roots, 1);
  EXPECT_EQ(doc.tokens[0].head, 1);
  EXPECT_EQ(doc.tokens[0].deprel, "nsubj");
}

TEST(ParserModelFile, MissingFileIsAnInputErrorNamingIt) {
  const TempDir dir;
  const fs::path missing = dir / "no-such-parser.bin";
  try {
    DependencyParser::load(missing);
    FAIL() << "no exception";
  } catch (const kg::InputError& e) {
    EXPECT_EQ(e.file(), missing.string());
    EXPECT_NE(std::string(e.what()).find("no-such-parser.bin"), std::string::npos);
  }
}

TEST(ParserModelFile, CorruptFilesAreInputErrors) {
  const TempDir dir;
  train_fixture(1).save(dir / "good.bin");
  const std::string bytes = file_bytes(dir / "good.bin");
  const auto write = [&](const std::string& name, const std::string& content) {
    std::ofstream(dir / name, std::ios::binary) << content;
    return dir / name;
  };
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x5A);
  for (const auto& path : {write("garbage.bin", "not a model at all"), write("truncated.bin", bytes.substr(0, bytes.size() / 3)),
                           write("flipped.bin", flipped), write("empty.bin", "")}) {
    EXPECT_THROW(DependencyParser::load(path), kg::InputError) << path;
  }
  EXPECT_NO_THROW(DependencyParser::load(dir / "good.bin"));
}

// ---- The shipped models ----

struct ShippedModels {
  kg::Tagger tagger;
  kg::Lemmatizer lemmatizer;
  DependencyParser parser;
};

std::optional<ShippedModels> shipped() {
  const fs::path models = fs::path(KG_SOURCE_DATA_DIR) / "models";
  for (const char* file : {"tagger.bin", "lemmatizer.bin", "parser.bin"})
    if (!fs::exists(models / file)) return std::nullopt;
  return ShippedModels{kg::Tagger::load(models / "tagger.bin"), kg::Lemmatizer::load(models / "lemmatizer.bin"),
                       DependencyParser::load(models / "parser.bin")};
}

// One sentence of space-separated tokens, tagged, lemmatized and parsed.
kg::Doc parse(const ShippedModels& m, const std::string& tokens) {
  kg::Doc doc;
  std::istringstream words(tokens);
  for (std::string w; words >> w;) {
    if (!doc.text.empty()) doc.text += ' ';
    kg::Token token;
    token.start = doc.text.size();
    doc.text += w;
    token.end = doc.text.size();
    token.text = token.form = w;
    doc.tokens.push_back(token);
  }
  doc.sentences.push_back({0, doc.tokens.size(), false});
  m.tagger.process(doc);
  m.lemmatizer.process(doc);
  m.parser.process(doc);
  return doc;
}

int index_of(const kg::Doc& doc, const std::string& form) {
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].form == form) return static_cast<int>(i);
  return -1;
}

TEST(ShippedParser, SubjectAndObject) {
  const auto m = shipped();
  if (!m) GTEST_SKIP() << "no shipped models in data/models";
  const kg::Doc doc = parse(*m, "Nebenzia rejected a U.S. allegation .");
  const int verb = index_of(doc, "rejected");
  const auto& subject = doc.tokens[static_cast<std::size_t>(index_of(doc, "Nebenzia"))];
  const auto& object = doc.tokens[static_cast<std::size_t>(index_of(doc, "allegation"))];
  EXPECT_EQ(doc.tokens[static_cast<std::size_t>(verb)].head, -1);
  EXPECT_EQ(doc.tokens[static_cast<std::size_t>(verb)].deprel, "root");
  EXPECT_EQ(subject.head, verb);
  EXPECT_EQ(subject.deprel, "nsubj");
  EXPECT_EQ(object.head, verb);
  EXPECT_EQ(object.deprel, "obj");
}

TEST(ShippedParser, PassiveSubjectAndAgent) {
  const auto m = shipped();
  if (!m) GTEST_SKIP() << "no shipped models in data/models";
  const kg::Doc doc = parse(*m, "Sanctions were imposed by the council .");
  const int verb = index_of(doc, "imposed");
  const auto& subject = doc.tokens[static_cast<std::size_t>(index_of(doc, "Sanctions"))];
  const int council = index_of(doc, "council");
  const auto& agent = doc.tokens[static_cast<std::size_t>(council)];
  EXPECT_EQ(subject.head, verb);
  EXPECT_EQ(subject.deprel, "nsubj:pass");
  EXPECT_EQ(agent.head, verb);
  EXPECT_TRUE(agent.deprel == "obl:agent" || agent.deprel == "obl") << agent.deprel;
  const auto& by = doc.tokens[static_cast<std::size_t>(index_of(doc, "by"))];
  EXPECT_EQ(by.head, council);
  EXPECT_EQ(by.deprel, "case");
}

TEST(ShippedParser, SameInputSameOutput) {
  const auto m = shipped();
  if (!m) GTEST_SKIP() << "no shipped models in data/models";
  const std::string text = "Russia 's U.N. Ambassador , Vassily Nebenzia , warned that the council would impose new sanctions .";
  const kg::Doc a = parse(*m, text);
  const kg::Doc b = parse(*m, text);
  EXPECT_EQ(trees({a}), trees({b}));
  int roots = 0;
  for (const auto& token : a.tokens) roots += token.head < 0;
  EXPECT_EQ(roots, 1);
}

}  // namespace
