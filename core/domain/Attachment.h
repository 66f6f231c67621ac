// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "support/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace casebook::core {

/// The largest attachment the store accepts: 25 MiB (a scanned letter or report, not a video).
inline constexpr std::size_t kMaxAttachmentBytes = 25U * 1024U * 1024U;

/// A file (letter, fit note, report) kept inside the encrypted store; the bytes are stored
/// separately so listing a case's attachments never reads them.
struct Attachment {
    AttachmentId id;
    CaseId caseId;
    std::string fileName;
    std::string mediaType = "application/octet-stream";
    std::int64_t size = 0; ///< bytes; set from the content when stored
    Date added;
    bool medical = false;
    std::string note;

    bool operator==(const Attachment&) const = default;
};

/// Case set; file name required, a bare name (no '/' or '\\') of at most 255 characters; media
/// type required; size within kMaxAttachmentBytes.
Status validate(const Attachment& attachment);

} // namespace casebook::core
