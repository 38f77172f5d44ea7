// One test per construction the extractor reads from the dependency parse, on gold
// trees of sentences written for the purpose (tests/data/relations/constructions.conllu).
#include <gtest/gtest.h>

#include "relations/fixture.hpp"

namespace kg {
namespace {

using testing::describe;
using testing::extract;
using testing::find;

#define EXPECT_RELATION(relations, source, type, target) \
  EXPECT_TRUE(find(relations, source, type, target)) << "missing " << source << " " << type << " " << target << " in\n" << describe(relations)

TEST(Constructions, ActiveVoice) {
  const auto r = extract("active");
  EXPECT_RELATION(r, "state:FRE", "criticizes", "state:SYL");
  EXPECT_EQ(r.size(), 1u) << describe(r);
}

TEST(Constructions, PassiveVoiceWithByAgent) {
  const auto r = extract("passive");
  EXPECT_RELATION(r, "org:council", "sanctions", "state:SYL");
  EXPECT_FALSE(find(r, "state:SYL", "sanctions", "org:council"));
}

TEST(Constructions, CoordinatedSubjects) {
  const auto r = extract("coordinated-subjects");
  EXPECT_RELATION(r, "state:FRE", "attacks", "state:SYL");
  EXPECT_RELATION(r, "state:TOM", "attacks", "state:SYL");
}

TEST(Constructions, CoordinatedByPhraseOfAThingGivesEveryOwner) {
  const auto r = extract("coordinated-by");
  EXPECT_RELATION(r, "state:SYL", "accuses", "state:FRE");
  EXPECT_RELATION(r, "state:SYL", "accuses", "state:TOM");
  EXPECT_RELATION(r, "state:SYL", "accuses", "state:OST");
}

TEST(Constructions, ObjectControlThroughCallOn) {
  const auto r = extract("control");
  EXPECT_RELATION(r, "state:FRE", "demands", "state:SYL");
  EXPECT_RELATION(r, "state:SYL", "sanctions", "state:TOM");
  EXPECT_FALSE(find(r, "state:FRE", "sanctions", "state:TOM")) << describe(r);
}

TEST(Constructions, SubjectControl) {
  EXPECT_RELATION(extract("refused"), "state:SYL", "criticizes", "state:FRE");
  EXPECT_RELATION(extract("planned"), "state:SYL", "attacks", "state:FRE");
}

TEST(Constructions, ClausalComplementOfSpeech) {
  const auto r = extract("speech");
  EXPECT_RELATION(r, "state:FRE", "warns", "state:SYL");
}

TEST(Constructions, AccuseOfGerundTakesTheAccusedAsSubject) {
  const auto r = extract("accuse-of");
  EXPECT_RELATION(r, "state:FRE", "accuses", "state:SYL");
  EXPECT_RELATION(r, "state:SYL", "supplies", "state:TOM");
}

TEST(Constructions, QuoteWithSpeakerAfterIt) {
  const auto r = extract("quote", {{"she", "person:firefly"}});
  EXPECT_RELATION(r, "person:firefly", "warns", "state:SYL");
  EXPECT_RELATION(r, "state:SYL", "supplies", "state:TOM");
}

TEST(Constructions, NominalPredicateWithPossessorAndFor) {
  const auto r = extract("noun-poss");
  EXPECT_RELATION(r, "state:TOM", "supports", "state:FRE");
}

TEST(Constructions, NominalObjectThatIsAThingStandsForItsOwner) {
  const auto r = extract("noun-owner");
  EXPECT_RELATION(r, "org:council", "criticizes", "state:SYL");
}

TEST(Constructions, TransferOfAdjectivalEntityToTheBeneficiary) {
  const auto r = extract("transfer");
  EXPECT_RELATION(r, "state:SYL", "supplies", "state:FRE");
  EXPECT_FALSE(find(r, "state:FRE", "supplies", "state:SYL")) << describe(r);
}

TEST(Constructions, BetweenCoordinationIsSymmetric) {
  const auto r = extract("between");
  EXPECT_RELATION(r, "state:FRE", "allied_with", "state:SYL");
  EXPECT_EQ(r.size(), 1u) << describe(r);
}

TEST(Constructions, SymmetricNounAmongCoordinatedSubjects) {
  const auto r = extract("symmetric-subjects");
  EXPECT_RELATION(r, "state:FRE", "allied_with", "state:SYL");
  EXPECT_EQ(r.size(), 1u) << describe(r);
}

TEST(Constructions, RelativeClauseSubject) {
  const auto r = extract("relative-subject");
  EXPECT_RELATION(r, "state:FRE", "supports", "state:SYL");
  EXPECT_RELATION(r, "state:FRE", "criticizes", "state:TOM");
}

TEST(Constructions, RelativeClauseObject) {
  const auto r = extract("relative-object");
  EXPECT_RELATION(r, "state:SYL", "tests", "weapon:swordfish");
}

TEST(Constructions, AppositionNamesTheTitledSubject) {
  const auto r = extract("apposition");
  EXPECT_RELATION(r, "person:chicolini", "criticizes", "state:FRE");
  EXPECT_RELATION(r, "person:chicolini", "works_for", "state:SYL");
  EXPECT_FALSE(find(r, "state:SYL", "criticizes", "state:FRE")) << describe(r);
}

TEST(Constructions, HeadingMisparsedAsOneName) {
  const auto r = extract("heading-flat", {}, true);
  EXPECT_RELATION(r, "state:FRE", "warns", "state:SYL");
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r.front().rule, "heading:sequence");
  // Only headings are read this way.
  EXPECT_TRUE(extract("heading-flat").empty());
}

TEST(Constructions, HeadingWithCoordinatedVerbsKeepsItsSubject) {
  const auto r = extract("heading-series", {}, true);
  EXPECT_RELATION(r, "state:SYL", "accuses", "state:FRE");
  EXPECT_EQ(r.size(), 1u) << describe(r);
}

TEST(Constructions, GroupSubjectActsForItsState) {
  const auto r = extract("group-subject");
  const auto attack = find(r, "state:FRE", "attacks", "state:SYL");
  ASSERT_TRUE(attack) << describe(r);
  EXPECT_EQ(attack->agent, "troops");
}

TEST(Constructions, PassiveDeploymentOfAGroup) {
  const auto r = extract("stationed");
  const auto deployed = find(r, "state:FRE", "deploys_to", "state:SYL");
  ASSERT_TRUE(deployed) << describe(r);
  EXPECT_EQ(deployed->agent, "troops");
}

TEST(Constructions, PronounResolvedByCoreference) {
  const auto r = extract("pronoun", {{"It", "state:FRE"}});
  EXPECT_RELATION(r, "state:FRE", "criticizes", "state:SYL");
  EXPECT_TRUE(extract("pronoun").empty());
}

TEST(Constructions, AsPhrasePredicatesMembership) {
  const auto r = extract("member");
  EXPECT_RELATION(r, "state:SYL", "member_of", "org:council");
}

TEST(Constructions, AdjectiveWithPrepositionAndRaisingVerb) {
  const auto r = extract("critical-of");
  EXPECT_RELATION(r, "state:SYL", "criticizes", "state:FRE");
}

TEST(Constructions, AlliesNamedInAnApposition) {
  const auto r = extract("allies");
  EXPECT_RELATION(r, "state:FRE", "allied_with", "state:TOM");
  EXPECT_RELATION(r, "state:SYL", "allied_with", "state:TOM");
  EXPECT_RELATION(r, "state:OST", "threatens", "state:FRE");
  EXPECT_RELATION(r, "state:OST", "threatens", "state:SYL");
}

TEST(Constructions, AuthorTrailerYieldsNoRelations) {
  const auto r = extract("trailer", {{"He", "person:firefly"}});
  EXPECT_RELATION(r, "state:FRE", "criticizes", "state:SYL");
  EXPECT_RELATION(r, "state:TOM", "supports", "state:FRE");
  for (const auto& relation : r) EXPECT_NE(relation.source, "person:firefly") << describe(r);
}

TEST(Constructions, MutualActAmongCoordinatedSubjects) {
  const auto r = extract("mutual");
  EXPECT_RELATION(r, "state:FRE", "attacks", "state:SYL");
  EXPECT_RELATION(r, "state:SYL", "attacks", "state:FRE");
}

TEST(Constructions, ClaimOfWrongdoingAccuses) {
  const auto r = extract("claim-wrongdoing");
  EXPECT_RELATION(r, "person:chicolini", "accuses", "state:SYL");
  EXPECT_FALSE(find(r, "person:firefly", "accuses", "state:TOM")) << "winning is no wrongdoing\n" << describe(r);
}

TEST(Constructions, ReceivingAnOwnersGoodsIsBeingSupplied) {
  const auto r = extract("receive");
  EXPECT_RELATION(r, "state:SYL", "supplies", "state:FRE");
  EXPECT_EQ(r.size(), 1u) << describe(r);
}

TEST(Constructions, AppositionNotSetOffIsAMisparse) {
  // "Freedonia rejects Sylvanian claims and congratulates Chicolini", the second verb
  // tagged as a noun and the name hung off "claims".
  const auto r = extract("misparsed-apposition", {}, true);
  EXPECT_RELATION(r, "state:FRE", "rejects", "state:SYL");
  EXPECT_RELATION(r, "state:FRE", "praises", "person:chicolini");
  EXPECT_FALSE(find(r, "state:FRE", "rejects", "person:chicolini")) << describe(r);
}

TEST(Constructions, ThingReachedThroughARelativePronounBelongsToTheClauseSubject) {
  const auto r = extract("relative-owner");
  EXPECT_RELATION(r, "state:OST", "criticizes", "state:FRE");
  EXPECT_RELATION(r, "state:OST", "criticizes", "state:SYL");
}

TEST(Constructions, ClaimNounContentAttachedToTheVerb) {
  const auto r = extract("detached-content");
  EXPECT_RELATION(r, "person:chicolini", "rejects", "state:FRE");
  EXPECT_RELATION(r, "state:FRE", "accuses", "state:SYL");
  EXPECT_RELATION(r, "state:SYL", "supplies", "state:TOM");
}

TEST(Constructions, TitleFollowedByCommaAndName) {
  const auto r = extract("title-comma");
  EXPECT_RELATION(r, "state:OST", "praises", "person:chicolini");
  EXPECT_FALSE(find(r, "state:OST", "praises", "state:FRE")) << describe(r);
}

TEST(Constructions, NounNamedByAParticiple) {
  const auto r = extract("called");
  EXPECT_RELATION(r, "state:OST", "attacks", "state:SYL");
}

TEST(Constructions, UserOntologyAddsAPredicate) {
  EXPECT_TRUE(extract("user-ontology").empty()) << describe(extract("user-ontology"));
  Ontology ontology = Ontology::load(std::filesystem::path(KG_SOURCE_DATA_DIR) / "ontology.json");
  ontology.merge(Ontology::parse(R"({"predicates": [{"name": "acquires", "subject_types": ["Organization"],
      "object_types": ["Organization"], "cues": [{"verb": "acquire"}, {"verb": "buy"}, {"noun": "takeover of"}]}]})",
                                 "business.json"));
  const RelationExtractor business(std::move(ontology));
  const auto r = extract("user-ontology", {}, false, business);
  EXPECT_RELATION(r, "org:council", "acquires", "org:trumpet");
}

TEST(Constructions, EllipticCoordinationOfNames) {
  // "North and South Ruritania exchanged fire": "North" shares the head word.
  const auto r = extract("elliptic-coordination");
  EXPECT_RELATION(r, "state:NRU", "attacks", "state:SRU");
  EXPECT_RELATION(r, "state:SRU", "attacks", "state:NRU");
}

TEST(Constructions, ListContinuedAfterAByPhraseMisparsedAsApposition) {
  const auto r = extract("list-apposition");
  EXPECT_RELATION(r, "state:SYL", "accuses", "state:FRE");
  EXPECT_RELATION(r, "state:SYL", "accuses", "state:TOM");
  EXPECT_RELATION(r, "state:SYL", "accuses", "state:OST");
}

TEST(Constructions, ParticipleCoordinatedWithAnAdjective) {
  const auto r = extract("participle-conjunct");
  EXPECT_RELATION(r, "state:OST", "accuses", "state:FRE");
}

TEST(Constructions, AlliesNamedBesideTheNounWhenTheParseDetachesThem) {
  const auto r = extract("allies-detached");
  // "Tomainia's allies, particularly Freedonia and Sylvania" (names attached to the verb)
  EXPECT_RELATION(r, "state:FRE", "allied_with", "state:TOM");
  EXPECT_RELATION(r, "state:SYL", "allied_with", "state:TOM");
  // "Osterlich warned Freedonia and Sylvania, both allies of Tomainia" (the noun
  // attached to the verb): the same facts again, from the second sentence.
  int alliances = 0;
  for (const auto& relation : r) alliances += relation.type == "allied_with";
  EXPECT_EQ(alliances, 4) << describe(r);
}

TEST(Constructions, OpenRelationsOnlyWhenAsked) {
  EXPECT_TRUE(extract("open").empty());
  const RelationExtractor open(Ontology::load(std::filesystem::path(KG_SOURCE_DATA_DIR) / "ontology.json"),
                               {.open_relations = true});
  const auto r = extract("open", {}, false, open);
  EXPECT_RELATION(r, "state:FRE", "open:mock", "state:SYL");
  EXPECT_RELATION(r, "state:SYL", "open:borrow_from", "state:FRE");
}

}  // namespace
}  // namespace kg
