#include "kg/data_dir.hpp"

#include <cstdlib>

#include "kg/error.hpp"

namespace kg {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("KGB_DATA_DIR"); env && *env) return env;
  std::filesystem::path source = KG_SOURCE_DATA_DIR;
  std::error_code ec;
  if (std::filesystem::is_directory(source, ec)) return source;
  return KG_INSTALL_DATA_DIR;
}

std::filesystem::path data_file(std::string_view relative) {
  auto path = data_dir() / relative;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw InputError(path.string(), "", "data file not found (set KGB_DATA_DIR to kgb's data folder)");
  return path;
}

}  // namespace kg
