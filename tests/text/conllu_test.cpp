#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kg/conllu.hpp"
#include "kg/error.hpp"

namespace kg {
namespace {

std::vector<Doc> read(const std::string& text) {
  std::istringstream in(text);
  return read_conllu(in, "test.conllu");
}

std::string write(const Doc& doc) {
  std::ostringstream out;
  write_conllu(doc, out);
  return out.str();
}

// Two documents, a paragraph break, a multiword token, an empty node and a
// sentence-final SpaceAfter=No.
const char* const kSample =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# sent_id = s1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = s2\n"
    "# text = Russia’s envoy\n"
    "1-2\tRussia’s\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t_\tEntity=(1\n"
    "2\t’s\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tenvoy\tenvoy\tNOUN\tNN\tNumber=Sing\t0\troot\t_\t_\n"
    "\n"
    "# newpar\n"
    "# text = Hi!\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "# text = Yes\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

TEST(ReadConllu, SplitsDocumentsAndKeepsSyntacticWords) {
  const auto docs = read(kSample);
  ASSERT_EQ(docs.size(), 2u);
  const Doc& doc = docs[0];
  EXPECT_EQ(doc.info.id, "d1");
  EXPECT_EQ(doc.text, "I don't know. Russia’s envoy\n\nHi!");
  ASSERT_EQ(doc.tokens.size(), 10u);  // the empty node 4.1 is skipped
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[1].begin, 5u);
  EXPECT_EQ(doc.sentences[1].end, 8u);
  EXPECT_EQ(docs[1].info.id, "d2");
  EXPECT_EQ(docs[1].text, "Yes");
}

TEST(ReadConllu, KeepsEveryColumn) {
  const Doc doc = read(kSample)[0];
  const Token& t = doc.tokens[2];
  EXPECT_EQ(t.form, "n't");
  EXPECT_EQ(t.lemma, "not");
  EXPECT_EQ(t.upos, "PART");
  EXPECT_EQ(t.xpos, "RB");
  EXPECT_EQ(t.feats, "Polarity=Neg");
  EXPECT_EQ(t.head, 3);
  EXPECT_EQ(t.deprel, "advmod");
  EXPECT_EQ(doc.tokens[3].head, -1);
  EXPECT_EQ(doc.tokens[3].misc, "SpaceAfter=No");
  EXPECT_EQ(doc.tokens[5].misc, "Entity=(1");
  EXPECT_EQ(doc.tokens[5].head, 7);  // sentence-relative 3 -> document index 7
  EXPECT_EQ(doc.tokens[0].feats, "Case=Nom");
  EXPECT_EQ(doc.tokens[1].feats, "");
}

TEST(ReadConllu, MultiwordTokenWordsShareTheSurfaceSpan) {
  const Doc doc = read(kSample)[0];
  for (const Token& t : doc.tokens) EXPECT_EQ(doc.text.substr(t.start, t.end - t.start), t.text);
  EXPECT_EQ(doc.tokens[1].text, "do");
  EXPECT_EQ(doc.tokens[2].text, "n't");
  EXPECT_TRUE(doc.tokens[1].fused_with_next);
  EXPECT_FALSE(doc.tokens[1].space_after);
  EXPECT_FALSE(doc.tokens[2].fused_with_next);
  EXPECT_TRUE(doc.tokens[2].space_after);
  EXPECT_EQ(doc.tokens[5].text, "Russia");
  EXPECT_EQ(doc.tokens[6].text, "’s");
  EXPECT_EQ(doc.tokens[6].form, "’s");
  EXPECT_FALSE(doc.tokens[3].space_after);
}

TEST(ReadConllu, PrefersTheSpacingOfTheTextComment) {
  const auto docs = read(
      "# text = a  b\u00a0c\n"
      "1\ta\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n"
      "2\tb\tb\tX\tX\t_\t1\tdep\t_\tSpaceAfter=No\n"
      "3\tc\tc\tX\tX\t_\t1\tdep\t_\t_\n\n");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "a  b\u00a0c");
  EXPECT_TRUE(docs[0].tokens[0].space_after);
  EXPECT_EQ(docs[0].tokens[2].start, 6u);
}

TEST(ReadConllu, FallsBackToFormsWhenTheTextCommentDisagrees) {
  const auto docs = read(
      "# text = something else\n"
      "1\ta\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n"
      "2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n");
  EXPECT_EQ(docs.at(0).text, "ab");
}

TEST(ReadConllu, AcceptsMissingAnnotationAndNoFinalBlankLine) {
  const auto docs = read("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\r\n2\tthere\t_\t_\t_\t_\t_\t_\t_\t_");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Hello there");
  EXPECT_EQ(docs[0].tokens[1].head, -1);
  EXPECT_EQ(docs[0].tokens[1].lemma, "");
  EXPECT_TRUE(read("").empty());
  EXPECT_TRUE(read("# just a comment\n\n").empty());
}

void expect_error(const std::string& text, const std::string& fragment) {
  try {
    read(text);
    ADD_FAILURE() << "no error for: " << text;
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr(fragment));
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
  }
}

TEST(ReadConllu, ErrorsNameTheLine) {
  expect_error("# text = a\n1\ta\ta\tX\n", "test.conllu:line 2: expected 10 tab-separated columns, found 4");
  expect_error("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t7\tdep\t_\t_\n",
               "test.conllu:line 2, column 7: HEAD 7 is outside the sentence of 2 words");
  expect_error("1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n", "line 1, column 7: HEAD 'x' is not a non-negative integer");
  expect_error("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n",
               "line 2, column 1: word ID 3 where 2 was expected");
  expect_error("\n\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\n",
               "line 5: multiword token range runs past the end of the sentence");
  expect_error("1\ta\xff\ta\tX\tX\t_\t0\troot\t_\t_\n", "line 1, column 4: invalid UTF-8");
}

void expect_same_words(const Doc& a, const Doc& b) {
  EXPECT_EQ(a.text, b.text);
  ASSERT_EQ(a.tokens.size(), b.tokens.size());
  ASSERT_EQ(a.sentences.size(), b.sentences.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& x = a.tokens[i];
    const Token& y = b.tokens[i];
    EXPECT_EQ(x.form, y.form);
    EXPECT_EQ(x.text, y.text);
    EXPECT_EQ(x.lemma, y.lemma);
    EXPECT_EQ(x.upos, y.upos);
    EXPECT_EQ(x.xpos, y.xpos);
    EXPECT_EQ(x.feats, y.feats);
    EXPECT_EQ(x.head, y.head);
    EXPECT_EQ(x.deprel, y.deprel);
    EXPECT_EQ(x.start, y.start);
    EXPECT_EQ(x.end, y.end);
    EXPECT_EQ(x.space_after, y.space_after);
    EXPECT_EQ(x.fused_with_next, y.fused_with_next);
  }
}

TEST(WriteConllu, WritesCommentsRangesAndOffsets) {
  const std::string out = write(read(kSample)[0]);
  EXPECT_THAT(out, ::testing::StartsWith("# newdoc id = d1\n# sent_id = d1-1\n# text = I don't know.\n"));
  EXPECT_THAT(out, ::testing::HasSubstr("2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tTokenRange=2:7\n"
                                        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\tTokenRange=2:4\n"));
  EXPECT_THAT(out, ::testing::HasSubstr("4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=8:12\n"));
  // Code point offsets: ’ is one character, three bytes.
  EXPECT_THAT(out, ::testing::HasSubstr("1-2\tRussia’s\t_\t_\t_\t_\t_\t_\t_\tTokenRange=14:22\n"));
  EXPECT_THAT(out, ::testing::HasSubstr("1\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t_\tEntity=(1|TokenRange=14:20\n"));
  EXPECT_THAT(out, ::testing::HasSubstr("# newpar\n# sent_id = d1-3\n# text = Hi!\n"));
}

TEST(WriteConllu, RoundTripKeepsEveryColumn) {
  const Doc first = read(kSample)[0];
  const auto second = read(write(first));
  ASSERT_EQ(second.size(), 1u);
  expect_same_words(first, second[0]);
  // Writing is idempotent once the computed MISC entries are in place.
  EXPECT_EQ(write(second[0]), write(first));
}

TEST(WriteConllu, TokenizedOnlyDocLeavesAnnotationEmpty) {
  Doc doc;
  doc.text = "Hi there";
  Token hi;
  hi.text = hi.form = "Hi";
  hi.end = 2;
  Token there;
  there.text = there.form = "there";
  there.start = 3;
  there.end = 8;
  doc.tokens = {hi, there};
  doc.sentences.push_back({0, 2, true});
  EXPECT_EQ(write(doc),
            "# newdoc\n# sent_id = 1\n# text = Hi there\n"
            "1\tHi\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:2\n"
            "2\tthere\t_\t_\t_\t_\t_\t_\t_\tTokenRange=3:8\n\n");
}

// The real treebanks, when ../shared is present: every token's offsets hold its text
// and a write/read round trip keeps every word.
TEST(ReadConllu, TreebankRoundTrip) {
  const std::filesystem::path path = std::filesystem::path(KG_SHARED_DIR) / "ud" / "en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path << " (../shared is not part of the product)";
  std::ifstream in(path);
  const auto docs = read_conllu(in, path.string());
  std::size_t words = 0;
  for (const Doc& doc : docs) {
    words += doc.tokens.size();
    for (const Token& t : doc.tokens) ASSERT_EQ(doc.text.substr(t.start, t.end - t.start), t.text);
    const auto again = read(write(doc));
    ASSERT_EQ(again.size(), 1u);
    expect_same_words(doc, again[0]);
  }
  EXPECT_EQ(words, 25147u);
}

}  // namespace
}  // namespace kg
