#include "entities/entity_table.hpp"

#include <algorithm>

namespace kg::entities {

int find_or_add(Doc& doc, const Entity& entity) {
  for (std::size_t i = 0; i < doc.entities.size(); ++i)
    if (doc.entities[i].id == entity.id) return static_cast<int>(i);
  doc.entities.push_back(entity);
  return static_cast<int>(doc.entities.size() - 1);
}

int gazetteer_entity(Doc& doc, const Gazetteer& gazetteer, std::size_t entry) {
  const auto& e = gazetteer.entry(entry);
  Entity entity{e.id, e.label, e.type, {}, {}};
  for (const auto& [key, value] : e.attributes)
    if (key == "iso3" || key == "wikidata") entity.attributes[key] = value;
  return find_or_add(doc, entity);
}

void add_alias(Entity& entity, std::string_view alias) {
  if (alias.empty() || alias == entity.label) return;
  if (std::find(entity.aliases.begin(), entity.aliases.end(), alias) != entity.aliases.end()) return;
  entity.aliases.emplace_back(alias);
}

std::string id_prefix(std::string_view type) {
  if (type == "State") return "state";
  if (type == "Person") return "person";
  if (type == "Organization") return "org";
  if (type == "Location") return "loc";
  if (type == "Weapon") return "weapon";
  if (type == "Event") return "event";
  return "entity";
}

}  // namespace kg::entities
