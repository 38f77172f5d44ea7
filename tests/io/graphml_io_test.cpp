// GraphML: typed keys, escaping, lossless round trips, other tools' GraphML, bad input.
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/sample_graphs.hpp"
#include "kg/error.hpp"
#include "kg/graphml_io.hpp"
#include "kg/json_io.hpp"

namespace kg {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string to_graphml(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_graphml(g, out);
  return out.str();
}

std::string error_for(std::string_view text) {
  try {
    read_graphml(text, "in.graphml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

// A GraphML document with kgb's keys around `body` (the inside of <graph>).
std::string document(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="n_aliases_json" for="node" attr.name="aliases_json" attr.type="string"/>
  <graph id="G" edgedefault="directed">
)" + body + "\n  </graph>\n</graphml>\n";
}

TEST(GraphmlWrite, DeclaresEveryAttributeAsATypedKey) {
  std::string xml = to_graphml(test::tricky_graph());
  EXPECT_THAT(xml, HasSubstr(R"(<key id="n_label" for="node" attr.name="label" attr.type="string"/>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<key id="n_type" for="node" attr.name="type" attr.type="string"/>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<key id="e_label" for="edge" attr.name="label" attr.type="string"/>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<key id="e_evidence_count" for="edge" attr.name="evidence_count" attr.type="int"/>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<graph id="G" edgedefault="directed">)"));
  // Every <data> refers to a declared key.
  std::size_t at = 0;
  while ((at = xml.find("<data key=\"", at)) != std::string::npos) {
    at += 11;
    std::string key = xml.substr(at, xml.find('"', at) - at);
    EXPECT_THAT(xml, HasSubstr("<key id=\"" + key + "\"")) << key;
  }
}

TEST(GraphmlWrite, EdgesAreLabelledByRelationTypeAndListsAreReadable) {
  std::string xml = to_graphml(test::tricky_graph());
  EXPECT_THAT(xml, HasSubstr(R"(<edge id="e0" source="state:PRK" target="weapon:x">)"));
  EXPECT_THAT(xml, HasSubstr(R"(<data key="e_label">tests</data>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<data key="e_weight">3</data>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<data key="n_aliases">DPRK | Pyongyang | a | b</data>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<data key="n_attributes">iso3=PRK; k=v; x=y</data>)"));
  EXPECT_THAT(xml, HasSubstr("<data key=\"e_evidence\">doc \"1\".txt, sentence 3 [120-245]: It \"tested\" a &lt;missile&gt;\n"
                             "over the sea &amp; more — ümlaut\ndoc-2, sentence 0 [0-10]: Short one.</data>"));
  EXPECT_THAT(xml, HasSubstr(R"(<data key="e_evidence_count">2</data>)"));
}

TEST(GraphmlWrite, EscapesMarkupQuotesAndControlCharacters) {
  std::string xml = to_graphml(test::tricky_graph());
  EXPECT_THAT(xml, HasSubstr(R"(<node id="person:&quot;quoted&quot;\id">)"));
  EXPECT_THAT(xml, HasSubstr("<data key=\"n_label\">ICBM &lt;Hwasong-18&gt; &amp; co</data>"));
  EXPECT_THAT(xml, HasSubstr("<data key=\"n_label\">Ministère des Affaires étrangères — 北朝鮮 🚀</data>"));
  KnowledgeGraph g;
  g.add_entity({"a", std::string("bell\x07 and\r\nCRLF"), "", {}, {}});
  EXPECT_THAT(to_graphml(g), HasSubstr("<data key=\"n_label\">bell\xEF\xBF\xBD and&#13;\nCRLF</data>"));
}

TEST(GraphmlRoundTrip, KeepsTheGraphExactly) {
  KnowledgeGraph original = test::tricky_graph();
  KnowledgeGraph read = read_graphml(to_graphml(original), "round.graphml");
  EXPECT_EQ(test::contents(read), test::contents(original));
}

TEST(GraphmlRoundTrip, JsonToGraphmlToJsonKeepsTheBytes) {
  std::ostringstream json;
  write_json(test::tricky_graph(), json);
  KnowledgeGraph through = read_graphml(to_graphml(read_json(json.str(), "a.json")), "b.graphml");
  std::ostringstream again;
  write_json(through, again);
  EXPECT_EQ(again.str(), json.str());
}

TEST(GraphmlRead, ReadsOtherToolsGraphml) {
  // As NetworkX writes it: its own key ids, defaults, an undirected graph, edges without ids,
  // node data kgb does not know, and only a "label" for the relation type.
  KnowledgeGraph g = read_graphml(R"(<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
<key id="d0" for="node" attr.name="label" attr.type="string"/>
<key id="d1" for="node" attr.name="population" attr.type="long"/>
<key id="d2" for="edge" attr.name="label" attr.type="string"/>
<key id="d3" for="edge" attr.name="weight" attr.type="double"><default>2.5</default></key>
<key id="d4" for="node" attr.name="graphics" yfiles.type="nodegraphics"/>
<graph edgedefault="undirected"><desc>a test</desc>
<node id="n1"><data key="d0">Norway</data><data key="d1">5400000</data>
  <data key="d4"><y:ShapeNode><y:NodeLabel>ignored</y:NodeLabel></y:ShapeNode></data></node>
<node id="n2"/>
<edge source="n1" target="n2"><data key="d2">borders</data></edge>
<edge source="n2" target="n1"><data key="d2">borders</data><data key="d3">1</data></edge>
</graph></graphml>)",
                                  "nx.graphml");
  ASSERT_EQ(g.entity_count(), 2u);
  EXPECT_EQ(g.entity(0), (Entity{"n1", "Norway", "", {}, {{"population", "5400000"}}}));
  EXPECT_EQ(g.entity(1).label, "n2");  // no label: the id
  ASSERT_EQ(g.relation_count(), 2u);
  EXPECT_EQ(g.relation(g.edges()[0]).type, "borders");
  EXPECT_EQ(g.relation(g.edges()[0]).weight, 2.5);  // the key's default
  EXPECT_EQ(g.relation(g.edges()[1]).weight, 1);
}

TEST(GraphmlRead, ReadableListsAreUsedWithoutTheirJsonCopies) {
  KnowledgeGraph g = read_graphml(R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="a" for="node" attr.name="aliases" attr.type="string"/>
<key id="b" for="node" attr.name="attributes" attr.type="string"/>
<graph edgedefault="directed"><node id="x"><data key="a">DPRK | Pyongyang</data><data key="b">iso3=PRK; title=Leader</data></node></graph>
</graphml>)",
                                  "r.graphml");
  EXPECT_EQ(g.entity(0).aliases, (std::vector<std::string>{"DPRK", "Pyongyang"}));
  EXPECT_EQ(g.entity(0).attributes, (std::map<std::string, std::string>{{"iso3", "PRK"}, {"title", "Leader"}}));
}

TEST(GraphmlErrors, MalformedXmlGivesLineAndColumn) {
  EXPECT_EQ(error_for("<graphml>\n  <graph>\n  </grph>\n</graphml>"),
            "in.graphml:line 3, column 10: invalid XML: Opening and ending tag mismatch: graph line 2 and grph");
  EXPECT_EQ(error_for(""), "in.graphml:line 1, column 1: invalid XML: Document is empty");
  std::string truncated = to_graphml(test::tricky_graph());
  truncated.resize(truncated.size() / 2);
  EXPECT_THAT(error_for(truncated), ::testing::MatchesRegex(R"(in\.graphml:line [0-9]+, column [0-9]+: invalid XML: .*)"));
}

TEST(GraphmlErrors, InvalidUtf8AndBinaryInput) {
  EXPECT_THAT(error_for(document(R"(<node id="a"><data key="n_label">bad )" "\xff" R"(</data></node>)")),
              HasSubstr("in.graphml:line 8, column 38: invalid XML: Input is not proper UTF-8"));
  EXPECT_THAT(error_for(std::string_view("<graphml>\0</graphml>", 20)), HasSubstr("in.graphml:line 1, column 10: invalid XML"));
}

TEST(GraphmlErrors, NotGraphml) {
  EXPECT_EQ(error_for("<html><body/></html>"), "in.graphml:line 1, column 1: not a GraphML document (root element <html>)");
  EXPECT_EQ(error_for("<graphml/>"), "in.graphml: no <graph> element in the GraphML document");
}

TEST(GraphmlErrors, EdgesToUnknownNodesNameTheEdgeAndLine) {
  EXPECT_EQ(error_for(document(R"(<node id="a"/>
<edge id="e7" source="a" target="b"><data key="e_type">warns</data></edge>)")),
            "in.graphml:line 9, column 1: edge \"e7\" refers to an unknown node \"b\"");
}

TEST(GraphmlErrors, BadValuesNameTheEdgeAndKey) {
  EXPECT_EQ(error_for(document(R"(<node id="a"/>
<edge source="a" target="a"><data key="e_type">warns</data><data key="e_weight">heavy</data></edge>)")),
            "in.graphml:line 9, column 60: edge \"a\" -> \"a\": \"weight\": expected a number, found \"heavy\"");
  EXPECT_EQ(error_for(document(R"(<node id="a"><data key="n_aliases_json">["x", 1]</data></node>)")),
            "in.graphml:line 8, column 14: node \"a\": \"aliases_json\" at /1: expected a string, found an integer");
  EXPECT_EQ(error_for(document(R"(<node id="a"><data key="n_aliases_json">[x</data></node>)")),
            "in.graphml:line 8, column 14: node \"a\": \"aliases_json\" is not valid JSON: Invalid value. (at character 1)");
  EXPECT_EQ(error_for(document(R"(<node id="a"/><edge id="e0" source="a" target="a"/>)")),
            "in.graphml:line 8, column 15: edge \"e0\" has no relation type (no \"type\" or \"label\" data)");
}

TEST(GraphmlErrors, PositionsStayRightDeepIntoLargeFiles) {
  std::string body;
  for (int i = 0; i < 20000; ++i) body += "<node id=\"n" + std::to_string(i) + "\"><data key=\"n_label\">Ünï " + std::to_string(i) + "</data></node>\n";
  body += "  <edge id=\"bad\" source=\"n1\" target=\"n99999\"><data key=\"e_type\">t</data></edge>";
  std::string xml = document(body);
  auto line = 1 + std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(xml.find("<edge id=\"bad\"")), '\n');
  EXPECT_EQ(error_for(xml), "in.graphml:line " + std::to_string(line) + ", column 3: edge \"bad\" refers to an unknown node \"n99999\"");
}

TEST(GraphmlErrors, StructuralProblems) {
  EXPECT_EQ(error_for(document(R"(<node id="a"><data key="nope">x</data></node>)")),
            "in.graphml:line 8, column 14: <data> refers to an undeclared key \"nope\"");
  EXPECT_EQ(error_for(document(R"(<node><data key="n_label">x</data></node>)")),
            "in.graphml:line 8, column 1: <node> without the \"id\" attribute");
  EXPECT_EQ(error_for(document(R"(<node id="a"/><edge target="a"/>)")),
            "in.graphml:line 8, column 15: <edge> without the \"source\" attribute");
  EXPECT_EQ(error_for(document(R"(<node id="a"><graph id="inner"/></node>)")),
            "in.graphml:line 8, column 14: nested graphs are not supported");
  EXPECT_EQ(error_for(document(R"(<hyperedge><endpoint node="a"/></hyperedge>)")),
            "in.graphml:line 8, column 1: hyperedges are not supported");
  EXPECT_THAT(error_for("<!DOCTYPE graphml [<!ENTITY boom \"x\">]>\n<graphml><graph>&boom;</graph></graphml>"),
              HasSubstr("in.graphml:line 2, column "));
}

}  // namespace
}  // namespace kg
