#include "corpus/progress.hpp"

#include <cstdio>
#include <memory>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kg {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Captures what BuildProgress writes.
class Capture {
 public:
  Capture() : file_(std::tmpfile(), &std::fclose) {}
  std::FILE* file() { return file_.get(); }
  std::string text() {
    std::fflush(file_.get());
    std::rewind(file_.get());
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, file_.get())) out.append(buffer, n);
    return out;
  }

 private:
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
};

ArticleReport built(std::string id, std::size_t words) {
  ArticleReport r;
  r.info.id = std::move(id);
  r.origin = r.info.id;
  r.words = words;
  r.bytes = words * 6;
  r.entities = 3;
  r.relations = 2;
  return r;
}

ArticleReport bad(std::string id) {
  ArticleReport r = built(std::move(id), 0);
  r.origin = "feed.jsonl:line 3";
  r.outcome = ArticleOutcome::bad;
  r.problem = "invalid UTF-8 at byte 3";
  return r;
}

TEST(FormatProgress, ShowsRatesPercentAndEta) {
  ProgressSnapshot s{.documents = 250, .words = 1'000'000, .bytes = 250, .total_bytes = 1000, .seconds = 10};
  EXPECT_EQ(format_progress(s), "250 docs  25.0 docs/s  100,000 words/s  25%  ETA 0:30");
  s.total_bytes.reset();
  EXPECT_EQ(format_progress(s), "250 docs  25.0 docs/s  100,000 words/s");
}

TEST(FormatProgress, LongEtaHasHours) {
  ProgressSnapshot s{.documents = 1, .words = 10, .bytes = 1, .total_bytes = 1000, .seconds = 5};
  EXPECT_THAT(format_progress(s), HasSubstr("ETA 1:23:15"));
}

TEST(GroupThousands, PutsCommasEveryThreeDigits) {
  EXPECT_EQ(group_thousands(0), "0");
  EXPECT_EQ(group_thousands(999), "999");
  EXPECT_EQ(group_thousands(1000), "1,000");
  EXPECT_EQ(group_thousands(12345678), "12,345,678");
}

TEST(FormatSummary, NamesSkippedArticlesOnlyWhenThereAreSome) {
  BuildStats stats{.articles = 10, .built = 10, .words = 5000};
  EXPECT_EQ(format_summary(stats, 2.0), "built 10 documents (5,000 words) in 2.0 s: 5.0 documents/s, 2,500 words/s");
  stats.known = 4;
  stats.bad = 1;
  stats.unreadable = 2;
  EXPECT_THAT(format_summary(stats, 2.0), HasSubstr("; skipped 4 already in the graph, 1 bad, 2 unreadable"));
}

TEST(BuildProgress, NotATerminalGetsWarningsAndSummaryButNoProgressLine) {
  Capture out;
  BuildProgress progress(out.file(), Verbosity::normal, false, 100);
  progress.report(built("a", 10));
  progress.report(bad("b"));
  progress.finish(BuildStats{.articles = 2, .built = 1, .bad = 1, .words = 10});
  auto text = out.text();
  EXPECT_THAT(text, HasSubstr("kgb: warning: skipped article b (feed.jsonl:line 3): invalid UTF-8 at byte 3\n"));
  EXPECT_THAT(text, HasSubstr("kgb: built 1 document (10 words)"));
  EXPECT_THAT(text, Not(HasSubstr("\r")));
  EXPECT_THAT(text, Not(HasSubstr("a: 10 words")));
}

TEST(BuildProgress, UnreadableRecordsAreWarnedAboutInTheirPlace) {
  Capture out;
  BuildProgress progress(out.file(), Verbosity::quiet, false, std::nullopt);
  ArticleReport r;
  r.outcome = ArticleOutcome::unreadable;
  r.problem = "feed.jsonl:line 2, column 8: malformed JSON: Invalid value.";
  progress.report(r);
  EXPECT_EQ(out.text(), "kgb: warning: skipped feed.jsonl:line 2, column 8: malformed JSON: Invalid value.\n");
}

TEST(BuildProgress, VerboseListsEveryDocument) {
  Capture out;
  BuildProgress progress(out.file(), Verbosity::verbose, false, std::nullopt);
  progress.report(built("a", 10));
  EXPECT_THAT(out.text(), HasSubstr("a: 10 words, 3 entities, 2 relations"));
}

TEST(BuildProgress, QuietKeepsOnlyWarningsAboutSkippedArticles) {
  Capture out;
  BuildProgress progress(out.file(), Verbosity::quiet, true, 100);
  progress.report(built("a", 10));
  progress.report(bad("b"));
  progress.note("wrote g.json");
  progress.finish(BuildStats{.articles = 2, .built = 1, .bad = 1, .words = 10});
  EXPECT_EQ(out.text(), "kgb: warning: skipped article b (feed.jsonl:line 3): invalid UTF-8 at byte 3\n");
}

TEST(BuildProgress, TerminalGetsALineRefreshedInPlaceAndClearedForWarnings) {
  Capture out;
  BuildProgress progress(out.file(), Verbosity::normal, true, 120);
  progress.report(built("a", 10));
  progress.report(bad("b"));
  progress.finish(BuildStats{.articles = 2, .built = 1, .bad = 1, .words = 10});
  auto text = out.text();
  EXPECT_THAT(text, HasSubstr("\r1 docs"));
  EXPECT_THAT(text, HasSubstr("50%  ETA"));
  EXPECT_THAT(text, HasSubstr("\r\033[Kkgb: warning: skipped article b"));
}

}  // namespace
}  // namespace kg
