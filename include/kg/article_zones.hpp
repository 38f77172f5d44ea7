#pragma once
// Where an article's body ends: the trailer after it ("Courtesy: ...", "References",
// "About the author", an author's profile) is about the publisher, not the news.
// The relation extractor reads no relations there, and kg::to_graph(doc, body_end(doc))
// leaves out the entities named only there.
#include <cstddef>

#include "kg/doc.hpp"

namespace kg {

// The index of the trailer's first sentence: a short line in the article's second half
// opening with "Courtesy", "References", "Sources", "Related", "About the author",
// "Copyright", ...; doc.sentences.size() when there is none.
std::size_t body_end(const Doc& doc);

}  // namespace kg
