#include "kg/tokenizer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace kg {
namespace {

using ::testing::ElementsAre;

Doc tokenize(const std::string& text) {
  Doc doc;
  doc.text = text;
  Tokenizer().process(doc);
  return doc;
}

std::vector<std::string> texts(const Doc& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.push_back(t.text);
  return out;
}

std::vector<std::string> sentences(const Doc& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.push_back(doc.span_text(s.begin, s.end));
  return out;
}

// Every token's offsets hold its text; tokens are in order, do not overlap, and
// sentences cover the tokens without gaps.
void expect_consistent(const Doc& doc) {
  std::size_t previous_end = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_LE(t.start, t.end);
    ASSERT_LE(t.end, doc.text.size());
    EXPECT_EQ(doc.text.substr(t.start, t.end - t.start), t.text);
    EXPECT_GE(t.start, previous_end);
    EXPECT_FALSE(t.text.empty());
    previous_end = t.end;
  }
  std::size_t next = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.begin, next);
    EXPECT_LT(s.begin, s.end);
    next = s.end;
  }
  EXPECT_EQ(next, doc.tokens.size());
}

TEST(Tokenizer, AbbreviationsAndInitialsKeepTheirPeriods) {
  const Doc doc = tokenize("Gen. Smith met U.N. and U.S. envoys in Washington, D.C., on Jan. 5, e.g. Mr. J. Doe.");
  EXPECT_THAT(texts(doc), ElementsAre("Gen.", "Smith", "met", "U.N.", "and", "U.S.", "envoys", "in", "Washington", ",",
                                      "D.C.", ",", "on", "Jan.", "5", ",", "e.g.", "Mr.", "J.", "Doe", "."));
  EXPECT_EQ(doc.sentences.size(), 1u);
  expect_consistent(doc);
}

TEST(Tokenizer, Numbers) {
  const Doc doc = tokenize("12,000 troops, 3.5 percent, the 1990s, $45,000 and 7% at 10:30 on 9/11 (5pm).");
  EXPECT_THAT(texts(doc), ElementsAre("12,000", "troops", ",", "3.5", "percent", ",", "the", "1990s", ",", "$",
                                      "45,000", "and", "7", "%", "at", "10:30", "on", "9/11", "(", "5", "pm", ")", "."));
}

TEST(Tokenizer, UrlsAndEmailAddresses) {
  const Doc doc = tokenize("See https://www.un.org/press?id=12. Write to press@un.org, (or nytimes.com).");
  EXPECT_THAT(texts(doc), ElementsAre("See", "https://www.un.org/press?id=12", ".", "Write", "to", "press@un.org", ",",
                                      "(", "or", "nytimes.com", ")", "."));
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(Tokenizer, HyphensSplitAsInUdEnglishExceptPrefixes) {
  // UD English (EWT, GUM) splits hyphenated compounds but keeps prefixes like anti-, e-, co-.
  const Doc doc = tokenize("a long-standing intermediate-range anti-missile e-mail co-founder, 1990-1995, 345-3436");
  EXPECT_THAT(texts(doc), ElementsAre("a", "long", "-", "standing", "intermediate", "-", "range", "anti-missile",
                                      "e-mail", "co-founder", ",", "1990", "-", "1995", ",", "345-3436"));
  for (const Token& t : doc.tokens) EXPECT_FALSE(t.fused_with_next) << t.text;
}

TEST(Tokenizer, PossessivesAndContractionsAreMultiwordTokens) {
  const Doc doc = tokenize("Russia’s envoy said I'm sure we don't and can't; the countries’ leaders won’t.");
  EXPECT_THAT(texts(doc), ElementsAre("Russia", "’s", "envoy", "said", "I", "'m", "sure", "we", "do", "n't", "and",
                                      "ca", "n't", ";", "the", "countries", "’", "leaders", "wo", "n’t", "."));
  const std::vector<std::size_t> fused = {0, 4, 8, 11, 15, 18};
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    EXPECT_EQ(doc.tokens[i].fused_with_next, std::count(fused.begin(), fused.end(), i) == 1) << doc.tokens[i].text;
  EXPECT_FALSE(doc.tokens[0].space_after);
  EXPECT_TRUE(doc.tokens[1].space_after);
  expect_consistent(doc);
}

TEST(Tokenizer, CliticsWithoutApostropheAndFusedForms) {
  EXPECT_THAT(texts(tokenize("I cannot say, gonna try")), ElementsAre("I", "can", "not", "say", ",", "gon", "na", "try"));
}

TEST(Tokenizer, CurlyQuotesReadAsStraightOnesInForm) {
  const Doc doc = tokenize("“We won’t,” she said of ‘peace’.");
  EXPECT_THAT(texts(doc), ElementsAre("“", "We", "wo", "n’t", ",", "”", "she", "said", "of", "‘", "peace", "’", "."));
  EXPECT_EQ(doc.tokens[0].form, "\"");
  EXPECT_EQ(doc.tokens[3].form, "n't");
  EXPECT_EQ(doc.tokens[3].text, "n’t");
  EXPECT_EQ(doc.tokens[5].form, "\"");
  EXPECT_EQ(doc.tokens[11].form, "'");
  EXPECT_FALSE(doc.tokens[10].fused_with_next);  // a closing quote, not a possessive
  EXPECT_EQ(normalize_form("‘a’ “b” „c‟ ʼd —"), "'a' \"b\" \"c\" 'd —");
}

TEST(Tokenizer, QuotedSpeechEndsAfterTheClosingQuote) {
  const Doc doc = tokenize("He called it “legitimate self-defense.” He contrasted it with “aggression!” and left.");
  EXPECT_THAT(sentences(doc), ElementsAre("He called it “legitimate self-defense.”",
                                          "He contrasted it with “aggression!” and left."));
}

TEST(Tokenizer, HeadingsAndLinesWithoutFinalPunctuation) {
  const Doc doc = tokenize("Russia Warns U.S. Over Missile Test\nMOSCOW — Russia warned on Monday. It said more.\n"
                           "Related coverage\n\nlast words without a stop\n\nA new paragraph.");
  EXPECT_THAT(sentences(doc), ElementsAre("Russia Warns U.S. Over Missile Test", "MOSCOW — Russia warned on Monday.",
                                          "It said more.", "Related coverage", "last words without a stop",
                                          "A new paragraph."));
  std::vector<bool> headings;
  for (const Sentence& s : doc.sentences) headings.push_back(s.heading);
  EXPECT_THAT(headings, ElementsAre(true, false, false, true, true, false));
  expect_consistent(doc);
}

TEST(Tokenizer, WrappedLinesContinueTheSentence) {
  const Doc doc = tokenize("The council, meeting in New York,\nvoted on the resolution\nand adjourned.");
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_FALSE(doc.sentences[0].heading);
}

TEST(Tokenizer, SentenceFinalAbbreviations) {
  EXPECT_THAT(sentences(tokenize("Talks were held in the U.S. The council met on Friday.")),
              ElementsAre("Talks were held in the U.S.", "The council met on Friday."));
  EXPECT_THAT(sentences(tokenize("Talks were held with U.S. Ambassador Linda Thomas-Greenfield.")),
              ElementsAre("Talks were held with U.S. Ambassador Linda Thomas-Greenfield."));
  EXPECT_THAT(sentences(tokenize("Lt. Gen. Smith and Dr. Jones met at 5 p.m. They spoke.")),
              ElementsAre("Lt. Gen. Smith and Dr. Jones met at 5 p.m.", "They spoke."));
  EXPECT_THAT(sentences(tokenize("They sold oil, gas, etc. Prices rose.")),
              ElementsAre("They sold oil, gas, etc.", "Prices rose."));
}

TEST(Tokenizer, TerminalPunctuationFollowedByLowercaseContinues) {
  EXPECT_THAT(sentences(tokenize("Is it over? he asked. Yes! It is...")),
              ElementsAre("Is it over? he asked.", "Yes!", "It is..."));
}

TEST(Tokenizer, NumberSignOnlyBeforeNumbers) {
  EXPECT_THAT(texts(tokenize("No. 1 said No.")), ElementsAre("No.", "1", "said", "No", "."));
}

TEST(Tokenizer, OffsetsPointAtTheRightBytesInUnicodeText) {
  const Doc doc = tokenize("Zurbarán’s “Jacob” cost €1,200 — in São Paulo… (Ünïcödé)\u00a0ok\r\nnext line.");
  expect_consistent(doc);
  EXPECT_THAT(texts(doc), ElementsAre("Zurbarán", "’s", "“", "Jacob", "”", "cost", "€", "1,200", "—", "in", "São",
                                      "Paulo", "…", "(", "Ünïcödé", ")", "ok", "next", "line", "."));
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(Tokenizer, InvalidUtf8AndOddInputDoNotBreakOffsets) {
  for (const std::string& text : {std::string("a\xff\xfe b.\x80"), std::string(""), std::string(" \n\n\t "),
                                 std::string("..."), std::string("\"'"), std::string("’’ ‘"), std::string("a-"),
                                 std::string("'s"), std::string("U.S."), std::string("http://"), std::string("@#$%")}) {
    const Doc doc = tokenize(text);
    expect_consistent(doc);
  }
  EXPECT_TRUE(tokenize(" \n ").tokens.empty());
  EXPECT_TRUE(tokenize("").sentences.empty());
}

TEST(Tokenizer, IsDeterministic) {
  const std::string text = "Nebenzia rejected a U.S. allegation. “It’s a lie,” he said.\n\nPyongyang’s test\n";
  const Doc a = tokenize(text);
  const Doc b = tokenize(text);
  ASSERT_EQ(a.tokens.size(), b.tokens.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    EXPECT_EQ(a.tokens[i].text, b.tokens[i].text);
    EXPECT_EQ(a.tokens[i].start, b.tokens[i].start);
    EXPECT_EQ(a.tokens[i].fused_with_next, b.tokens[i].fused_with_next);
  }
  ASSERT_EQ(a.sentences.size(), b.sentences.size());
  for (std::size_t i = 0; i < a.sentences.size(); ++i) EXPECT_EQ(a.sentences[i].end, b.sentences[i].end);
}

TEST(Tokenizer, ReplacesEarlierTokens) {
  Doc doc = tokenize("One two.");
  doc.text = "Three.";
  Tokenizer().process(doc);
  EXPECT_THAT(texts(doc), ElementsAre("Three", "."));
  EXPECT_EQ(doc.sentences.size(), 1u);
}

}  // namespace
}  // namespace kg
