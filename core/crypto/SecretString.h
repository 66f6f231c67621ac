// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace casebook::core {

/// Overwrites memory in a way the optimiser may not remove (Botan's secure_scrub_memory).
void secureWipe(void* data, std::size_t size) noexcept;

/// An allocator that wipes every block before it returns it to the heap.
template <typename T> struct WipingAllocator {
    using value_type = T;
    WipingAllocator() = default;
    template <typename U> constexpr WipingAllocator(const WipingAllocator<U>&) noexcept {} // NOLINT
    T* allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
    void deallocate(T* p, std::size_t n) noexcept
    {
        secureWipe(p, n * sizeof(T));
        std::allocator<T>{}.deallocate(p, n);
    }
    template <typename U> bool operator==(const WipingAllocator<U>&) const noexcept { return true; }
};

/// A passphrase or other typed secret: a string whose heap storage is wiped when released.
/// Short strings live inside the object (SSO), so the destructor also wipes the object itself.
class SecretString {
public:
    SecretString() = default;
    explicit SecretString(std::string_view text)
        : m_text(text.begin(), text.end())
    {
    }
    SecretString(const SecretString&) = default;
    SecretString& operator=(const SecretString&) = default;
    SecretString(SecretString&&) = default;
    SecretString& operator=(SecretString&&) = default;
    ~SecretString() { clear(); }

    std::string_view view() const { return {m_text.data(), m_text.size()}; }
    bool empty() const { return m_text.empty(); }
    std::size_t size() const { return m_text.size(); }
    void push_back(char c) { m_text.push_back(c); }
    void pop_back()
    {
        m_text.back() = '\0';
        m_text.pop_back();
    }
    /// Wipes the whole buffer, capacity included: characters removed earlier (pop_back, a shorter
    /// assignment) may still sit past the end of the text.
    void clear()
    {
        secureWipe(m_text.data(), m_text.capacity() + 1);
        m_text.clear();
    }
    /// The bytes of the buffer up to its capacity (for tests that check wiping).
    std::string_view storage() const { return {m_text.data(), m_text.capacity()}; }
    bool operator==(const SecretString& other) const { return view() == other.view(); }

private:
    std::basic_string<char, std::char_traits<char>, WipingAllocator<char>> m_text;
};

} // namespace casebook::core
