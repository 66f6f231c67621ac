// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Attachment.h"

#include "domain/Validator.h"

namespace casebook::core {

Status validate(const Attachment& attachment)
{
    Validator v;
    const bool bareName = attachment.fileName.find_first_of("/\\") == std::string::npos;
    const bool sizeOk = attachment.size >= 0 && static_cast<std::uint64_t>(attachment.size) <= kMaxAttachmentBytes;
    std::string sizeMessage = "is ";
    sizeMessage += std::to_string(attachment.size);
    sizeMessage += " bytes; attachments are limited to 25 MiB (";
    sizeMessage += std::to_string(kMaxAttachmentBytes);
    sizeMessage += " bytes)";
    v.check(attachment.caseId.value != 0, "case", "must be chosen")
        .required("file name", attachment.fileName, 255)
        .check(bareName, "file name", "must not contain a folder")
        .required("media type", attachment.mediaType)
        .check(sizeOk, "size", sizeMessage)
        .maxLength("note", attachment.note, kMaxFreeTextChars);
    return v.status();
}

} // namespace casebook::core
