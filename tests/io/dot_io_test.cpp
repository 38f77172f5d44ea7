// DOT for Graphviz: styles by entity type, edge labels and widths, escaping of any label.
#include <cstdlib>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/sample_graphs.hpp"
#include "kg/dot_io.hpp"
#include "support/files.hpp"

namespace kg {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string to_dot(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_dot(g, out);
  return out.str();
}

TEST(Dot, IsADigraphInUtf8) {
  std::string dot = to_dot(test::tricky_graph());
  EXPECT_THAT(dot, ::testing::StartsWith("digraph kg {\n"));
  EXPECT_THAT(dot, HasSubstr("charset=\"UTF-8\""));
  EXPECT_THAT(dot, ::testing::EndsWith("}\n"));
}

TEST(Dot, NodesAreShapedAndColouredByType) {
  KnowledgeGraph g;
  for (const char* type : {"State", "Person", "Organization", "Location", "Weapon", "Event", "Gadget", "state"})
    g.add_entity({std::string("id:") + type, type, type, {}, {}});
  std::string dot = to_dot(g);
  EXPECT_THAT(dot, HasSubstr("n0 [label=\"State\", shape=box, style=\"filled,bold\", fillcolor=\"#9ecae1\""));
  EXPECT_THAT(dot, HasSubstr("n1 [label=\"Person\", shape=ellipse, style=\"filled\", fillcolor=\"#fdd0a2\""));
  EXPECT_THAT(dot, HasSubstr("n2 [label=\"Organization\", shape=component, style=\"filled\", fillcolor=\"#c7e9c0\""));
  EXPECT_THAT(dot, HasSubstr("n3 [label=\"Location\", shape=house, style=\"filled\", fillcolor=\"#dadaeb\""));
  EXPECT_THAT(dot, HasSubstr("n4 [label=\"Weapon\", shape=diamond, style=\"filled\", fillcolor=\"#fcbba1\""));
  EXPECT_THAT(dot, HasSubstr("n5 [label=\"Event\", shape=octagon, style=\"filled\", fillcolor=\"#fff7bc\""));
  EXPECT_THAT(dot, HasSubstr("n6 [label=\"Gadget\", shape=ellipse, style=\"filled,dashed\", fillcolor=\"#f0f0f0\""));
  EXPECT_THAT(dot, HasSubstr("n7 [label=\"state\", shape=box"));  // types compare ignoring case
}

TEST(Dot, EdgesCarryTypeWeightAndPolarity) {
  std::string dot = to_dot(test::tricky_graph());
  EXPECT_THAT(dot, HasSubstr("n0 -> n3 [label=\"tests\", penwidth=2.10, weight=3, tooltip="));
  EXPECT_THAT(dot, HasSubstr("n1 -> n0 [label=\"not criticizes (alleged)\", penwidth=1.00, weight=1, style=dashed"));
  EXPECT_THAT(dot, HasSubstr("n2 -> n2 [label=\"open:reorganize\", penwidth=1.00"));
  KnowledgeGraph heavy;
  heavy.add_entity({"a", "A", "", {}, {}});
  Relation r;
  r.source = r.target = "a";
  r.type = "t";
  r.weight = 1e9;
  heavy.add_relation(r);
  EXPECT_THAT(to_dot(heavy), HasSubstr("penwidth=6.00, weight=100"));  // bounded
}

TEST(Dot, EscapesEveryLabel) {
  std::string dot = to_dot(test::tricky_graph());
  EXPECT_THAT(dot, HasSubstr(R"(label="Kim \"The\" Back\\slash\nNew line tab")"));  // a tab is a space
  EXPECT_THAT(dot, HasSubstr(R"(label="Ministère des Affaires étrangères — 北朝鮮 🚀")"));
  EXPECT_THAT(dot, HasSubstr(R"x(tooltip="person:\"quoted\"\\id (Person)")x"));
  KnowledgeGraph g;
  g.add_entity({"a", "ends with a backslash \\", "", {}, {}});
  g.add_entity({"b", "bell\x07 and\r\nCRLF", "", {}, {}});
  g.add_entity({"c", "Tom & Jerry &amp;", "", {}, {}});  // Graphviz reads entities in labels
  std::string out = to_dot(g);
  EXPECT_THAT(out, HasSubstr(R"(label="Tom &amp; Jerry &amp;amp;")"));
  EXPECT_THAT(out, HasSubstr(R"(label="ends with a backslash \\")"));
  EXPECT_THAT(out, HasSubstr(R"(label="bell  and\nCRLF")"));
  EXPECT_THAT(out, Not(HasSubstr("\x07")));
}

TEST(Dot, GraphvizRendersIt) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz (dot) is not installed";
  test::TempDir dir;
  KnowledgeGraph g = test::tricky_graph();
  g.add_entity({"z", "ends with a backslash \\", "Event", {}, {}});
  test::spit(dir / "g.dot", to_dot(g));
  std::string command = "dot -Tsvg " + (dir / "g.dot").string() + " -o " + (dir / "g.svg").string() + " 2>" +
                        (dir / "errors.txt").string();
  ASSERT_EQ(std::system(command.c_str()), 0) << test::slurp(dir / "errors.txt");
  EXPECT_EQ(test::slurp(dir / "errors.txt"), "");  // not even a warning
  std::string svg = test::slurp(dir / "g.svg");
  EXPECT_THAT(svg, HasSubstr("Kim &quot;The&quot; Back\\slash"));
  EXPECT_THAT(svg, HasSubstr("北朝鮮"));
  EXPECT_THAT(svg, HasSubstr("ends with a backslash \\"));
}

}  // namespace
}  // namespace kg
