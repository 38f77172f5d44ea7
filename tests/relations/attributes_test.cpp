// Every relation's attributes: polarity, modality, attribution, agent, confidence,
// rule and evidence, on gold trees (tests/data/relations/constructions.conllu).
#include <gtest/gtest.h>

#include "relations/fixture.hpp"

namespace kg {
namespace {

using testing::describe;
using testing::extract;
using testing::find;

Relation the(const std::vector<Relation>& relations, const std::string& source, const std::string& type,
             const std::string& target) {
  auto r = find(relations, source, type, target);
  if (!r) throw std::runtime_error("missing " + source + " " + type + " " + target + " in\n" + describe(relations));
  return *r;
}

TEST(Attributes, PolarityNegativeWithNot) {
  EXPECT_EQ(the(extract("not"), "state:TOM", "criticizes", "state:SYL").polarity, Polarity::negative);
}

TEST(Attributes, PolarityNegativeWithNever) {
  EXPECT_EQ(the(extract("never"), "state:TOM", "supports", "state:FRE").polarity, Polarity::negative);
}

TEST(Attributes, PolarityNegativeWithRefusedTo) {
  EXPECT_EQ(the(extract("refused"), "state:SYL", "criticizes", "state:FRE").polarity, Polarity::negative);
}

TEST(Attributes, PolarityPositiveByDefault) {
  EXPECT_EQ(the(extract("active"), "state:FRE", "criticizes", "state:SYL").polarity, Polarity::positive);
}

TEST(Attributes, ModalityAssertedByDefault) {
  const auto r = the(extract("active"), "state:FRE", "criticizes", "state:SYL");
  EXPECT_EQ(r.modality, Modality::asserted);
  EXPECT_TRUE(r.attributed_to.empty());
}

TEST(Attributes, ModalityPossibleWithCould) {
  const auto r = extract("could", {}, false, testing::hypothetical_extractor());
  EXPECT_EQ(the(r, "state:SYL", "attacks", "state:FRE").modality, Modality::possible);
}

TEST(Attributes, HypotheticalCapableOfWagingWarIsPossible) {
  const auto r = extract("capable", {}, false, testing::hypothetical_extractor());
  EXPECT_EQ(the(r, "state:SYL", "attacks", "state:FRE").modality, Modality::possible);
}

TEST(Attributes, HypotheticalsAreLeftOutUnlessAsked) {
  EXPECT_TRUE(extract("could").empty()) << describe(extract("could"));
  EXPECT_TRUE(extract("capable").empty()) << describe(extract("capable"));
}

TEST(Attributes, ModalityPlannedWithPlannedToAndWill) {
  EXPECT_EQ(the(extract("planned"), "state:SYL", "attacks", "state:FRE").modality, Modality::planned);
  EXPECT_EQ(the(extract("will"), "state:SYL", "attacks", "state:FRE").modality, Modality::planned);
}

TEST(Attributes, ModalityProposedWithCallFor) {
  EXPECT_EQ(the(extract("called-for"), "state:FRE", "sanctions", "state:SYL").modality, Modality::proposed);
  EXPECT_EQ(the(extract("control"), "state:SYL", "sanctions", "state:TOM").modality, Modality::proposed);
}

TEST(Attributes, ReportedWouldIsPlannedNotHypothetical) {
  const auto r = the(extract("reported-would"), "state:SYL", "attacks", "state:TOM");
  EXPECT_EQ(r.modality, Modality::planned);
  EXPECT_EQ(r.attributed_to, "state:FRE");
}

TEST(Attributes, MisattachedContentOfAClaimNounIsStillTheClaim) {
  const auto r = the(extract("detached-content"), "state:SYL", "supplies", "state:TOM");
  EXPECT_EQ(r.attributed_to, "state:FRE");
  EXPECT_EQ(r.modality, Modality::planned);
}

TEST(Attributes, ModalityAllegedWithAllegedly) {
  const auto r = the(extract("allegedly"), "state:SYL", "supplies", "state:TOM");
  EXPECT_EQ(r.modality, Modality::alleged);
  EXPECT_TRUE(r.attributed_to.empty());
}

TEST(Attributes, ClaimIsAllegedAndAttributedToTheClaimant) {
  const auto r = the(extract("claimed"), "state:SYL", "attacks", "state:TOM");
  EXPECT_EQ(r.modality, Modality::alleged);
  EXPECT_EQ(r.attributed_to, "state:FRE");
}

TEST(Attributes, RejectedAllegationThatAPlanWasMade) {
  const auto r = extract("allegation");
  // "Chicolini rejected a Freedonian allegation that Sylvania planned to share satellite
  // technology with Tomainia."
  EXPECT_TRUE(find(r, "person:chicolini", "rejects", "state:FRE")) << describe(r);
  const auto accusation = the(r, "state:FRE", "accuses", "state:SYL");
  EXPECT_EQ(accusation.modality, Modality::asserted);
  EXPECT_TRUE(accusation.attributed_to.empty());
  const auto sharing = the(r, "state:SYL", "supplies", "state:TOM");
  EXPECT_EQ(sharing.modality, Modality::planned);
  EXPECT_EQ(sharing.attributed_to, "state:FRE");
}

TEST(Attributes, QuoteIsAttributedToItsSpeaker) {
  const auto r = the(extract("quote", {{"she", "person:firefly"}}), "state:SYL", "supplies", "state:TOM");
  EXPECT_EQ(r.attributed_to, "person:firefly");
}

TEST(Attributes, AccusationContentIsAttributedToTheAccuser) {
  const auto r = the(extract("accuse-of"), "state:SYL", "supplies", "state:TOM");
  EXPECT_EQ(r.attributed_to, "state:FRE");
  EXPECT_EQ(r.modality, Modality::alleged);
}

TEST(Attributes, AgentIsTheGroupActingForTheState) {
  EXPECT_EQ(the(extract("group-subject"), "state:FRE", "attacks", "state:SYL").agent, "troops");
  EXPECT_TRUE(the(extract("active"), "state:FRE", "criticizes", "state:SYL").agent.empty());
}

TEST(Attributes, ConfidenceIsLowerForImplicitAndIndirectReadings) {
  const double direct = the(extract("active"), "state:FRE", "criticizes", "state:SYL").confidence;
  const double owner = the(extract("noun-owner"), "org:council", "criticizes", "state:SYL").confidence;
  const double controlled = the(extract("planned"), "state:SYL", "attacks", "state:FRE").confidence;
  const double heading = the(extract("heading-flat", {}, true), "state:FRE", "warns", "state:SYL").confidence;
  EXPECT_GT(direct, 0.0);
  EXPECT_LE(direct, 1.0);
  EXPECT_LT(owner, direct);
  EXPECT_LT(controlled, direct);
  EXPECT_LT(heading, controlled);
}

TEST(Attributes, RuleNamesVoiceAndRoles) {
  EXPECT_EQ(the(extract("active"), "state:FRE", "criticizes", "state:SYL").rule, "verb:agent>patient");
  EXPECT_EQ(the(extract("passive"), "org:council", "sanctions", "state:SYL").rule, "verb-passive:agent>prep");
  EXPECT_EQ(the(extract("noun-poss"), "state:TOM", "supports", "state:FRE").rule, "noun:poss>prep:for");
  EXPECT_EQ(the(extract("between"), "state:FRE", "allied_with", "state:SYL").rule, "noun:between");
}

TEST(Attributes, EvidenceSpansTheWordsItWasReadFrom) {
  const auto r = the(extract("apposition"), "person:chicolini", "criticizes", "state:FRE");
  ASSERT_EQ(r.evidence.size(), 1u);
  const auto& e = r.evidence.front();
  EXPECT_EQ(e.document, "apposition");
  EXPECT_EQ(e.sentence, 0);
  EXPECT_EQ(e.text, "Sylvania 's ambassador , Chicolini , condemned Freedonia .");
  EXPECT_EQ(e.text.substr(e.start, e.end - e.start), "Chicolini , condemned Freedonia");
}

TEST(Attributes, EvidenceSentenceIndexInALongerDocument) {
  const auto r = the(extract("trailer"), "state:TOM", "supports", "state:FRE");
  EXPECT_EQ(r.evidence.front().sentence, 1);
  EXPECT_EQ(r.evidence.front().text, "Tomainia supported Freedonia in the dispute .");
}

}  // namespace
}  // namespace kg
