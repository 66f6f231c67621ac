// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Attachment.h"

#include "domain/Validator.h"

#include <algorithm>

namespace casebook::core {

Status validate(const Attachment& attachment)
{
    Validator v;
    // A bare name that names no folder when a copy is saved: no separators, not "." or "..", and no
    // control characters (a NUL would cut the name short).
    const bool bareName = attachment.fileName.find_first_of("/\\") == std::string::npos && attachment.fileName != "."
                          && attachment.fileName != "..";
    const bool printable = std::none_of(attachment.fileName.begin(), attachment.fileName.end(),
                                        [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
    const bool sizeOk = attachment.size >= 0 && static_cast<std::uint64_t>(attachment.size) <= kMaxAttachmentBytes;
    std::string sizeMessage = "is ";
    sizeMessage += std::to_string(attachment.size);
    sizeMessage += " bytes; attachments are limited to 25 MiB (";
    sizeMessage += std::to_string(kMaxAttachmentBytes);
    sizeMessage += " bytes)";
    v.check(attachment.caseId.value != 0, "case", "not_chosen", "must be chosen")
        .required("file name", attachment.fileName, 255)
        .check(bareName, "file name", "attachment.folder_in_name", "must not contain a folder")
        .check(printable, "file name", "attachment.control_characters", "must not contain control characters")
        .required("media type", attachment.mediaType)
        .check(sizeOk, "size", "attachment.too_large", sizeMessage,
               {std::to_string(attachment.size), std::to_string(kMaxAttachmentBytes)})
        .maxLength("note", attachment.note, kMaxFreeTextChars);
    return v.status();
}

} // namespace casebook::core
