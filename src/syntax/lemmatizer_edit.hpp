#pragma once
// Edit scripts that turn a word form into its lemma (internal header).
#include <optional>
#include <string>
#include <string_view>

namespace kg::tagging {

enum class Casing : char { lower = 'L', keep = 'K', title = 'T' };

struct EditScript {
  Casing casing = Casing::lower;  // what the form's case becomes first ("Title": first letter upper, rest lower)
  int strip = 0;                  // code points removed from the end
  std::string append;             // then appended

  // Compact text form, e.g. "L1:" or "T0:", + append; the model file stores scripts so.
  std::string encode() const;
  static std::optional<EditScript> decode(std::string_view text);
  // The result on `form`, or nullopt when the form is shorter than `strip`.
  std::optional<std::string> apply(std::string_view form) const;
  bool operator==(const EditScript&) const = default;
};

// The shortest script from form to lemma; on ties lower before keep before title.
EditScript derive_script(std::string_view form, std::string_view lemma);

// The form with its first letter uppercase and the rest lowercase.
std::string title_case(std::string_view form);

}  // namespace kg::tagging
