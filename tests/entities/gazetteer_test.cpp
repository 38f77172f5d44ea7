#include "kg/gazetteer.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "kg/data_dir.hpp"
#include "kg/error.hpp"
#include "kg/tokenizer.hpp"
#include "support/files.hpp"

namespace kg {
namespace {

Doc tokens(const std::string& text) {
  Doc doc;
  doc.text = text;
  Tokenizer().process(doc);
  return doc;
}

std::vector<std::string> matched(const Gazetteer& g, const std::string& text) {
  const Doc doc = tokens(text);
  std::vector<std::string> out;
  for (const auto& m : g.match(doc, 0, doc.tokens.size())) out.push_back(doc.span_text(m.begin, m.end) + "=" + g.entry(m.entry).id);
  return out;
}

TEST(Gazetteer, EveryCountryFromIsoCodesWithItsCodes) {
  const auto g = Gazetteer::load_default();
  const auto prk = g->find_id("state:PRK");
  ASSERT_TRUE(prk);
  EXPECT_EQ(g->entry(*prk).label, "North Korea");
  EXPECT_EQ(g->entry(*prk).type, "State");
  EXPECT_EQ(g->entry(*prk).attributes.at("iso3"), "PRK");
  EXPECT_EQ(g->entry(*prk).attributes.at("wikidata"), "Q423");
  // Official and short names from iso-codes, ours on top.
  EXPECT_EQ(g->find_name("Democratic People's Republic of Korea"), prk);
  EXPECT_EQ(g->find_name("Democratic People\u2019s Republic of Korea"), prk);
  EXPECT_EQ(g->find_name("Russian Federation"), g->find_id("state:RUS"));
  EXPECT_EQ(g->find_name("Viet Nam"), g->find_id("state:VNM"));
  // All UN members are states; territories are places.
  for (const char* id : {"state:FJI", "state:BTN", "state:URY", "state:TUV", "state:SSD"}) EXPECT_TRUE(g->find_id(id)) << id;
  const auto greenland = g->find_name("Greenland");
  ASSERT_TRUE(greenland);
  EXPECT_EQ(g->entry(*greenland).type, "Location");
}

TEST(Gazetteer, MatchesLongestNamesCaseSensitively) {
  const auto g = Gazetteer::load_default();
  EXPECT_EQ(matched(*g, "The U.N. Security Council met."), (std::vector<std::string>{"U.N. Security Council=org:un-security-council"}));
  EXPECT_EQ(matched(*g, "The US and the Democratic People\u2019s Republic of Korea talked to us."),
            (std::vector<std::string>{"US=state:USA", "Democratic People\u2019s Republic of Korea=state:PRK"}));
  EXPECT_EQ(matched(*g, "North Korean troops and Filipinos"),
            (std::vector<std::string>{"North Korean=state:PRK", "Filipinos=state:PHL"}));
  EXPECT_EQ(matched(*g, "Kyiv, Kiev and Pyongyang"),
            (std::vector<std::string>{"Kyiv=state:UKR", "Kiev=state:UKR", "Pyongyang=state:PRK"}));
  EXPECT_TRUE(matched(*g, "china and turkey").empty());
}

TEST(Gazetteer, WordLists) {
  const auto g = Gazetteer::load_default();
  ASSERT_NE(g->title("special envoy"), nullptr);
  ASSERT_NE(g->title("prime minister"), nullptr);
  EXPECT_EQ(g->title("prime minister")->relation, "leader_of");
  EXPECT_EQ(g->title("ambassador")->relation, "works_for");
  EXPECT_EQ(g->title("spokeswoman")->gender, 'f');
  EXPECT_EQ(g->title("table"), nullptr);
  EXPECT_TRUE(g->weapon_head("missile"));
  EXPECT_TRUE(g->weapon_modifier("hypersonic"));
  EXPECT_TRUE(g->weapon_system("Iskander"));
  EXPECT_TRUE(g->body("foreign ministry"));
  EXPECT_TRUE(g->agent("troops"));
  EXPECT_EQ(g->given_name("Dorothy"), 'f');
  EXPECT_EQ(g->given_name("Table"), '\0');
}

TEST(Gazetteer, NameListsFromCensusPlacesWordNetAndDictionary) {
  const auto g = Gazetteer::load_default();
  const auto in = [&](std::string_view phrase, std::string_view list) {
    const auto at = std::find(Gazetteer::kNameListNames.begin(), Gazetteer::kNameListNames.end(), list);
    return (g->name_lists(phrase) >> (at - Gazetteer::kNameListNames.begin())) & 1u;
  };
  EXPECT_TRUE(in("anita", "given-f"));
  EXPECT_TRUE(in("winston", "given-m"));
  EXPECT_TRUE(in("johnson", "surname"));
  EXPECT_TRUE(in("new york", "city"));
  EXPECT_TRUE(in("bavaria", "region"));
  EXPECT_TRUE(in("winston churchill", "person"));
  EXPECT_TRUE(in("danube", "place"));
  EXPECT_TRUE(in("microsoft", "proper"));
  EXPECT_TRUE(in("tea", "common"));
  EXPECT_FALSE(in("tea", "proper"));
  EXPECT_EQ(g->name_lists("xqzv"), 0u);
  EXPECT_GE(g->listed_phrase_words("winston"), 2u);  // "winston churchill"
  EXPECT_EQ(g->listed_phrase_words("xqzv"), 0u);
  // Census given names extend our own list, with their gender.
  EXPECT_EQ(g->given_name("Anita"), 'f');
  EXPECT_EQ(g->given_name("Winston"), 'm');
  EXPECT_EQ(g->given_name("anita"), '\0');  // a given name is written capitalized
}

TEST(Gazetteer, MalformedFileNamesFileAndLine) {
  test::TempDir dir;
  std::filesystem::copy(std::filesystem::path(KG_SOURCE_DATA_DIR) / "lexicon", dir / "lexicon");
  test::spit(dir / "gazetteer.tsv", "E\tstate:XXX\tState\tNowhere\t\nN\tstate:YYY\tSomewhere\tname\n");
  try {
    Gazetteer::load(dir.path());
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("gazetteer.tsv:line 2"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace kg
