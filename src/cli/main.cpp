// kgb: the command-line front end. Each subcommand lives in its own cmd_*.cpp.
#include <algorithm>
#include <exception>
#include <map>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "kg/version.hpp"

namespace kg::cli {
std::vector<CommandInfo>& registry() {
  static std::vector<CommandInfo> commands;
  return commands;
}
}  // namespace kg::cli

int main(int argc, char** argv) {
  using namespace kg::cli;
  CLI::App app{"kgb: builds knowledge graphs of who did what to whom from news articles", "kgb"};
  app.set_version_flag("--version", std::string("kgb ") + kg::version);
  app.require_subcommand(1);
  auto commands = registry();
  std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  std::map<CLI::App*, Run> actions;
  for (const auto& command : commands) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    actions[sub] = command.setup(*sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  try {
    for (auto* sub : app.get_subcommands())
      if (auto it = actions.find(sub); it != actions.end()) return it->second();
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "kgb: error: {}\n", e.what());
    return 1;
  }
}
