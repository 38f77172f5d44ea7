// Roles: titles of people and role relations with their evidence.
#include <gtest/gtest.h>

#include "entities/analyze.hpp"

namespace kg {
namespace {

using test::analyze;
using test::find_entity;
using test::has_relation;

TEST(Roles, TitleBeforeANameWithAnOwner) {
  const Doc doc = analyze("Russia's U.N. Ambassador, Vassily Nebenzia, rejected the claim.");
  const Entity* p = find_entity(doc, "person:vassily-nebenzia");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->attributes.at("title"), "U.N. Ambassador");
  EXPECT_TRUE(has_relation(doc, "person:vassily-nebenzia", "works_for", "state:RUS"));
}

TEST(Roles, LeaderOfItsState) {
  const Doc doc = analyze("He congratulated North Korean leader Kim Jong Un on his birthday.");
  EXPECT_TRUE(has_relation(doc, "person:kim-jong-un", "leader_of", "state:PRK"));
  EXPECT_EQ(find_entity(doc, "person:kim-jong-un")->attributes.at("title"), "leader");
}

TEST(Roles, DeputyWithAComplement) {
  const Doc doc = analyze("U.S. Deputy Ambassador to the United Nations, Dorothy Camille Shea, spoke.");
  const Entity* p = find_entity(doc, "person:dorothy-camille-shea");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->attributes.at("title"), "Deputy Ambassador to the United Nations");
  EXPECT_TRUE(has_relation(doc, "person:dorothy-camille-shea", "works_for", "state:USA"));
  EXPECT_FALSE(has_relation(doc, "person:dorothy-camille-shea", "leader_of", "state:USA"));
}

TEST(Roles, TitleAfterTheNameInApposition) {
  const Doc doc = analyze("Sergei Lavrov, the foreign minister of Russia, arrived in Beijing.");
  EXPECT_TRUE(has_relation(doc, "person:sergei-lavrov", "works_for", "state:RUS"));
  EXPECT_EQ(find_entity(doc, "person:sergei-lavrov")->attributes.at("title"), "foreign minister of Russia");
}

TEST(Roles, BodiesArePartOfTheirStateAndPlacesLocatedInIt) {
  const Doc doc = analyze("South Korea's Ministry of Unification said troops fought in Russia's Kursk region.");
  EXPECT_TRUE(has_relation(doc, "org:kor-ministry-of-unification", "part_of", "state:KOR"));
  EXPECT_TRUE(has_relation(doc, "loc:kursk-region", "located_in", "state:RUS"));
}

TEST(Roles, MemberOf) {
  const Doc doc = analyze("As a permanent member of the Security Council, Russia can block resolutions.");
  EXPECT_TRUE(has_relation(doc, "state:RUS", "member_of", "org:un-security-council"));
}

TEST(Roles, PersonOfAnOrganization) {
  const Doc doc = analyze("Matthew Ingram of The Globe and Mail wrote about the attack.");
  EXPECT_TRUE(has_relation(doc, "person:matthew-ingram", "works_for", "org:the-globe-and-mail") ||
              has_relation(doc, "person:matthew-ingram", "works_for", "org:globe-and-mail"));
}

TEST(Roles, PeopleOfAPartyAreItsMembers) {
  const Doc doc = analyze("Nathan Law of the Youth Democracy Party won a seat.");
  EXPECT_TRUE(has_relation(doc, "person:nathan-law", "member_of", "org:youth-democracy-party"));
  EXPECT_FALSE(has_relation(doc, "person:nathan-law", "works_for", "org:youth-democracy-party"));
}

TEST(Roles, ACounterpartWorksForTheStateNamed) {
  const Doc doc = analyze("Kyrgyzstan's foreign minister called his Tajik counterpart, Sherali Rahmonzoda, on Monday.");
  EXPECT_TRUE(has_relation(doc, "person:sherali-rahmonzoda", "works_for", "state:TJK"));
}

TEST(Roles, PlacesWithTheCountryOrRegionTheyLieIn) {
  const Doc doc = analyze("The boat sank off Aceh, Indonesia. Troops shelled the village of Orto-Boz in the Batken "
                          "region. Russia keeps aircraft at Kant, an air base in Kyrgyzstan. Paris, London and Berlin "
                          "agreed. When the toll rose in Gaza, the United States said nothing.");
  EXPECT_TRUE(has_relation(doc, "loc:aceh", "located_in", "state:IDN"));
  EXPECT_TRUE(has_relation(doc, "loc:orto-boz", "located_in", "loc:batken-region"));
  EXPECT_TRUE(has_relation(doc, "loc:kant", "located_in", "state:KGZ"));
  for (const auto& r : doc.relations) {
    EXPECT_NE(r.source, "loc:gaza") << r.type << " " << r.target;
    EXPECT_NE(r.source, "loc:paris") << r.type << " " << r.target;
  }
}

TEST(Roles, PeopleOfAnOrganizationBeforeTheirName) {
  const Doc doc = analyze("Reuters' Jane Doe asked the question. In the election, Civic Union's Ben Chan won a seat.");
  EXPECT_TRUE(has_relation(doc, "person:jane-doe", "works_for", "org:reuters"));
  // In a sentence about an election the organization is the person's party.
  EXPECT_TRUE(has_relation(doc, "person:ben-chan", "member_of", "org:civic-union"));
}

TEST(Roles, BodiesOfAStateCarryItsNameAndBelongToItBeforeATitle) {
  const Doc doc = analyze("Fighting spread in Sudan's Darfur region. The Russian Foreign Ministry spokeswoman "
                          "Yelena Korovina urged calm, and Tajikistan's foreign ministry agreed.");
  EXPECT_TRUE(has_relation(doc, "loc:darfur", "located_in", "state:SDN"));
  EXPECT_TRUE(has_relation(doc, "org:rus-foreign-ministry", "part_of", "state:RUS"));
  ASSERT_NE(find_entity(doc, "org:rus-foreign-ministry"), nullptr);
  EXPECT_EQ(find_entity(doc, "org:rus-foreign-ministry")->label, "Russian Foreign Ministry");
  ASSERT_NE(find_entity(doc, "org:tjk-foreign-ministry"), nullptr);
  EXPECT_EQ(find_entity(doc, "org:tjk-foreign-ministry")->label, "Tajik Foreign Ministry");
}

TEST(Roles, AnOrganizationsSpokesmanWorksForItAnEnvoyToItDoesNot) {
  const Doc doc = analyze("State Department spokesman Michael Reardon criticized China. The U.N. envoy Carla Moreno "
                          "arrived. The head of the International Atomic Energy Agency (IAEA), Tomas Lindholm, spoke.");
  EXPECT_TRUE(has_relation(doc, "person:michael-reardon", "works_for", "org:us-state-department"));
  EXPECT_FALSE(has_relation(doc, "person:carla-moreno", "works_for", "org:united-nations"));
  EXPECT_TRUE(has_relation(doc, "person:tomas-lindholm", "leader_of", "org:international-atomic-energy-agency"));
}

TEST(Roles, UnitsOfOrganizationsAndProvincesWithADirection) {
  const Doc doc = analyze("The missile was launched from Iran's northern Semnan province. Brigadier General Hossein "
                          "Ranjbar, commander of the IRGC's Aerospace Force, spoke.");
  EXPECT_TRUE(has_relation(doc, "loc:semnan-province", "located_in", "state:IRN"));
  EXPECT_TRUE(has_relation(doc, "org:aerospace-force", "part_of", "org:islamic-revolutionary-guard-corps"));
  const Entity* ranjbar = find_entity(doc, "person:hossein-ranjbar");
  ASSERT_NE(ranjbar, nullptr);
  EXPECT_EQ(ranjbar->type, "Person");
}

TEST(Roles, InstitutionsNamedAfterACountryAndDescribedTitles) {
  const Doc doc = analyze("Mireille Santos, a maritime security researcher at the University of the Philippines, "
                          "disagreed. The Central Bank of Nigeria raised rates.");
  EXPECT_TRUE(has_relation(doc, "person:mireille-santos", "works_for", "org:university-of-the-philippines"));
  ASSERT_NE(find_entity(doc, "org:central-bank-of-nigeria"), nullptr);
  EXPECT_EQ(find_entity(doc, "state:NGA"), nullptr);  // the country names the bank here
}

TEST(Roles, ATitleAloneIsNoEntity) {
  const Doc doc = analyze("Kazakhstan's Foreign Minister, Aigerim Sultanbekova, spoke after the UN Secretary-General's envoy.");
  EXPECT_TRUE(has_relation(doc, "person:aigerim-sultanbekova", "works_for", "state:KAZ"));
  for (const auto& e : doc.entities) {
    EXPECT_NE(e.label, "Foreign Minister");
    EXPECT_NE(e.label.front(), '-') << e.label;
  }
}

TEST(Roles, RelationsCarryRuleConfidenceAndEvidence) {
  const std::string text = "Yesterday\u2019s news: Russia's U.N. Ambassador, Vassily Nebenzia, spoke.";
  const Doc doc = analyze(text, "news.txt");
  ASSERT_FALSE(doc.relations.empty());
  const Relation& r = doc.relations.front();
  EXPECT_FALSE(r.rule.empty());
  EXPECT_GT(r.confidence, 0.0);
  ASSERT_EQ(r.evidence.size(), 1u);
  const Evidence& e = r.evidence.front();
  EXPECT_EQ(e.document, "news.txt");
  EXPECT_EQ(e.text, text);
  // Code point offsets: the curly apostrophe is one character (three bytes).
  EXPECT_EQ(e.start, std::string("Yesterday's news: ").size());
  EXPECT_EQ(e.end, std::string("Yesterday's news: Russia's U.N. Ambassador, Vassily Nebenzia").size());
}

}  // namespace
}  // namespace kg
