// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// application/x-www-form-urlencoded. QUrlQuery is not enough here: it leaves '+' as is, which
// a form decoder reads as a space, so a secret containing '+' would be corrupted.
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

// A query value percent-encoded byte for byte, '+ & = # %' and space included: QUrlQuery leaves
// '+' as is, which CXone's servers read as a space (a user-id, a "+00:00" time offset).
QString exactQueryValue(const QString &value);
