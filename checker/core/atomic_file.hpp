// Files the tool writes (baselines, reports): written whole or not at all, and never over
// something that is not ours.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

namespace crosscheck {

// Writes `text` to `path` through a temporary file in the same directory (fsynced, renamed
// over `path`, directory fsynced): a run killed or failing part way leaves the old file intact.
// Refuses (InputError naming the path) anything at `path` but a regular file: a symbolic
// link, FIFO, device, socket or directory is never replaced. An existing file keeps its
// permission bits; a new one gets 0644 (less the umask). Temporary files that an earlier,
// interrupted write of the same path left behind (their process is gone) are removed first.
// `what` names the file in messages ("baseline", "report").
void write_file_atomic(const std::filesystem::path& path, const std::string& text, const std::string& what);
// The same, with the text written by `write` into a stream on the temporary file as it comes
// (a claims stream or a report is never held whole in memory). If `write` throws, the
// temporary file is removed, `path` is left as it was and the exception goes on.
void write_file_atomic(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write,
                       const std::string& what);

// The temporary files an interrupted write of `path` left behind, removed; returns how many.
std::size_t remove_stale_temporaries(const std::filesystem::path& path);

}  // namespace crosscheck
