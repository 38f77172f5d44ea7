#include "kg/file_io.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <sys/stat.h>

#include <fmt/core.h>
#include <utf8proc.h>

#include "kg/error.hpp"

namespace kg {
namespace {

std::string errno_text(int error) { return std::strerror(error); }

std::string read_stream(std::FILE* f, const std::string& name) {
  std::string text;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
  if (std::ferror(f)) throw InputError(name, "", "cannot read: " + errno_text(errno));
  return text;
}

// The process umask, read without changing it (Linux reports it in /proc).
mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8));
  return 022;
}

}  // namespace

FileHandle open_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw InputError(name, "", "is a directory, not a file");
  FileHandle f(std::fopen(name.c_str(), "rb"));
  if (!f) {
    int error = errno;
    if (error == ENOENT) throw InputError(name, "", "no such file");
    throw InputError(name, "", "cannot open: " + errno_text(error));
  }
  return f;
}

std::string read_file(const std::filesystem::path& path) {
  if (path == "-") return read_stream(stdin, "<stdin>");
  const std::string name = path.string();
  FileHandle f = open_file(path);
  // Regular files are read in one piece; pipes and devices chunk by chunk.
  struct stat info {};
  if (fstat(fileno(f.get()), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
    std::string text(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t n = std::fread(text.data(), 1, text.size(), f.get());
    if (std::ferror(f.get())) throw InputError(name, "", "cannot read: " + errno_text(errno));
    text.resize(n);
    text += read_stream(f.get(), name);  // a file that grew meanwhile
    return text;
  }
  return read_stream(f.get(), name);
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    // ASCII runs, the bulk of most input, need no decoding.
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    auto n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(size - i), &code_point);
    if (n <= 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

void check_utf8(std::string_view text, const std::string& file, bool require_text) {
  if (require_text) {
    if (text.empty()) throw InputError(file, "", "empty file");
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
      throw InputError(file, "byte " + std::to_string(nul), "binary data (NUL byte), expected UTF-8 text");
  }
  if (auto bad = find_invalid_utf8(text)) throw InputError(file, "byte " + std::to_string(*bad), "invalid UTF-8");
}

void write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw std::runtime_error("cannot write to standard output");
    return;
  }
  const std::string name = path.string();
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw std::runtime_error(name + ": is a directory");
  // A hidden temporary beside the target, so the final rename stays on one file system.
  std::string temp = (dir / fmt::format(".{}.tmp-XXXXXX", path.filename().string())).string();
  int fd = mkstemp(temp.data());
  if (fd < 0) throw std::runtime_error(name + ": cannot create a file in " + dir.string() + ": " + errno_text(errno));
  // mkstemp makes the file private (0600); give it the mode a new file would have.
  fchmod(fd, static_cast<mode_t>(0666 & ~current_umask()));
  close(fd);
  try {
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      if (!out) throw std::runtime_error(name + ": cannot write " + temp + ": " + errno_text(errno));
      write(out);
      out.flush();
      if (!out) throw std::runtime_error(name + ": cannot write: " + errno_text(errno));
    }
    std::filesystem::rename(temp, path);
  } catch (...) {
    std::filesystem::remove(temp, ec);
    throw;
  }
}

}  // namespace kg
