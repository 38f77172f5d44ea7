// Speed of the language core on raw text, one thread: model load times, then
// tokenizer, tagger, lemmatizer and parser per stage and together, best of N runs.
//   pipeline_speed RUNS TEXT...      (models from data/ or KGB_DATA_DIR)
// Built and run by bench/speed.sh.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "kg/file_io.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/parser.hpp"
#include "kg/tagger.hpp"
#include "kg/tokenizer.hpp"

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double timed(F&& f) {
  const auto start = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Times {
  double tokenize = 1e9, tag = 1e9, lemmatize = 1e9, parse = 1e9, cpu = 1e9;
  double total() const { return tokenize + tag + lemmatize + parse; }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: pipeline_speed RUNS TEXT...\n";
    return 2;
  }
  const int runs = std::max(1, std::atoi(argv[1]));
  kg::Tokenizer tokenizer;
  const double tokenizer_load = timed([&] { tokenizer = kg::Tokenizer::load_default(); });
  std::optional<kg::Tagger> tagger;
  std::optional<kg::Lemmatizer> lemmatizer;
  std::optional<kg::DependencyParser> parser;
  const double tagger_load = timed([&] { tagger = kg::Tagger::load_default(); });
  const double lemmatizer_load = timed([&] { lemmatizer = kg::Lemmatizer::load_default(); });
  const double parser_load = timed([&] { parser = kg::DependencyParser::load_default(); });
  fmt::print("model load: tokenizer {:.1f} ms, tagger {:.1f} ms, lemmatizer {:.1f} ms, parser {:.1f} ms\n",
             tokenizer_load * 1e3, tagger_load * 1e3, lemmatizer_load * 1e3, parser_load * 1e3);

  for (int i = 2; i < argc; ++i) {
    const std::string text = kg::read_file(argv[i]);
    Times best;
    std::size_t words = 0;
    for (int run = 0; run < runs; ++run) {
      kg::Doc doc;
      doc.text = text;
      const std::clock_t cpu_start = std::clock();
      Times t;
      t.tokenize = timed([&] { tokenizer.process(doc); });
      t.tag = timed([&] { tagger->process(doc); });
      t.lemmatize = timed([&] { lemmatizer->process(doc); });
      t.parse = timed([&] { parser->process(doc); });
      t.cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
      words = doc.tokens.size();
      best.tokenize = std::min(best.tokenize, t.tokenize);
      best.tag = std::min(best.tag, t.tag);
      best.lemmatize = std::min(best.lemmatize, t.lemmatize);
      best.parse = std::min(best.parse, t.parse);
      best.cpu = std::min(best.cpu, t.cpu);
    }
    const auto rate = [&](double seconds) { return static_cast<double>(words) / seconds; };
    fmt::print("{}: {} tokens; tokens/s (best of {}): tokenize {:.0f}, tag {:.0f}, lemmatize {:.0f}, parse {:.0f}; "
               "all four {:.0f} (wall), {:.0f} (CPU time)\n",
               argv[i], words, runs, rate(best.tokenize), rate(best.tag), rate(best.lemmatize), rate(best.parse),
               rate(best.total()), rate(best.cpu));
  }
  return 0;
}
