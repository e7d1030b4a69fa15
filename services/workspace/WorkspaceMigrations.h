#pragma once

#include <QList>
#include <QStringList>

// The workspace's numbered migrations, one list per backend: entry N - 1 brings the schema from
// version N - 1 to N, the same version on either. Never edit one that has shipped: add the next,
// to both lists.
namespace WorkspaceMigrations {
const QList<QStringList> &localFile();
const QList<QStringList> &teamServer();
} // namespace WorkspaceMigrations
