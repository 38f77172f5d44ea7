#include "syntax/tagger_binary.hpp"

#include <fstream>

#include "kg/error.hpp"
#include "kg/file_io.hpp"

namespace kg::tagging {
namespace {

// A fast 64-bit checksum over 8-byte words; it catches truncation and damage, not attacks.
std::uint64_t checksum(std::string_view bytes) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ bytes.size();
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    h = (h ^ word) * 0x100000001B3ULL;
    h ^= h >> 29;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001B3ULL;
  return h ^ (h >> 32);
}

}  // namespace

void BinaryReader::fail(const std::string& what) const {
  throw InputError(file_, "byte " + std::to_string(pos_), "corrupt model file: " + what);
}

void save_model_file(const std::filesystem::path& path, std::string_view magic, std::uint32_t version,
                     const BinaryWriter& payload) {
  write_file_atomically(path, [&](std::ostream& out) {
    const std::uint64_t sum = checksum(payload.bytes());
    out.write(magic.data(), static_cast<std::streamsize>(magic.size()));
    out.write(reinterpret_cast<const char*>(&version), sizeof version);
    out.write(payload.bytes().data(), static_cast<std::streamsize>(payload.bytes().size()));
    out.write(reinterpret_cast<const char*>(&sum), sizeof sum);
    if (!out) throw std::runtime_error(path.string() + ": cannot write model file");
  });
}

ModelFile::ModelFile(const std::filesystem::path& path, std::string_view magic, std::uint32_t version)
    : name_(path.string()), header_(magic.size() + sizeof(std::uint32_t)) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw InputError(name_, "", "cannot open model file");
  const std::streamoff size = in.tellg();
  if (size < 0) throw InputError(name_, "", "cannot read model file");
  bytes_.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  if (!in.read(bytes_.data(), size)) throw InputError(name_, "", "cannot read model file");
  if (bytes_.size() < header_ + sizeof(std::uint64_t) || std::string_view(bytes_).substr(0, magic.size()) != magic)
    throw InputError(name_, "byte 0", "not a kgb " + std::string(magic.substr(0, magic.find('\0'))) + " model file");
  std::uint32_t file_version;
  std::memcpy(&file_version, bytes_.data() + magic.size(), sizeof file_version);
  if (file_version != version)
    throw InputError(name_, "byte " + std::to_string(magic.size()),
                     "model format version " + std::to_string(file_version) + ", expected " + std::to_string(version) +
                         " (retrain with `kgb train`)");
  std::uint64_t stored;
  std::memcpy(&stored, bytes_.data() + bytes_.size() - sizeof stored, sizeof stored);
  if (checksum(payload()) != stored) throw InputError(name_, "", "corrupt model file: checksum mismatch");
}

std::string load_model_file(const std::filesystem::path& path, std::string_view magic, std::uint32_t version) {
  return std::string(ModelFile(path, magic, version).payload());
}

}  // namespace kg::tagging
