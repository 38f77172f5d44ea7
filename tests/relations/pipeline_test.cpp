// A few sentences of our own through the whole default pipeline (tokenizer to
// relations), so the extractor is tested on the parses it really gets.
#include <gtest/gtest.h>

#include "kg/evidence.hpp"
#include "kg/pipeline.hpp"
#include "kg/query.hpp"

namespace kg {
namespace {

const Pipeline& pipeline() {
  static const Pipeline instance = load_default_pipeline();
  return instance;
}

KnowledgeGraph graph_of(const std::string& text) { return to_graph(pipeline().run({"test.txt", "", "", ""}, text)); }

std::string edges(const KnowledgeGraph& g) {
  std::string out;
  for (auto e : g.edges())
    out += g.source_of(e).label + " " + g.relation(e).type + " " + g.target_of(e).label + " [" +
           std::string(to_string(g.relation(e).polarity)) + ", " + std::string(to_string(g.relation(e).modality)) +
           "]\n";
  return out;
}

const Relation* edge(const KnowledgeGraph& g, const char* s, const char* type, const char* o) {
  auto found = match_relations(g, {s, type, o});
  return found.empty() ? nullptr : &g.relation(found.front());
}

TEST(Pipeline, ActiveVerbWithPossessedObject) {
  const auto g = graph_of("The European Union condemned Iran's drone attacks on Ukraine.\n");
  EXPECT_TRUE(edge(g, "European Union", "criticizes", "Iran")) << edges(g);
}

TEST(Pipeline, PassiveWithAgent) {
  const auto g = graph_of("New sanctions were imposed on Belarus by the European Union on Monday.\n");
  EXPECT_TRUE(edge(g, "European Union", "sanctions", "Belarus")) << edges(g);
}

TEST(Pipeline, Negation) {
  const auto g = graph_of("China did not condemn Russia.\n");
  const Relation* r = edge(g, "China", "criticizes", "Russia");
  ASSERT_TRUE(r) << edges(g);
  EXPECT_EQ(r->polarity, Polarity::negative);
}

TEST(Pipeline, CallOnSomeoneToAct) {
  const auto g = graph_of("Brazil called on Venezuela to release the prisoners.\n");
  EXPECT_TRUE(edge(g, "Brazil", "demands", "Venezuela")) << edges(g);
}

TEST(Pipeline, HypotheticalIsLeftOut) {
  const auto g = graph_of("Officials fear that Serbia could attack Kosovo.\n");
  EXPECT_FALSE(edge(g, "Serbia", "attacks", "Kosovo")) << edges(g);
}

}  // namespace
}  // namespace kg
