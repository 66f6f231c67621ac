// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "schema/AppSchema.h"

#include "store/Store.h"

#include <array>
#include <iomanip>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 1> kOptions = {{{"unlock", false}}};

void printField(std::ostream& out, std::string_view label, const std::string& value)
{
    out << std::left << std::setw(20) << (std::string(label) + ":") << value << '\n';
}

std::string memoryText(std::uint32_t kib)
{
    return kib % 1024 == 0 ? std::to_string(kib / 1024) + " MiB" : std::to_string(kib) + " KiB";
}

void printInfo(std::ostream& out, const core::StoreInfo& info, bool withSchema)
{
    printField(out, "Store", info.path.string());
    printField(out, "Format version", std::to_string(info.formatVersion));
    printField(out, "Cipher", info.cipher);
    printField(out, "KDF", info.kdf);
    printField(out, "KDF memory", memoryText(info.kdfParams.memoryKiB));
    printField(out, "KDF iterations", std::to_string(info.kdfParams.iterations));
    printField(out, "KDF parallelism", std::to_string(info.kdfParams.parallelism));
    printField(out, "Key slots in use", std::to_string(info.keySlotsInUse));
    printField(out, "Page size", std::to_string(info.pageSize) + " bytes");
    printField(out, "Page count", std::to_string(info.pageCount));
    printField(out, "Size", std::to_string(info.fileBytes) + " bytes");
    printField(out, "Header generation", std::to_string(info.headerGeneration));
    if (withSchema) {
        printField(out, "Schema version", std::to_string(info.schemaVersion));
    }
}

int runInfo(const Context& context, const ParsedArgs& args)
{
    const auto& path = context.storePath;
    if (const auto stop = context.requireStore(path, "Create one with 'casebook-cli init'.")) {
        return *stop;
    }
    if (!args.has("unlock")) {
        const auto info = core::Store::peekInfo(path);
        if (!info) {
            return context.fail(info.error(), path);
        }
        printInfo(context.out, *info, false);
        return toInt(ExitCode::Ok);
    }
    const auto passphrase = context.askPassphrase("Passphrase for " + path.string() + ": ");
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    const auto store = core::Store::open(path, *passphrase, core::appMigrations());
    if (!store) {
        return context.fail(store.error(), path);
    }
    context.warn(**store);
    const auto info = (*store)->info();
    if (!info) {
        return context.fail(info.error(), path);
    }
    printInfo(context.out, *info, true);
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& infoCommand()
{
    static const CommandSpec spec{
        "info",
        "Show the store's format, cipher, key derivation and size.",
        "[--unlock]",
        "Shows what the store's unencrypted header says, without asking for the passphrase.\n"
        "With --unlock, asks for the passphrase, opens the store and adds the schema version.\n",
        "  --unlock                also unlock the store and show its schema version\n",
        kOptions,
        {},
        runInfo,
    };
    return spec;
}

} // namespace casebook::cli
