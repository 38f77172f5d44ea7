// Whole builds through files, as `kgb build` and `kgb merge` run them: sharded builds
// merged equal one build, incremental builds skip known documents, failures leave the
// existing graph untouched.
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "corpus/fake_analyzer.hpp"
#include "corpus/temp_dir.hpp"
#include "kg/corpus.hpp"
#include "kg/graph_format.hpp"
#include "kg/json_io.hpp"

namespace kg {
namespace {

using test::slurp;
using test::TempDir;
using ::testing::HasSubstr;

const DocumentAnalyzer fake = [](const Document& info, std::string text) { return test::fake_analyze(info, text); };

// 30 articles in JSON Lines, with recurring entities and relations and dates.
std::string jsonl_corpus(std::size_t first, std::size_t count) {
  const char* names[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};
  const char* verbs[] = {"accuses", "warns", "supports", "attacks"};
  std::string out;
  for (std::size_t d = first; d < first + count; ++d) {
    std::string text;
    for (std::size_t s = 0; s < 3; ++s)
      text += std::string(names[(d * 5 + s) % 6]) + " " + verbs[(d + 2 * s) % 4] + " " + names[(d + s + 1) % 6] + ". ";
    out += "{\"id\":\"n" + std::to_string(d) + "\",\"date\":\"2024-02-" + std::to_string(10 + d % 19) +
           "\",\"title\":\"Article " + std::to_string(d) + "\",\"text\":\"" + text + "\"}\n";
  }
  return out;
}

struct Run {
  CorpusBuildResult result;
  std::vector<ArticleReport> reports;
};

Run run_build(CorpusBuild build, const std::string& standard_input = "") {
  Run run;
  std::istringstream in(standard_input);
  run.result = build_graph_file(build, fake, [&](const ArticleReport& r) { run.reports.push_back(r); }, in);
  return run;
}

CorpusBuild request(const std::vector<std::string>& inputs, const std::filesystem::path& output, unsigned jobs = 2) {
  CorpusBuild build;
  build.inputs = discover_inputs(inputs);
  build.output = output;
  build.options.jobs = jobs;
  build.options.evidence_cap = 4;
  return build;
}

TEST(ShardedBuild, MergingShardBuildsEqualsBuildingEverythingAtOnce) {
  TempDir dir;
  auto a = dir.write("shards/a.jsonl", jsonl_corpus(0, 12));
  auto b = dir.write("shards/b.jsonl", jsonl_corpus(12, 9));
  auto c = dir.write("shards/c.txt", "Alpha accuses Beta. Zeta attacks Alpha.");
  run_build(request({(dir.path() / "shards").string()}, dir.path() / "all.json"));
  run_build(request({a.string()}, dir.path() / "a.json", 1));
  run_build(request({b.string()}, dir.path() / "b.json", 4));
  run_build(request({c.string()}, dir.path() / "c.json", 2));

  auto merged = merge_graph_files({dir.path() / "a.json", dir.path() / "b.json", dir.path() / "c.json"}, 4);
  save_graph(merged, dir.path() / "merged.json");
  std::string all = slurp(dir.path() / "all.json");
  EXPECT_GT(merged.relation_count(), 10u);
  EXPECT_EQ(slurp(dir.path() / "merged.json"), all);
}

TEST(ShardedBuild, ShardsMayBeGraphML) {
  TempDir dir;
  auto a = dir.write("a.jsonl", jsonl_corpus(0, 10));
  auto b = dir.write("b.jsonl", jsonl_corpus(10, 10));
  run_build(request({a.string(), b.string()}, dir.path() / "all.json"));
  run_build(request({a.string()}, dir.path() / "a.graphml"));
  run_build(request({b.string()}, dir.path() / "b.json"));
  auto merged = merge_graph_files({dir.path() / "a.graphml", dir.path() / "b.json"}, 4);
  save_graph(merged, dir.path() / "merged.json");
  EXPECT_EQ(slurp(dir.path() / "merged.json"), slurp(dir.path() / "all.json"));
}

TEST(ShardedBuild, MergingADocumentTwiceIsReported) {
  TempDir dir;
  auto a = dir.write("a.jsonl", jsonl_corpus(0, 5));
  run_build(request({a.string()}, dir.path() / "a.json"));
  std::vector<std::size_t> overlaps;
  merge_graph_files({dir.path() / "a.json", dir.path() / "a.json"}, 4,
                    [&](const MergedFile& f) { overlaps.push_back(f.overlapping_documents); });
  EXPECT_EQ(overlaps, (std::vector<std::size_t>{0, 5}));
}

TEST(IncrementalBuild, AddsNewArticlesAndSkipsKnownOnesLikeABuildAtOnce) {
  TempDir dir;
  auto first = dir.write("day1.jsonl", jsonl_corpus(0, 10));
  auto second = dir.write("day2.jsonl", jsonl_corpus(10, 10));
  run_build(request({first.string(), second.string()}, dir.path() / "all.json"));
  run_build(request({first.string()}, dir.path() / "graph.json"));

  auto build = request({first.string(), second.string()}, dir.path() / "graph.json");
  build.into = dir.path() / "graph.json";
  auto run = run_build(build);
  EXPECT_EQ(run.result.stats.known, 10u);
  EXPECT_EQ(run.result.stats.built, 10u);
  EXPECT_TRUE(run.result.written);
  EXPECT_EQ(slurp(dir.path() / "graph.json"), slurp(dir.path() / "all.json"));
}

TEST(IncrementalBuild, NothingNewLeavesTheGraphAsItWas) {
  TempDir dir;
  auto first = dir.write("day1.jsonl", jsonl_corpus(0, 4));
  run_build(request({first.string()}, dir.path() / "graph.json"));
  auto before = slurp(dir.path() / "graph.json");
  auto build = request({first.string()}, dir.path() / "graph.json");
  build.into = dir.path() / "graph.json";
  auto run = run_build(build);
  EXPECT_EQ(run.result.stats.known, 4u);
  EXPECT_FALSE(run.result.written);
  EXPECT_EQ(slurp(dir.path() / "graph.json"), before);
}

TEST(IncrementalBuild, AFailedRunLeavesTheOldGraphIntact) {
  TempDir dir;
  auto first = dir.write("day1.jsonl", jsonl_corpus(0, 4));
  run_build(request({first.string()}, dir.path() / "graph.json"));
  auto before = slurp(dir.path() / "graph.json");
  auto bad = dir.write("bad.txt", "\xff\xfe binary \x01");
  auto empty = dir.write("empty.txt", "");
  auto build = request({bad.string(), empty.string()}, dir.path() / "graph.json");
  build.into = dir.path() / "graph.json";
  try {
    run_build(build);
    FAIL() << "expected an error: nothing could be built";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("no article could be built (2 bad, 0 failed, 0 unreadable)"));
  }
  EXPECT_EQ(slurp(dir.path() / "graph.json"), before);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
    EXPECT_THAT(entry.path().filename().string(), ::testing::Not(HasSubstr("tmp"))) << "temporary file left";
}

TEST(IncrementalBuild, KnownAndBadArticlesOnlyIsNotAFailure) {
  TempDir dir;
  auto first = dir.write("day1.jsonl", jsonl_corpus(0, 3));
  run_build(request({first.string()}, dir.path() / "graph.json"));
  auto before = slurp(dir.path() / "graph.json");
  auto bad = dir.write("bad.txt", "");
  auto build = request({first.string(), bad.string()}, dir.path() / "graph.json");
  build.into = dir.path() / "graph.json";
  auto run = run_build(build);
  EXPECT_EQ(run.result.stats.known, 3u);
  EXPECT_EQ(run.result.stats.bad, 1u);
  EXPECT_FALSE(run.result.written);
  EXPECT_EQ(slurp(dir.path() / "graph.json"), before);
}

TEST(IncrementalBuild, AnUnreadableGraphStopsBeforeAnyWork) {
  TempDir dir;
  auto broken = dir.write("graph.json", "{\"documents\": [");
  auto first = dir.write("day1.jsonl", jsonl_corpus(0, 2));
  auto build = request({first.string()}, broken);
  build.into = broken;
  EXPECT_THROW(run_build(build), InputError);
  EXPECT_EQ(slurp(broken), "{\"documents\": [");
}

TEST(CorpusBuildFile, BadArticlesAreSkippedAndTheRestBuilds) {
  TempDir dir;
  dir.write("in/a.txt", "Alpha accuses Beta.");
  dir.write("in/b.txt", "Beta warns \xc3\x28 Gamma.");
  dir.write("in/c.txt", "");
  dir.write("in/d.jsonl", "{\"id\":\"d1\",\"text\":\"Gamma supports Delta.\"}\n{\"id\":\n{\"id\":\"d3\",\"text\":\"\"}\n");
  auto run = run_build(request({(dir.path() / "in").string()}, dir.path() / "g.json"));
  EXPECT_EQ(run.result.stats.built, 2u);
  EXPECT_EQ(run.result.stats.bad, 3u);
  EXPECT_EQ(run.result.stats.unreadable, 1u);
  // Reports come in input order, the malformed line in its place.
  std::vector<std::string> order;
  for (const auto& r : run.reports) order.push_back(r.outcome == ArticleOutcome::unreadable ? r.problem : r.info.id);
  ASSERT_EQ(order.size(), 6u);
  EXPECT_THAT(order[0], ::testing::EndsWith("in/a.txt"));
  EXPECT_EQ(order[3], "d1");
  EXPECT_THAT(order[4], HasSubstr("d.jsonl:line 2"));
  EXPECT_EQ(order[5], "d3");
  auto graph = load_graph(dir.path() / "g.json");
  ASSERT_EQ(graph.documents().size(), 2u);
  EXPECT_EQ(graph.relation_count(), 2u);
}

TEST(CorpusBuildFile, NoArticlesIsAnError) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "empty");
  EXPECT_THROW(run_build(request({(dir.path() / "empty").string()}, dir.path() / "g.json")), std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "g.json"));
}

TEST(CorpusBuildFile, ReadsStandardInput) {
  TempDir dir;
  auto build = request({"-"}, dir.path() / "g.json");
  auto run = run_build(build, "{\"id\":\"s1\",\"text\":\"Alpha accuses Beta.\"}\n{\"id\":\"s2\",\"text\":\"Beta warns Gamma.\"}\n");
  EXPECT_EQ(run.result.stats.built, 2u);
  EXPECT_EQ(load_graph(dir.path() / "g.json").relation_count(), 2u);
}

TEST(CorpusBuildFile, UnknownOutputFormatFailsBeforeAnyWork) {
  TempDir dir;
  auto a = dir.write("a.txt", "Alpha accuses Beta.");
  EXPECT_THROW(run_build(request({a.string()}, dir.path() / "g.xyz")), InputError);
}

}  // namespace
}  // namespace kg
