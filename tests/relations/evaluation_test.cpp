// kgb eval must give score.py's numbers and report; the expected reports in
// tests/data/relations/eval were written by score.py on these fixtures.
#include "kg/evaluation.hpp"

#include <gtest/gtest.h>

#include <iostream>
#include <sstream>

#include "kg/error.hpp"
#include "kg/file_io.hpp"

namespace kg {
namespace {

const std::filesystem::path dir = std::filesystem::path(KG_TEST_DATA_DIR) / "relations" / "eval";

std::string report(const std::string& system) {
  const auto score = score_files(dir / "harbor.gold.json", dir / system);
  std::ostringstream out;
  print_score(out, score.counts, &score.detail);
  return out.str();
}

TEST(Evaluation, ReportMatchesScorePy) {
  EXPECT_EQ(report("harbor.json"), read_file(dir / "harbor.expected.txt"));
}

TEST(Evaluation, AlternativeKeysAndIntegerIdsMatchScorePy) {
  EXPECT_EQ(report("harbor-edges.json"), read_file(dir / "harbor-edges.expected.txt"));
}

TEST(Evaluation, CountsOnTheFixture) {
  const auto c = score_files(dir / "harbor.gold.json", dir / "harbor.json").counts;
  EXPECT_EQ(c.ent_tp, 7);
  EXPECT_EQ(c.ent_dup, 1);
  EXPECT_EQ(c.ent_fp, 2);
  EXPECT_EQ(c.ent_typed_tp, 6);
  EXPECT_EQ(c.rel_tp, 8);  // the negative "supports" matches the gold's negative relation
  EXPECT_EQ(c.rel_fp, 4);
  EXPECT_EQ(c.rel_found, 7);
  EXPECT_EQ(c.rel_req, 8);
  EXPECT_NEAR(relation_scores(c).f1, 0.757, 0.0005);
}

TEST(Evaluation, DirectoriesMicroAverageLikeScorePy) {
  std::ostringstream out;
  const auto total = print_directory_score(out, dir, dir, true);
  EXPECT_EQ(out.str(), read_file(dir / "directory.expected.txt"));
  EXPECT_EQ(total.rel_req, 9);
}

TEST(Evaluation, NormalizesNamesLikeScorePy) {
  EXPECT_EQ(normalize_name("The U.S.’s"), "us");
  EXPECT_EQ(normalize_name("  the   Kursk_region  "), "kursk region");
  EXPECT_EQ(normalize_name("Kim Jong-Un"), "kim jong un");
  EXPECT_EQ(normalize_name("Ｕ.Ｎ."), "un");
  EXPECT_EQ(normalize_name("theatre"), "theatre");
  EXPECT_EQ(normalize_name("ÉTAT"), "état");
}

TEST(Evaluation, MalformedInputNamesFileAndPosition) {
  try {
    score_graph(R"({"entities": [], "relations": []})", "gold.json", R"({"entities": [)", "graph.json");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "graph.json");
    EXPECT_EQ(e.position(), "byte 14");
  }
  try {
    score_graph(R"({"entities": []})", "gold.json", R"({})", "graph.json");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "gold.json");
    EXPECT_EQ(e.position(), "/relations");
  }
  EXPECT_THROW(score_graph(R"({"entities": [{"name": "X"}], "relations": []})", "gold.json", "{}", "g.json"), InputError);
  EXPECT_THROW(print_directory_score(std::cout, dir / "harbor.json", dir, false), InputError);
}

}  // namespace
}  // namespace kg
