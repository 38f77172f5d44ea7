#include "kg/pipeline.hpp"

namespace kg {

Pipeline::Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;

void Pipeline::add(std::unique_ptr<Component> component) { components_.push_back(std::move(component)); }

Doc Pipeline::run(const Document& info, std::string text) const {
  Doc doc;
  doc.info = info;
  doc.text = std::move(text);
  process(doc);
  return doc;
}

void Pipeline::process(Doc& doc) const {
  for (const auto& component : components_) component->process(doc);
}

std::vector<std::string> Pipeline::component_names() const {
  std::vector<std::string> names;
  for (const auto& component : components_) names.emplace_back(component->name());
  return names;
}

}  // namespace kg
