// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/inventory.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace stackyard {

// A MinIO cluster (minio_cluster on the group, minio_seq per host): its nodes, ports, data
// path, buckets and users, resolved with Ansible's precedence.
struct MinioCluster
{
    struct Node
    {
        QString hostKey;
        QString address;
        int seq = -1;
    };
    struct Bucket
    {
        QString name;
        bool versioning = false;
        bool lock = false;
    };
    struct User
    {
        QString accessKey;
        QString secretKey; // as written (may be ${secret:NAME})
        QString policy;
    };

    QString name;
    QString group;
    int port = 9000;
    int adminPort = 9001;
    QString dataPath;
    QString domain;
    bool https = true;
    QString accessKey;
    QString secretKey;
    QList<Node> nodes;
    QList<Bucket> buckets;
    QList<User> users;

    QJsonObject toJson() const;

    static QList<MinioCluster> all(const Inventory &inventory);
};

} // namespace stackyard
