// Canonical entities: one per real thing, stable ids, aliases and attributes.
#include <gtest/gtest.h>

#include "entities/analyze.hpp"

namespace kg {
namespace {

using test::analyze;
using test::entity_of;
using test::find_entity;
using test::has_alias;

TEST(Linker, AllNamesOfAStateAreOneEntityWithItsCodes) {
  const Doc doc = analyze("The United States warned Pyongyang. U.S. officials said the DPRK, officially the "
                          "Democratic People's Republic of Korea, would face American sanctions. Washington agreed. "
                          "The US and North Korea disagree.");
  const Entity* usa = find_entity(doc, "state:USA");
  const Entity* prk = find_entity(doc, "state:PRK");
  ASSERT_NE(usa, nullptr);
  ASSERT_NE(prk, nullptr);
  EXPECT_EQ(usa->label, "United States");
  for (const char* alias : {"U.S.", "US", "Washington", "American"}) EXPECT_TRUE(has_alias(*usa, alias)) << alias;
  for (const char* alias : {"Pyongyang", "DPRK", "Democratic People's Republic of Korea"}) EXPECT_TRUE(has_alias(*prk, alias)) << alias;
  EXPECT_EQ(usa->attributes.at("iso3"), "USA");
  EXPECT_EQ(usa->attributes.at("wikidata"), "Q30");
  EXPECT_EQ(std::count_if(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.type == "State"; }), 2);
}

TEST(Linker, AcronymsDefinedInTheText) {
  const Doc doc = analyze("The Maritime Security Initiative (MSI) met on Monday. The MSI condemned the attack.");
  const std::string id = entity_of(doc, "Maritime Security Initiative");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(entity_of(doc, "MSI", 0), id);
  EXPECT_EQ(entity_of(doc, "MSI", 1), id);
  EXPECT_TRUE(has_alias(*find_entity(doc, id), "MSI"));
}

TEST(Linker, AcronymInSquareBracketsGrowsItsExpansion) {
  const Doc doc = analyze("He commanded the Korean People's Army [KPA] until 2010. The KPA denied it.");
  const std::string id = entity_of(doc, "KPA", 1);
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(id, "org:korean-peoples-army");
}

TEST(Linker, PartialNamesOfOrganizations) {
  const Doc doc = analyze("The Church of Scientology sued the newspaper. The Church said the article was false.");
  EXPECT_EQ(entity_of(doc, "Church"), "org:church-of-scientology");
}

TEST(Linker, AcronymsInOtherLanguagesAndBeforeTheirExpansion) {
  const Doc doc = analyze("The Union of Rationalist Atheists and Agnostics (UAAR) filed a petition. "
                          "The bishops of the CEI (Italian Episcopal Conference) objected. The UAAR and the CEI met.");
  const std::string uaar = entity_of(doc, "Union of Rationalist Atheists and Agnostics");
  ASSERT_FALSE(uaar.empty());
  EXPECT_EQ(entity_of(doc, "UAAR", 1), uaar);
  const std::string cei = entity_of(doc, "Italian Episcopal Conference");
  ASSERT_FALSE(cei.empty());
  EXPECT_EQ(entity_of(doc, "CEI", 0), cei);
  EXPECT_EQ(entity_of(doc, "CEI", 1), cei);
}

TEST(Linker, ShorterNamesOfOrganizationsAndRegions) {
  const Doc doc = analyze("The Supreme Court of Cassation ruled on Monday. The Supreme Court said the tax was due. "
                          "Schools in the Lombardy region closed. Lombardy appealed.");
  const std::string court = entity_of(doc, "Supreme Court of Cassation");
  ASSERT_FALSE(court.empty());
  EXPECT_EQ(entity_of(doc, "Supreme Court"), court);
  ASSERT_FALSE(entity_of(doc, "Lombardy").empty());
  EXPECT_EQ(entity_of(doc, "Lombardy region"), entity_of(doc, "Lombardy"));
}

TEST(Linker, AcronymExplainedLater) {
  const Doc doc = analyze("Officials of the KWP spoke. The acronym KWP refers to the Korean Workers Party.");
  const std::string id = entity_of(doc, "KWP", 0);
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(id, entity_of(doc, "Korean Workers Party"));
}

TEST(Linker, SurnamesAndPartialNames) {
  const Doc doc = analyze("Dorothy Camille Shea spoke first. Vassily Nebenzia answered. Shea disagreed, "
                          "and Nebenzia left.");
  EXPECT_EQ(entity_of(doc, "Dorothy Camille Shea"), "person:dorothy-camille-shea");
  EXPECT_EQ(entity_of(doc, "Shea"), "person:dorothy-camille-shea");
  EXPECT_EQ(entity_of(doc, "Nebenzia"), "person:vassily-nebenzia");
  EXPECT_TRUE(has_alias(*find_entity(doc, "person:dorothy-camille-shea"), "Shea"));
}

TEST(Linker, AmbiguousSurnameGoesToTheMostRecentPerson) {
  const Doc doc = analyze("Kim Jong Un watched the launch. Later, the ambassador Kim Song spoke at the United Nations. "
                          "Kim criticized the United States.");
  EXPECT_EQ(entity_of(doc, "Kim"), "person:kim-song");
}

TEST(Linker, TheNorthIsTheStateOfTheDocumentSoNamed) {
  const Doc doc = analyze("South Korea criticized North Korea on Monday. Officials condemned the North's actions.");
  EXPECT_EQ(entity_of(doc, "North"), "state:PRK");
}

TEST(Linker, NationalityGroupsActForTheirState) {
  const Doc doc = analyze("North Korean troops are fighting in Russia, and the South Korean government is worried.");
  EXPECT_EQ(entity_of(doc, "North Korean"), "state:PRK");
  EXPECT_EQ(entity_of(doc, "South Korean"), "state:KOR");
}

}  // namespace
}  // namespace kg
