// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The disclosure package of a subject access request (issue 15 item 2): what is collected, the
// third-party suggestions, the decisions kept across sittings, and what reaches the package.
#include "procedure/ProcedureFixture.h"

#include "audit/HeadAnchor.h"
#include "dp/Disclosure.h"
#include "dp/Erasure.h"
#include "report/ExportAudit.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace casebook::core::test {

namespace {

/// Every word of a document, as a renderer would put it on the page.
std::string documentText(const ReportDocument& doc)
{
    std::string out = doc.title + "\n" + doc.prepared + "\n";
    for (const ReportBlock& b : doc.blocks) {
        out += b.text + "\n";
        for (const auto& [k, v] : b.pairs) {
            out += k + ": " + v + "\n";
        }
        for (const std::string& h : b.header) {
            out += h + "\n";
        }
        for (const auto& row : b.rows) {
            for (const std::string& cell : row) {
                out += cell + "\n";
            }
        }
    }
    return out;
}

struct DisclosureFixture : ProcedureFixture {
    PersonId subject = addPerson("Sam Subject");
    PersonId other = addPerson("Olive Otherperson");
    CaseId subjectCase = addCase(subject);
    CaseId otherCase = addCase(other);
    DisclosureService service{db, audit, clock, "PS 1234 Example"};
    SarId sar;

    DisclosureFixture()
    {
        chronology(subjectCase, "Welfare visit", "Sam said the shift pattern was hard. CANARY-SUBJECT-NOTE");
        chronology(subjectCase, "Meeting with Olive Otherperson",
                   "Olive Otherperson raised a grievance about Sam. CANARY-THIRD-PARTY");
        chronology(subjectCase, "Private note", "Informant details CANARY-WITHHELD");
        chronology(otherCase, "Other case note", "CANARY-OTHER-PERSON");
        REQUIRE(db.exec("INSERT INTO contact(name, organisation, role) VALUES ('Dr Ann Leech', 'OH Unit', "
                        "'occupational_health')"));
        const std::int64_t contact = db.queryInt("SELECT last_insert_rowid()").value();
        REQUIRE(db.exec("INSERT INTO case_contact(case_id, contact_id) VALUES (" + std::to_string(subjectCase.value)
                        + ", " + std::to_string(contact) + ")"));
        REQUIRE(db.exec("INSERT INTO attachment(case_id, file_name, media_type, size, added_on, medical) VALUES ("
                        + std::to_string(subjectCase.value) + ", 'fit-note.txt', 'text/plain', 9, '2026-10-01', 1)"));
        const std::int64_t attachment = db.queryInt("SELECT last_insert_rowid()").value();
        REQUIRE(db.exec("INSERT INTO attachment_content(attachment_id, bytes) VALUES (" + std::to_string(attachment)
                        + ", CAST('fit note!' AS BLOB))"));
        REQUIRE(db.exec("INSERT INTO sar_request(person_id, received_on, channel, status, reference) VALUES ("
                        + std::to_string(subject.value) + ", '2026-11-02', 'email', 'open', 'SAR-2026-17')"));
        sar = SarId{db.queryInt("SELECT last_insert_rowid()").value()};
    }

    void chronology(CaseId c, const std::string& title, const std::string& body)
    {
        Result<Statement> st = db.prepare("INSERT INTO chronology_entry(case_id, entry_date, kind, title, body, "
                                          "medical) VALUES (?1, '2026-10-01', 'note', ?2, ?3, 0)");
        REQUIRE(st.has_value());
        st->bind(1, c.value).bind(2, title).bind(3, body);
        REQUIRE(st->run().has_value());
    }

    std::string keyOf(const DisclosureReview& review, const std::string& needle)
    {
        for (const DisclosureItem& item : review.items) {
            for (const auto& [label, value] : item.fields) {
                if (value.find(needle) != std::string::npos) {
                    return item.key;
                }
            }
        }
        FAIL("no item holds " << needle);
        return {};
    }
};

DisclosureReview collected(DisclosureFixture& f)
{
    Result<DisclosureReview> review = f.service.collect(f.sar);
    if (!review) {
        FAIL(review.error().detail);
    }
    return std::move(review.value());
}

} // namespace

TEST_CASE("disclosure: collects the person's record, cases, chronology, contacts and attachments, and no one else's",
          "[dp][disclosure]")
{
    DisclosureFixture f;
    const DisclosureReview review = collected(f);
    CHECK(review.personName == "Sam Subject");
    CHECK(review.find("person:" + std::to_string(f.subject.value)) != nullptr);
    CHECK(review.find("case_file:" + std::to_string(f.subjectCase.value)) != nullptr);
    CHECK(review.find("case_file:" + std::to_string(f.otherCase.value)) == nullptr);
    std::string all;
    for (const DisclosureItem& item : review.items) {
        for (const auto& [label, value] : item.fields) {
            all += value + "\n";
        }
    }
    CHECK(all.find("CANARY-SUBJECT-NOTE") != std::string::npos);
    CHECK(all.find("Dr Ann Leech") != std::string::npos);
    CHECK(all.find("fit-note.txt") != std::string::npos);
    CHECK(all.find("CANARY-OTHER-PERSON") == std::string::npos);
    CHECK(review.find("person:" + std::to_string(f.other.value)) == nullptr); // nor the other person's own record
}

TEST_CASE("disclosure: third parties are suggested from the case's contacts and other people's names in the text",
          "[dp][disclosure]")
{
    DisclosureFixture f;
    const DisclosureReview review = collected(f);
    const DisclosureItem* meeting = review.find(f.keyOf(review, "CANARY-THIRD-PARTY"));
    REQUIRE(meeting != nullptr);
    REQUIRE(meeting->thirdParties.size() == 1);
    CHECK(meeting->thirdParties.front() == "names Olive Otherperson (another person in the store)");
    const DisclosureItem* plain = review.find(f.keyOf(review, "CANARY-SUBJECT-NOTE"));
    REQUIRE(plain != nullptr);
    CHECK(plain->thirdParties.empty()); // the subject's own name is not a third party
    const DisclosureItem* contact = review.find(f.keyOf(review, "Dr Ann Leech"));
    REQUIRE(contact != nullptr);
    CHECK(contact->kind == "case_contact");
    CHECK_FALSE(contact->thirdParties.empty());

    SECTION("a surname alone is suggested as a possible match")
    {
        f.chronology(f.subjectCase, "Call", "Spoke to Otherperson about rotas");
        const DisclosureReview again = collected(f);
        const DisclosureItem* call = again.find(f.keyOf(again, "Spoke to Otherperson"));
        REQUIRE(call != nullptr);
        REQUIRE(call->thirdParties.size() == 1);
        CHECK(call->thirdParties.front().rfind("may name Olive Otherperson", 0) == 0);
    }
    SECTION("the package waits until every suggested item is decided")
    {
        Result<DisclosurePackage> refused = f.service.build(f.sar, day("2026-11-20"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::RuleViolation);
        CHECK(refused.error().detail.find(meeting->key) != std::string::npos);
    }
}

TEST_CASE("disclosure: withheld items are absent, redacted words become the marker, decisions persist, the "
          "redaction log stays internal",
          "[dp][disclosure]")
{
    DisclosureFixture f;
    const DisclosureReview review = collected(f);
    const std::string meeting = f.keyOf(review, "CANARY-THIRD-PARTY");
    const std::string contact = f.keyOf(review, "Dr Ann Leech");
    const std::string withheld = f.keyOf(review, "CANARY-WITHHELD");
    REQUIRE(f.service.decide(f.sar, meeting, DisclosureDecision::Redact, "DPA 2018 Sch 2 para 16 third party",
                             "Olive Otherperson"));
    REQUIRE(f.service.decide(f.sar, meeting, DisclosureDecision::Redact, "DPA 2018 Sch 2 para 16 third party",
                             "CANARY-THIRD-PARTY"));
    REQUIRE(f.service.decide(f.sar, contact, DisclosureDecision::Disclose, "health professional acting in role"));
    REQUIRE(f.service.decide(f.sar, withheld, DisclosureDecision::Withhold, "informant: third party"));

    // A later sitting (a new service over the same store) sees the same decisions.
    DisclosureService later(f.db, f.audit, f.clock, "PS 1234 Example");
    Result<DisclosureReview> reread = later.collect(f.sar);
    REQUIRE(reread.has_value());
    REQUIRE(reread->decisions.size() == 3);
    CHECK(reread->decisions.at(meeting).redactions
          == std::vector<std::string>{"Olive Otherperson", "CANARY-THIRD-PARTY"});
    CHECK(reread->decisions.at(withheld).decision == DisclosureDecision::Withhold);
    CHECK(reread->undecidedSuggestions().empty());

    Result<DisclosurePackage> package = later.build(f.sar, day("2026-11-20"));
    REQUIRE(package.has_value());
    const std::string text = documentText(package->document);
    CHECK(text.find("CANARY-SUBJECT-NOTE") != std::string::npos);
    CHECK(text.find("grievance about Sam") != std::string::npos);
    CHECK(text.find("[REDACTED] raised a grievance") != std::string::npos);
    CHECK(text.find("Olive Otherperson") == std::string::npos);
    CHECK(text.find("CANARY-THIRD-PARTY") == std::string::npos);
    CHECK(text.find("CANARY-WITHHELD") == std::string::npos);
    CHECK(text.find("Private note") == std::string::npos);
    CHECK(text.find("informant: third party") == std::string::npos); // reasons stay internal
    CHECK(text.find("CANARY-OTHER-PERSON") == std::string::npos);
    CHECK(package->withheld == 1);
    CHECK(package->redacted == 1);
    REQUIRE(package->attachments.size() == 1);
    CHECK(package->attachments.front().bytes == "fit note!");
    CHECK(package->attachments.front().fileName.ends_with("-fit-note.txt"));

    // The redaction log never reaches the audit log's summaries.
    Result<std::vector<AuditRecord>> log = f.audit.list(f.db);
    REQUIRE(log.has_value());
    for (const AuditRecord& r : *log) {
        CHECK(r.entry.summary.find("Otherperson") == std::string::npos);
        CHECK(r.entry.summary.find("informant") == std::string::npos);
    }
    CHECK(f.db.queryInt("SELECT count(*) FROM sar_redaction").value() == 2);
}

TEST_CASE("disclosure: bad decisions are refused with a reason and record nothing", "[dp][disclosure]")
{
    DisclosureFixture f;
    const DisclosureReview review = collected(f);
    const std::string meeting = f.keyOf(review, "CANARY-THIRD-PARTY");
    const std::string attachment = f.keyOf(review, "fit-note.txt");
    Status typo = f.service.decide(f.sar, meeting, DisclosureDecision::Redact, "third party", "Olive Otherpreson");
    REQUIRE_FALSE(typo.has_value());
    CHECK(typo.error().detail.find("do not occur") != std::string::npos);
    CHECK_FALSE(f.service.decide(f.sar, meeting, DisclosureDecision::Withhold, "  ").has_value());
    CHECK_FALSE(f.service.decide(f.sar, attachment, DisclosureDecision::Redact, "x", "fit").has_value());
    Status unknown = f.service.decide(f.sar, "chronology_entry:999", DisclosureDecision::Disclose, "");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(f.db.queryInt("SELECT count(*) FROM sar_item").value() == 0);

    REQUIRE(f.db.exec("UPDATE sar_request SET status = 'responded', closed_on = '2026-11-30'"));
    Status closed = f.service.decide(f.sar, meeting, DisclosureDecision::Disclose, "");
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().code == ErrorCode::RuleViolation);
}

TEST_CASE("disclosure: the package is audited with the SHA-256 of the PDF and of the manifest", "[dp][disclosure]")
{
    DisclosureFixture f;
    const DisclosureReview review = collected(f);
    for (const DisclosureItem* item : review.undecidedSuggestions()) {
        REQUIRE(f.service.decide(f.sar, item->key, DisclosureDecision::Disclose, ""));
    }
    const std::string headBefore = auditHeadText(f.db);
    Result<DisclosurePackage> package = f.service.build(f.sar, day("2026-11-20"));
    REQUIRE(package.has_value());
    // The package's footer pins the audit log like every other export (issue 13, item 4).
    CHECK_FALSE(headBefore.empty());
    CHECK(package->document.auditHead == headBefore);
    const std::string pdf = "%PDF-1.4 stand-in bytes";
    const std::string manifest = disclosureManifest("disclosure.pdf", pdf, package->attachments);
    CHECK(manifest.find(sha256Hex(pdf) + "  " + std::to_string(pdf.size()) + "  disclosure.pdf\n") == 0);
    CHECK(manifest.find(sha256Hex("fit note!") + "  9  attachments/") != std::string::npos);
    REQUIRE(f.service.recordPackage(f.sar, *package, sha256Hex(pdf), sha256Hex(manifest)));
    CHECK(f.db.queryText("SELECT pdf_sha256 FROM disclosure_package").value() == sha256Hex(pdf));
    const std::string summary =
        f.db.queryText("SELECT summary FROM audit_log WHERE action = 'export' ORDER BY seq DESC LIMIT 1").value();
    CHECK(summary.find("sha256 " + sha256Hex(pdf)) != std::string::npos);
    CHECK(summary.find("manifest sha256 " + sha256Hex(manifest)) != std::string::npos);
    CHECK(f.db.queryText("SELECT record_type || ' ' || record_id FROM audit_log ORDER BY seq DESC LIMIT 1").value()
          == "sar_request " + std::to_string(f.sar.value));
    // The next package lists this export among the exports about the person.
    Result<DisclosureReview> again = f.service.collect(f.sar);
    REQUIRE(again.has_value());
    REQUIRE(again->exports.size() == 1);
    CHECK(again->exports.front().entry.summary == summary);
}

TEST_CASE("disclosure: an open request blocks retention disposal and erasure of the person's records, closing it "
          "lets them go",
          "[dp][disclosure][hold]")
{
    DisclosureFixture f;
    ErasureService erasure(f.db, f.audit, f.clock, "PS 1234 Example");
    const std::int64_t entries = f.count("chronology_entry");
    // Retention disposal runs the erasure under the retention rule (casebook-cli retention dispose).
    Result<DisposalCertificate> disposal =
        erasure.eraseCase(f.subjectCase, "retention period ended (retention.case)", "retention.case");
    REQUIRE_FALSE(disposal.has_value());
    CHECK(disposal.error().code == ErrorCode::RuleViolation);
    CHECK(disposal.error().detail.find("open subject access request") != std::string::npos);
    Result<DisposalCertificate> erased = erasure.erasePerson(f.subject, "erasure request");
    REQUIRE_FALSE(erased.has_value());
    CHECK(erased.error().code == ErrorCode::RuleViolation);
    CHECK_FALSE(f.db.exec("DELETE FROM case_file WHERE id = " + std::to_string(f.subjectCase.value)).has_value());
    CHECK(f.count("chronology_entry") == entries);
    // The other person has no open request: their case can go.
    REQUIRE(erasure.eraseCase(f.otherCase, "retention period ended (retention.case)", "retention.case"));

    REQUIRE(f.db.exec("UPDATE sar_request SET status = 'responded', closed_on = '2026-11-30'"));
    REQUIRE(erasure.eraseCase(f.subjectCase, "retention period ended (retention.case)", "retention.case"));
    CHECK(f.count("chronology_entry") == 0);
}

} // namespace casebook::core::test

namespace casebook::core::test {

TEST_CASE("erasure preview: names the rows, attachments and index entries that would go, and what blocks it",
          "[dp][erasure]")
{
    DisclosureFixture f;
    ErasureService erasure(f.db, f.audit, f.clock, "PS 1234 Example");
    const auto auditBefore = f.count("audit_log");
    Result<ErasurePreview> preview = erasure.previewPerson(f.subject);
    REQUIRE(preview.has_value());
    CHECK(preview->rows.at("chronology_entry") == 3);
    CHECK(preview->rows.at("case_file") == 1);
    CHECK(preview->rows.at("person") == 1);
    CHECK(preview->rows.at("sar_request") == 1);
    CHECK(preview->attachments == 1);
    CHECK(preview->attachmentBytes == 9);
    CHECK(preview->indexEntries == 5); // the person, the case and three chronology entries
    REQUIRE(preview->blockedBy.size() == 1);
    CHECK(preview->blockedBy.front() == "open subject access request " + std::to_string(f.sar.value));
    CHECK(f.count("audit_log") == auditBefore);
    CHECK(f.count("chronology_entry") == 4);

    Result<ErasurePreview> other = erasure.previewCase(f.otherCase);
    REQUIRE(other.has_value());
    CHECK(other->blockedBy.empty());
    CHECK(other->rows.at("chronology_entry") == 1);
    CHECK(other->indexEntries == 2);
    Result<DisposalCertificate> certificate = erasure.eraseCase(f.otherCase, "retention", "retention.case");
    REQUIRE(certificate.has_value());
    for (const auto& [table, n] : other->rows) {
        INFO(table);
        CHECK(certificate->counts[table] == n);
    }
    CHECK_FALSE(erasure.previewCase(f.otherCase).has_value());
}

} // namespace casebook::core::test
