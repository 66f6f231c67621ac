// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The case's links to people and things: contacts, attachments and signposting.
#include "support/Today.h"
#include "workspace/sections/RecordKindSupport.h"
#include "workspace/sections/RecordKinds.h"

#include "domain/Attachment.h"
#include "domain/Contact.h"
#include "domain/Signposting.h"
#include "domain/SupportService.h"
#include "domain/Validator.h"
#include "service/ExportService.h"
#include "support/ClearFile.h"
#include "support/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>

#include <algorithm>

namespace casebook::ui {

namespace {

QStringList roles()
{
    return {CaseSection::tr("HR"),
            CaseSection::tr("Occupational health"),
            CaseSection::tr("Professional Standards (PSD)"),
            CaseSection::tr("Police Federation"),
            CaseSection::tr("Unison"),
            CaseSection::tr("Line manager"),
            CaseSection::tr("Second line manager"),
            CaseSection::tr("Appeal manager"),
            CaseSection::tr("Other")};
}

QStringList responses()
{
    return {CaseSection::tr("Awaiting answer"), CaseSection::tr("Accepted"), CaseSection::tr("Declined"),
            CaseSection::tr("Already using it")};
}

/// The one record with `id` of a case's list, or NotFound.
template <typename T> core::Result<T> pick(core::Result<std::vector<T>> all, qint64 id, const char* what)
{
    if (!all) {
        return all.error();
    }
    for (T& record : *all) {
        if (record.id.value == id) {
            return std::move(record);
        }
    }
    return core::makeError(core::ErrorCode::NotFound, std::string(what) + " not found");
}

} // namespace

CaseSection* makeContactsSection(const SectionContext& context, QWidget* parent)
{
    core::Session* session = &context.session;
    const core::CaseId caseId = context.caseId;
    RecordKind<core::Contact> kind;
    kind.title = CaseSection::tr("Contacts");
    kind.name = QStringLiteral("contacts");
    kind.noun = CaseSection::tr("contact");
    kind.addText = CaseSection::tr("&Add contact…");
    kind.headers = {CaseSection::tr("Name"),  CaseSection::tr("Role"),   CaseSection::tr("Organisation"),
                    CaseSection::tr("Phone"), CaseSection::tr("E-mail"), CaseSection::tr("Notes")};
    kind.cells = [](const core::Contact& c) {
        return QStringList{qs(c.name),         roles().value(static_cast<int>(c.role)),
                           qs(c.organisation), qs(c.phone),
                           qs(c.email),        qs(c.notes)};
    };
    kind.form = [](FormDialog& dialog, const core::Contact& initial) -> RecordKind<core::Contact>::Reader {
        auto* name = lineEdit(initial.name, &dialog);
        name->setObjectName(QStringLiteral("contactName"));
        auto* role = choice(roles(), static_cast<int>(initial.role), &dialog);
        role->setObjectName(QStringLiteral("contactRole"));
        auto* organisation = lineEdit(initial.organisation, &dialog);
        auto* phone = lineEdit(initial.phone, &dialog);
        auto* email = lineEdit(initial.email, &dialog);
        email->setObjectName(QStringLiteral("contactEmail"));
        auto* notes = textArea(initial.notes, &dialog);
        dialog.addRow(CaseSection::tr("&Name:"), name, QStringLiteral("name"));
        dialog.addRow(CaseSection::tr("&Role:"), role);
        dialog.addRow(CaseSection::tr("&Organisation:"), organisation, QStringLiteral("organisation"));
        dialog.addRow(CaseSection::tr("&Phone:"), phone, QStringLiteral("phone"));
        dialog.addRow(CaseSection::tr("&E-mail:"), email, QStringLiteral("email"));
        dialog.addRow(CaseSection::tr("No&tes:"), notes, QStringLiteral("notes"));
        return [=]() -> core::Result<core::Contact> {
            core::Contact c = initial;
            c.name = text(name);
            c.role = static_cast<core::StakeholderRole>(role->currentIndex());
            c.organisation = text(organisation);
            c.phone = text(phone);
            c.email = text(email);
            c.notes = text(notes);
            return c;
        };
    };
    kind.list = caseViewList(session, caseId, &core::CaseView::contacts);
    kind.get = [list = kind.list](qint64 id) { return pick(list(), id, "contact"); };
    kind.add = [session, caseId](const core::Contact& c) { return idValue(session->cases().addContact(caseId, c)); };
    // Taking a contact off the case keeps it for other cases, so undo links the same contact again.
    kind.restore = [session, caseId](const core::Contact&, qint64 id) -> core::Result<qint64> {
        if (auto st = session->cases().linkContact(caseId, core::ContactId{id}); !st) {
            return st.error();
        }
        return id;
    };
    kind.update = [session](const core::Contact& c) { return session->cases().updateContact(c); };
    kind.remove = [session, caseId](qint64 id) { return session->cases().unlinkContact(caseId, core::ContactId{id}); };
    kind.idOf = [](const core::Contact& c) -> qint64 { return c.id.value; };
    kind.blank = [] { return core::Contact{}; };
    return new RecordSection<core::Contact>(std::move(kind), context, parent);
}

namespace {

/// An attachment with its bytes, held only while it is being added or while an undo needs it.
struct AttachmentDraft {
    core::Attachment meta;
    std::shared_ptr<const std::vector<std::uint8_t>> bytes;
};

QString sizeText(std::int64_t bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

void saveCopy(const AttachmentDraft& draft, core::Session* session, QWidget* parent)
{
    const auto answer = QMessageBox::warning(
        parent, CaseSection::tr("Save a copy outside the store"),
        CaseSection::tr("The copy of \"%1\" will be written unencrypted, outside Casebook. Keep it only as long as "
                        "you need it, on a drive your force approves.")
            .arg(qs(draft.meta.fileName)),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Save) {
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(parent, CaseSection::tr("Save a copy of the attachment"), qs(draft.meta.fileName));
    if (path.isEmpty()) {
        return;
    }
    auto bytes = session->cases().attachmentContent(draft.meta.id);
    if (!bytes) {
        QMessageBox::warning(parent, CaseSection::tr("Save a copy outside the store"),
                             CaseSection::tr("The copy could not be written: %1").arg(userMessage(bytes.error())));
        return;
    }
    // A copy in clear is an export: written, hashed and audited in one step, or not kept at all.
    const core::ExportRecord record{"attachment copy",
                                    draft.meta.mediaType,
                                    "attachment",
                                    std::to_string(draft.meta.id.value),
                                    "",
                                    {},
                                    {},
                                    std::string(bytes->begin(), bytes->end())};
    if (auto exported = core::exportFile(*session, record, exportPath(path), true); !exported) { // asked
        QMessageBox::warning(parent, CaseSection::tr("Save a copy outside the store"),
                             CaseSection::tr("The copy could not be written or recorded in the audit log (%1), so no "
                                             "file was left behind.")
                                 .arg(userMessage(exported.error())));
    }
}

} // namespace

CaseSection* makeAttachmentsSection(const SectionContext& context, QWidget* parent)
{
    core::Session* session = &context.session;
    const core::CaseId caseId = context.caseId;
    RecordKind<AttachmentDraft> kind;
    kind.title = CaseSection::tr("Attachments");
    kind.name = QStringLiteral("attachments");
    kind.noun = CaseSection::tr("attachment");
    kind.addText = CaseSection::tr("&Add file…");
    kind.headers = {CaseSection::tr("File"), CaseSection::tr("Size"), CaseSection::tr("Added"),
                    CaseSection::tr("Medical"), CaseSection::tr("Note")};
    kind.cells = [](const AttachmentDraft& d) {
        return QStringList{qs(d.meta.fileName), sizeText(d.meta.size), dateText(d.meta.added),
                           d.meta.medical ? CaseSection::tr("medical") : QString(), qs(d.meta.note)};
    };
    kind.form = [](FormDialog& dialog, const AttachmentDraft& initial) -> RecordKind<AttachmentDraft>::Reader {
        auto* path = new QLineEdit(&dialog);
        path->setObjectName(QStringLiteral("attachmentPath"));
        auto* browse = new QPushButton(CaseSection::tr("&Browse…"), &dialog);
        QObject::connect(browse, &QPushButton::clicked, &dialog, [path, &dialog] {
            const QString chosen = QFileDialog::getOpenFileName(&dialog, CaseSection::tr("Choose a file to attach"));
            if (!chosen.isEmpty()) {
                path->setText(chosen);
            }
        });
        auto* medical = new QCheckBox(CaseSection::tr("Medical (fit note, OH report, GP letter)"), &dialog);
        medical->setObjectName(QStringLiteral("attachmentMedical"));
        auto* note = textArea(initial.meta.note, &dialog);
        dialog.addRow(CaseSection::tr("&File:"), row(&dialog, {path, browse}), QStringLiteral("file"));
        dialog.addRow(QString(), medical);
        dialog.addRow(CaseSection::tr("&Note:"), note);
        auto* hint = new QLabel(CaseSection::tr("The file is copied into the encrypted store (up to 25 MiB). The "
                                                "original is left where it is: delete it if it should not stay."),
                                &dialog);
        hint->setWordWrap(true);
        dialog.addRow(QString(), hint);
        return [=]() -> core::Result<AttachmentDraft> {
            const QFileInfo info(path->text().trimmed());
            auto fail = [](const QString& message) {
                return uiError(core::ErrorCode::InvalidArgument, "file", message);
            };
            if (path->text().trimmed().isEmpty()) {
                return fail(CaseSection::tr("choose a file"));
            }
            if (!info.isFile()) {
                return fail(CaseSection::tr("there is no file at %1").arg(info.filePath()));
            }
            if (info.size() > static_cast<qint64>(core::kMaxAttachmentBytes)) {
                return fail(CaseSection::tr("%1 is %2, and attachments can be up to 25 MiB")
                                .arg(info.fileName(), sizeText(info.size())));
            }
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                return fail(CaseSection::tr("cannot read it: %1").arg(file.errorString()));
            }
            const QByteArray content = file.readAll();
            AttachmentDraft d = initial;
            d.meta.fileName = info.fileName().toStdString();
            d.meta.mediaType =
                QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), content).name().toStdString();
            d.meta.added = toCoreDate(todayQDate());
            d.meta.medical = medical->isChecked();
            d.meta.note = text(note);
            d.bytes = std::make_shared<const std::vector<std::uint8_t>>(content.begin(), content.end());
            return d;
        };
    };
    kind.list = [session, caseId]() -> core::Result<std::vector<AttachmentDraft>> {
        auto view = session->cases().loadCase(caseId);
        if (!view) {
            return view.error();
        }
        std::vector<AttachmentDraft> out;
        for (core::Attachment& a : view->attachments) {
            out.push_back({std::move(a), nullptr});
        }
        return out;
    };
    kind.get = [list = kind.list, session](qint64 id) -> core::Result<AttachmentDraft> {
        auto all = list();
        if (!all) {
            return all.error();
        }
        for (AttachmentDraft& draft : *all) {
            if (draft.meta.id.value == id) {
                auto content = session->cases().attachmentContent(draft.meta.id);
                if (!content) {
                    return content.error();
                }
                draft.bytes = std::make_shared<const std::vector<std::uint8_t>>(std::move(*content));
                return std::move(draft);
            }
        }
        return core::makeError(core::ErrorCode::NotFound, "attachment not found");
    };
    kind.add = [session](const AttachmentDraft& d) -> core::Result<qint64> {
        if (!d.bytes) {
            return uiError(core::ErrorCode::InvalidArgument, "file", CaseSection::tr("the content is missing"));
        }
        return idValue(session->cases().addAttachment(d.meta, *d.bytes));
    };
    kind.remove = [session](qint64 id) { return session->cases().removeAttachment(core::AttachmentId{id}); };
    kind.idOf = [](const AttachmentDraft& d) -> qint64 { return d.meta.id.value; };
    kind.blank = [caseId] {
        AttachmentDraft d;
        d.meta.caseId = caseId;
        return d;
    };
    RecordKind<AttachmentDraft>::Action save;
    save.text = CaseSection::tr("Save a cop&y…");
    save.name = QStringLiteral("SaveCopy");
    save.run = [session](const AttachmentDraft& d, QWidget* parentWidget) { saveCopy(d, session, parentWidget); };
    kind.actions.push_back(save);
    return new RecordSection<AttachmentDraft>(std::move(kind), context, parent);
}

CaseSection* makeSignpostingSection(const SectionContext& context, QWidget* parent)
{
    core::Session* session = &context.session;
    const core::CaseId caseId = context.caseId;
    RecordKind<core::Signposting> kind;
    kind.title = CaseSection::tr("Signposting");
    kind.name = QStringLiteral("signposting");
    kind.noun = CaseSection::tr("signposting");
    kind.addText = CaseSection::tr("Offer s&upport…");
    kind.headers = {CaseSection::tr("Offered"), CaseSection::tr("Service"), CaseSection::tr("Response"),
                    CaseSection::tr("Note")};
    auto serviceName = [session](core::SupportServiceId id) {
        if (auto all = session->cases().supportDirectory(true)) {
            for (const core::SupportService& s : *all) {
                if (s.id == id) {
                    return qs(s.name);
                }
            }
        }
        return CaseSection::tr("(unknown service)");
    };
    kind.cells = [serviceName](const core::Signposting& s) {
        return QStringList{dateText(s.offered), serviceName(s.service), responses().value(static_cast<int>(s.response)),
                           qs(s.note)};
    };
    kind.form = [session](FormDialog& dialog,
                          const core::Signposting& initial) -> RecordKind<core::Signposting>::Reader {
        auto* service = new QComboBox(&dialog);
        service->setObjectName(QStringLiteral("signpostingService"));
        service->setEditable(true);
        service->setInsertPolicy(QComboBox::NoInsert);
        if (auto all = session->cases().supportDirectory(false)) {
            for (const core::SupportService& s : *all) {
                service->addItem(qs(s.name), QVariant::fromValue<qint64>(s.id.value));
                if (s.id == initial.service) {
                    service->setCurrentIndex(service->count() - 1);
                }
            }
        }
        service->lineEdit()->setPlaceholderText(CaseSection::tr("Choose, or type a new service for the directory"));
        auto* offered = dateEdit(initial.offered, &dialog);
        auto* response = choice(responses(), static_cast<int>(initial.response), &dialog);
        response->setObjectName(QStringLiteral("signpostingResponse"));
        auto* note = textArea(initial.note, &dialog);
        dialog.addRow(CaseSection::tr("&Service:"), service, QStringLiteral("service"));
        dialog.addRow(CaseSection::tr("&Offered on:"), offered);
        dialog.addRow(CaseSection::tr("&Response:"), response);
        dialog.addRow(CaseSection::tr("&Note:"), note, QStringLiteral("note"));
        return [=]() -> core::Result<core::Signposting> {
            core::Signposting s = initial;
            const QString name = service->currentText().trimmed();
            const int found = service->findText(name, Qt::MatchFixedString);
            if (name.isEmpty()) {
                return core::invalidField("service", "not_chosen", "choose a support service");
            }
            if (found >= 0) {
                s.service = core::SupportServiceId{service->itemData(found).toLongLong()};
            } else {
                core::SupportService added;
                added.name = name.toStdString();
                auto id = session->cases().addSupportService(added);
                if (!id) {
                    core::Error error = id.error();      // its problems go beside the service field
                    error.detail.insert(0, "service: "); // detail is for the log
                    for (core::Problem& problem : error.problems) {
                        problem.field = "service";
                    }
                    return error;
                }
                s.service = *id;
                service->addItem(name, QVariant::fromValue<qint64>(id->value));
            }
            s.offered = toCoreDate(offered->date());
            s.response = static_cast<core::SignpostingResponse>(response->currentIndex());
            s.note = text(note);
            return s;
        };
    };
    kind.list = caseViewList(session, caseId, &core::CaseView::signposting);
    kind.get = [list = kind.list](qint64 id) { return pick(list(), id, "signposting"); };
    kind.add = [session](const core::Signposting& s) { return idValue(session->cases().recordSignposting(s)); };
    kind.update = [session](const core::Signposting& s) { return session->cases().updateSignposting(s); };
    kind.remove = [session](qint64 id) { return session->cases().removeSignposting(core::SignpostingId{id}); };
    kind.idOf = [](const core::Signposting& s) -> qint64 { return s.id.value; };
    kind.blank = blankDated(caseId, &core::Signposting::offered);
    return new RecordSection<core::Signposting>(std::move(kind), context, parent);
}

} // namespace casebook::ui
