#include "kg/lemmatizer.hpp"

#include "kg/data_dir.hpp"
#include "syntax/lemmatizer_model.hpp"

namespace kg {

using tagging::LemmatizerModel;

Lemmatizer Lemmatizer::load(const std::filesystem::path& model_file) {
  const tagging::ModelFile file(model_file, std::string_view(tagging::kLemmatizerMagic, 8), tagging::kLemmatizerVersion);
  tagging::BinaryReader in(file.payload(), file.name());
  return Lemmatizer(std::make_shared<const LemmatizerModel>(LemmatizerModel::read(in)));
}

Lemmatizer Lemmatizer::load_default() { return load(data_file("models/lemmatizer.bin")); }

void Lemmatizer::save(const std::filesystem::path& path) const {
  tagging::BinaryWriter out;
  model_->write(out);
  tagging::save_model_file(path, std::string_view(tagging::kLemmatizerMagic, 8), tagging::kLemmatizerVersion, out);
}

std::string Lemmatizer::lemmatize(const std::string& form, const std::string& upos, const std::string& xpos) const {
  return model_->lemmatize(tagging::LemmaQuery(form, upos, xpos));
}

void Lemmatizer::process(Doc& doc) const {
  for (auto& token : doc.tokens)
    token.lemma = lemmatize(token.form.empty() ? token.text : token.form, token.upos, token.xpos);
}

}  // namespace kg
