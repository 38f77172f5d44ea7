#include "cli/jackknife.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <sstream>
#include <thread>

#include <fmt/core.h>
#include <fmt/ostream.h>

namespace kg::cli {

std::vector<Doc> jackknife_tags(const std::vector<Doc>& docs, const std::vector<Doc>& dev, int folds,
                                const Tagger::TrainOptions& options, int threads, std::ostream& log) {
  const auto k = static_cast<std::size_t>(std::max(folds, 2));
  std::vector<Doc> tagged = docs;
  std::vector<std::ostringstream> logs(k);
  std::vector<std::exception_ptr> errors(k);
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t fold; (fold = next++) < k;) {
      try {
        std::vector<Doc> rest;
        for (std::size_t i = 0; i < docs.size(); ++i)
          if (i % k != fold) rest.push_back(docs[i]);
        const Tagger tagger = Tagger::train(rest, dev, options, logs[fold]);
        for (std::size_t i = fold; i < tagged.size(); i += k) tagger.process(tagged[i]);
      } catch (...) {
        errors[fold] = std::current_exception();
      }
    }
  };
  fmt::print(log, "jackknife: tagging the training data in {} folds\n", k);
  log.flush();
  {
    std::vector<std::jthread> pool;
    for (int t = 1; t < std::min<int>(threads, static_cast<int>(k)); ++t) pool.emplace_back(work);
    work();
  }
  for (std::size_t fold = 0; fold < k; ++fold) {
    if (errors[fold]) std::rethrow_exception(errors[fold]);
    std::istringstream lines(logs[fold].str());
    for (std::string line; std::getline(lines, line);) fmt::print(log, "fold {}: {}\n", fold + 1, line);
  }
  return tagged;
}

}  // namespace kg::cli
