#pragma once
// Titles of people in running text, and where a person's name starts after them
// (internal header).
#include <cstddef>

#include "kg/doc.hpp"
#include "kg/gazetteer.hpp"

namespace kg::entities {

// The first token of the name in tokens [begin, end) after the titles written before it,
// as UniversalNER marks names: "Mr. Lavorato" -> "Lavorato", "NASA Administrator Mike
// Griffin" -> "Mike Griffin", "Minister of Education Stefania Giannini" -> "Stefania
// Giannini". `begin` when there is no title or nothing capitalized follows it.
std::size_t person_name_start(const Doc& doc, std::size_t begin, std::size_t end, const Gazetteer& gazetteer);

// The first token in [from, end) that is a given name ("Stefania"), or `end`.
std::size_t first_given_name(const Doc& doc, const Gazetteer& gazetteer, std::size_t from, std::size_t end);

// Length in tokens of the longest title of the gazetteer ("foreign minister") ending at
// token `end` and starting no earlier than `floor`, or starting at `begin` and ending no
// later than `ceiling`; 0 if there is none. `info`, when given, receives the title's entry.
std::size_t title_ending_at(const Doc& doc, const Gazetteer& gazetteer, std::size_t end, std::size_t floor,
                            const TitleInfo** info = nullptr);
std::size_t title_starting_at(const Doc& doc, const Gazetteer& gazetteer, std::size_t begin, std::size_t ceiling,
                              const TitleInfo** info = nullptr);

}  // namespace kg::entities
