#pragma once
// An entity: one node of the knowledge graph, one real-world thing however named.
#include <map>
#include <string>
#include <vector>

namespace kg {

struct Entity {
  std::string id;                                 // stable id, e.g. "state:PRK" or "person:kim-song"
  std::string label;                              // canonical name, e.g. "North Korea"
  std::string type;                               // ontology entity type: State, Person, Organization, ...
  std::vector<std::string> aliases;               // other names used for it, without the label
  std::map<std::string, std::string> attributes;  // e.g. {"iso3": "PRK"}, {"title": "U.N. Ambassador"}

  friend bool operator==(const Entity&, const Entity&) = default;
};

// Adds the other entity's label and aliases as aliases (no duplicates, case-sensitive)
// and its attributes where this one has none of that key.
void merge_into(Entity& into, const Entity& other);

}  // namespace kg
