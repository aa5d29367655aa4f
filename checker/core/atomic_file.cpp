#include "checker/core/atomic_file.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <streambuf>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checker/core/diagnostic.hpp"

namespace crosscheck {

namespace {

[[noreturn]] void fail_io(const std::filesystem::path& path, const std::string& what, int error) {
  throw InputError({path.string(), 0, 0}, what + ": " + std::strerror(error));
}

// write(2) until done; a short write is not an error, a failed one is.
bool write_all(int fd, const char* data, std::size_t left) {
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return true;
}

std::filesystem::path directory_of(const std::filesystem::path& path) {
  return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

// ".NAME.crosscheck-PID.tmp-": the temporary files of one writer process.
std::string temporary_prefix(const std::filesystem::path& path) {
  return "." + path.filename().string() + ".crosscheck-";
}

// An output stream buffer on a file descriptor: what `write` gives, in blocks of 64 KiB.
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd), buffer_(64 * 1024) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  bool failed() const { return failed_; }

 protected:
  int_type overflow(int_type c) override {
    if (!flush_buffer()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flush_buffer() ? 0 : -1; }

 private:
  bool flush_buffer() {
    const auto n = static_cast<std::size_t>(pptr() - pbase());
    if (n && !write_all(fd_, pbase(), n)) failed_ = true;
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return !failed_;
  }
  int fd_;
  std::vector<char> buffer_;
  bool failed_ = false;
};

const char* kind_of(mode_t mode) {
  if (S_ISLNK(mode)) return "a symbolic link";
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file";
}

}  // namespace

std::size_t remove_stale_temporaries(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  const std::string prefix = temporary_prefix(path);
  std::size_t removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(directory_of(path), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::size_t dot = name.find(".tmp-", prefix.size());
    if (dot == std::string::npos) continue;
    const std::string digits = name.substr(prefix.size(), dot - prefix.size());
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) continue;
    const auto pid = static_cast<pid_t>(std::stol(digits));
    if (pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;  // its writer may still run
    std::error_code remove_error;
    if (fs::remove(it->path(), remove_error)) ++removed;
  }
  return removed;
}

void write_file_atomic(const std::filesystem::path& path, const std::string& text, const std::string& what) {
  write_file_atomic(
      path, [&](std::ostream& out) { out.write(text.data(), static_cast<std::streamsize>(text.size())); }, what);
}

void write_file_atomic(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write,
                       const std::string& what) {
  struct stat existing {};
  mode_t mode = 0644;
  if (::lstat(path.c_str(), &existing) == 0) {
    if (!S_ISREG(existing.st_mode)) {
      throw InputError({path.string(), 0, 0}, "refusing to write the " + what + ": the path is " +
                                                  kind_of(existing.st_mode) + ", not a regular file");
    }
    mode = existing.st_mode & 07777;
  } else if (errno != ENOENT) {
    fail_io(path, "cannot write the " + what, errno);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0644 & ~mask;
  }
  remove_stale_temporaries(path);
  const std::filesystem::path directory = directory_of(path);
  std::string temp = (directory / (temporary_prefix(path) + std::to_string(::getpid()) + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) fail_io(path, "cannot create a temporary file next to the " + what, errno);
  // Anything that fails from here on removes the temporary file and leaves `path` untouched.
  auto abandon = [&](const std::string& failed) {
    const int error = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    fail_io(path, failed, error);
  };
  if (::fchmod(fd, mode) != 0) abandon("cannot set permissions on the temporary " + what);
  {
    FdBuffer buffer(fd);
    std::ostream out(&buffer);
    try {
      write(out);
    } catch (...) {
      ::close(fd);
      ::unlink(temp.c_str());
      throw;
    }
    out.flush();
    if (buffer.failed() || !out) abandon("cannot write the " + what);
  }
  if (::fsync(fd) != 0) abandon("cannot flush the " + what + " to disk");
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    fail_io(path, "cannot close the " + what, error);
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    fail_io(path, "cannot replace the " + what, error);
  }
  // The rename itself must reach the disk, or a crash could bring the old file back.
  const int dir_fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

}  // namespace crosscheck
