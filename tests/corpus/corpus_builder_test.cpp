#include "kg/corpus.hpp"

#include <atomic>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "corpus/fake_analyzer.hpp"
#include "kg/json_io.hpp"

namespace kg {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

Article article(std::string id, std::string text, std::string date = "") {
  Article a;
  a.info.id = id;
  a.info.date = std::move(date);
  a.origin = id;
  a.bytes = text.size();
  a.text = std::move(text);
  return a;
}

DocumentAnalyzer fake(bool jitter = false) {
  return [jitter](const Document& info, std::string text) { return test::fake_analyze(info, text, jitter); };
}

// A corpus where entities and relations recur across documents in varying order.
std::vector<Article> corpus(std::size_t documents) {
  const char* names[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon"};
  const char* verbs[] = {"accuses", "warns", "supports"};
  std::vector<Article> out;
  for (std::size_t d = 0; d < documents; ++d) {
    std::string text;
    for (std::size_t s = 0; s < 4; ++s) {
      std::size_t k = d * 7 + s * 3;
      text += std::string(names[k % 5]) + " " + verbs[(d + s) % 3] + " " + names[(k + 1 + s) % 5] + ". ";
    }
    out.push_back(article("doc" + std::to_string(d), text, "2024-01-" + std::to_string(10 + d % 20)));
  }
  return out;
}

std::string json_of(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_json(graph, out);
  return out.str();
}

KnowledgeGraph build(const std::vector<Article>& articles, BuildOptions options, KnowledgeGraph base = {},
                     std::vector<ArticleReport>* reports = nullptr, bool jitter = false) {
  CorpusBuilder builder(std::move(base), fake(jitter), options, [&](const ArticleReport& r) {
    if (reports) reports->push_back(r);
  });
  for (const auto& a : articles) builder.add(a);
  return builder.finish();
}

const Relation* find_relation(const KnowledgeGraph& g, const std::string& source, const std::string& type,
                              const std::string& target) {
  for (auto e : g.edges()) {
    const auto& r = g.relation(e);
    if (r.source == source && r.type == type && r.target == target) return &r;
  }
  return nullptr;
}

TEST(CorpusBuilder, OutputIsByteIdenticalForAnyNumberOfThreads) {
  auto articles = corpus(60);
  std::string one = json_of(build(articles, {.jobs = 1}));
  for (unsigned jobs : {2u, 4u}) {
    // A small window and uneven analysis times make threads finish out of order.
    std::vector<ArticleReport> reports;
    auto graph = build(articles, {.jobs = jobs, .max_in_flight = 3}, {}, &reports, true);
    EXPECT_EQ(json_of(graph), one) << jobs << " threads";
    ASSERT_EQ(reports.size(), articles.size());
    for (std::size_t i = 0; i < reports.size(); ++i) EXPECT_EQ(reports[i].info.id, articles[i].info.id);
  }
}

TEST(CorpusBuilder, OneNodePerEntityAndOneEdgePerRelationAcrossDocuments) {
  auto g = build({article("a", "Alpha accuses Beta. Alpha warns Beta."), article("b", "Beta warns Gamma. Alpha accuses Beta.")},
                 {.jobs = 2});
  EXPECT_EQ(g.entity_count(), 3u);
  EXPECT_EQ(g.relation_count(), 3u);
  EXPECT_EQ(g.documents().size(), 2u);
  const Relation* accuses = find_relation(g, "thing:alpha", "accuses", "thing:beta");
  ASSERT_NE(accuses, nullptr);
  EXPECT_EQ(accuses->weight, 2.0);
  ASSERT_EQ(accuses->evidence.size(), 2u);
  EXPECT_EQ(accuses->evidence[0].document, "a");
  EXPECT_EQ(accuses->evidence[1].document, "b");
}

TEST(CorpusBuilder, EvidenceIsCappedPerEdgeWhileTheWeightCountsEveryMention) {
  std::vector<Article> articles;
  for (int i = 0; i < 7; ++i) articles.push_back(article("d" + std::to_string(i), "Alpha accuses Beta. Alpha accuses Beta."));
  auto g = build(articles, {.jobs = 2, .evidence_cap = 3});
  const Relation* r = find_relation(g, "thing:alpha", "accuses", "thing:beta");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->weight, 14.0);
  ASSERT_EQ(r->evidence.size(), 3u);
  // The earliest evidence is kept: input order, not thread timing.
  EXPECT_EQ(r->evidence[0].document, "d0");
  EXPECT_EQ(r->evidence[0].sentence, 0);
  EXPECT_EQ(r->evidence[1].document, "d0");
  EXPECT_EQ(r->evidence[1].sentence, 1);
  EXPECT_EQ(r->evidence[2].document, "d1");

  auto all = build(articles, {.jobs = 2, .evidence_cap = 0});
  EXPECT_EQ(find_relation(all, "thing:alpha", "accuses", "thing:beta")->evidence.size(), 14u);
}

TEST(CorpusBuilder, FirstAndLastSeenComeFromDocumentDates) {
  auto g = build({article("a", "Alpha accuses Beta.", "2024-03-05"), article("b", "Alpha accuses Beta.", "2024-01-20"),
                  article("c", "Alpha accuses Beta.", ""), article("d", "Alpha accuses Beta.", "2024-06-30"),
                  article("e", "Beta warns Gamma.", "")},
                 {.jobs = 3});
  const Relation* r = find_relation(g, "thing:alpha", "accuses", "thing:beta");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->first_seen, "2024-01-20");
  EXPECT_EQ(r->last_seen, "2024-06-30");
  const Relation* undated = find_relation(g, "thing:beta", "warns", "thing:gamma");
  ASSERT_NE(undated, nullptr);
  EXPECT_EQ(undated->first_seen, "");
  EXPECT_EQ(undated->last_seen, "");
}

TEST(CorpusBuilder, MergeDocumentGraphKeepsDatesTheAnalyzerSet) {
  KnowledgeGraph doc;
  doc.add_entity(test::thing("Alpha"));
  doc.add_entity(test::thing("Beta"));
  Relation r;
  r.source = "thing:alpha";
  r.target = "thing:beta";
  r.type = "accuses";
  r.first_seen = "2023-12-31";  // e.g. an event date read from the text
  doc.add_relation(r);
  KnowledgeGraph graph;
  merge_document_graph(graph, doc, Document{"a", "", "2024-02-01", ""});
  const Relation* merged = find_relation(graph, "thing:alpha", "accuses", "thing:beta");
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(merged->first_seen, "2023-12-31");
  EXPECT_EQ(merged->last_seen, "2024-02-01");
  ASSERT_EQ(graph.documents().size(), 1u);
  EXPECT_EQ(graph.documents()[0].date, "2024-02-01");
}

TEST(CorpusBuilder, BadAndFailingArticlesAreReportedAndSkipped) {
  std::vector<ArticleReport> reports;
  auto g = build({article("good1", "Alpha accuses Beta."), article("utf8", "Alpha \xc3\x28 Beta."),
                  article("empty", "  \n"), article("binary", std::string("Alpha\0Beta", 10)),
                  article("boom", "Alpha FAIL Beta."), article("good2", "Beta warns Gamma.")},
                 {.jobs = 2}, {}, &reports);
  ASSERT_EQ(reports.size(), 6u);
  EXPECT_EQ(reports[0].outcome, ArticleOutcome::built);
  EXPECT_EQ(reports[1].outcome, ArticleOutcome::bad);
  EXPECT_THAT(reports[1].problem, HasSubstr("invalid UTF-8 at byte 6"));
  EXPECT_EQ(reports[2].outcome, ArticleOutcome::bad);
  EXPECT_EQ(reports[2].problem, "empty");
  EXPECT_EQ(reports[3].outcome, ArticleOutcome::bad);
  EXPECT_THAT(reports[3].problem, HasSubstr("binary"));
  EXPECT_EQ(reports[4].outcome, ArticleOutcome::failed);
  EXPECT_THAT(reports[4].problem, HasSubstr("failed on purpose"));
  EXPECT_EQ(reports[5].outcome, ArticleOutcome::built);
  ASSERT_EQ(g.documents().size(), 2u);
  EXPECT_EQ(g.documents()[0].id, "good1");
  EXPECT_EQ(g.documents()[1].id, "good2");
  EXPECT_EQ(g.relation_count(), 2u);
}

TEST(CorpusBuilder, KnownAndRepeatedIdsAreNotReprocessed) {
  KnowledgeGraph base = build({article("old", "Alpha accuses Beta.")}, {.jobs = 1});
  std::vector<ArticleReport> reports;
  CorpusBuilder builder(std::move(base), fake(), {.jobs = 2}, [&](const ArticleReport& r) { reports.push_back(r); });
  builder.add(article("old", "Alpha accuses Beta. Beta warns Gamma."));  // would add an edge if reprocessed
  builder.add(article("new", "Alpha accuses Beta."));
  builder.add(article("new", "Gamma supports Delta."));
  auto g = builder.finish();
  auto stats = builder.stats();
  EXPECT_EQ(stats.articles, 3u);
  EXPECT_EQ(stats.known, 1u);
  EXPECT_EQ(stats.duplicates, 1u);
  EXPECT_EQ(stats.built, 1u);
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[0].outcome, ArticleOutcome::known);
  EXPECT_EQ(reports[2].outcome, ArticleOutcome::duplicate);
  EXPECT_EQ(g.relation_count(), 1u);
  EXPECT_EQ(find_relation(g, "thing:alpha", "accuses", "thing:beta")->weight, 2.0);
}

TEST(CorpusBuilder, UnreadableRecordsAreReportedInTheirPlace) {
  std::vector<ArticleReport> reports;
  CorpusBuilder builder({}, fake(true), {.jobs = 3}, [&](const ArticleReport& r) { reports.push_back(r); });
  builder.add(article("a", "Alpha accuses Beta."));
  builder.add_unreadable(InputError("feed.jsonl", "line 2", "malformed JSON"));
  builder.add(article("c", "Beta warns Gamma."));
  builder.finish();
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[1].outcome, ArticleOutcome::unreadable);
  EXPECT_EQ(reports[1].problem, "feed.jsonl:line 2: malformed JSON");
  EXPECT_EQ(reports[2].info.id, "c");
  EXPECT_EQ(builder.stats().unreadable, 1u);
  EXPECT_EQ(builder.stats().articles, 3u);
}

TEST(CorpusBuilder, CountsWordsOfBuiltArticles) {
  CorpusBuilder builder({}, fake(), {.jobs = 2});
  builder.add(article("a", "Alpha accuses Beta."));
  builder.add(article("b", "  "));
  builder.add(article("c", "Beta warns Gamma and Delta."));
  builder.finish();
  auto stats = builder.stats();
  EXPECT_EQ(stats.words, 8u);
  EXPECT_EQ(stats.bad, 1u);
}

TEST(CorpusBuilder, AnErrorWhileMergingStopsTheBuildAndIsRethrown) {
  CorpusBuilder builder({}, fake(), {.jobs = 2, .max_in_flight = 2},
                        [](const ArticleReport& r) {
                          if (r.info.id == "doc3") throw std::runtime_error("disk full");
                        });
  auto articles = corpus(50);
  EXPECT_THROW(
      {
        for (const auto& a : articles) builder.add(a);
        builder.finish();
      },
      std::runtime_error);
}

TEST(CorpusBuilder, DroppingAnUnfinishedBuildJoinsItsThreads) {
  auto articles = corpus(20);
  std::atomic<int> calls = 0;
  {
    CorpusBuilder builder({}, [&](const Document& info, std::string text) {
      ++calls;
      return test::fake_analyze(info, text, true);
    }, {.jobs = 4});
    for (const auto& a : articles) builder.add(a);
  }
  int after = calls;
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(calls, after);
  EXPECT_LE(after, 20);
}

}  // namespace
}  // namespace kg
