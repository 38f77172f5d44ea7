#pragma once
// Adding entities to a Doc without duplicates (internal header).
#include <string>
#include <string_view>

#include "kg/doc.hpp"
#include "kg/gazetteer.hpp"

namespace kg::entities {

// The index of the entity with `id` in doc.entities, adding `entity` when absent.
int find_or_add(Doc& doc, const Entity& entity);
// The entity of a gazetteer entry (id, label, type, attributes), added when absent.
int gazetteer_entity(Doc& doc, const Gazetteer& gazetteer, std::size_t entry);
// Adds `alias` to the entity unless it is its label or already listed.
void add_alias(Entity& entity, std::string_view alias);
// Id prefix of an entity type: State "state", Person "person", Organization "org",
// Location "loc", Weapon "weapon", Event "event".
std::string id_prefix(std::string_view type);

}  // namespace kg::entities
