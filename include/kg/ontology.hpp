#pragma once
// The ontology: which entity types and predicates kgb extracts, and the words (cues)
// that express each predicate with where its arguments sit in the dependency parse.
// It is data (data/ontology.json, schema schemas/ontology.schema.json), so users can
// add or replace predicates for their own domain with `--ontology FILE`.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kg/relation.hpp"

namespace kg {

// A cue's words: "call on" = lemma "call" + preposition "on"; "hold talks with" =
// lemma "hold" + object noun "talk" + preposition "with"; "team up with" has the
// particle "up". The preposition may also be met as a particle ("call in").
struct CueWords {
  std::string lemma;
  std::string object_noun;
  std::string particle;
  std::string preposition;
  std::string text;  // as written in the ontology

  static CueWords parse(std::string_view text);
};

enum class CueKind { verb, noun, adj };

// Where an argument is found relative to the cue word (see schemas/ontology.schema.json).
enum class RoleKind {
  agent,          // active subject, passive by-phrase
  patient,        // direct object, passive subject
  iobj,           // indirect object
  prep,           // the cue's own preposition
  prep_named,     // a given preposition ("prep:against")
  content,        // subject of the clause the cue governs
  patient_owner,  // the owner of the patient: "deployed North Korean troops", "received Russian arms"
  poss,           // possessor
  mod,            // entity adjective or compound ("U.S. allegation")
  compound,       // compound only ("missile test")
  of_owner,       // the entity owning the of-phrase ("transfer of Russian equipment")
  predicated,     // what the word is said of: apposition, copula, "as"
  governor,       // the subject of a support verb governing the noun ("called for sanctions")
  recipient,      // the subject of a recipient governor ("faces sanctions")
  between,        // the coordinated parts of a between-phrase
};

struct Role {
  RoleKind kind = RoleKind::agent;
  std::string preposition;  // for prep_named

  static Role parse(std::string_view text);  // throws std::invalid_argument
  std::string to_string() const;
  friend bool operator==(const Role&, const Role&) = default;
};

struct Cue {
  CueKind kind = CueKind::verb;
  CueWords words;
  std::vector<Role> subject;  // tried in order
  std::vector<Role> object;
  double confidence = 0.9;
  bool mutual = false;  // both ways: "X and Y exchanged fire", "X exchanged fire with Y"
  bool wrongdoing = false;  // only when its content clause tells of wrongdoing
};

struct Predicate {
  std::string name;
  std::string description;
  std::string cameo;  // CAMEO event code, empty when none fits
  bool symmetric = false;
  bool object_owner = false;  // a thing as object stands for its owner entity
  std::vector<std::string> subject_types;  // empty: any
  std::vector<std::string> object_types;
  std::vector<Cue> cues;

  bool allows_subject(std::string_view type) const;
  bool allows_object(std::string_view type) const;
};

struct EntityType {
  std::string name;
  std::string description;
};

struct AttributionCue {
  CueKind kind = CueKind::verb;
  CueWords words;
  Modality modality = Modality::asserted;
};

// Words that set a relation's modality when they govern or modify its predicate.
struct ModalityCues {
  std::vector<CueWords> possible, planned, proposed, alleged;
};

class Ontology {
 public:
  // Parses and validates a JSON ontology; throws kg::InputError naming `filename` and the
  // byte offset (syntax) or JSON pointer (schema or consistency errors).
  static Ontology parse(std::string_view json, const std::string& filename);
  static Ontology load(const std::filesystem::path& path);
  // data/ontology.json.
  static Ontology load_default();

  // Adds the other ontology's predicates, replacing those of the same name, and its
  // entity types and word lists. Throws kg::InputError when a predicate then names an
  // unknown entity type.
  void merge(const Ontology& other);

  const std::string& name() const { return name_; }
  const std::vector<EntityType>& entity_types() const { return entity_types_; }
  const std::vector<Predicate>& predicates() const { return predicates_; }
  const Predicate* find(std::string_view predicate) const;
  bool has_entity_type(std::string_view type) const;

  const std::vector<std::string>& agent_nouns() const { return agent_nouns_; }
  const std::vector<CueWords>& support_verbs() const { return support_verbs_; }
  const std::vector<CueWords>& recipient_governors() const { return recipient_governors_; }
  const ModalityCues& modality_cues() const { return modality_cues_; }
  const std::vector<CueWords>& negation_cues() const { return negation_cues_; }
  const std::vector<CueWords>& wrongdoing_verbs() const { return wrongdoing_verbs_; }
  const std::vector<AttributionCue>& attribution_cues() const { return attribution_cues_; }

 private:
  // Throws when a predicate of `declared` (read from `filename`) names a type this lacks.
  void check_types(const Ontology& declared, const std::string& filename) const;

  std::string source_;  // the file it was read from
  std::string name_;
  std::vector<EntityType> entity_types_;
  std::vector<Predicate> predicates_;
  std::vector<std::string> agent_nouns_;
  std::vector<CueWords> support_verbs_;
  std::vector<CueWords> recipient_governors_;
  ModalityCues modality_cues_;
  std::vector<CueWords> negation_cues_;
  std::vector<CueWords> wrongdoing_verbs_;
  std::vector<AttributionCue> attribution_cues_;
};

}  // namespace kg
