// Coreference: pronouns and descriptions resolved to the document's entities.
#include <gtest/gtest.h>

#include "entities/analyze.hpp"

namespace kg {
namespace {

using test::analyze;
using test::entity_of;
using test::mention_of;

TEST(Coreference, PersonalPronounsByGender) {
  const Doc doc = analyze("Dorothy Shea met Vassily Nebenzia on Monday. She said he was wrong.");
  EXPECT_EQ(entity_of(doc, "She"), "person:dorothy-shea");
  EXPECT_EQ(entity_of(doc, "he"), "person:vassily-nebenzia");
  ASSERT_NE(mention_of(doc, "She"), nullptr);
  EXPECT_EQ(mention_of(doc, "She")->source, mention_source::coref);
}

TEST(Coreference, ANameInAppositionToTheSubjectIsTheSubject) {
  const Doc doc = analyze("Nigeria's Foreign Minister, Chukwuemeka Obiora, dismissed the plan. Obiora called it unfair. "
                          "Senegal's President, Ousmane Ndiaye, was equally critical. He accused the EU of hypocrisy.");
  EXPECT_EQ(entity_of(doc, "He"), "person:ousmane-ndiaye");
}

TEST(Coreference, DescriptionsTheTextGaveTheName) {
  const Doc doc = analyze("Frontex, the EU's border agency, published a report. The agency said crossings rose. "
                          "The Zarvan Brigade, a mercenary force, denied it. The force has fought in Mali.");
  ASSERT_NE(mention_of(doc, "Frontex"), nullptr);
  EXPECT_EQ(mention_of(doc, "Frontex")->type, "Organization");
  EXPECT_EQ(entity_of(doc, "The agency"), entity_of(doc, "Frontex"));
  ASSERT_FALSE(entity_of(doc, "Zarvan Brigade").empty());
  EXPECT_EQ(entity_of(doc, "The force"), entity_of(doc, "Zarvan Brigade"));
  // What was denied is a claim, not an actor.
  EXPECT_EQ(mention_of(doc, "it"), nullptr);
}

TEST(Coreference, ItAndItsForStatesAndOrganizations) {
  const Doc doc = analyze("North Korea defended its missile test on Tuesday. It said the test was necessary.");
  EXPECT_EQ(entity_of(doc, "its"), "state:PRK");
  EXPECT_EQ(entity_of(doc, "It"), "state:PRK");
}

TEST(Coreference, PleonasticItIsLeftAlone) {
  const Doc doc = analyze("Japan protested. It is likely that talks will resume.");
  EXPECT_EQ(mention_of(doc, "It"), nullptr);
}

TEST(Coreference, TheyForGroupsActingForAState) {
  const Doc doc = analyze("South Korean officials condemned the attack, which they said was illegal.");
  EXPECT_EQ(entity_of(doc, "they"), "state:KOR");
}

TEST(Coreference, DescriptionsNamingTheEntity) {
  const Doc doc = analyze("Shea told the United Nations Security Council that the threat was growing. "
                          "The 15-member council did not vote. South Korea's Ministry of Unification agreed, "
                          "and the ministry said North Korea was isolated. The country denied it.");
  EXPECT_EQ(entity_of(doc, "The 15-member council"), "org:un-security-council");
  EXPECT_EQ(entity_of(doc, "the ministry"), "org:kor-ministry-of-unification");
  EXPECT_EQ(entity_of(doc, "The country"), "state:PRK");
}

TEST(Coreference, TheRegimeIsTheState) {
  const Doc doc = analyze("North Korea defended its recent missile test. On Monday, the regime launched a missile.");
  EXPECT_EQ(entity_of(doc, "the regime"), "state:PRK");
}

TEST(Coreference, NoAntecedentNoMention) {
  const Doc doc = analyze("He said they would come back.");
  EXPECT_EQ(mention_of(doc, "He"), nullptr);
  EXPECT_EQ(mention_of(doc, "they"), nullptr);
}

}  // namespace
}  // namespace kg
