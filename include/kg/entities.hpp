#pragma once
// The entity stages of the pipeline, in order:
//   EntityRecognizer ("ner")    mentions of states, people, organizations, places, weapons
//                               and events: a statistical tagger plus the gazetteer;
//   EntityLinker ("link")       one canonical entity per real-world thing, with a stable id
//                               ("state:PRK", "person:kim-song", "org:un-security-council"),
//                               its aliases and attributes; acronyms tied to expansions;
//   Coreference ("coref")       pronouns, partial names and descriptions resolved to them;
//   RoleExtractor ("roles")     titles of people and the role relations works_for,
//                               leader_of, member_of, part_of and located_in.
// Each reads and fills in a kg::Doc (Doc::mentions, Doc::entities, Doc::relations).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kg/doc.hpp"
#include "kg/gazetteer.hpp"

namespace kg {

// Mention::source values set by these stages.
namespace mention_source {
inline constexpr const char* model = "model";          // the statistical tagger
inline constexpr const char* gazetteer = "gazetteer";  // a known name
inline constexpr const char* demonym = "demonym";      // "North Korean", "Russians"
inline constexpr const char* capital = "capital";      // "Pyongyang" for its government
inline constexpr const char* pattern = "pattern";      // a rule: weapons, government bodies, titled names
inline constexpr const char* coref = "coref";          // a pronoun or description resolved to an entity
}  // namespace mention_source

class EntityRecognizer : public Component {
 public:
  // data/models/ner.bin and the default gazetteer.
  static EntityRecognizer load_default();
  static EntityRecognizer load(const std::filesystem::path& model, std::shared_ptr<const Gazetteer> gazetteer);
  const char* name() const override { return "ner"; }
  // Adds the mentions of every sentence to doc.mentions (sorted by position, not
  // overlapping). Mentions of gazetteer entries are linked at once (entity set).
  void process(Doc& doc) const override;

  struct Impl;

 private:
  explicit EntityRecognizer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

class EntityLinker : public Component {
 public:
  static EntityLinker load_default();
  explicit EntityLinker(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}
  const char* name() const override { return "link"; }
  // Gives every named mention an entity: same names, acronyms introduced in the text
  // ("the Democratic People's Republic of Korea (DPRK)"), partial names of people
  // ("Shea" after "Dorothy Camille Shea"; "Kim" to the most recent compatible Kim).
  void process(Doc& doc) const override;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
};

class Coreference : public Component {
 public:
  static Coreference load_default();
  explicit Coreference(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}
  const char* name() const override { return "coref"; }
  // Adds mentions (source "coref") for pronouns and definite descriptions that refer to
  // an entity of the document: a deterministic sequence of sieves (as in Stanford's
  // multi-pass resolver) from precise to loose.
  void process(Doc& doc) const override;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
};

class RoleExtractor : public Component {
 public:
  static RoleExtractor load_default();
  explicit RoleExtractor(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}
  const char* name() const override { return "roles"; }
  // Titles ("Russia's U.N. Ambassador, Vassily Nebenzia") become the person's "title"
  // attribute and relations works_for / leader_of / member_of; "South Korea's Ministry
  // of Unification" part_of South Korea; "Russia's Kursk region" located_in Russia.
  void process(Doc& doc) const override;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
};

// The mention covering token `token`, or -1: an index into doc.mentions.
int mention_at(const Doc& doc, std::size_t token);
// For every token, the index of the mention covering it, or -1.
std::vector<int> mention_index(const Doc& doc);

// Training the recognizer's model (`kgb train`).
struct EntityTrainingOptions {
  int epochs = 12;
  std::uint64_t seed = 1;  // shuffles the training sentences; same seed, same model
  // Probability of hiding a token's own word features in a training pass, so the model
  // also learns to recognize names from their shape and context (unseen names).
  double word_dropout = 0.2;
  // Times each sentence of `train_iob2` is seen per epoch (weighs in-domain labels).
  int labelled_copies = 1;
  // Training runs (seeds seed, seed + 1, ...) whose mean model is kept.
  int ensemble = 1;
};
struct EntityTrainingData {
  // Documents with GUM entity annotation in MISC train the model (others are skipped),
  // with the tags they carry as features (give it predicted tags to match run-time
  // conditions).
  const std::vector<Doc>& train;
  const std::vector<Doc>& dev;
  // UniversalNER IOB2 labels of sentences of `train` or `dev` (matched by their words),
  // learned from as well.
  std::vector<std::filesystem::path> train_iob2;
  // UniversalNER labels of sentences of `dev`: the epoch with the best PER/ORG/LOC span
  // F1 on them is kept. When the same file is in train_iob2, a quarter of its documents
  // is held out to choose the epoch count, then the model is retrained on all of them.
  std::filesystem::path dev_iob2;
};
// Writes the model to `output` and one line per epoch to `log`; returns the selected
// epoch's dev F1, averaged over the ensemble's runs (-1 without dev labels, when the last
// epoch is kept).
double train_entity_recognizer(const EntityTrainingData& data, const EntityTrainingOptions& options,
                               const std::filesystem::path& output, std::ostream& log);

}  // namespace kg
