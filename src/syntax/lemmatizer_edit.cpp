#include "syntax/lemmatizer_edit.hpp"

#include <charconv>

#include "syntax/tagger_word.hpp"

namespace kg::tagging {
namespace {

// Byte length of the longest common prefix of a and b that ends on a code point boundary.
std::size_t common_prefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  while (n > 0 && n < a.size() && (static_cast<unsigned char>(a[n]) & 0xC0) == 0x80) --n;
  return n;
}

EditScript script_between(std::string_view base, std::string_view lemma, Casing casing) {
  const std::size_t keep = common_prefix(base, lemma);
  return EditScript{casing, length_in_chars(base.substr(keep)), std::string(lemma.substr(keep))};
}

std::string recase(std::string_view form, Casing casing) {
  switch (casing) {
    case Casing::lower:
      return to_lower(form);
    case Casing::title:
      return title_case(form);
    case Casing::keep:
      break;
  }
  return std::string(form);
}

}  // namespace

std::string EditScript::encode() const {
  std::string text(1, static_cast<char>(casing));  // appended piecewise: GCC 12 misreports "L" + string (-Wrestrict)
  text += std::to_string(strip);
  text += ':';
  text += append;
  return text;
}

std::optional<EditScript> EditScript::decode(std::string_view text) {
  if (text.size() < 3 || (text[0] != 'L' && text[0] != 'K' && text[0] != 'T')) return std::nullopt;
  const auto colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  EditScript script;
  script.casing = static_cast<Casing>(text[0]);
  const auto [end, ec] = std::from_chars(text.data() + 1, text.data() + colon, script.strip);
  if (ec != std::errc() || end != text.data() + colon || script.strip < 0) return std::nullopt;
  script.append = std::string(text.substr(colon + 1));
  return script;
}

std::optional<std::string> EditScript::apply(std::string_view form) const {
  std::string base = recase(form, casing);
  if (length_in_chars(base) < strip) return std::nullopt;
  base.resize(base.size() - suffix(base, strip).size());
  return base + append;
}

EditScript derive_script(std::string_view form, std::string_view lemma) {
  const auto cost = [](const EditScript& s) { return s.strip + static_cast<int>(s.append.size()); };
  EditScript best = script_between(to_lower(form), lemma, Casing::lower);
  for (const auto casing : {Casing::keep, Casing::title}) {
    auto script = script_between(recase(form, casing), lemma, casing);
    if (cost(script) < cost(best)) best = std::move(script);
  }
  return best;
}

std::string title_case(std::string_view form) {
  const auto first = prefix(form, 1);
  return to_upper(first) + to_lower(form.substr(first.size()));
}

}  // namespace kg::tagging
