#pragma once
// Subcommands register themselves here, one file each (src/cli/cmd_<name>.cpp),
// so adding a command never touches main.cpp:
//
//   namespace { kg::cli::Run setup(CLI::App& app) { ...add options...; return [=] { ...; return 0; }; } }
//   static const kg::cli::Registration reg{"stats", "Print counts of a graph", 20, setup};
//
// Exit codes: 0 success, 1 runtime error (throw; main prints it), 2 usage error (CLI11,
// or throw UsageError for a combination of options CLI11 cannot check).
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace kg::cli {

using Run = std::function<int()>;
// Adds the subcommand's options and positionals to `app`; returns the action.
// Options must bind to state owned by the returned closure (e.g. a shared_ptr).
using Setup = Run (*)(CLI::App& app);

struct CommandInfo {
  std::string name;
  std::string description;
  int order;  // position in --help
  Setup setup;
};

std::vector<CommandInfo>& registry();

// A wrong combination of arguments found after parsing: main prints it and exits with 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Registration {
  Registration(std::string name, std::string description, int order, Setup setup) {
    registry().push_back({std::move(name), std::move(description), order, setup});
  }
};

}  // namespace kg::cli
