#include "kg/articles.hpp"

#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "corpus/temp_dir.hpp"

namespace kg {
namespace {

using test::TempDir;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> errors;
};

Collected collect(const std::vector<InputFile>& inputs, const std::string& standard_input = "") {
  Collected out;
  std::istringstream in(standard_input);
  read_articles(
      inputs, [&](Article a) { out.articles.push_back(std::move(a)); },
      [&](const InputError& e) { out.errors.push_back(e.what()); }, in);
  return out;
}

std::vector<std::string> ids(const std::vector<Article>& articles) {
  std::vector<std::string> out;
  for (const auto& a : articles) out.push_back(a.info.id);
  return out;
}

TEST(DiscoverInputs, DirectoriesAreWalkedRecursivelyInSortedOrder) {
  TempDir dir;
  dir.write("b.txt", "B");
  dir.write("a/z.txt", "Z");
  dir.write("a/y.jsonl", "{}");
  dir.write("a/notes.md", "not a corpus file");
  dir.write(".hidden/h.txt", "hidden");
  dir.write("a/.h.txt", "hidden");
  auto inputs = discover_inputs({dir.path().string()});
  std::vector<std::string> names;
  for (const auto& input : inputs) names.push_back(input.path.lexically_relative(dir.path()).generic_string());
  EXPECT_THAT(names, ElementsAre("a/y.jsonl", "a/z.txt", "b.txt"));
  EXPECT_EQ(inputs[0].kind, InputKind::jsonl);
  EXPECT_EQ(inputs[1].kind, InputKind::text);
  EXPECT_EQ(inputs[1].size, 1u);
}

TEST(DiscoverInputs, NamedFilesAreTakenWhateverTheirExtension) {
  TempDir dir;
  auto md = dir.write("notes.md", "text");
  auto nd = dir.write("feed.ndjson", "{}");
  auto inputs = discover_inputs({md.string(), "-", nd.string()});
  ASSERT_EQ(inputs.size(), 3u);
  EXPECT_EQ(inputs[0].kind, InputKind::text);
  EXPECT_EQ(inputs[1].kind, InputKind::stdin_stream);
  EXPECT_EQ(inputs[2].kind, InputKind::jsonl);
  EXPECT_FALSE(total_input_bytes(inputs).has_value());
  inputs.erase(inputs.begin() + 1);
  EXPECT_EQ(total_input_bytes(inputs), 6u);
}

TEST(DiscoverInputs, MissingPathIsAnInputError) {
  try {
    discover_inputs({"/no/such/corpus"});
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "/no/such/corpus");
    EXPECT_THAT(e.what(), HasSubstr("no such file"));
  }
}

TEST(ParseArticleLine, ReadsEveryField) {
  auto a = parse_article_line(R"({"id":"a1","title":"T","date":"2024-03-01","source":"Wire","text":"Hello.","x":1})",
                              "feed.jsonl", 4);
  EXPECT_EQ(a.info, (Document{"a1", "T", "2024-03-01", "Wire"}));
  EXPECT_EQ(a.text, "Hello.");
  EXPECT_EQ(a.origin, "feed.jsonl:line 4");
}

TEST(ParseArticleLine, ArticleWithoutIdIsNamedByFileAndLine) {
  auto a = parse_article_line(R"({"text":"Hello."})", "feed.jsonl", 7);
  EXPECT_EQ(a.info.id, "feed.jsonl:7");
}

TEST(ParseArticleLine, ErrorsNameFileLineAndColumn) {
  try {
    parse_article_line(R"({"text": "x",})", "feed.jsonl", 3);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "feed.jsonl");
    EXPECT_THAT(e.position(), HasSubstr("line 3, column "));
    EXPECT_THAT(e.what(), HasSubstr("malformed JSON"));
  }
  EXPECT_THROW(parse_article_line(R"({"id":"x"})", "f", 1), InputError);             // no text
  EXPECT_THROW(parse_article_line(R"({"text":"x","date":2024})", "f", 1), InputError);  // not a string
  EXPECT_THROW(parse_article_line(R"(["text"])", "f", 1), InputError);                // not an object
}

TEST(ReadArticles, JsonLinesSkipMalformedLinesAndReportThem) {
  TempDir dir;
  auto feed = dir.write("feed.jsonl",
                        "{\"id\":\"a\",\"text\":\"One.\"}\n"
                        "\n"
                        "{\"id\":\"b\",\"text\":\"Two.\"\r\n"  // unterminated object
                        "{\"id\":\"c\",\"text\":\"Three.\"}\n");
  auto out = collect(discover_inputs({feed.string()}));
  EXPECT_THAT(ids(out.articles), ElementsAre("a", "c"));
  ASSERT_EQ(out.errors.size(), 1u);
  EXPECT_THAT(out.errors[0], HasSubstr("feed.jsonl:line 3, column"));
  EXPECT_EQ(out.articles[1].origin, feed.generic_string() + ":line 4");
}

TEST(ReadArticles, TextFileIsOneArticleNamedByItsPath) {
  TempDir dir;
  auto file = dir.write("news/today.txt", "\n  Headline \r\nText of the day.");
  auto out = collect(discover_inputs({(dir.path() / "news").string()}));
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].info.id, file.lexically_normal().generic_string());
  EXPECT_EQ(out.articles[0].info.title, "Headline");
  EXPECT_EQ(out.articles[0].info.source, file.generic_string());
  EXPECT_EQ(out.articles[0].text, "\n  Headline \r\nText of the day.");
  EXPECT_EQ(out.articles[0].bytes, 30u);
}

TEST(ReadArticles, StdinHoldingJsonLinesGivesOneArticlePerLine) {
  auto out = collect({{"-", InputKind::stdin_stream, 0}},
                     "\n{\"id\":\"s1\",\"text\":\"One.\"}\nnot json\n{\"id\":\"s2\",\"text\":\"Two.\"}");
  EXPECT_THAT(ids(out.articles), ElementsAre("s1", "s2"));
  ASSERT_EQ(out.errors.size(), 1u);
  EXPECT_THAT(out.errors[0], HasSubstr("<stdin>:line 3"));
}

TEST(ReadArticles, StdinHoldingTextGivesOneArticleNamedByItsContent) {
  std::string text = "First line.\n{not json}\nLast line without newline";
  auto out = collect({{"-", InputKind::stdin_stream, 0}}, text);
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].text, text);
  EXPECT_EQ(out.articles[0].info.id, content_id("stdin", text));
  EXPECT_TRUE(out.errors.empty());
}

TEST(ReadArticles, StdinCanBeForcedToJsonLinesOrText) {
  std::string jsonl = "{bad line}\n{\"id\":\"s2\",\"text\":\"Two.\"}\n";
  auto as_jsonl = collect(discover_inputs({"-"}, InputKind::jsonl), jsonl);
  EXPECT_THAT(ids(as_jsonl.articles), ElementsAre("s2"));
  ASSERT_EQ(as_jsonl.errors.size(), 1u);
  EXPECT_THAT(as_jsonl.errors[0], HasSubstr("<stdin>:line 1"));

  std::string text = "{\"id\":\"s1\",\"text\":\"One.\"}\n";
  auto as_text = collect(discover_inputs({"-"}, InputKind::text), text);
  ASSERT_EQ(as_text.articles.size(), 1u);
  EXPECT_EQ(as_text.articles[0].text, text);
  EXPECT_FALSE(total_input_bytes(discover_inputs({"-"}, InputKind::text)).has_value());
}

TEST(ContentId, IsStableAndDependsOnTheText) {
  EXPECT_EQ(content_id("stdin", "abc"), content_id("stdin", "abc"));
  EXPECT_NE(content_id("stdin", "abc"), content_id("stdin", "abd"));
  EXPECT_THAT(content_id("stdin", ""), ::testing::MatchesRegex("stdin-[0-9a-f]{16}"));
}

TEST(ArticleProblem, NamesWhatIsWrong) {
  EXPECT_EQ(article_problem("Fine text."), std::nullopt);
  EXPECT_THAT(article_problem("bad \xff byte").value_or(""), HasSubstr("invalid UTF-8 at byte 4"));
  EXPECT_THAT(article_problem(std::string("bin\0ary", 7)).value_or(""), HasSubstr("binary"));
  EXPECT_EQ(article_problem(""), "empty");
  EXPECT_EQ(article_problem(" \n\t "), "empty");
}

TEST(CountWords, CountsRunsOfNonSpace) {
  EXPECT_EQ(count_words(""), 0u);
  EXPECT_EQ(count_words("  one two\n\tthree  "), 3u);
  EXPECT_EQ(count_words("U.S.-led talks"), 2u);
}

}  // namespace
}  // namespace kg
