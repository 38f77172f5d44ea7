#pragma once
// Where a person's name starts in a span that opens with titles (internal header).
#include <cstddef>

#include "kg/doc.hpp"
#include "kg/gazetteer.hpp"

namespace kg::entities {

// The first token of the name in tokens [begin, end) after the titles written before it,
// as UniversalNER marks names: "Mr. Lavorato" -> "Lavorato", "NASA Administrator Mike
// Griffin" -> "Mike Griffin", "Minister of Education Stefania Giannini" -> "Stefania
// Giannini". `begin` when there is no title or nothing capitalized follows it.
std::size_t person_name_start(const Doc& doc, std::size_t begin, std::size_t end, const Gazetteer& gazetteer);

}  // namespace kg::entities
