// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"

#include <string>
#include <utility>
#include <vector>

namespace casebook::core {

/// What kind of block a report is made of; renderers need to know only these five.
enum class BlockKind { Heading, Paragraph, KeyValues, Table, Note };

/// One block of a report. Only the fields of its kind are used: `text` for a heading, paragraph
/// or note; `pairs` for a key-value list; `header` and `rows` for a table.
struct ReportBlock {
    BlockKind kind = BlockKind::Paragraph;
    std::string text;
    std::vector<std::pair<std::string, std::string>> pairs;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    bool operator==(const ReportBlock&) const = default;
};

/// Medical detail left out of a report, by category, for the "what was withheld" statement.
struct WithheldCategory {
    std::string category; ///< e.g. "occupational health referral detail"
    int items = 0;
    bool operator==(const WithheldCategory&) const = default;
};

/// A chart for a report's chart page: labelled counts, drawn as bars. Only counts, never names.
struct ReportChart {
    std::string title;
    std::vector<std::pair<std::string, int>> bars; ///< in the order drawn
    bool overTime = false;                         ///< a series (months): upright columns, left to right
    std::string whenEmpty; ///< the sentence drawn instead of bars when there are none ("No case …")
    bool operator==(const ReportChart&) const = default;
};

/// A report ready to render: marking, provenance and blocks. Everything in it may be shown to
/// its audience; redaction has already happened when it was built.
struct ReportDocument {
    std::string title;
    std::string marking;  ///< protective marking, shown at the top and bottom of every rendering
    std::string handling; ///< handling line under the marking
    Date generatedOn;
    std::string author;
    std::string audience; ///< who it is for, in words ("Line manager")
    /// The line under the title, in words ("Prepared for the line manager by PS 1234 Sam Jones on
    /// 4 December 2026."); renderers fall back to audience, author and date when it is empty.
    std::string prepared;
    std::vector<std::string> sections; ///< the codes of the sections included
    std::vector<WithheldCategory> withheld;
    std::vector<ReportBlock> blocks;
    /// Drawn together on one page before the text, by the PDF renderer only.
    std::vector<ReportChart> charts;
    bool landscape = false; ///< pages in landscape, for wide tables (the PDF)
    /// The store's audit log head ("seq:hex", core/audit/HeadAnchor.h) when the report was made,
    /// set by whoever read the store; every renderer puts auditHeadFooter() of it in the footer.
    std::string auditHead{};
    bool operator==(const ReportDocument&) const = default;

    void heading(std::string text) { blocks.push_back({BlockKind::Heading, std::move(text), {}, {}, {}}); }
    void paragraph(std::string text) { blocks.push_back({BlockKind::Paragraph, std::move(text), {}, {}, {}}); }
    void note(std::string text) { blocks.push_back({BlockKind::Note, std::move(text), {}, {}, {}}); }
    void keyValues(std::vector<std::pair<std::string, std::string>> pairs)
    {
        blocks.push_back({BlockKind::KeyValues, {}, std::move(pairs), {}, {}});
    }
    void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows)
    {
        blocks.push_back({BlockKind::Table, {}, {}, std::move(header), std::move(rows)});
    }
};

/// "Audit log head 1234:ab12cd34ef56ab78…" (the seq and the first 16 hex digits of the hash,
/// enough to compare with 'audit verify'), or empty when `head` is.
inline std::string auditHeadFooter(const std::string& head)
{
    if (head.empty()) {
        return {};
    }
    const auto colon = head.find(':');
    const auto cut = colon == std::string::npos ? head.size() : colon + 1 + 16;
    return "Audit log head " + head.substr(0, cut) + (cut < head.size() ? "\xE2\x80\xA6" : "");
}

} // namespace casebook::core
