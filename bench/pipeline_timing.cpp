// Time spent in each stage of the default pipeline over some articles, one thread:
//   kg_bench_pipeline_timing FILE...
// Prints, per stage, seconds and tokens per second, then the whole pipeline.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "kg/entities.hpp"
#include "kg/file_io.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/parser.hpp"
#include "kg/relation_extractor.hpp"
#include "kg/tagger.hpp"
#include "kg/tokenizer.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: kg_bench_pipeline_timing FILE...\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  const auto load_start = Clock::now();
  // The stages of kg::load_default_pipeline, held apart to time each.
  std::vector<std::unique_ptr<kg::Component>> stages;
  stages.push_back(std::make_unique<kg::Tokenizer>(kg::Tokenizer::load_default()));
  stages.push_back(std::make_unique<kg::Tagger>(kg::Tagger::load_default()));
  stages.push_back(std::make_unique<kg::Lemmatizer>(kg::Lemmatizer::load_default()));
  stages.push_back(std::make_unique<kg::DependencyParser>(kg::DependencyParser::load_default()));
  stages.push_back(std::make_unique<kg::EntityRecognizer>(kg::EntityRecognizer::load_default()));
  stages.push_back(std::make_unique<kg::EntityLinker>(kg::EntityLinker::load_default()));
  stages.push_back(std::make_unique<kg::Coreference>(kg::Coreference::load_default()));
  stages.push_back(std::make_unique<kg::RoleExtractor>(kg::RoleExtractor::load_default()));
  stages.push_back(std::make_unique<kg::RelationExtractor>(kg::RelationExtractor::load_default()));
  const double load = std::chrono::duration<double>(Clock::now() - load_start).count();

  std::vector<double> seconds(stages.size(), 0.0);
  std::size_t tokens = 0;
  for (int i = 1; i < argc; ++i) {
    kg::Doc doc;
    doc.info.id = argv[i];
    doc.text = kg::read_file(argv[i]);
    for (std::size_t s = 0; s < stages.size(); ++s) {
      const auto start = Clock::now();
      stages[s]->process(doc);
      seconds[s] += std::chrono::duration<double>(Clock::now() - start).count();
    }
    tokens += doc.tokens.size();
  }
  double total = 0;
  const auto rate = [&](double s) { return static_cast<double>(tokens) / std::max(s, 1e-9); };
  for (std::size_t s = 0; s < stages.size(); ++s) {
    total += seconds[s];
    fmt::print("{:<12} {:8.3f} s {:>12.0f} tokens/s\n", stages[s]->name(), seconds[s], rate(seconds[s]));
  }
  fmt::print("{:<12} {:8.3f} s {:>12.0f} tokens/s   ({} tokens in {} files; models loaded in {:.3f} s)\n", "all", total,
             rate(total), tokens, argc - 1, load);
  return 0;
}
