// kgb: the command-line front end. Each subcommand lives in its own cmd_*.cpp.
#include <algorithm>
#include <exception>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/lookup.hpp"
#include "cli/print.hpp"
#include "kg/version.hpp"

namespace kg::cli {
std::vector<CommandInfo>& registry() {
  static std::vector<CommandInfo> commands;
  return commands;
}
}  // namespace kg::cli

namespace {
// "kgb" or "kgb convert": the command a usage error is about, for the one-line message.
std::string command_name(CLI::App& app) {
  std::string name = "kgb";
  for (const CLI::App* sub : app.get_subcommands()) name += " " + sub->get_name();
  return name;
}

// An unknown command or option before any command, for which CLI11 would only say
// that a command is required.
std::optional<std::string> top_level_error(const std::string& first, const std::vector<kg::cli::CommandInfo>& commands) {
  if (first == "-h" || first == "--help" || first == "--version") return std::nullopt;
  if (first.starts_with("-")) return "unknown option '" + kg::cli::one_line(first) + "'";
  std::vector<std::string> names;
  for (const auto& command : commands) names.push_back(command.name);
  if (std::find(names.begin(), names.end(), first) != names.end()) return std::nullopt;
  std::string message = "unknown command '" + kg::cli::one_line(first) + "'";
  if (auto near = kg::cli::near_matches(first, names, 1); !near.empty()) message += "; did you mean '" + near.front() + "'?";
  return message;
}
}  // namespace

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
  app.footer("Run 'kgb COMMAND --help' for the options of a command.");  // after the commands: they would inherit it
  if (argc <= 1) {
    fmt::print(stderr, "{}", app.help());
    return 2;
  }
  if (auto error = top_level_error(argv[1], commands)) {
    fmt::print(stderr, "kgb: error: {} (see 'kgb --help')\n", *error);
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    // One line, unlike CLI11's default failure message.
    std::string command = command_name(app);
    fmt::print(stderr, "{}: error: {} (see '{} --help')\n", command, one_line(e.what()), command);
    return 2;
  }
  try {
    for (auto* sub : app.get_subcommands())
      if (auto it = actions.find(sub); it != actions.end()) return it->second();
    return 2;
  } catch (const UsageError& e) {
    std::string command = command_name(app);
    fmt::print(stderr, "{}: error: {} (see '{} --help')\n", command, one_line(e.what()), command);
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "kgb: error: {}\n", one_line(e.what()));
    return 1;
  }
}
