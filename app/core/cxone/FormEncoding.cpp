// SPDX-License-Identifier: Apache-2.0
#include "cxone/FormEncoding.h"

#include <QUrl>

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList pairs;
    pairs.reserve(fields.size());
    for (const auto &[name, value] : fields) {
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    }
    return pairs.join('&');
}

QString exactQueryValue(const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); }
