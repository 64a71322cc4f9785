// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <utility>
#include <variant>

namespace stackyard {

// A value or an Error: the return type at every API edge (std::expected is C++23).
template<typename T>
class Result
{
public:
    Result(T value) : mData(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : mData(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return mData.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(mData); }
    T &value() & { return std::get<0>(mData); }
    T &&value() && { return std::get<0>(std::move(mData)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(mData); }

private:
    std::variant<T, Error> mData;
};

} // namespace stackyard
