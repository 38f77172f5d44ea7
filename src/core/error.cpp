#include "kg/error.hpp"

namespace kg {
namespace {
std::string format_error(const std::string& file, const std::string& position, const std::string& message) {
  std::string line = file;
  if (!position.empty()) line += ":" + position;
  line += ": " + message;
  // One line, always: a message quoting input must not break it.
  for (char& c : line)
    if (c == '\n' || c == '\r') c = ' ';
  return line;
}
}  // namespace

InputError::InputError(std::string file, std::string position, const std::string& message)
    : std::runtime_error(format_error(file, position, message)), file_(std::move(file)), position_(std::move(position)) {}

}  // namespace kg
