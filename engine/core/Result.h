#pragma once

#include "core/Error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace calldeck {

/// A value or an Error. Module edges return this instead of throwing.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}                       // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}                   // NOLINT(google-explicit-constructor)

    static Result failure(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<T>(m_data); }
    [[nodiscard]] T& value() & { return std::get<T>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] T valueOr(T fallback) const { return ok() ? std::get<T>(m_data) : std::move(fallback); }

    [[nodiscard]] const Error& error() const
    {
        static const Error none;
        return ok() ? none : std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value, or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}                  // NOLINT(google-explicit-constructor)

    static Result failure(ErrorCode code, QString message) { return Result(Error{code, std::move(message)}); }

    [[nodiscard]] bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    Error m_error;
};

using Status = Result<void>;

} // namespace calldeck
