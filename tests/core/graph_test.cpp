// The graph model: adding, merging equal entities and relations, merging graphs.
#include <stdexcept>

#include <gtest/gtest.h>

#include "kg/graph.hpp"

namespace kg {
namespace {

Relation relation(std::string source, std::string type, std::string target, double weight = 1) {
  Relation r;
  r.source = std::move(source);
  r.type = std::move(type);
  r.target = std::move(target);
  r.weight = weight;
  return r;
}

KnowledgeGraph two_states() {
  KnowledgeGraph g;
  g.add_entity({"state:USA", "United States", "State", {"U.S."}, {}});
  g.add_entity({"state:PRK", "North Korea", "State", {}, {}});
  return g;
}

TEST(Graph, AddingAnEntityWithAKnownIdMergesNamesAndAttributes) {
  KnowledgeGraph g;
  auto v = g.add_entity({"state:PRK", "North Korea", "", {"DPRK"}, {{"iso3", "PRK"}}});
  auto w = g.add_entity({"state:PRK", "Pyongyang", "State", {"DPRK", "North Korea", "the North"},
                         {{"iso3", "XXX"}, {"capital", "Pyongyang"}}});
  EXPECT_EQ(v, w);
  EXPECT_EQ(g.entity_count(), 1u);
  const Entity& e = g.entity(v);
  EXPECT_EQ(e.label, "North Korea");
  EXPECT_EQ(e.type, "State");
  EXPECT_EQ(e.aliases, (std::vector<std::string>{"DPRK", "Pyongyang", "the North"}));
  EXPECT_EQ(e.attributes.at("iso3"), "PRK");
  EXPECT_EQ(e.attributes.at("capital"), "Pyongyang");
  EXPECT_EQ(g.find("state:PRK"), v);
  EXPECT_FALSE(g.find("state:XXX"));
}

TEST(Graph, EqualRelationsMergeEvidenceAndRaiseTheWeight) {
  KnowledgeGraph g = two_states();
  Relation a = relation("state:USA", "warns", "state:PRK");
  a.confidence = 0.6;
  a.first_seen = a.last_seen = "2025-01-08";
  a.evidence = {{"d1", 0, 0, 10, "First."}};
  Relation b = relation("state:USA", "warns", "state:PRK", 2);
  b.confidence = 0.9;
  b.first_seen = b.last_seen = "2024-12-30";
  b.evidence = {{"d1", 0, 0, 10, "First."}, {"d2", 4, 50, 80, "Second."}};
  auto e1 = g.add_relation(a);
  auto e2 = g.add_relation(b);
  EXPECT_EQ(e1, e2);
  ASSERT_EQ(g.relation_count(), 1u);
  const Relation& merged = g.relation(e1);
  EXPECT_EQ(merged.weight, 3);
  EXPECT_EQ(merged.confidence, 0.9);
  ASSERT_EQ(merged.evidence.size(), 2u);  // the repeated sentence is kept once
  EXPECT_EQ(merged.evidence[1].document, "d2");
  EXPECT_EQ(merged.first_seen, "2024-12-30");
  EXPECT_EQ(merged.last_seen, "2025-01-08");
}

TEST(Graph, RelationsDifferingInTypeOrPolarityStaySeparate) {
  KnowledgeGraph g = two_states();
  g.add_relation(relation("state:USA", "warns", "state:PRK"));
  g.add_relation(relation("state:USA", "criticizes", "state:PRK"));
  g.add_relation(relation("state:PRK", "warns", "state:USA"));
  Relation negated = relation("state:USA", "warns", "state:PRK");
  negated.polarity = Polarity::negative;
  g.add_relation(negated);
  EXPECT_EQ(g.relation_count(), 4u);
  ASSERT_EQ(g.edges().size(), 4u);
  EXPECT_EQ(g.relation(g.edges()[1]).type, "criticizes");  // insertion order
  EXPECT_EQ(g.relation(g.edges()[3]).polarity, Polarity::negative);
  EXPECT_EQ(g.source_of(g.edges()[2]).id, "state:PRK");
  EXPECT_EQ(g.target_of(g.edges()[2]).id, "state:USA");
}

TEST(Graph, AssertedReadingsOutrankReportedOnes) {
  KnowledgeGraph g = two_states();
  Relation claimed = relation("state:USA", "warns", "state:PRK");
  claimed.modality = Modality::alleged;
  claimed.attributed_to = "state:PRK";
  auto e = g.add_relation(claimed);
  g.add_relation(relation("state:USA", "warns", "state:PRK"));
  EXPECT_EQ(g.relation(e).modality, Modality::asserted);
  EXPECT_EQ(g.relation(e).attributed_to, "");
}

TEST(Graph, RelationsToUnknownEntitiesAreRejected) {
  KnowledgeGraph g = two_states();
  EXPECT_THROW(g.add_relation(relation("state:USA", "warns", "state:XXX")), std::invalid_argument);
  EXPECT_THROW(g.add_relation(relation("state:XXX", "warns", "state:USA")), std::invalid_argument);
  EXPECT_EQ(g.relation_count(), 0u);
}

TEST(Graph, EvidenceCapLimitsEvidenceButNotWeight) {
  KnowledgeGraph g = two_states();
  g.set_evidence_cap(2);
  for (int i = 0; i < 5; ++i) {
    Relation r = relation("state:USA", "warns", "state:PRK");
    r.evidence = {{"d", i, 0, 1, "s"}};
    g.add_relation(r);
  }
  const Relation& r = g.relation(g.edges()[0]);
  EXPECT_EQ(r.weight, 5);
  EXPECT_EQ(r.evidence.size(), 2u);
}

TEST(Graph, DocumentsWithTheSameIdAreReplaced) {
  KnowledgeGraph g;
  g.add_document({"a.txt", "Old", "", ""});
  g.add_document({"b.txt", "B", "", ""});
  g.add_document({"a.txt", "New", "2025-01-01", ""});
  ASSERT_EQ(g.documents().size(), 2u);
  EXPECT_EQ(g.documents()[0].title, "New");
}

TEST(Graph, MergingGraphsMergesEntitiesAndRelations) {
  KnowledgeGraph a = two_states();
  a.add_document({"a.txt", "A", "", ""});
  a.add_relation(relation("state:USA", "warns", "state:PRK"));
  KnowledgeGraph b;
  b.add_document({"b.txt", "B", "", ""});
  b.add_entity({"state:PRK", "DPRK", "State", {}, {}});
  b.add_entity({"state:RUS", "Russia", "State", {}, {}});
  b.add_relation(relation("state:RUS", "supports", "state:PRK"));
  Relation again = relation("state:PRK", "supports", "state:RUS", 2);
  b.add_relation(again);
  a.merge(b);
  a.merge(b);  // merging twice adds weight, not edges
  EXPECT_EQ(a.documents().size(), 2u);
  EXPECT_EQ(a.entity_count(), 3u);
  EXPECT_EQ(a.entity(*a.find("state:PRK")).aliases, std::vector<std::string>{"DPRK"});
  ASSERT_EQ(a.relation_count(), 3u);
  EXPECT_EQ(a.relation(a.edges()[1]).type, "supports");
  EXPECT_EQ(a.relation(a.edges()[1]).weight, 2);
  EXPECT_EQ(a.relation(a.edges()[2]).weight, 4);
}

TEST(Graph, PolarityAndModalityNamesRoundTrip) {
  for (auto p : {Polarity::positive, Polarity::negative}) EXPECT_EQ(parse_polarity(to_string(p)), p);
  for (auto m : {Modality::asserted, Modality::possible, Modality::planned, Modality::proposed, Modality::alleged})
    EXPECT_EQ(parse_modality(to_string(m)), m);
  EXPECT_FALSE(parse_polarity("Positive"));
  EXPECT_FALSE(parse_modality(""));
}

}  // namespace
}  // namespace kg
