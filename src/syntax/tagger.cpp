#include "kg/tagger.hpp"

#include "kg/data_dir.hpp"
#include "syntax/tagger_model.hpp"

namespace kg {

using tagging::TaggerModel;

Tagger Tagger::load(const std::filesystem::path& model_file) {
  const tagging::ModelFile file(model_file, std::string_view(tagging::kTaggerMagic, 8), tagging::kTaggerVersion);
  tagging::BinaryReader in(file.payload(), file.name());
  return Tagger(std::make_shared<const TaggerModel>(TaggerModel::read(in)));
}

Tagger Tagger::load_default() { return load(data_file("models/tagger.bin")); }

void Tagger::save(const std::filesystem::path& path) const {
  tagging::BinaryWriter out;
  model_->write(out);
  tagging::save_model_file(path, std::string_view(tagging::kTaggerMagic, 8), tagging::kTaggerVersion, out);
}

void Tagger::tag(std::span<Token> sentence) const {
  const auto words = model_->describe(sentence);
  const auto classes = model_->predict(words);
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const auto cls = static_cast<std::size_t>(classes[i]);
    sentence[i].upos = model_->upos[cls];
    sentence[i].xpos = model_->xpos[cls];
    sentence[i].feats = model_->feats(words[i], classes[i]);
  }
}

void Tagger::process(Doc& doc) const {
  if (doc.sentences.empty()) {
    tag(doc.tokens);
    return;
  }
  for (const auto& s : doc.sentences)
    tag(std::span<Token>(doc.tokens).subspan(s.begin, s.end - s.begin));
}

}  // namespace kg
