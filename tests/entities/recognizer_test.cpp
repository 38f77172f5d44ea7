// Recognition: gazetteer names, the statistical tagger, and the rule patterns.
#include <gtest/gtest.h>

#include "entities/analyze.hpp"

namespace kg {
namespace {

using test::analyze;
using test::entity_of;
using test::find_label;
using test::mention_of;

TEST(Recognizer, StatesByNameAcronymDemonymAndCapital) {
  const Doc doc = analyze("The U.S. and North Korea met in Geneva. Pyongyang rejected Washington's offer, "
                          "and American officials said Russians were watching.");
  EXPECT_EQ(entity_of(doc, "U.S."), "state:USA");
  EXPECT_EQ(entity_of(doc, "North Korea"), "state:PRK");
  EXPECT_EQ(entity_of(doc, "Pyongyang"), "state:PRK");
  EXPECT_EQ(entity_of(doc, "Washington"), "state:USA");
  EXPECT_EQ(entity_of(doc, "American"), "state:USA");
  EXPECT_EQ(entity_of(doc, "Russians"), "state:RUS");
  ASSERT_NE(mention_of(doc, "American"), nullptr);
  EXPECT_EQ(mention_of(doc, "American")->source, mention_source::demonym);
  ASSERT_NE(mention_of(doc, "Geneva"), nullptr);
  EXPECT_EQ(mention_of(doc, "Geneva")->type, "Location");
}

TEST(Recognizer, CapitalAsAPlaceIsALocation) {
  const Doc doc = analyze("A court in Moscow sentenced him. Moscow has sought closer ties with Pyongyang.");
  ASSERT_NE(mention_of(doc, "Moscow", 0), nullptr);
  EXPECT_EQ(mention_of(doc, "Moscow", 0)->type, "Location");
  EXPECT_EQ(entity_of(doc, "Moscow", 0), "loc:moscow");
  EXPECT_EQ(entity_of(doc, "Moscow", 1), "state:RUS");
}

TEST(Recognizer, KnownNameInsideALongerNameIsNotTheState) {
  const Doc doc = analyze("She read the Washington Post on Monday and met George Washington Carver fans.");
  EXPECT_EQ(entity_of(doc, "Washington"), "");
  for (const auto& m : doc.mentions) EXPECT_NE(m.type, "State") << doc.span_text(m.begin, m.end);
}

TEST(Recognizer, PeopleOrganizationsAndPlacesFromTheTagger) {
  const Doc doc = analyze("Vassily Nebenzia spoke at the meeting of the International Atomic Energy Agency in Vienna "
                          "after Dorothy Shea visited the Kursk region.");
  ASSERT_NE(mention_of(doc, "Vassily Nebenzia"), nullptr);
  EXPECT_EQ(mention_of(doc, "Vassily Nebenzia")->type, "Person");
  ASSERT_NE(mention_of(doc, "Dorothy Shea"), nullptr);
  EXPECT_EQ(mention_of(doc, "Dorothy Shea")->type, "Person");
  EXPECT_EQ(entity_of(doc, "International Atomic Energy Agency"), "org:international-atomic-energy-agency");
  ASSERT_NE(mention_of(doc, "Kursk region"), nullptr);
  EXPECT_EQ(mention_of(doc, "Kursk region")->type, "Location");
}

TEST(Recognizer, ANameATitleIntroducesIsAPersonWhateverItsOtherMentions) {
  // However the tagger types "Zorvanek" alone, the title makes the entity a person.
  const Doc doc = analyze("Russia's U.N. Ambassador, Ilvar Zorvanek, spoke first. Zorvanek then left. "
                          "Later Zorvanek returned to Zorvanek Plaza.");
  const Entity* person = find_label(doc, "Ilvar Zorvanek");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, "Person");
  ASSERT_NE(mention_of(doc, "Ilvar Zorvanek"), nullptr);
  EXPECT_EQ(mention_of(doc, "Ilvar Zorvanek")->source, mention_source::pattern);
}

TEST(Recognizer, APersonsNameOrLastNameAgainIsThatPerson) {
  // The tagger alone misses the second "Quillfeather" (checked with the shipped model).
  const Doc doc = analyze("Petra Quillfeather wrote the report. In 2019 Quillfeather was appointed as director. "
                          "The Quillfeather Foundation paid for it.");
  ASSERT_NE(mention_of(doc, "Petra Quillfeather"), nullptr);
  const Mention* again = mention_of(doc, "Quillfeather");
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->type, "Person");
  EXPECT_EQ(entity_of(doc, "Quillfeather"), entity_of(doc, "Petra Quillfeather"));
  // Part of a longer name it is not the person.
  EXPECT_EQ(mention_of(doc, "Quillfeather", 1), nullptr);
}

TEST(Recognizer, HyphenatedSyllablesAndCompassPointsBelongToTheName) {
  const Doc doc = analyze("Kim Jong-un watched the test. In the Kowloon West constituency, the vote was close.");
  ASSERT_NE(mention_of(doc, "Kim Jong-un"), nullptr);
  EXPECT_EQ(mention_of(doc, "Kim Jong-un")->type, "Person");
  ASSERT_NE(mention_of(doc, "Kowloon West"), nullptr);
  EXPECT_EQ(mention_of(doc, "Kowloon West")->type, "Location");
}

TEST(Recognizer, NamedWeaponsAndOrganizationsByTheirLastWord) {
  const Doc doc = analyze("Turkey sold Bayraktar TB2 drones to Kyiv. Iran supplied Shahed drones built by Shahid Karimi "
                          "Industries, the Tasnim news agency said. Lin Xiaoyan, a spokeswoman for China's Foreign "
                          "Ministry, spoke. A Monday missile test failed.");
  for (const char* weapon : {"Bayraktar TB2 drones", "Shahed drones"}) {
    ASSERT_NE(mention_of(doc, weapon), nullptr) << weapon;
    EXPECT_EQ(mention_of(doc, weapon)->type, "Weapon") << weapon;
  }
  for (const char* org : {"Shahid Karimi Industries", "Tasnim"}) {
    ASSERT_NE(mention_of(doc, org), nullptr) << org;
    EXPECT_EQ(mention_of(doc, org)->type, "Organization") << org;
  }
  ASSERT_NE(mention_of(doc, "Lin Xiaoyan"), nullptr);
  EXPECT_EQ(mention_of(doc, "Lin Xiaoyan")->type, "Person");
  EXPECT_EQ(mention_of(doc, "Monday missile"), nullptr);
}

TEST(Recognizer, WeaponsAndGovernmentBodies) {
  const Doc doc = analyze("North Korea launched an intermediate-range hypersonic ballistic missile, "
                          "South Korea's foreign ministry said.");
  ASSERT_NE(mention_of(doc, "intermediate-range hypersonic ballistic missile"), nullptr);
  EXPECT_EQ(mention_of(doc, "intermediate-range hypersonic ballistic missile")->type, "Weapon");
  ASSERT_NE(mention_of(doc, "foreign ministry"), nullptr);
  EXPECT_EQ(mention_of(doc, "foreign ministry")->type, "Organization");
  EXPECT_EQ(entity_of(doc, "foreign ministry"), "org:kor-foreign-ministry");
}

TEST(Recognizer, NamedEvents) {
  const Doc doc = analyze("Survivors of the 1994 genocide met veterans of the Korean War.");
  ASSERT_NE(mention_of(doc, "1994 genocide"), nullptr);
  EXPECT_EQ(mention_of(doc, "1994 genocide")->type, "Event");
  EXPECT_EQ(entity_of(doc, "1994 genocide"), "event:1994-genocide");
  ASSERT_NE(mention_of(doc, "Korean War"), nullptr);
  EXPECT_EQ(mention_of(doc, "Korean War")->type, "Event");
}

TEST(Recognizer, ElliptedCoordinationAndPlacesWithTheirCountry) {
  const Doc doc = analyze("North and South Korea exchanged fire near Yeoncheon. Boats sank off Aceh, Indonesia.");
  EXPECT_EQ(entity_of(doc, "North"), "state:PRK");
  EXPECT_EQ(entity_of(doc, "South Korea"), "state:KOR");
  ASSERT_NE(mention_of(doc, "Aceh"), nullptr);
  EXPECT_EQ(mention_of(doc, "Aceh")->type, "Location");
}

TEST(Recognizer, MentionsAreSortedAndDoNotOverlap) {
  const Doc doc = analyze("U.S. Deputy Ambassador to the United Nations Dorothy Camille Shea told the U.N. Security "
                          "Council that North Korean troops fought in Russia's Kursk region.");
  for (std::size_t i = 1; i < doc.mentions.size(); ++i) EXPECT_LE(doc.mentions[i - 1].end, doc.mentions[i].begin);
  for (const auto& m : doc.mentions) EXPECT_GE(m.entity, 0) << doc.span_text(m.begin, m.end);
}

}  // namespace
}  // namespace kg
