// KnowledgeGraph copies and moves: Boost's edge descriptors point into the graph that
// made them, so a copy must index its own edges, and moves (which copy) too.
#include <optional>
#include <utility>

#include <gtest/gtest.h>

#include "kg/graph.hpp"

namespace kg {
namespace {

KnowledgeGraph sample() {
  KnowledgeGraph g;
  g.add_entity({"a", "A", "State", {}, {}});
  g.add_entity({"b", "B", "State", {}, {}});
  Relation r;
  r.source = "a";
  r.target = "b";
  r.type = "accuses";
  g.add_relation(r);
  r.type = "warns";
  g.add_relation(r);
  r.source = "b";
  r.target = "a";
  g.add_relation(r);
  return g;
}

void expect_sample(const KnowledgeGraph& g) {
  ASSERT_EQ(g.edges().size(), 3u);
  EXPECT_EQ(g.relation(g.edges()[0]).type, "accuses");
  EXPECT_EQ(g.relation(g.edges()[1]).type, "warns");
  EXPECT_EQ(g.source_of(g.edges()[2]).id, "b");
}

TEST(KnowledgeGraphCopy, CopyOutlivesTheOriginal) {
  std::optional<KnowledgeGraph> original = sample();
  KnowledgeGraph copy = *original;
  original.reset();
  expect_sample(copy);
  // The copy's index is its own: merging an equal relation finds the copy's edge.
  Relation again;
  again.source = "a";
  again.target = "b";
  again.type = "warns";
  copy.add_relation(again);
  EXPECT_EQ(copy.relation_count(), 3u);
  EXPECT_EQ(copy.relation(copy.edges()[1]).weight, 2.0);
}

TEST(KnowledgeGraphCopy, MovedAndAssignedGraphsKeepTheirEdges) {
  std::optional<KnowledgeGraph> source = sample();
  KnowledgeGraph moved = std::move(*source);
  source.reset();
  expect_sample(moved);
  KnowledgeGraph assigned;
  {
    KnowledgeGraph temporary = sample();
    assigned = temporary;
  }
  expect_sample(assigned);
  assigned = std::move(moved);
  expect_sample(assigned);
}

}  // namespace
}  // namespace kg
