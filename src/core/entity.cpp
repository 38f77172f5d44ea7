#include "kg/entity.hpp"

#include <algorithm>

namespace kg {

void merge_into(Entity& into, const Entity& other) {
  auto add_alias = [&](const std::string& name) {
    if (name.empty() || name == into.label) return;
    if (std::find(into.aliases.begin(), into.aliases.end(), name) == into.aliases.end()) into.aliases.push_back(name);
  };
  add_alias(other.label);
  for (const auto& alias : other.aliases) add_alias(alias);
  for (const auto& [key, value] : other.attributes) into.attributes.try_emplace(key, value);
  if (into.type.empty()) into.type = other.type;
}

}  // namespace kg
