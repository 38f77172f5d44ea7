#pragma once
// Where kgb's shipped models and lexicons (data/) are found.
#include <filesystem>
#include <string_view>

namespace kg {

// The data directory: $KGB_DATA_DIR if set, else the source tree's data/ (when run
// from a build folder), else the installed share/kgb.
std::filesystem::path data_dir();
// data_dir() / relative; throws kg::InputError naming the path when it does not exist.
std::filesystem::path data_file(std::string_view relative);

}  // namespace kg
