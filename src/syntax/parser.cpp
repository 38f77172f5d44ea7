// The dependency parser's public face: loading, saving and running a model.
#include "kg/parser.hpp"

#include <algorithm>

#include "kg/data_dir.hpp"
#include "syntax/parser_model.hpp"
#include "syntax/tagger_binary.hpp"

namespace kg {
namespace {

constexpr std::string_view magic{"KGBPARSER\0", 10};
// Bump when the file layout, the features or the transition system change.
constexpr std::uint32_t format_version = 1;

}  // namespace

DependencyParser::DependencyParser(std::shared_ptr<const Model> model) : model_(std::move(model)) {}

DependencyParser DependencyParser::load(const std::filesystem::path& path) {
  const std::string payload = tagging::load_model_file(path, magic, format_version);
  tagging::BinaryReader in(payload, path.string());
  auto model = std::make_shared<Model>();
  if (in.get<std::uint32_t>() != parsing::feature_set_version)
    in.fail("built for another feature set (retrain with `kgb train`)");
  model->labels = in.get_strings();
  const auto root = std::find(model->labels.begin(), model->labels.end(), "root");
  if (model->labels.empty() || model->labels.size() > 127 || root == model->labels.end())
    in.fail("bad relation label table");
  model->actions.labels = static_cast<int>(model->labels.size());
  model->actions.root_label = static_cast<int>(root - model->labels.begin());
  model->word_classes = parsing::WordClasses::read(in);
  model->weights = parsing::CompactWeights::read(in, model->actions.count());
  if (!in.at_end()) in.fail("trailing bytes");
  return DependencyParser(std::move(model));
}

DependencyParser DependencyParser::load_default() { return load(data_file("models/parser.bin")); }

void DependencyParser::save(const std::filesystem::path& path) const {
  tagging::BinaryWriter out;
  out.put(parsing::feature_set_version);
  out.put_strings(model_->labels);
  model_->word_classes.write(out);
  model_->weights.write(out);
  tagging::save_model_file(path, magic, format_version, out);
}

void DependencyParser::process(Doc& doc) const { parsing::parse_doc(*model_, doc); }

const std::vector<std::string>& DependencyParser::labels() const { return model_->labels; }

std::size_t DependencyParser::weight_count() const { return model_->weights.weight_count(); }

}  // namespace kg
