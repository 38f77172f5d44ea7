#pragma once
// The pipeline: text -> tokens and sentences -> tags, lemmas, parse -> entities ->
// relations, as a sequence of Components over one Doc.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kg/doc.hpp"

namespace kg {

class Pipeline {
 public:
  Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;
  ~Pipeline();

  void add(std::unique_ptr<Component> component);
  // Runs every component in order on a new Doc of `text`.
  Doc run(const Document& info, std::string text) const;
  // Runs the components in order on an existing Doc.
  void process(Doc& doc) const;
  std::vector<std::string> component_names() const;

 private:
  std::vector<std::unique_ptr<Component>> components_;
};

struct PipelineOptions {
  std::filesystem::path ontology;  // a user ontology merged into the default one (empty: none)
  bool open_relations = false;     // also "open:<lemma>" relations outside the ontology
  bool hypothetical = false;       // also hypothetical relations (modality "possible")
};

// The whole pipeline with the shipped models: tokenizer, tagger, lemmatizer, parser,
// entity recognition, linking, coreference and roles, relations. Throws kg::InputError
// for a missing or malformed model or ontology file.
Pipeline load_default_pipeline(const PipelineOptions& options = {});

}  // namespace kg
