// End to end on the seed article of the annotation kit (../shared/eval/seed): the whole
// default pipeline, then the key edges of its gold graph. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "kg/article_zones.hpp"
#include "kg/evidence.hpp"
#include "kg/file_io.hpp"
#include "kg/pipeline.hpp"
#include "kg/query.hpp"

namespace kg {
namespace {

const std::filesystem::path seed = std::filesystem::path(KG_SHARED_DIR) / "eval" / "seed" / "north-korea-un.txt";

class Seed : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(seed)) return;
    const Pipeline pipeline = load_default_pipeline();
    doc_ = new Doc(pipeline.run({"north-korea-un.txt", "", "", seed.string()}, read_file(seed)));
    graph_ = new KnowledgeGraph(to_graph(*doc_, body_end(*doc_)));
  }
  static void TearDownTestSuite() {
    delete graph_;
    delete doc_;
    graph_ = nullptr;
    doc_ = nullptr;
  }
  void SetUp() override {
    if (!std::filesystem::exists(seed)) GTEST_SKIP() << "the annotation kit is not at " << seed << " (../shared)";
  }

  // Whether an edge of `type` joins an entity named any of `subjects` to one named any
  // of `objects` (names or aliases, as kgb query matches them).
  static bool has_edge(std::initializer_list<const char*> subjects, const char* type,
                       std::initializer_list<const char*> objects) {
    for (const char* s : subjects)
      for (const char* o : objects)
        if (!match_relations(*graph_, {s, type, o}).empty()) return true;
    return false;
  }

  static std::string edges() {
    std::string out;
    for (auto e : graph_->edges())
      out += graph_->source_of(e).label + " " + graph_->relation(e).type + " " + graph_->target_of(e).label + "\n";
    return out;
  }

  static Doc* doc_;
  static KnowledgeGraph* graph_;
};

Doc* Seed::doc_ = nullptr;
KnowledgeGraph* Seed::graph_ = nullptr;

TEST_F(Seed, KimSongAccusesTheUnitedStates) {
  EXPECT_TRUE(has_edge({"Kim Song"}, "accuses", {"United States"})) << edges();
}

TEST_F(Seed, NebenziaRejectsTheUnitedStates) {
  EXPECT_TRUE(has_edge({"Vassily Nebenzia", "Nebenzia"}, "rejects", {"United States"})) << edges();
}

TEST_F(Seed, RussiaIsAMemberOfTheSecurityCouncil) {
  EXPECT_TRUE(has_edge({"Russia"}, "member_of", {"UN Security Council", "U.N. Security Council",
                                                 "United Nations Security Council", "Security Council"}))
      << edges();
}

TEST_F(Seed, KimJongUnLeadsNorthKorea) {
  EXPECT_TRUE(has_edge({"Kim Jong Un"}, "leader_of", {"North Korea"})) << edges();
}

TEST_F(Seed, TheUnitedStatesSupportsUkraine) {
  EXPECT_TRUE(has_edge({"United States"}, "supports", {"Ukraine"})) << edges();
}

TEST_F(Seed, AuthorProfileYieldsNoEdgeToTheNewsActors) {
  const std::size_t trailer = body_end(*doc_);
  ASSERT_LT(trailer, doc_->sentences.size()) << "the trailer (Courtesy, References, author profile) was not found";
  // No relation is read from the trailer ...
  for (const auto& r : doc_->relations)
    for (const auto& e : r.evidence)
      EXPECT_LT(static_cast<std::size_t>(e.sentence), trailer) << r.source << " " << r.type << " " << r.target;
  // ... and the news actors have no edge to anyone named only there.
  std::set<int> body_entities;
  for (const auto& m : doc_->mentions)
    if (doc_->sentence_of(m.begin) < trailer) body_entities.insert(m.entity);
  for (auto e : graph_->edges()) {
    const auto& source = graph_->source_of(e);
    const auto& target = graph_->target_of(e);
    for (const auto* entity : {&source, &target}) {
      const auto it = std::find_if(doc_->entities.begin(), doc_->entities.end(),
                                   [&](const Entity& x) { return x.id == entity->id; });
      ASSERT_NE(it, doc_->entities.end());
      EXPECT_TRUE(body_entities.count(static_cast<int>(it - doc_->entities.begin())))
          << source.label << " " << graph_->relation(e).type << " " << target.label << ": " << entity->label
          << " is named only in the author profile";
    }
  }
  for (const char* stranger : {"Mukesh Singh", "Dow Chemical Company", "Raymond Ltd", "Innodata Software Ltd"})
    for (auto v : find_entities(*graph_, stranger)) EXPECT_TRUE(incident_relations(*graph_, v).empty()) << stranger;
}

}  // namespace
}  // namespace kg
