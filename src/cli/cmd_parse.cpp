// kgb parse: raw text (or gold-tokenized CoNLL-U) -> tokens, tags, lemmas and
// dependency trees, written as CoNLL-U.
#include <filesystem>
#include <memory>
#include <sstream>

#include "cli/command.hpp"
#include "kg/conllu.hpp"
#include "kg/file_io.hpp"
#include "kg/lemmatizer.hpp"
#include "kg/parser.hpp"
#include "kg/tagger.hpp"
#include "kg/tokenizer.hpp"

namespace {

struct Options {
  std::string input = "-";
  std::string output = "-";
  bool conllu = false;
};

// Forgets every annotation a model predicts, so none of the input's survives.
void clear_predictions(kg::Doc& doc) {
  for (kg::Token& token : doc.tokens) {
    token.upos.clear();
    token.xpos.clear();
    token.lemma.clear();
    token.feats.clear();
    token.head = -1;
    token.deprel.clear();
    token.misc.clear();
  }
}

// Raw text becomes one Doc, tokenized and split into sentences; CoNLL-U keeps its
// documents, tokens and sentences.
std::vector<kg::Doc> read_input(const Options& o) {
  const std::string name = o.input == "-" ? "<stdin>" : o.input;
  std::string text = kg::read_file(o.input);
  kg::check_utf8(text, name, true);
  if (!o.conllu) {
    kg::Doc doc;
    doc.text = std::move(text);
    doc.info.id = o.input == "-" ? std::string() : std::filesystem::path(o.input).stem().string();
    kg::Tokenizer::load_default().process(doc);
    std::vector<kg::Doc> docs;
    docs.push_back(std::move(doc));
    return docs;
  }
  std::istringstream in(std::move(text));
  std::vector<kg::Doc> docs = kg::read_conllu(in, name);
  for (kg::Doc& doc : docs) clear_predictions(doc);
  return docs;
}

int run(const Options& o) {
  std::vector<kg::Doc> docs = read_input(o);
  const kg::Tagger tagger = kg::Tagger::load_default();
  const kg::Lemmatizer lemmatizer = kg::Lemmatizer::load_default();
  const kg::DependencyParser parser = kg::DependencyParser::load_default();
  for (kg::Doc& doc : docs) {
    tagger.process(doc);
    lemmatizer.process(doc);
    parser.process(doc);
  }
  kg::write_file_atomically(o.output, [&](std::ostream& out) {
    for (const kg::Doc& doc : docs) kg::write_conllu(doc, out);
  });
  return 0;
}

kg::cli::Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("input", o->input, "Text file to parse, or - for standard input")->capture_default_str();
  app.add_flag("--conllu", o->conllu,
               "The input is CoNLL-U: keep its tokens and sentences, predict tags, lemmas and trees anew");
  app.add_option("-o,--output", o->output, "Write the CoNLL-U here (atomically) instead of standard output");
  return [o] { return run(*o); };
}

const kg::cli::Registration registration{"parse", "Tokenize, tag and parse text into CoNLL-U", 50, setup};

}  // namespace
