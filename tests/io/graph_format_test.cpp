// Graph formats by name and extension; loading and saving files of each format.
#include <cmath>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/sample_graphs.hpp"
#include "kg/error.hpp"
#include "kg/graph_format.hpp"
#include "support/files.hpp"

namespace kg {
namespace {

using ::testing::HasSubstr;

std::string error_of(auto action) {
  try {
    action();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(GraphFormat, ParsesNames) {
  EXPECT_EQ(parse_graph_format("json"), GraphFormat::json);
  EXPECT_EQ(parse_graph_format("GraphML"), GraphFormat::graphml);
  EXPECT_EQ(parse_graph_format("xml"), GraphFormat::graphml);
  EXPECT_EQ(parse_graph_format("dot"), GraphFormat::dot);
  EXPECT_EQ(parse_graph_format("gv"), GraphFormat::dot);
  EXPECT_FALSE(parse_graph_format("csv"));
  EXPECT_FALSE(parse_graph_format(""));
}

TEST(GraphFormat, FromTheExtension) {
  EXPECT_EQ(graph_format_of("out/g.graph.json"), GraphFormat::json);
  EXPECT_EQ(graph_format_of("G.GRAPHML"), GraphFormat::graphml);
  EXPECT_EQ(graph_format_of("g.gv"), GraphFormat::dot);
  EXPECT_EQ(error_of([] { graph_format_of("g.csv"); }),
            "g.csv: unknown graph format \".csv\" (expected .json, .graphml or .dot)");
  EXPECT_EQ(error_of([] { graph_format_of("graph"); }),
            "graph: cannot tell the graph format without a file extension (.json, .graphml, .dot)");
}

TEST(LoadSave, RoundTripsThroughFilesOfEachReadableFormat) {
  test::TempDir dir;
  KnowledgeGraph original = test::tricky_graph();
  for (const char* name : {"g.json", "g.graphml", "g.xml"}) {
    save_graph(original, dir / name);
    EXPECT_EQ(test::contents(load_graph(dir / name)), test::contents(original)) << name;
  }
  save_graph(original, dir / "as-json.txt", GraphFormat::json);
  EXPECT_EQ(test::contents(load_graph(dir / "as-json.txt", GraphFormat::json)), test::contents(original));
  save_graph(original, dir / "g.dot");
  EXPECT_THAT(test::slurp(dir / "g.dot"), ::testing::StartsWith("digraph"));
}

TEST(LoadSave, DotIsWriteOnly) {
  test::TempDir dir;
  save_graph(test::tricky_graph(), dir / "g.dot");
  EXPECT_EQ(error_of([&] { load_graph(dir / "g.dot"); }),
            (dir / "g.dot").string() + ": DOT is write-only: read the graph from JSON or GraphML");
}

TEST(LoadSave, MissingAndEmptyFilesNameThePath) {
  test::TempDir dir;
  EXPECT_EQ(error_of([&] { load_graph(dir / "none.json"); }), (dir / "none.json").string() + ": no such file");
  test::spit(dir / "empty.graphml", "");
  EXPECT_EQ(error_of([&] { load_graph(dir / "empty.graphml"); }), (dir / "empty.graphml").string() + ": empty file");
  EXPECT_THROW(load_graph(dir / "none.csv"), InputError);
}

TEST(LoadSave, ErrorsInFilesNameTheFileAndPosition) {
  test::TempDir dir;
  // GraphML files are parsed as they are read: positions must still be right.
  std::string body;
  for (int i = 0; i < 5000; ++i) body += "<node id=\"n" + std::to_string(i) + "\"/>\n";
  test::spit(dir / "bad.graphml", "<graphml><key id=\"t\" for=\"edge\" attr.name=\"type\"/>\n<graph>\n" + body +
                                      "<edge source=\"n1\" target=\"zz\"><data key=\"t\">warns</data></edge>\n</graph></graphml>\n");
  EXPECT_EQ(error_of([&] { load_graph(dir / "bad.graphml"); }),
            (dir / "bad.graphml").string() + ":line 5003, column 1: edge \"n1\" -> \"zz\" refers to an unknown node \"zz\"");
  test::spit(dir / "broken.graphml", "<graphml>\n<graph>\n" + body + "<edge source=\"n1\" target=\"n2\">\n</graph></graphml>\n");
  EXPECT_EQ(error_of([&] { load_graph(dir / "broken.graphml"); }),
            (dir / "broken.graphml").string() +
                ":line 5004, column 9: invalid XML: Opening and ending tag mismatch: edge line 5003 and graph");
  test::spit(dir / "bad.json", "{\"entities\": [],\n \"relations\": [1]}");
  EXPECT_EQ(error_of([&] { load_graph(dir / "bad.json"); }),
            (dir / "bad.json").string() +
                ":/relations/0 (line 2, column 16): expected an object, found an integer (schema keyword \"type\")");
}

TEST(LoadSave, AFailedSaveLeavesNoFileBehind) {
  test::TempDir dir;
  KnowledgeGraph bad = test::tricky_graph();
  Relation r;
  r.source = r.target = "state:PRK";
  r.type = "nan";
  r.weight = std::nan("");
  bad.add_relation(r);
  for (const char* name : {"bad.json", "bad.graphml"}) {
    EXPECT_THAT(error_of([&] { save_graph(bad, dir / name); }), HasSubstr("non-finite weight")) << name;
  }
  EXPECT_TRUE(dir.files().empty());
  test::spit(dir / "kept.json", "{}");
  EXPECT_THROW(save_graph(bad, dir / "kept.json"), std::invalid_argument);
  EXPECT_EQ(test::slurp(dir / "kept.json"), "{}");
  EXPECT_EQ(dir.files(), std::vector<std::string>{"kept.json"});
}

TEST(LoadSave, InvalidUtf8InTheGraphIsNotWritten) {
  test::TempDir dir;
  KnowledgeGraph bad;
  bad.add_entity({"a", "bad \xff label", "", {}, {}});
  for (const char* name : {"bad.json", "bad.graphml"})
    EXPECT_THAT(error_of([&] { save_graph(bad, dir / name); }), HasSubstr("invalid UTF-8")) << name;
  EXPECT_TRUE(dir.files().empty());
}

}  // namespace
}  // namespace kg
