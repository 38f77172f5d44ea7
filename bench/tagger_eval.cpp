// Trains and measures the tagger and lemmatizer on UD treebanks with gold tokens.
//   tagger_eval train-tagger MODEL DEV TRAIN... [--epochs N]
//   tagger_eval train-lemmatizer MODEL DEV TRAIN...
//   tagger_eval eval TAGGER LEMMATIZER TEST...
// With SHOW_ERRORS=1, eval also prints every word whose UPOS or lemma is wrong
// ("ERR form  gold-UPOS gold-XPOS  UPOS XPOS  gold-lemma  lemma").
// Built and run by bench/tagger_eval.sh.
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "kg/conllu.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/tagger.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }
double cpu_seconds_since(std::clock_t start) {
  return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

std::vector<kg::Doc> read(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  return kg::read_conllu(in, path);
}

std::vector<kg::Doc> read_all(const std::vector<std::string>& paths) {
  std::vector<kg::Doc> docs;
  for (const auto& p : paths)
    for (auto& d : read(p)) docs.push_back(std::move(d));
  return docs;
}

std::size_t count_tokens(const std::vector<kg::Doc>& docs) {
  std::size_t n = 0;
  for (const auto& d : docs) n += d.tokens.size();
  return n;
}

int evaluate(const std::string& tagger_path, const std::string& lemmatizer_path, const std::vector<std::string>& tests) {
  auto start = Clock::now();
  const auto tagger = kg::Tagger::load(tagger_path);
  const double tagger_load = seconds_since(start);
  start = Clock::now();
  const auto lemmatizer = kg::Lemmatizer::load(lemmatizer_path);
  const double lemmatizer_load = seconds_since(start);
  fmt::print("load: tagger {:.1f} ms, lemmatizer {:.1f} ms\n", tagger_load * 1000, lemmatizer_load * 1000);
  for (const auto& test : tests) {
    const auto gold = read(test);
    auto docs = gold;
    for (auto& d : docs)
      for (auto& t : d.tokens) t.upos = t.xpos = t.feats = t.lemma = "";
    // Processor time of this thread, not wall time: the machine may be busy with other work.
    auto cpu = std::clock();
    for (auto& d : docs) tagger.process(d);
    const double tag_time = cpu_seconds_since(cpu);
    cpu = std::clock();
    for (auto& d : docs) lemmatizer.process(d);
    const double lemma_time = cpu_seconds_since(cpu);
    std::size_t n = 0, upos = 0, xpos = 0, feats = 0, all = 0, lemma = 0;
    for (std::size_t d = 0; d < docs.size(); ++d) {
      for (std::size_t i = 0; i < docs[d].tokens.size(); ++i) {
        const auto &g = gold[d].tokens[i], &p = docs[d].tokens[i];
        ++n;
        upos += g.upos == p.upos;
        xpos += g.xpos == p.xpos;
        feats += g.feats == p.feats;
        all += g.upos == p.upos && g.xpos == p.xpos && g.feats == p.feats;
        lemma += g.lemma == p.lemma;
        if (std::getenv("SHOW_ERRORS") && (g.lemma != p.lemma || g.upos != p.upos))
          fmt::print("ERR {}\t{} {}\t{} {}\t{}\t{}\n", g.form, g.upos, g.xpos, p.upos, p.xpos, g.lemma, p.lemma);
      }
    }
    const auto pct = [n](std::size_t k) { return 100.0 * static_cast<double>(k) / static_cast<double>(n); };
    fmt::print("{}: {} words  UPOS {:.2f}  XPOS {:.2f}  UFeats {:.2f}  AllTags {:.2f}  Lemma {:.2f}  "
               "tagger {:.0f} words/s  lemmatizer {:.0f} words/s (processor time)\n",
               test, n, pct(upos), pct(xpos), pct(feats), pct(all), pct(lemma), static_cast<double>(n) / tag_time,
               static_cast<double>(n) / lemma_time);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) try {
  std::vector<std::string> args(argv + 1, argv + argc);
  int epochs = 0;
  for (std::size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--epochs") {
      epochs = std::stoi(args[i + 1]);
      args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
      break;
    }
  if (args.size() >= 4 && args[0] == "train-tagger") {
    const auto dev = read(args[2]);
    const auto train = read_all({args.begin() + 3, args.end()});
    fmt::print("training on {} words, dev {} words\n", count_tokens(train), count_tokens(dev));
    kg::Tagger::TrainOptions options;
    if (epochs > 0) options.epochs = epochs;
    const auto start = Clock::now();
    const auto tagger = kg::Tagger::train(train, dev, options, std::cout);
    fmt::print("trained in {:.1f} s\n", seconds_since(start));
    tagger.save(args[1]);
    return 0;
  }
  if (args.size() >= 4 && args[0] == "train-lemmatizer") {
    const auto dev = read(args[2]);
    const auto train = read_all({args.begin() + 3, args.end()});
    kg::Lemmatizer::TrainOptions options;
    if (epochs > 0) options.epochs = epochs;
    const auto start = Clock::now();
    const auto lemmatizer = kg::Lemmatizer::train(train, dev, options, std::cout);
    fmt::print("trained in {:.1f} s\n", seconds_since(start));
    lemmatizer.save(args[1]);
    return 0;
  }
  if (args.size() >= 4 && args[0] == "eval") return evaluate(args[1], args[2], {args.begin() + 3, args.end()});
  std::cerr << "usage: tagger_eval train-tagger MODEL DEV TRAIN... [--epochs N]\n"
               "       tagger_eval train-lemmatizer MODEL DEV TRAIN... [--epochs N]\n"
               "       tagger_eval eval TAGGER LEMMATIZER TEST...\n";
  return 2;
} catch (const std::exception& e) {
  std::cerr << "tagger_eval: error: " << e.what() << "\n";
  return 1;
}
