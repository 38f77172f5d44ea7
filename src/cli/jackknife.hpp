#pragma once
// Jackknifed tagging: training data tagged as the pipeline would tag unseen text, so
// the components trained on it learn from realistic tagging errors.
#include <ostream>
#include <vector>

#include "kg/doc.hpp"
#include "kg/tagger.hpp"

namespace kg::cli {

// Splits `docs` into `folds` (doc i in fold i % folds), tags each fold with a tagger
// trained on the others, and returns the docs with the predicted tags. Folds train on
// up to `threads` threads; the result does not depend on the thread count.
std::vector<Doc> jackknife_tags(const std::vector<Doc>& docs, const std::vector<Doc>& dev, int folds,
                                const Tagger::TrainOptions& options, int threads, std::ostream& log);

}  // namespace kg::cli
