// The example article of ../shared/eval/seed (skipped when ../shared is absent).
#include <filesystem>

#include <gtest/gtest.h>

#include "entities/analyze.hpp"
#include "kg/evidence.hpp"
#include "kg/file_io.hpp"

namespace kg {
namespace {

const Doc& seed() {
  static const Doc doc = [] {
    const auto path = std::filesystem::path(KG_SHARED_DIR) / "eval" / "seed" / "north-korea-un.txt";
    return test::analyze(read_file(path), "north-korea-un.txt");
  }();
  return doc;
}

class Seed : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(std::filesystem::path(KG_SHARED_DIR) / "eval" / "seed" / "north-korea-un.txt"))
      GTEST_SKIP() << "../shared/eval/seed is absent";
  }
};

TEST_F(Seed, OneNodePerMainActor) {
  const KnowledgeGraph graph = to_graph(seed());
  const auto count = [&](const std::string& label) {
    int n = 0;
    for (auto v : graph.vertices()) {
      const Entity& e = graph.entity(v);
      if (e.label == label || test::has_alias(e, label)) ++n;
    }
    return n;
  };
  for (const char* name : {"United States", "North Korea", "Russia", "South Korea", "United Nations", "UN Security Council"})
    EXPECT_EQ(count(name), 1) << name;
  EXPECT_EQ(count("U.S."), 1);
  EXPECT_EQ(count("Pyongyang"), 1);
  EXPECT_EQ(count("Security Council"), 1);
}

TEST_F(Seed, KimCriticizingTheUsIsKimSong) {
  const Doc& doc = seed();
  bool found = false;
  for (const auto& s : doc.sentences) {
    const std::string text = doc.span_text(s.begin, s.end);
    if (text.find("Kim criticized the U.S.") == std::string::npos) continue;
    for (auto t = s.begin; t < s.end; ++t) {
      if (doc.tokens[t].form != "Kim") continue;
      const int m = mention_at(doc, t);
      ASSERT_GE(m, 0);
      ASSERT_GE(doc.mentions[static_cast<std::size_t>(m)].entity, 0);
      EXPECT_EQ(doc.entities[static_cast<std::size_t>(doc.mentions[static_cast<std::size_t>(m)].entity)].id, "person:kim-song");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(Seed, RolesOfTheDiplomats) {
  const Doc& doc = seed();
  EXPECT_TRUE(test::has_relation(doc, "person:kim-song", "works_for", "state:PRK"));
  EXPECT_TRUE(test::has_relation(doc, "person:vassily-nebenzia", "works_for", "state:RUS"));
  EXPECT_TRUE(test::has_relation(doc, "person:dorothy-camille-shea", "works_for", "state:USA"));
  EXPECT_TRUE(test::has_relation(doc, "person:joonkook-hwang", "works_for", "state:KOR"));
  EXPECT_TRUE(test::has_relation(doc, "person:kim-jong-un", "leader_of", "state:PRK"));
  EXPECT_TRUE(test::has_relation(doc, "state:RUS", "member_of", "org:un-security-council"));
}

}  // namespace
}  // namespace kg
