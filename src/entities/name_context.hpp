#pragma once
// What the words around a name say it is (internal header): the context rules the entity
// recognizer applies to the tagger's names in one sentence, whatever type the tagger gave.
#include <cstddef>
#include <string>
#include <string_view>

#include "kg/doc.hpp"
#include "kg/gazetteer.hpp"

namespace kg::entities {

// A title's qualifier ("deputy", "former"), or "U.N." as in "U.N. Ambassador".
bool title_qualifier(std::string_view word);

class NameContext {
 public:
  NameContext(const Doc& doc, const Gazetteer& gazetteer) : doc_(doc), gaz_(gazetteer) {}
  // The sentence the token positions below lie in: tokens [begin, end) of the doc.
  void sentence(std::size_t begin, std::size_t end) {
    begin_ = begin;
    end_ = end;
  }

  // Tokens [b, e) are title words only ("Foreign Minister"): no name.
  bool only_title(std::size_t b, std::size_t e) const;
  // A person's title before token b ("Ambassador, Vassily Nebenzia"): a person's name.
  bool after_title(std::size_t b) const;
  // "the village of Orto-Boz", "Kant, an air base in ...": a place.
  bool described_as_place(std::size_t b, std::size_t e) const;
  // "Frontex, the EU's border agency": an organization.
  bool described_as_organization(std::size_t e) const;
  // "Shahid Karimi Industries", "Tasnim news agency": an organization.
  bool organization_named(std::size_t b, std::size_t e) const;
  // The end of a person's name over hyphenated syllables: "Kim Jong-un".
  std::size_t hyphenated_end(std::size_t e) const;

 private:
  static std::string_view form(const Token& t);
  std::string low(std::size_t i) const;

  const Doc& doc_;
  const Gazetteer& gaz_;
  std::size_t begin_ = 0, end_ = 0;
};

}  // namespace kg::entities
