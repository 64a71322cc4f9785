// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshoperation.h"

namespace stackyard {

SshOperation::SshOperation(std::shared_ptr<OperationFeed> feed, CancelToken cancel)
    : mFeed(std::move(feed))
    , mCancel(std::move(cancel))
{
}

SshOperation::~SshOperation() = default;

void SshOperation::abort(const Error &error)
{
    finish(OperationOutcome{error, {}, 0, {}});
}

void SshOperation::finish(OperationOutcome outcome)
{
    mFeed->finish(std::move(outcome));
}

} // namespace stackyard
