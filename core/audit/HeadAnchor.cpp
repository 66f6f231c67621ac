// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "audit/HeadAnchor.h"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace casebook::core {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHex = "0123456789abcdef";

int hexValue(char c)
{
    const auto at = kHex.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

std::string storeKey(const fs::path& store)
{
    std::error_code ec;
    const auto absolute = fs::absolute(store, ec);
    return (ec ? store : absolute).lexically_normal().string();
}

std::map<std::string, std::string> readLines(const fs::path& file)
{
    std::map<std::string, std::string> heads;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (const auto tab = line.rfind('\t'); tab != std::string::npos) {
            heads[line.substr(0, tab)] = line.substr(tab + 1);
        }
    }
    return heads;
}

Status makePrivateDirectories(const fs::path& dir)
{
    if (dir.empty()) {
        return Ok{};
    }
    std::error_code ec;
    if (fs::is_directory(dir, ec)) {
        return Ok{};
    }
    if (auto st = makePrivateDirectories(dir.parent_path()); !st) {
        return st;
    }
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
        return makeError(ErrorCode::Io, "cannot create " + dir.string() + ": " + std::strerror(errno));
    }
    return Ok{};
}

} // namespace

std::string formatAuditHead(const AuditHead& head)
{
    std::string text = std::to_string(head.seq) + ":";
    for (const std::uint8_t byte : head.hash) {
        text += kHex[byte >> 4];
        text += kHex[byte & 0xF];
    }
    return text;
}

std::optional<AuditHead> parseAuditHead(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0) {
        return std::nullopt;
    }
    AuditHead head;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + colon, head.seq);
    if (ec != std::errc{} || end != text.data() + colon || head.seq < 0) {
        return std::nullopt;
    }
    const auto hex = text.substr(colon + 1);
    if (hex.size() != head.hash.size() * 2) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < head.hash.size(); ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        head.hash[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    return head;
}

std::string auditHeadText(Database& db)
{
    auto head = readAuditHead(db);
    if (!head || !*head) {
        return {};
    }
    return formatAuditHead(**head);
}

std::optional<fs::path> AuditHeadAnchors::defaultFile()
{
    const char* state = std::getenv("XDG_STATE_HOME");
    if (state != nullptr && *state != '\0' && fs::path(state).is_absolute()) {
        return fs::path(state) / "casebook" / "audit-heads";
    }
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home == '\0') {
        return std::nullopt;
    }
    return fs::path(home) / ".local" / "state" / "casebook" / "audit-heads";
}

AuditHeadAnchors::AuditHeadAnchors(fs::path file)
    : m_file(std::move(file))
{
}

HeadComparison AuditHeadAnchors::compare(const fs::path& store, const AuditHead& head) const
{
    HeadComparison out;
    const auto heads = readLines(m_file);
    const auto found = heads.find(storeKey(store));
    if (found == heads.end()) {
        return out;
    }
    out.seen = found->second;
    const auto seen = parseAuditHead(found->second);
    if (!seen) {
        return out; // an unreadable line counts as nothing seen; it is rewritten by record()
    }
    if (*seen == head) {
        out.kind = HeadComparison::Kind::Same;
    } else if (seen->seq > head.seq) {
        out.kind = HeadComparison::Kind::Older;
    } else if (seen->seq == head.seq) {
        out.kind = HeadComparison::Kind::Replaced;
    } else {
        out.kind = HeadComparison::Kind::Ahead;
    }
    return out;
}

Status AuditHeadAnchors::record(const fs::path& store, const AuditHead& head) const
{
    if (auto st = makePrivateDirectories(m_file.parent_path()); !st) {
        return st;
    }
    auto heads = readLines(m_file);
    heads[storeKey(store)] = formatAuditHead(head);
    std::string text;
    for (const auto& [path, value] : heads) {
        if (path.find('\n') == std::string::npos) {
            text += path + '\t' + value + '\n';
        }
    }
    const fs::path temp = m_file.string() + ".new";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        return makeError(ErrorCode::Io, "cannot write " + temp.string() + ": " + std::strerror(errno));
    }
    const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    const bool closed = ::close(fd) == 0;
    std::error_code ec;
    if (!written || !closed) {
        fs::remove(temp, ec);
        return makeError(ErrorCode::Io, "cannot write " + temp.string());
    }
    fs::rename(temp, m_file, ec);
    if (ec) {
        fs::remove(temp, ec);
        return makeError(ErrorCode::Io, "cannot replace " + m_file.string() + ": " + ec.message());
    }
    return Ok{};
}

HeadComparison AuditHeadAnchors::check(const fs::path& store, const AuditHead& head) const
{
    auto comparison = compare(store, head);
    (void)record(store, head);
    return comparison;
}

} // namespace casebook::core
