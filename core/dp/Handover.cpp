// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/Handover.h"
#include "schema/AppSchema.h"

#include "audit/AuditHead.h"
#include "audit/ChangeDigest.h"
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Random.h"
#include "dp/HandoverCopy.h"
#include "report/Words.h"
#include "store/Database.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <system_error>

namespace casebook::core {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kFormat = "casebook-handover/1";
constexpr std::string_view kSignedPrefix = "casebook-handover/1 manifest\n";
constexpr std::string_view kKeyMeta = "handover_signing_key";
constexpr std::string_view kSeqMeta = "handover_seq";
constexpr std::string_view kManifestMeta = "handover_manifest";
constexpr std::string_view kSignatureMeta = "handover_signature";
constexpr std::string_view kImportedMeta = "handover_imported.";

Result<std::optional<std::string>> readMeta(Database& db, std::string_view key)
{
    auto stmt = db.prepare("SELECT value FROM store_meta WHERE key = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>(stmt->columnText(0));
}

Status writeMeta(Database& db, std::string_view key, std::string_view value)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO store_meta(key, value) VALUES (?1, ?2)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

std::string fingerprintOf(const std::vector<std::uint8_t>& publicKey)
{
    const std::string hex = hexEncode(sha256(publicKey));
    std::string out;
    for (std::size_t i = 0; i < 40; i += 4) {
        out += (i == 0 ? "" : " ") + hex.substr(i, 4);
    }
    return out;
}

std::string normalised(std::string fingerprint)
{
    std::string out;
    for (char c : fingerprint) {
        if (c != ' ') {
            out += static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
        }
    }
    return out;
}

/// The store's Ed25519 handover key, created (inside the caller's write transaction) on first use.
Result<std::unique_ptr<Ed25519Key>> signingKey(Database& db)
{
    auto stored = readMeta(db, kKeyMeta);
    if (!stored) {
        return stored.error();
    }
    if (*stored) {
        std::optional<std::vector<std::uint8_t>> bytes = hexDecode(**stored);
        std::optional<Ed25519Key> key = bytes ? Ed25519Key::fromPrivate(*bytes) : std::nullopt;
        if (bytes) {
            secureWipe(bytes->data(), bytes->size());
        }
        if (!key) {
            return makeError(ErrorCode::StoreDamaged, "handover signing key: the stored key is not an Ed25519 key");
        }
        return std::make_unique<Ed25519Key>(std::move(*key));
    }
    auto key = std::make_unique<Ed25519Key>(Ed25519Key::generate());
    if (Status st = writeMeta(db, kKeyMeta, hexEncode(key->privateKey())); !st) {
        return st.error();
    }
    return key;
}

Result<std::string> fileSha256(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::Io, "cannot read " + path.string());
    }
    Sha256 hash;
    std::vector<char> buf(1 << 16);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        hash.update(buf.data(), static_cast<std::size_t>(in.gcount()));
    }
    return hash.finalHex();
}

void removePackage(const fs::path& out)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(out.string() + suffix, ignored);
    }
}

std::string countsText(const std::map<std::string, std::int64_t>& counts)
{
    auto n = [&](const char* table) {
        auto it = counts.find(table);
        return static_cast<long long>(it == counts.end() ? 0 : it->second);
    };
    return countInWords(n("case_file"), "case", "cases") + ", " + countInWords(n("person"), "person", "people") + ", "
           + countInWords(n("chronology_entry"), "chronology entry", "chronology entries") + ", "
           + countInWords(n("attachment"), "attachment", "attachments");
}

Result<std::string> headText(Database& db)
{
    auto head = readAuditHead(db);
    if (!head) {
        return head.error();
    }
    const AuditHead h = head->value_or(AuditHead{});
    return std::to_string(h.seq) + ":" + hexEncode(h.hash);
}

Status appendAudit(Database& db, const AuditLog& audit, const std::string& actor, AuditAction action,
                   const std::string& id, const std::string& summary, const nlohmann::json& after)
{
    auto digest = changeDigest(nullptr, after);
    if (!digest) {
        return digest.error();
    }
    AuditEntry entry;
    entry.actor = actor;
    entry.action = action;
    entry.recordType = "handover";
    entry.recordId = id;
    entry.summary = summary;
    entry.changeDigest = *digest;
    return audit.append(db, entry);
}

/// A package opened and verified: every page, both header copies, the signature and the digest.
struct Opened {
    std::unique_ptr<Store> store;
    HandoverSummary summary;
};

Result<HandoverSummary> readSummary(Database& db)
{
    auto manifestText = readMeta(db, kManifestMeta);
    auto signatureText = readMeta(db, kSignatureMeta);
    if (!manifestText || !signatureText) {
        return (!manifestText ? manifestText : signatureText).error();
    }
    if (!*manifestText || !*signatureText) {
        return makeError(ErrorCode::InvalidArgument, "not a handover package (it has no signed manifest)");
    }
    HandoverSummary s;
    try {
        const auto manifest = nlohmann::json::parse(**manifestText);
        if (manifest.at("format").get<std::string>() != kFormat) {
            return makeError(ErrorCode::UnsupportedVersion, "handover package format " + manifest.at("format").dump());
        }
        const auto publicKey = hexDecode(manifest.at("signer_key").get<std::string>());
        const auto signature = hexDecode(**signatureText);
        std::vector<std::uint8_t> message(kSignedPrefix.begin(), kSignedPrefix.end());
        message.insert(message.end(), (*manifestText)->begin(), (*manifestText)->end());
        if (!publicKey || !signature || !ed25519Verify(*publicKey, message, *signature)) {
            return makeError(ErrorCode::StoreDamaged, "handover package: the manifest's signature does not verify");
        }
        s.packageId = manifest.at("package_id").get<std::string>();
        s.sequence = manifest.at("sequence").get<std::int64_t>();
        s.createdAt = manifest.at("created_at").get<std::string>();
        s.sourceHead = manifest.at("source_head").get<std::string>();
        s.contentSha256 = manifest.at("content_sha256").get<std::string>();
        s.counts = manifest.at("counts").get<std::map<std::string, std::int64_t>>();
        s.signerFingerprint = fingerprintOf(*publicKey);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::StoreDamaged, std::string("handover package: unreadable manifest: ") + e.what());
    }
    auto digest = handover::contentDigest(db);
    if (!digest) {
        return digest.error();
    }
    if (*digest != s.contentSha256) {
        return makeError(ErrorCode::StoreDamaged, "handover package: its rows do not match the signed digest");
    }
    auto cases = db.prepare("SELECT c.id, p.name, c.summary, c.status FROM case_file c JOIN person p ON p.id = "
                            "c.person_id ORDER BY c.id");
    if (!cases) {
        return cases.error();
    }
    for (auto row = cases->step(); row && *row; row = cases->step()) {
        s.cases.push_back({cases->columnInt(0), cases->columnText(1), cases->columnText(2), cases->columnText(3)});
    }
    auto people = db.prepare("SELECT name FROM person ORDER BY id");
    if (!people) {
        return people.error();
    }
    for (auto row = people->step(); row && *row; row = people->step()) {
        s.people.push_back(people->columnText(0));
    }
    return s;
}

Result<Opened> openVerified(const fs::path& package, const SecretString& passphrase,
                            const HandoverImportOptions& options)
{
    auto store = Store::open(package, passphrase, appMigrations());
    if (!store) {
        return store.error();
    }
    // A damaged header copy or a kept-aside WAL is tolerated in a live store, never in a package.
    if (!(*store)->warnings().empty()) {
        return makeError(ErrorCode::StoreDamaged, "handover package: " + (*store)->warnings().front());
    }
    auto check = (*store)->verify();
    if (!check) {
        return check.error();
    }
    if (!check->ok() || check->headerCopiesValid != 2) {
        return makeError(ErrorCode::StoreDamaged,
                         "handover package: "
                             + (check->findings.empty() ? std::string("a header copy is damaged")
                                                        : check->findings.front().message));
    }
    auto summary = readSummary((*store)->database());
    if (!summary) {
        return summary.error();
    }
    if (options.expectedSigner && normalised(*options.expectedSigner) != normalised(summary->signerFingerprint)) {
        return makeError(ErrorCode::InvalidArgument, "the package is signed by " + summary->signerFingerprint
                                                         + ", not by the expected " + *options.expectedSigner);
    }
    summary->notCarried.clear();
    return Opened{std::move(*store), std::move(*summary)};
}

Result<std::vector<std::int64_t>> chosenCases(Database& db, const std::vector<CaseId>& cases)
{
    std::vector<std::int64_t> ids;
    if (!cases.empty()) {
        for (CaseId c : cases) {
            ids.push_back(c.value);
        }
        return ids;
    }
    auto stmt = db.prepare("SELECT id FROM case_file WHERE status <> 'closed' ORDER BY id");
    if (!stmt) {
        return stmt.error();
    }
    for (auto row = stmt->step(); row && *row; row = stmt->step()) {
        ids.push_back(stmt->columnInt(0));
    }
    if (ids.empty()) {
        return makeError(ErrorCode::InvalidArgument, "there are no open cases to hand over");
    }
    return ids;
}

/// Writes the package's rows, manifest, signature and its own first audit entry; returns the summary.
Result<HandoverSummary> fillPackage(Database& source, Database& pkg, const AuditLog& pkgAudit, const std::string& actor,
                                    const std::vector<std::int64_t>& ids, const Ed25519Key& key, std::int64_t sequence,
                                    const std::string& head, const std::string& createdAt, const ProgressFn& progress)
{
    auto tx = Transaction::begin(pkg);
    if (!tx) {
        return tx.error();
    }
    auto copied = handover::copyCases(source, pkg, ids, progress);
    if (!copied) {
        return copied.error();
    }
    auto digest = handover::contentDigest(pkg);
    if (!digest) {
        return digest.error();
    }
    HandoverSummary s;
    s.packageId = hexEncode(randomBytes(16));
    s.sequence = sequence;
    s.createdAt = createdAt;
    s.sourceHead = head;
    s.contentSha256 = *digest;
    s.counts = copied->counts;
    s.notCarried = copied->notCarried;
    s.signerFingerprint = fingerprintOf(key.publicKey());
    const nlohmann::json manifest = {
        {"format", kFormat},           {"package_id", s.packageId},
        {"sequence", s.sequence},      {"created_at", s.createdAt},
        {"source_head", s.sourceHead}, {"content_sha256", s.contentSha256},
        {"counts", s.counts},          {"signer_key", hexEncode(key.publicKey())},
    };
    const std::string manifestText = manifest.dump();
    std::vector<std::uint8_t> message(kSignedPrefix.begin(), kSignedPrefix.end());
    message.insert(message.end(), manifestText.begin(), manifestText.end());
    const auto signature = key.sign(message);
    if (Status st = writeMeta(pkg, kManifestMeta, manifestText); !st) {
        return st.error();
    }
    if (Status st = writeMeta(pkg, kSignatureMeta, hexEncode(signature)); !st) {
        return st.error();
    }
    if (Status st = appendAudit(pkg, pkgAudit, actor, AuditAction::Create, s.packageId,
                                "handover package written: " + countsText(s.counts) + "; source head " + head,
                                {{"package_id", s.packageId}, {"source_head", head}});
        !st) {
        return st.error();
    }
    if (Status st = tx->commit(); !st) {
        return st.error();
    }
    return s;
}

} // namespace

std::map<std::string, std::string> handoverExcludedTables()
{
    return {
        {"store_meta", "the store's own settings, audit head and keys"},
        {"audit_log", "the source's chain stays with the source; the package carries its signed head"},
        {"id_floor", "the target keeps its own id floors"},
        {"subject_key", "per-person audit keys of the source; the target makes its own"},
        {"erasure_register", "the source's record of its own erasures"},
        {"disposal_certificate", "the source's record of its own disposals"},
        {"retention_override", "the source force's local retention periods"},
        {"rule_override", "the source force's local rule changes"},
        {"calendar_edit", "the source force's bank-holiday edits"},
        {"counting_policy", "the source force's counting policies"},
        // The disclosure review names the items it decided by their ids in the source store, which
        // the handover renumbers: the successor reviews an open request afresh.
        {"sar_item", "the source's disclosure review decisions (keyed by the source's record ids)"},
        {"sar_redaction", "the source's internal redaction log"},
        {"disclosure_package", "the source's record of the disclosure packages it wrote"},
    };
}

Result<std::string> handoverFingerprint(Database& db)
{
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto key = signingKey(db);
    if (!key) {
        return key.error();
    }
    if (Status st = tx->commit(); !st) {
        return st.error();
    }
    return fingerprintOf((*key)->publicKey());
}

Result<HandoverSummary> exportHandover(Database& source, const AuditLog& audit, const Clock& clock,
                                       const std::string& actor, const fs::path& out,
                                       const SecretString& packagePassphrase, const HandoverExportOptions& options)
{
    std::error_code ec;
    if (fs::exists(out, ec) || fs::exists(out.string() + "-wal", ec)) {
        return makeError(ErrorCode::AlreadyExists, out.string() + " exists");
    }
    auto tx = Transaction::begin(source); // the write lock: the snapshot and the audit entry agree
    if (!tx) {
        return tx.error();
    }
    auto ids = chosenCases(source, options.cases);
    if (!ids) {
        return ids.error();
    }
    auto key = signingKey(source);
    auto seqText = readMeta(source, kSeqMeta);
    auto head = headText(source);
    if (!key || !seqText || !head) {
        return !key ? key.error() : (!seqText ? seqText.error() : head.error());
    }
    const std::int64_t sequence = (*seqText ? std::stoll(**seqText) : 0) + 1;
    Result<HandoverSummary> summary = makeError(ErrorCode::Io, "handover: package not written");
    {
        auto pkg = Store::create(out, packagePassphrase, appMigrations(), options.kdf);
        if (!pkg) {
            return pkg.error();
        }
        AuditLog pkgAudit(clock);
        summary = fillPackage(source, (*pkg)->database(), pkgAudit, actor, *ids, **key, sequence, *head,
                              utcIso(clock.now()), options.progress);
    } // closing the package checkpoints its WAL into the file
    if (!summary) {
        removePackage(out);
        return summary;
    }
    auto digest = fileSha256(out);
    if (!digest) {
        removePackage(out);
        return digest.error();
    }
    summary->fileSha256 = *digest;
    Status recorded = writeMeta(source, kSeqMeta, std::to_string(sequence));
    if (recorded) {
        recorded = appendAudit(source, audit, actor, AuditAction::Export, summary->packageId,
                               "handover package written: " + countsText(summary->counts) + "; package sha256 "
                                   + *digest + "; signed head " + *head,
                               {{"package_id", summary->packageId}, {"sha256", *digest}, {"sequence", sequence}});
    }
    if (recorded) {
        recorded = tx->commit();
    }
    if (!recorded) {
        removePackage(out);
        return recorded.error();
    }
    return summary;
}

Result<HandoverSummary> inspectHandover(const fs::path& package, const SecretString& packagePassphrase,
                                        const HandoverImportOptions& options)
{
    auto opened = openVerified(package, packagePassphrase, options);
    if (!opened) {
        return opened.error();
    }
    return std::move(opened->summary);
}

Result<HandoverImportResult> importHandover(Database& target, const AuditLog& audit, const std::string& actor,
                                            const fs::path& package, const SecretString& packagePassphrase,
                                            const HandoverImportOptions& options)
{
    auto opened = openVerified(package, packagePassphrase, options);
    if (!opened) {
        return opened.error();
    }
    Database& pkg = opened->store->database();
    auto pkgVersion = pkg.queryInt("PRAGMA user_version");
    auto targetVersion = target.queryInt("PRAGMA user_version");
    if (!pkgVersion || !targetVersion) {
        return !pkgVersion ? pkgVersion.error() : targetVersion.error();
    }
    if (*pkgVersion != *targetVersion) {
        return makeError(ErrorCode::InvalidArgument, "the package has schema " + std::to_string(*pkgVersion)
                                                         + " and this store " + std::to_string(*targetVersion)
                                                         + "; open both with the same Casebook version");
    }
    auto tx = Transaction::begin(target);
    if (!tx) {
        return tx.error();
    }
    const std::string marker = std::string(kImportedMeta) + opened->summary.packageId;
    auto already = readMeta(target, marker);
    if (!already) {
        return already.error();
    }
    if (*already) {
        return makeError(ErrorCode::AlreadyExists, "this package was already imported (" + **already + ")");
    }
    auto read = Transaction::begin(pkg, Transaction::Mode::Read);
    if (!read) {
        return read.error();
    }
    std::vector<std::int64_t> ids;
    for (const HandoverCase& c : opened->summary.cases) {
        ids.push_back(c.id);
    }
    auto copied = handover::copyCases(pkg, target, ids, options.progress);
    if (!copied) {
        return copied.error();
    }
    const HandoverSummary& s = opened->summary;
    // Everything the package holds must have arrived (contacts and support services may be matched
    // instead of added, so they are not compared).
    for (const auto& [table, n] : s.counts) {
        const auto it = copied->counts.find(table);
        if (table != "contact" && table != "support_service" && (it == copied->counts.end() ? 0 : it->second) != n) {
            return makeError(ErrorCode::StoreDamaged, "handover package: " + table + " holds " + std::to_string(n)
                                                          + " rows but not all of them could be copied");
        }
    }
    if (Status st = writeMeta(target, marker, s.createdAt + ", sequence " + std::to_string(s.sequence)); !st) {
        return st.error();
    }
    if (Status st =
            appendAudit(target, audit, actor, AuditAction::Import, s.packageId,
                        "handover package imported: " + countsText(copied->counts) + "; source head " + s.sourceHead
                            + "; signer " + s.signerFingerprint,
                        {{"package_id", s.packageId}, {"source_head", s.sourceHead}, {"signer", s.signerFingerprint}});
        !st) {
        return st.error();
    }
    if (Status st = tx->commit(); !st) {
        return st.error();
    }
    HandoverImportResult result;
    result.package = s;
    for (const auto& [from, to] : copied->ids["case_file"]) {
        result.caseIds[from] = to;
    }
    for (const auto& [from, to] : copied->ids["person"]) {
        result.personIds[from] = to;
    }
    return result;
}

} // namespace casebook::core
