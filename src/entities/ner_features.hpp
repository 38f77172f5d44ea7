#pragma once
// Features of the statistical entity tagger (internal header): words, shapes, affixes,
// part-of-speech tags of a window, gazetteer matches and preceding title words.
#include <cstddef>
#include <vector>

#include "entities/ner_model.hpp"
#include "kg/doc.hpp"
#include "kg/gazetteer.hpp"

namespace kg::ner {

// The features of every token of a sentence. Features that name the word itself (its
// form, affixes, word pairs) come first; `lexical`, when given, receives their count per
// token, so training can hide them at random (word dropout) and learn from context.
std::vector<Features> sentence_features(const Doc& doc, std::size_t sentence, const Gazetteer& gazetteer,
                                        std::vector<std::size_t>* lexical = nullptr);

}  // namespace kg::ner
