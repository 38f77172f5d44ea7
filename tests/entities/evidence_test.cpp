#include "kg/evidence.hpp"

#include <gtest/gtest.h>

#include "kg/tokenizer.hpp"

namespace kg {
namespace {

Doc doc_of(const std::string& text) {
  Doc doc;
  doc.info.id = "d.txt";
  doc.text = text;
  Tokenizer().process(doc);
  return doc;
}

TEST(Evidence, CodePointSpanAndSentenceText) {
  const Doc doc = doc_of("Séoul spoke. Then Tōkyō’s envoy answered.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  const auto& s = doc.sentences[1];
  const Evidence e = make_evidence(doc, 1, s.begin + 1, s.begin + 3);  // "Tōkyō’s" is Tōkyō + ’s
  EXPECT_EQ(e.document, "d.txt");
  EXPECT_EQ(e.sentence, 1);
  EXPECT_EQ(e.text, "Then Tōkyō’s envoy answered.");
  EXPECT_EQ(e.start, 18u);  // code points, not bytes
  EXPECT_EQ(e.end, 25u);
  EXPECT_THROW(make_evidence(doc, 1, s.begin - 1, s.begin + 1), std::out_of_range);
}

TEST(ToGraph, EntitiesRelationsAndWeaponsOnlyWhenRelated) {
  Doc doc = doc_of("Freedonia tested a missile. Sylvania has a rocket.");
  doc.entities = {{"state:FRE", "Freedonia", "State", {}, {}},
                  {"weapon:missile", "missile", "Weapon", {}, {}},
                  {"weapon:rocket", "rocket", "Weapon", {}, {}},
                  {"state:SYL", "Sylvania", "State", {}, {}},
                  {"loc:nowhere", "Nowhere", "Location", {}, {}}};
  doc.mentions = {{0, 1, "State", 0, "test", 1.0}, {3, 4, "Weapon", 1, "test", 1.0},
                  {5, 6, "State", 3, "test", 1.0}, {8, 9, "Weapon", 2, "test", 1.0}};
  Relation r;
  r.source = "state:FRE";
  r.target = "weapon:missile";
  r.type = "tests";
  r.evidence.push_back(make_evidence(doc, 0, 0, 4));
  doc.relations = {r, r};
  const KnowledgeGraph g = to_graph(doc);
  EXPECT_EQ(g.documents().size(), 1u);
  EXPECT_TRUE(g.find("state:FRE"));
  EXPECT_TRUE(g.find("weapon:missile"));
  EXPECT_TRUE(g.find("state:SYL"));
  EXPECT_FALSE(g.find("weapon:rocket"));   // no relation
  EXPECT_FALSE(g.find("loc:nowhere"));     // never mentioned
  EXPECT_EQ(g.relation_count(), 1u);       // equal relations merge
  EXPECT_EQ(g.relation(g.edges().front()).weight, 2.0);
}

}  // namespace
}  // namespace kg
