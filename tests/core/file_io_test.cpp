// Reading input files, checking UTF-8, and writing output files atomically.
#include <sys/stat.h>

#include <stdexcept>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kg/error.hpp"
#include "kg/file_io.hpp"
#include "support/files.hpp"

namespace kg {
namespace {

using ::testing::HasSubstr;
using test::slurp;
using test::spit;
using test::TempDir;

std::string error_of(auto action) {
  try {
    action();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(ReadFile, ReadsEveryByte) {
  TempDir dir;
  std::string bytes("a\0b\xff\n", 5);
  spit(dir / "x.bin", bytes);
  EXPECT_EQ(read_file(dir / "x.bin"), bytes);
  spit(dir / "empty", "");
  EXPECT_EQ(read_file(dir / "empty"), "");
}

TEST(ReadFile, MissingFilesAndDirectoriesAreInputErrorsNamingThePath) {
  TempDir dir;
  auto missing = (dir / "missing.json").string();
  EXPECT_THROW(read_file(missing), InputError);
  EXPECT_EQ(error_of([&] { read_file(missing); }), missing + ": no such file");
  EXPECT_EQ(error_of([&] { read_file(dir.path()); }), dir.path().string() + ": is a directory, not a file");
}

TEST(ReadFile, UnreadableFilesAreInputErrors) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files whatever their mode";
  TempDir dir;
  spit(dir / "secret", "x");
  chmod((dir / "secret").c_str(), 0);
  EXPECT_THAT(error_of([&] { read_file(dir / "secret"); }), HasSubstr("secret: cannot open"));
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("plain ASCII"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("Ünïcödé 北朝鮮 🚀"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("ab\xff"), 2u);                 // never valid
  EXPECT_EQ(find_invalid_utf8("ab\xc3"), 2u);                 // truncated at the end
  EXPECT_EQ(find_invalid_utf8("é\xc3(x"), 2u);                // bad continuation byte
  EXPECT_EQ(find_invalid_utf8("x\xc0\x80"), 1u);              // overlong NUL
  EXPECT_EQ(find_invalid_utf8("\xed\xa0\x80"), 0u);           // a UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("\xf4\x90\x80\x80"), 0u);       // beyond U+10FFFF
  EXPECT_EQ(find_invalid_utf8(std::string_view("a\0b", 3)), std::nullopt);  // NUL is valid UTF-8
}

TEST(Utf8, CheckNamesTheFileAndByte) {
  EXPECT_NO_THROW(check_utf8("fine", "f.txt", true));
  EXPECT_EQ(error_of([] { check_utf8("ok\nbad \xff", "f.txt"); }), "f.txt:byte 7: invalid UTF-8");
  EXPECT_EQ(error_of([] { check_utf8("", "f.txt", true); }), "f.txt: empty file");
  EXPECT_NO_THROW(check_utf8("", "f.txt", false));
  EXPECT_EQ(error_of([] { check_utf8(std::string_view("ab\0", 3), "f.bin", true); }),
            "f.bin:byte 2: binary data (NUL byte), expected UTF-8 text");
  try {
    check_utf8("\xff", "g.txt");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "g.txt");
    EXPECT_EQ(e.position(), "byte 0");
  }
}

TEST(WriteFileAtomically, WritesTheFileWithTheUsualMode) {
  TempDir dir;
  write_file_atomically(dir / "out.txt", [](std::ostream& out) { out << "hello\n"; });
  EXPECT_EQ(slurp(dir / "out.txt"), "hello\n");
  EXPECT_EQ(dir.files(), std::vector<std::string>{"out.txt"});
  struct stat info {};
  ASSERT_EQ(stat((dir / "out.txt").c_str(), &info), 0);
  mode_t mask = umask(0);
  umask(mask);
  EXPECT_EQ(info.st_mode & 0777, 0666 & ~mask);
}

TEST(WriteFileAtomically, ReplacesAnExistingFile) {
  TempDir dir;
  spit(dir / "out.txt", "old contents that are longer");
  write_file_atomically(dir / "out.txt", [](std::ostream& out) { out << "new"; });
  EXPECT_EQ(slurp(dir / "out.txt"), "new");
  EXPECT_EQ(dir.files(), std::vector<std::string>{"out.txt"});
}

TEST(WriteFileAtomically, AFailedWriteLeavesNoFileBehind) {
  TempDir dir;
  auto failing = [](std::ostream& out) {
    out << std::string(1 << 20, 'x');  // enough to have reached the disk
    throw std::runtime_error("writer failed");
  };
  EXPECT_THROW(write_file_atomically(dir / "new.txt", failing), std::runtime_error);
  EXPECT_TRUE(dir.files().empty());
  spit(dir / "kept.txt", "original");
  EXPECT_THROW(write_file_atomically(dir / "kept.txt", failing), std::runtime_error);
  EXPECT_EQ(slurp(dir / "kept.txt"), "original");
  EXPECT_EQ(dir.files(), std::vector<std::string>{"kept.txt"});
}

TEST(WriteFileAtomically, AMissingDirectoryIsAnErrorNamingThePath) {
  TempDir dir;
  auto target = dir / "no" / "such" / "out.txt";
  EXPECT_THAT(error_of([&] { write_file_atomically(target, [](std::ostream& out) { out << "x"; }); }),
              HasSubstr(target.string()));
  EXPECT_FALSE(std::filesystem::exists(dir / "no"));
}

TEST(WriteFileAtomically, ADirectoryIsNotOverwritten) {
  TempDir dir;
  std::filesystem::create_directory(dir / "sub");
  EXPECT_THAT(error_of([&] { write_file_atomically(dir / "sub", [](std::ostream& out) { out << "x"; }); }),
              HasSubstr("is a directory"));
  EXPECT_TRUE(std::filesystem::is_directory(dir / "sub"));
  EXPECT_EQ(dir.files(), std::vector<std::string>{"sub"});
}

TEST(WriteFileAtomically, AFileNameWithoutDirectoryIsWrittenInTheWorkingDirectory) {
  TempDir dir;
  auto previous = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  write_file_atomically("plain.txt", [](std::ostream& out) { out << "x"; });
  std::filesystem::current_path(previous);
  EXPECT_EQ(slurp(dir / "plain.txt"), "x");
}

}  // namespace
}  // namespace kg
