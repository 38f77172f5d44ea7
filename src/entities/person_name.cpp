#include "entities/person_name.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "entities/text_util.hpp"

namespace kg::entities {
namespace {

// Courtesy and rank words written before a name ("Mr.", "Dr.", "Gen.").
bool honorific(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  static constexpr std::string_view kWords[] = {"mr", "mrs", "ms", "miss", "mister", "dr", "prof", "professor", "sir",
                                                "dame", "lord", "lady", "rev", "reverend", "fr", "father", "sister",
                                                "gen", "col", "capt", "lt", "sgt", "sen", "rep", "gov", "judge", "saint"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

}  // namespace

std::size_t person_name_start(const Doc& doc, std::size_t begin, std::size_t end, const Gazetteer& gazetteer) {
  std::size_t cut = begin;
  for (auto i = begin; i < end; ++i) {
    const auto word = lower(form_of(doc.tokens[i]));
    if (honorific(word) || gazetteer.title(word)) cut = i + 1;
  }
  if (cut == begin || cut >= end) return begin;
  // The title's complement ("of Education", "to the United Nations"): the name starts at
  // the first given name after it, or else is the last two words ("Wang Yi").
  if (is_lower_ascii(form_of(doc.tokens[cut]).front())) {
    const std::size_t given = first_given_name(doc, gazetteer, cut + 1, end);
    cut = given < end ? given : std::max(cut + 1, end >= 2 ? end - 2 : cut + 1);
  }
  return cut < end && capitalized(form_of(doc.tokens[cut])) ? cut : begin;
}

std::size_t first_given_name(const Doc& doc, const Gazetteer& gazetteer, std::size_t from, std::size_t end) {
  while (from < end && !gazetteer.given_name(form_of(doc.tokens[from]))) ++from;
  return from;
}

std::size_t title_ending_at(const Doc& doc, const Gazetteer& gazetteer, std::size_t end, std::size_t floor,
                            const TitleInfo** info) {
  for (std::size_t k = std::min(gazetteer.longest_title(), end - std::min(floor, end)); k >= 1; --k)
    if (const TitleInfo* title = gazetteer.title(lower_words(doc, end - k, end))) {
      if (info) *info = title;
      return k;
    }
  return 0;
}

std::size_t title_starting_at(const Doc& doc, const Gazetteer& gazetteer, std::size_t begin, std::size_t ceiling,
                              const TitleInfo** info) {
  for (std::size_t k = std::min(gazetteer.longest_title(), ceiling - std::min(begin, ceiling)); k >= 1; --k)
    if (const TitleInfo* title = gazetteer.title(lower_words(doc, begin, begin + k))) {
      if (info) *info = title;
      return k;
    }
  return 0;
}

}  // namespace kg::entities
