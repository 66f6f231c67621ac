# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
#
# Usage requirements shared by every Casebook target, carried by INTERFACE targets rather than
# global flags. Warnings-as-errors is a preset choice (CMAKE_COMPILE_WARNING_AS_ERROR), never set here.

include_guard(GLOBAL)

option(CASEBOOK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CASEBOOK_TSAN "Build with ThreadSanitizer (the tsan preset: store and session tests only)" OFF)
option(CASEBOOK_BENCH "Build the benchmarks (tests/bench); the sanitizer presets leave them out" ON)
option(CASEBOOK_FUZZ "Build only core and the libFuzzer targets (tests/fuzz), with Clang" OFF)
option(CASEBOOK_UNITY "Compile casebook_core and casebook_ui in unity batches (a third of the compile time)" ON)

# CXX_EXTENSIONS is a target property that INTERFACE targets cannot carry; default it for all targets.
set(CMAKE_CXX_EXTENSIONS OFF)

add_library(casebook_options INTERFACE)
target_compile_features(casebook_options INTERFACE cxx_std_20)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(casebook_options INTERFACE
        -Wall
        -Wextra
        -Wpedantic
        -Wshadow
        -Wconversion
        -Wsign-conversion
        -Wold-style-cast
        -Wsuggest-override
        -Wextra-semi
        -Wnull-dereference)

    if(CASEBOOK_FUZZ)
        # Coverage for libFuzzer in every object; only the fuzz targets link libFuzzer's main.
        if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            message(FATAL_ERROR "CASEBOOK_FUZZ needs Clang (the fuzz preset sets it)")
        endif()
        set(_casebook_fuzz_flags
            -fsanitize=fuzzer-no-link,address,undefined
            -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_compile_options(casebook_options INTERFACE ${_casebook_fuzz_flags})
        target_link_options(casebook_options INTERFACE -fsanitize=address,undefined)
        unset(_casebook_fuzz_flags)
    endif()

    if(CASEBOOK_SANITIZE)
        set(_casebook_sanitize_flags
            -fsanitize=address,undefined
            -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_compile_options(casebook_options INTERFACE ${_casebook_sanitize_flags})
        target_link_options(casebook_options INTERFACE ${_casebook_sanitize_flags})
        unset(_casebook_sanitize_flags)
    endif()

    if(CASEBOOK_TSAN)
        if(CASEBOOK_SANITIZE)
            message(FATAL_ERROR "ThreadSanitizer cannot be combined with AddressSanitizer")
        endif()
        # -O1: TSan's slowdown on -O0 code makes the key derivations of the store tests crawl.
        set(_casebook_tsan_flags -fsanitize=thread -fno-omit-frame-pointer -O1)
        target_compile_options(casebook_options INTERFACE ${_casebook_tsan_flags})
        target_link_options(casebook_options INTERFACE -fsanitize=thread)
        unset(_casebook_tsan_flags)
    endif()
elseif(CASEBOOK_SANITIZE OR CASEBOOK_TSAN)
    message(FATAL_ERROR "CASEBOOK_SANITIZE and CASEBOOK_TSAN need GCC or Clang")
endif()

# Qt-specific defines for ui/, app/ and tests/ui (core/ links no Qt at all).
add_library(casebook_qt_options INTERFACE)
target_compile_definitions(casebook_qt_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
