// kgb tokenize [FILE|-]: splits raw text into sentences and UD English tokens and
// writes CoNLL-U with only FORM and MISC (TokenRange, SpaceAfter) filled in.
#include <memory>

#include "cli/command.hpp"
#include "kg/conllu.hpp"
#include "kg/file_io.hpp"
#include "kg/tokenizer.hpp"

namespace {

struct Options {
  std::string input = "-";
  std::string output = "-";
};

kg::cli::Run setup(CLI::App& app) {
  auto options = std::make_shared<Options>();
  app.add_option("FILE", options->input, "UTF-8 text to tokenize (- or nothing reads stdin)");
  app.add_option("-o,--output", options->output, "CoNLL-U file to write (default: stdout)");
  return [options] {
    const kg::Tokenizer tokenizer = kg::Tokenizer::load_default();
    kg::Doc doc;
    doc.text = kg::read_file(options->input);
    kg::check_utf8(doc.text, options->input == "-" ? "<stdin>" : options->input, true);
    doc.info.id = options->input == "-" ? std::string() : std::filesystem::path(options->input).stem().string();
    tokenizer.process(doc);
    kg::write_file_atomically(options->output, [&](std::ostream& out) { kg::write_conllu(doc, out); });
    return 0;
  };
}

}  // namespace

static const kg::cli::Registration registration{
    "tokenize", "Split text into sentences and tokens (CoNLL-U with FORM and character offsets)", 55, setup};
