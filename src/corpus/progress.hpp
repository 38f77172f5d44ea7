#pragma once
// What `kgb build` tells the user on stderr while it works: a progress line refreshed in
// place when stderr is a terminal, one line per document with --verbose, a warning for
// every skipped article or record, and a summary at the end.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

#include "kg/corpus.hpp"

namespace kg {

enum class Verbosity { quiet, normal, verbose };

struct ProgressSnapshot {
  std::size_t documents = 0;  // articles done (built or skipped)
  std::size_t words = 0;
  std::uintmax_t bytes = 0;   // input bytes done
  std::optional<std::uintmax_t> total_bytes;
  double seconds = 0;
};

// "1,234 docs  56.7 docs/s  45,678 words/s  23%  ETA 0:42" (no percentage or ETA when
// the total is unknown).
std::string format_progress(const ProgressSnapshot& snapshot);
// 12345678 -> "12,345,678".
std::string group_thousands(std::uintmax_t n);
// "built 1,234 documents (345,678 words) in 7.6 s: 162 documents/s, 45,484 words/s;
// skipped 3 already in the graph, 2 bad" (skips named only when there are some).
std::string format_summary(const BuildStats& stats, double seconds);

class BuildProgress {
 public:
  // `live`: refresh a progress line in place (stderr is a terminal and not quiet).
  BuildProgress(std::FILE* out, Verbosity verbosity, bool live, std::optional<std::uintmax_t> total_bytes);

  void begin();                                  // starts the clock (after loading models)
  void report(const ArticleReport& report);      // in input order
  // Clears the progress line; prints the summary unless quiet.
  void finish(const BuildStats& stats);
  void note(const std::string& message);         // a line shown unless quiet
  void stop();                                   // clears the progress line (on errors)

 private:
  void clear_line();
  void print_line(const std::string& line);

  std::FILE* out_;
  Verbosity verbosity_;
  bool live_;
  bool line_shown_ = false;
  ProgressSnapshot snapshot_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_refresh_{};
};

}  // namespace kg
