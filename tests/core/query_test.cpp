// Library queries: names and aliases, relation patterns, neighbours, shortest paths.
#include <gtest/gtest.h>

#include "kg/query.hpp"

namespace kg {
namespace {

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    add("state:USA", "United States", {"U.S.", "Washington"});
    add("state:PRK", "North Korea", {"DPRK", "Pyongyang"});
    add("state:RUS", "Russia", {"Moscow"});
    add("state:TUR", "Türkiye", {"TÜRKİYE"});
    add("person:shea", "Dorothy Camille Shea", {"Shea"});
    add("loc:island", "Island", {});
    add("state:KOR", "South Korea", {"Seoul"});
    relate("state:USA", "warns", "state:PRK");      // 0
    relate("state:RUS", "supports", "state:PRK");   // 1
    relate("person:shea", "works_for", "state:USA");  // 2
    relate("state:PRK", "warns", "state:KOR");      // 3
    relate("state:USA", "Criticizes", "state:RUS");  // 4
    relate("state:RUS", "part_of", "state:RUS");    // 5: a self-loop
  }
  void add(std::string id, std::string label, std::vector<std::string> aliases) {
    graph.add_entity({std::move(id), std::move(label), "State", std::move(aliases), {}});
  }
  void relate(std::string s, std::string type, std::string t) {
    Relation r;
    r.source = std::move(s);
    r.type = std::move(type);
    r.target = std::move(t);
    graph.add_relation(r);
  }
  KnowledgeGraph::Vertex v(const std::string& id) { return *graph.find(id); }
  std::vector<std::string> labels(const std::vector<KnowledgeGraph::Vertex>& vs) {
    std::vector<std::string> out;
    for (auto x : vs) out.push_back(graph.entity(x).label);
    return out;
  }
  std::vector<std::string> describe(const std::vector<KnowledgeGraph::Edge>& es) {
    std::vector<std::string> out;
    for (auto e : es) out.push_back(graph.source_of(e).id + " " + graph.relation(e).type + " " + graph.target_of(e).id);
    return out;
  }

  KnowledgeGraph graph;
};

TEST(FoldName, IgnoresCaseAndSpacingUnicodeAware) {
  EXPECT_EQ(fold_name("  North   KOREA "), "north korea");
  EXPECT_EQ(fold_name("ÉCOLE"), fold_name("école"));
  EXPECT_EQ(fold_name("Straße"), fold_name("STRASSE"));
  EXPECT_EQ(fold_name("ΣΊΣΥΦΟΣ"), fold_name("σίσυφος"));
  EXPECT_EQ(fold_name("e\xCC\x81"), fold_name("é"));  // decomposed and composed forms
  EXPECT_EQ(fold_name("Ｋｉｍ"), "kim");                // full-width letters
  EXPECT_EQ(fold_name("Bad \xff UTF-8"), "bad \xff utf-8");
  EXPECT_EQ(fold_name(""), "");
}

TEST_F(QueryTest, FindsEntitiesByLabelAliasOrIdIgnoringCase) {
  EXPECT_EQ(labels(find_entities(graph, "north korea")), std::vector<std::string>{"North Korea"});
  EXPECT_EQ(labels(find_entities(graph, "dprk")), std::vector<std::string>{"North Korea"});
  EXPECT_EQ(labels(find_entities(graph, " u.s. ")), std::vector<std::string>{"United States"});
  EXPECT_EQ(labels(find_entities(graph, "TÜRKIYE")), std::vector<std::string>{"Türkiye"});
  EXPECT_EQ(labels(find_entities(graph, "state:RUS")), std::vector<std::string>{"Russia"});
  EXPECT_TRUE(find_entities(graph, "STATE:rus").empty());  // ids are exact
  EXPECT_TRUE(find_entities(graph, "Korea").empty());      // whole names only
  EXPECT_TRUE(find_entities(graph, "").empty());
}

TEST_F(QueryTest, FindsEveryEntityOfAnAmbiguousName) {
  graph.add_entity({"person:kim-song", "Kim Song", "Person", {"Kim"}, {}});
  graph.add_entity({"person:kim-jong-un", "Kim Jong Un", "Person", {"Kim"}, {}});
  EXPECT_EQ(labels(find_entities(graph, "kim")), (std::vector<std::string>{"Kim Song", "Kim Jong Un"}));
}

TEST_F(QueryTest, MatchesRelationPatterns) {
  EXPECT_EQ(describe(match_relations(graph, {"washington", "", ""})),
            (std::vector<std::string>{"state:USA warns state:PRK", "state:USA Criticizes state:RUS"}));
  EXPECT_EQ(describe(match_relations(graph, {"", "WARNS", ""})),
            (std::vector<std::string>{"state:USA warns state:PRK", "state:PRK warns state:KOR"}));
  EXPECT_EQ(describe(match_relations(graph, {"", "criticizes", ""})),
            std::vector<std::string>{"state:USA Criticizes state:RUS"});
  EXPECT_EQ(describe(match_relations(graph, {"", "", "pyongyang"})),
            (std::vector<std::string>{"state:USA warns state:PRK", "state:RUS supports state:PRK"}));
  EXPECT_EQ(describe(match_relations(graph, {"Russia", "supports", "DPRK"})),
            std::vector<std::string>{"state:RUS supports state:PRK"});
  EXPECT_TRUE(match_relations(graph, {"Russia", "warns", ""}).empty());
  EXPECT_TRUE(match_relations(graph, {"Nobody", "", ""}).empty());
  EXPECT_EQ(match_relations(graph, {}).size(), graph.relation_count());
}

TEST_F(QueryTest, IncidentRelationsAreOutgoingThenIncoming) {
  EXPECT_EQ(describe(incident_relations(graph, v("state:USA"))),
            (std::vector<std::string>{"state:USA warns state:PRK", "state:USA Criticizes state:RUS",
                                      "person:shea works_for state:USA"}));
  EXPECT_EQ(describe(incident_relations(graph, v("state:RUS"))),
            (std::vector<std::string>{"state:RUS supports state:PRK", "state:RUS part_of state:RUS",
                                      "state:USA Criticizes state:RUS"}));
  EXPECT_TRUE(incident_relations(graph, v("loc:island")).empty());
}

TEST_F(QueryTest, ShortestPathIgnoresDirection) {
  auto path = shortest_path(graph, v("person:shea"), v("state:KOR"));
  ASSERT_TRUE(path);
  EXPECT_EQ(describe(*path), (std::vector<std::string>{"person:shea works_for state:USA", "state:USA warns state:PRK",
                                                      "state:PRK warns state:KOR"}));
  auto back = shortest_path(graph, v("state:KOR"), v("person:shea"));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->size(), 3u);
  EXPECT_EQ(describe(*shortest_path(graph, v("state:RUS"), v("state:USA"))),
            std::vector<std::string>{"state:USA Criticizes state:RUS"});
}

TEST_F(QueryTest, ShortestPathToItselfIsEmptyAndToAnIslandIsNone) {
  auto self = shortest_path(graph, v("state:RUS"), v("state:RUS"));
  ASSERT_TRUE(self);
  EXPECT_TRUE(self->empty());
  EXPECT_FALSE(shortest_path(graph, v("state:USA"), v("loc:island")));
}

}  // namespace
}  // namespace kg
