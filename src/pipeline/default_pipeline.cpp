// The default pipeline: every stage with its shipped model, in order.
#include "kg/entities.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/ontology.hpp"
#include "kg/parser.hpp"
#include "kg/pipeline.hpp"
#include "kg/relation_extractor.hpp"
#include "kg/tagger.hpp"
#include "kg/tokenizer.hpp"

namespace kg {

Pipeline load_default_pipeline(const PipelineOptions& options) {
  Ontology ontology = Ontology::load_default();
  if (!options.ontology.empty()) ontology.merge(Ontology::load(options.ontology));
  RelationExtractorOptions relations;
  relations.open_relations = options.open_relations;
  relations.hypothetical = options.hypothetical;

  Pipeline pipeline;
  pipeline.add(std::make_unique<Tokenizer>(Tokenizer::load_default()));
  pipeline.add(std::make_unique<Tagger>(Tagger::load_default()));
  pipeline.add(std::make_unique<Lemmatizer>(Lemmatizer::load_default()));
  pipeline.add(std::make_unique<DependencyParser>(DependencyParser::load_default()));
  pipeline.add(std::make_unique<EntityRecognizer>(EntityRecognizer::load_default()));
  pipeline.add(std::make_unique<EntityLinker>(EntityLinker::load_default()));
  pipeline.add(std::make_unique<Coreference>(Coreference::load_default()));
  pipeline.add(std::make_unique<RoleExtractor>(RoleExtractor::load_default()));
  pipeline.add(std::make_unique<RelationExtractor>(std::move(ontology), relations));
  return pipeline;
}

}  // namespace kg
