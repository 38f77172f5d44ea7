#include "kg/ontology.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "kg/error.hpp"

namespace kg {
namespace {

Ontology default_ontology() { return Ontology::load(std::filesystem::path(KG_SOURCE_DATA_DIR) / "ontology.json"); }

TEST(Ontology, DefaultCoversTheGuidelines) {
  const auto ontology = default_ontology();
  for (const char* type : {"State", "Person", "Organization", "Location", "Weapon", "Event"})
    EXPECT_TRUE(ontology.has_entity_type(type)) << type;
  for (const char* name : {"accuses", "criticizes", "warns", "threatens", "rejects", "defends", "supports",
                           "allied_with", "supplies", "sanctions", "demands", "attacks", "deploys_to", "tests",
                           "praises", "meets", "summons", "addresses", "works_for", "leader_of", "member_of",
                           "part_of", "located_in"})
    ASSERT_NE(ontology.find(name), nullptr) << name;
  EXPECT_TRUE(ontology.find("allied_with")->symmetric);
  EXPECT_TRUE(ontology.find("meets")->symmetric);
  EXPECT_FALSE(ontology.find("accuses")->symmetric);
  EXPECT_EQ(ontology.find("accuses")->cameo, "112");
  EXPECT_EQ(ontology.find("sanctions")->cameo, "163");
}

TEST(Ontology, CueWordsSplitIntoLemmaObjectParticleAndPreposition) {
  auto call_on = CueWords::parse("call on");
  EXPECT_EQ(call_on.lemma, "call");
  EXPECT_EQ(call_on.preposition, "on");
  EXPECT_TRUE(call_on.object_noun.empty());
  auto talks = CueWords::parse("hold talk with");
  EXPECT_EQ(talks.lemma, "hold");
  EXPECT_EQ(talks.object_noun, "talk");
  EXPECT_EQ(talks.preposition, "with");
  auto team = CueWords::parse("team up with");
  EXPECT_EQ(team.particle, "up");
  EXPECT_EQ(team.preposition, "with");
  auto carry = CueWords::parse("carry out");
  EXPECT_EQ(carry.particle, "out");
  EXPECT_TRUE(carry.preposition.empty());
  auto lash = CueWords::parse("lash out at");
  EXPECT_EQ(lash.particle, "out");
  EXPECT_EQ(lash.preposition, "at");
}

TEST(Ontology, CuesGetDefaultRolesByPartOfSpeech) {
  const auto ontology = default_ontology();
  const auto* supports = ontology.find("supports");
  const Cue* verb = nullptr;
  const Cue* noun = nullptr;
  for (const auto& cue : supports->cues) {
    if (cue.kind == CueKind::verb && cue.words.lemma == "support") verb = &cue;
    if (cue.kind == CueKind::noun && cue.words.lemma == "support") noun = &cue;
  }
  ASSERT_TRUE(verb && noun);
  EXPECT_EQ(verb->subject, (std::vector<Role>{{RoleKind::agent, {}}}));
  EXPECT_EQ(verb->object, (std::vector<Role>{{RoleKind::patient, {}}}));
  EXPECT_EQ(noun->subject.front().kind, RoleKind::poss);
  EXPECT_EQ(noun->object.front(), (Role{RoleKind::prep_named, "for"}));
  const auto* demands = ontology.find("demands");
  auto call_on = std::find_if(demands->cues.begin(), demands->cues.end(), [](const Cue& c) { return c.words.text == "call on"; });
  ASSERT_NE(call_on, demands->cues.end());
  EXPECT_EQ(call_on->object, (std::vector<Role>{{RoleKind::prep, {}}}));
}

TEST(Ontology, RolesParseAndPrint) {
  EXPECT_EQ(Role::parse("prep:against"), (Role{RoleKind::prep_named, "against"}));
  EXPECT_EQ(Role::parse("patient_owner").to_string(), "patient_owner");
  EXPECT_THROW(Role::parse("subject"), std::invalid_argument);
}

TEST(Ontology, UserFileAddsAndReplacesPredicates) {
  auto ontology = default_ontology();
  const auto before = ontology.predicates().size();
  const auto user = Ontology::parse(R"({"predicates": [
      {"name": "accuses", "cues": [{"verb": "finger"}]},
      {"name": "acquires", "subject_types": ["Organization"], "object_types": ["Organization"],
       "cues": [{"verb": "acquire"}, {"noun": "takeover of"}]}]})", "user.json");
  ontology.merge(user);
  EXPECT_EQ(ontology.predicates().size(), before + 1);
  ASSERT_EQ(ontology.find("accuses")->cues.size(), 1u);
  EXPECT_EQ(ontology.find("accuses")->cues[0].words.lemma, "finger");
  ASSERT_NE(ontology.find("acquires"), nullptr);
  EXPECT_EQ(ontology.find("acquires")->cues[1].object, (std::vector<Role>{{RoleKind::prep, {}}}));
}

TEST(Ontology, UserFileWithUnknownEntityTypeIsRejectedAtItsPredicate) {
  auto ontology = default_ontology();
  const auto user = Ontology::parse(R"({"predicates": [{"name": "owns", "subject_types": ["Company"], "cues": []}]})",
                                    "user.json");
  try {
    ontology.merge(user);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "user.json");
    EXPECT_EQ(e.position(), "/predicates/0");
    EXPECT_NE(std::string(e.what()).find("Company"), std::string::npos);
  }
}

TEST(Ontology, SyntaxErrorNamesTheByteOffset) {
  try {
    Ontology::parse(R"({"predicates": [ {"name": "x", })", "bad.json");
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "bad.json");
    EXPECT_EQ(e.position(), "byte 31");
    EXPECT_NE(std::string(e.what()).find("invalid JSON"), std::string::npos);
  }
}

TEST(Ontology, SchemaErrorNamesTheJsonPointer) {
  try {
    Ontology::parse(R"({"predicates": [{"name": "x", "cues": [{"verb": "hit", "object": ["nowhere"]}]}]})", "bad.json");
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.position(), "/predicates/0/cues/0/object/0");
    EXPECT_NE(std::string(e.what()).find("ontology schema"), std::string::npos);
  }
  try {
    Ontology::parse(R"({"predicates": [{"name": "x", "cues": [{"verb": "hit", "noun": "hit"}]}]})", "bad.json");
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.position(), "/predicates/0/cues/0");
  }
  EXPECT_THROW(Ontology::parse(R"({"entity_types": []})", "bad.json"), InputError);
  EXPECT_THROW(Ontology::parse(R"({"predicates": []} trailing)", "bad.json"), InputError);
}

TEST(Ontology, DuplicatePredicateIsAnError) {
  EXPECT_THROW(Ontology::parse(R"({"predicates": [{"name": "x", "cues": []}, {"name": "x", "cues": []}]})", "dup.json"),
               InputError);
}

TEST(Ontology, MissingOrEmptyFileIsAnInputError) {
  EXPECT_THROW(Ontology::load("/nonexistent/ontology.json"), InputError);
  const auto path = std::filesystem::temp_directory_path() / "kg_empty_ontology.json";
  { std::ofstream(path) << ""; }
  EXPECT_THROW(Ontology::load(path), InputError);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace kg
