// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// casebook-bench --sql FILE [--runs N] [--keep DIR]
// Runs one SQL script against plain SQLite (default VFS) and against the encrypted store, alternating
// in one process, and prints the median ratio encrypted/plain as its last line.
#include "schema/AppSchema.h"
#include "store/Database.h"
#include "store/EncryptedVfs.h"
#include "store/PageCipher.h"
#include "store/Store.h"
#include "store/StoreHeader.h"

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace casebook::core;
using Clock = std::chrono::steady_clock;

namespace {

// Both connections get the same pragmas, so the VFS is the only difference being measured.
constexpr const char* kSamePolicy = "PRAGMA temp_store=MEMORY; PRAGMA secure_delete=ON; PRAGMA cache_size=-65536;";

struct Options {
    fs::path sql;
    int runs = 5;
    fs::path keep;
};

struct CpuTimes {
    double user = 0;
    double sys = 0;
};

CpuTimes cpuNow()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return {static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) / 1e6,
            static_cast<double>(usage.ru_stime.tv_sec) + static_cast<double>(usage.ru_stime.tv_usec) / 1e6};
}

double seconds(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void removeAll(const fs::path& p)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(p.string() + suffix, ec);
    }
}

double runPlain(const std::string& script, const fs::path& path)
{
    removeAll(path);
    const auto start = Clock::now();
    sqlite3* db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK || sqlite3_exec(db, kSamePolicy, nullptr, nullptr, nullptr)
        || sqlite3_exec(db, script.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::cerr << "casebook-bench: plain run failed: " << sqlite3_errmsg(db) << "\n";
        std::exit(1);
    }
    sqlite3_close(db);
    return seconds(start);
}

double runEncrypted(const std::string& script, const fs::path& path)
{
    removeAll(path);
    // The same file a store has (header, keys, reserve), but without the app's schema, so both
    // sides run the identical script; key derivation is measured separately (unlock time).
    auto keys = std::make_shared<format::Keys>(format::newKeys());
    format::Header header;
    header.fileId = keys->fileId;
    const auto full = vfs::fullPath(path.string());
    if (!full || !format::createFile(path, header) || !vfs::registerKeys(*full, keys)) {
        std::cerr << "casebook-bench: cannot create the encrypted file\n";
        std::exit(1);
    }
    const auto before = PageCipher::totals();
    const auto start = Clock::now();
    {
        auto db = Database::open(*full, vfs::kDefaultName, false);
        if (!db) {
            std::cerr << "casebook-bench: open failed: " << db.error().detail << "\n";
            std::exit(1);
        }
        int reserve = format::kReserve;
        sqlite3_file_control(db->handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        if (auto st = db->exec(std::string(kSamePolicy) + script); !st) {
            std::cerr << "casebook-bench: encrypted run failed: " << st.error().detail << "\n";
            std::exit(1);
        }
    }
    const double elapsed = seconds(start);
    const auto after = PageCipher::totals();
    std::printf("  encrypted run: %llu pages encrypted, %llu decrypted\n",
                static_cast<unsigned long long>(after.encrypted - before.encrypted),
                static_cast<unsigned long long>(after.decrypted - before.decrypted));
    vfs::unregisterKeys(*full);
    return elapsed;
}

void pageCryptoCost()
{
    const auto keys = format::newKeys();
    PageCipher cipher(keys);
    std::vector<std::uint8_t> plain(format::kPageSize, 7), stored(format::kPageSize), out(format::kPageSize);
    plain[16] = 0x10;
    plain[20] = format::kReserve;
    constexpr int kPages = 100'000;
    auto start = Clock::now();
    for (int i = 0; i < kPages; ++i) {
        cipher.encrypt(plain.data(), stored.data(), 5);
    }
    const double enc = seconds(start) / kPages * 1e6;
    start = Clock::now();
    for (int i = 0; i < kPages; ++i) {
        if (!cipher.decrypt(stored.data(), out.data(), 5)) {
            std::exit(1);
        }
    }
    const double dec = seconds(start) / kPages * 1e6;
    std::printf("page crypto (4 KiB, XChaCha20-Poly1305): encrypt %.2f us, decrypt %.2f us\n", enc, dec);
}

void unlockTime(const fs::path& dir)
{
    const fs::path path = dir / "unlock.cbk";
    removeAll(path);
    auto created = Store::create(path, SecretString("bench unlock"), appMigrations(), KdfChoice::calibrated());
    if (!created) {
        std::exit(1);
    }
    const auto params = (*created)->info()->kdfParams;
    created->reset();
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        const auto start = Clock::now();
        auto store = Store::open(path, SecretString("bench unlock"), appMigrations());
        times.push_back(seconds(start));
    }
    std::printf("unlock (Argon2id m=%u MiB t=%u p=%u, calibrated): median %.3f s\n", params.memoryKiB / 1024,
                params.iterations, params.parallelism, median(times));
    removeAll(path);
}

int usage()
{
    std::cerr << "usage: casebook-bench --sql FILE [--runs N] [--keep DIR]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    Options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            return usage();
        }
        if (arg == "--sql") {
            opt.sql = argv[++i];
        } else if (arg == "--runs") {
            opt.runs = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--keep") {
            opt.keep = argv[++i];
        } else {
            return usage();
        }
    }
    std::ifstream in(opt.sql);
    if (opt.sql.empty() || !in) {
        return usage();
    }
    std::stringstream text;
    text << in.rdbuf();
    const std::string script = text.str();

    const fs::path dir =
        opt.keep.empty() ? fs::temp_directory_path() / ("casebook-bench-" + std::to_string(::getpid())) : opt.keep;
    fs::create_directories(dir);
    pageCryptoCost();
    unlockTime(dir);
    std::vector<double> plain, encrypted, ratios;
    for (int run = 1; run <= opt.runs; ++run) {
        // Alternate the order so neither side always runs on a warmer cache.
        double p = 0, e = 0;
        CpuTimes pc, ec;
        auto timed = [](auto job, CpuTimes& cpu) {
            const CpuTimes before = cpuNow();
            const double wall = job();
            const CpuTimes after = cpuNow();
            cpu = {after.user - before.user, after.sys - before.sys};
            return wall;
        };
        auto plainRun = [&] { return timed([&] { return runPlain(script, dir / "plain.db"); }, pc); };
        auto encryptedRun = [&] { return timed([&] { return runEncrypted(script, dir / "encrypted.cbk"); }, ec); };
        if (run % 2 == 1) {
            p = plainRun();
            e = encryptedRun();
        } else {
            e = encryptedRun();
            p = plainRun();
        }
        plain.push_back(p);
        encrypted.push_back(e);
        ratios.push_back(e / p);
        std::printf("run %d: plain %.3f s (user %.2f, sys %.2f), encrypted %.3f s (user %.2f, sys %.2f), ratio %.3f\n",
                    run, p, pc.user, pc.sys, e, ec.user, ec.sys, e / p);
        std::fflush(stdout);
    }
    std::printf("median: plain %.3f s, encrypted %.3f s\n", median(plain), median(encrypted));
    if (opt.keep.empty()) {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::printf("ratio encrypted/plain: %.2f\n", median(ratios));
    return 0;
}
