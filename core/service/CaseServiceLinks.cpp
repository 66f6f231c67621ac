// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// CaseService: contacts, the support directory, signposting and attachments.
#include "service/CaseService.h"

#include "service/CaseServiceAudit.h"

#include "domain/RecordJson.h"
#include "domain/Validator.h"
#include "repo/AttachmentRepository.h"
#include "repo/ContactRepository.h"
#include "repo/SignpostingRepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace casebook::core {

Result<ContactId> CaseService::addContact(CaseId caseId, Contact contact)
{
    if (auto st = validate(contact); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<ContactId> {
        if (auto st = requireCase(caseId); !st) {
            return st.error();
        }
        ContactRepository contacts(m_db);
        auto id = contacts.insert(contact);
        if (!id) {
            return id;
        }
        if (auto st = contacts.link(caseId, *id); !st) {
            return st.error();
        }
        contact.id = *id;
        nlohmann::json after = toJson(contact);
        after["linked_case_id"] = caseId.value;
        if (auto st = audit(AuditAction::Create, "contact", id->value, "contact added to case", nullptr, after); !st) {
            return st.error();
        }
        return id;
    });
}

Status CaseService::linkContact(CaseId caseId, ContactId contactId)
{
    return inTransaction([&]() -> Status {
        if (auto st = requireCase(caseId); !st) {
            return st;
        }
        ContactRepository contacts(m_db);
        if (auto found = contacts.find(contactId); !found) {
            return found.error();
        }
        if (auto st = contacts.link(caseId, contactId); !st) {
            return st;
        }
        const nlohmann::json after = {{"case_id", caseId.value}, {"contact_id", contactId.value}};
        return audit(AuditAction::Update, "contact", contactId.value, "contact linked to case", nullptr, after);
    });
}

Status CaseService::unlinkContact(CaseId caseId, ContactId contactId)
{
    return inTransaction([&]() -> Status {
        ContactRepository contacts(m_db);
        auto linked = contacts.listForCase(caseId);
        if (!linked) {
            return linked.error();
        }
        if (std::none_of(linked->begin(), linked->end(), [&](const Contact& c) { return c.id == contactId; })) {
            return makeError(ErrorCode::NotFound, "contact is not linked to the case");
        }
        if (auto st = contacts.unlink(caseId, contactId); !st) {
            return st;
        }
        const nlohmann::json before = {{"case_id", caseId.value}, {"contact_id", contactId.value}};
        return audit(AuditAction::Update, "contact", contactId.value, "contact removed from case", before, nullptr);
    });
}

Status CaseService::updateContact(const Contact& contact)
{
    if (auto st = validate(contact); !st) {
        return st;
    }
    return inTransaction([&]() -> Status {
        ContactRepository contacts(m_db);
        auto before = contacts.find(contact.id);
        if (!before) {
            return before.error();
        }
        if (auto st = contacts.update(contact); !st) {
            return st;
        }
        return audit(AuditAction::Update, "contact", contact.id.value, "contact updated", toJson(*before),
                     toJson(contact));
    });
}

Result<std::vector<SupportService>> CaseService::supportDirectory(bool includeRetired)
{
    return SignpostingRepository(m_db).services(includeRetired);
}

Result<SupportServiceId> CaseService::addSupportService(SupportService service)
{
    if (auto st = validate(service); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<SupportServiceId> {
        auto id = SignpostingRepository(m_db).insertService(service);
        if (!id) {
            return id;
        }
        service.id = *id;
        if (auto st = audit(AuditAction::Create, "support_service", id->value, "support service added", nullptr,
                            toJson(service));
            !st) {
            return st.error();
        }
        return id;
    });
}

Status CaseService::updateSupportService(const SupportService& service)
{
    if (auto st = validate(service); !st) {
        return st;
    }
    return inTransaction([&]() -> Status {
        SignpostingRepository directory(m_db);
        auto all = directory.services(true);
        if (!all) {
            return all.error();
        }
        const auto it =
            std::find_if(all->begin(), all->end(), [&](const SupportService& s) { return s.id == service.id; });
        if (it == all->end()) {
            return makeError(ErrorCode::NotFound, "support service not found");
        }
        if (auto st = directory.updateService(service); !st) {
            return st;
        }
        return audit(AuditAction::Update, "support_service", service.id.value, "support service updated", toJson(*it),
                     toJson(service));
    });
}

Result<SignpostingId> CaseService::recordSignposting(Signposting record)
{
    if (auto st = validate(record); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<SignpostingId> {
        if (auto st = requireCase(record.caseId); !st) {
            return st.error();
        }
        auto services = SignpostingRepository(m_db).services(true);
        if (!services) {
            return services.error();
        }
        if (std::none_of(services->begin(), services->end(),
                         [&](const SupportService& s) { return s.id == record.service; })) {
            return makeError(ErrorCode::NotFound, "support service not found");
        }
        auto id = SignpostingRepository(m_db).insert(record);
        if (!id) {
            return id;
        }
        record.id = *id;
        if (auto st =
                audit(AuditAction::Create, "signposting", id->value, "signposting recorded", nullptr, toJson(record));
            !st) {
            return st.error();
        }
        return id;
    });
}

Status CaseService::updateSignposting(const Signposting& record)
{
    if (auto st = validate(record); !st) {
        return st;
    }
    return inTransaction([&]() -> Status {
        SignpostingRepository repo(m_db);
        auto before = repo.find(record.id);
        if (!before) {
            return before.error();
        }
        if (before->caseId != record.caseId) {
            return invalidField("signposting.caseId", "record.case_changed", "a record cannot move to another case");
        }
        if (auto st = repo.update(record); !st) {
            return st;
        }
        return audit(AuditAction::Update, "signposting", record.id.value, "signposting updated", toJson(*before),
                     toJson(record));
    });
}

Status CaseService::removeSignposting(SignpostingId id)
{
    return inTransaction([&]() -> Status {
        SignpostingRepository repo(m_db);
        auto before = repo.find(id);
        if (!before) {
            return before.error();
        }
        if (auto st = repo.remove(id); !st) {
            return st;
        }
        return audit(AuditAction::Delete, "signposting", id.value, "signposting removed", toJson(*before), nullptr);
    });
}

Result<AttachmentId> CaseService::addAttachment(Attachment attachment, std::span<const std::uint8_t> bytes)
{
    // Checked before the transaction so an over-size file is refused without touching the store.
    attachment.size = static_cast<std::int64_t>(bytes.size());
    if (auto st = validate(attachment); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<AttachmentId> {
        if (auto st = requireCase(attachment.caseId); !st) {
            return st.error();
        }
        auto id = AttachmentRepository(m_db).insert(attachment, bytes);
        if (!id) {
            return id;
        }
        attachment.id = *id;
        if (auto st =
                audit(AuditAction::Create, "attachment", id->value, "attachment added", nullptr, toJson(attachment));
            !st) {
            return st.error();
        }
        return id;
    });
}

Status CaseService::removeAttachment(AttachmentId id)
{
    return inTransaction([&]() -> Status {
        AttachmentRepository attachments(m_db);
        auto before = attachments.find(id);
        if (!before) {
            return before.error();
        }
        if (auto st = attachments.remove(id); !st) {
            return st;
        }
        return audit(AuditAction::Delete, "attachment", id.value, "attachment removed", toJson(*before), nullptr);
    });
}

Result<std::vector<std::uint8_t>> CaseService::attachmentContent(AttachmentId id)
{
    return AttachmentRepository(m_db).content(id);
}

} // namespace casebook::core
