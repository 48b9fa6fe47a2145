// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

// Another local user of the station, created for one test (useradd) and deleted after it.
// Only root can do that: without root, skipReason() says why the test cannot run.
class ThrowawayUser
{
public:
    ThrowawayUser()
    {
        if (!skipReason().isEmpty()) {
            return;
        }
        const QString name = QStringLiteral("vigie-t%1").arg(QCoreApplication::applicationPid());
        // Tests running side by side may both be adding users: useradd waits for nobody.
        for (int attempt = 0; attempt < 20 && m_name.isEmpty(); ++attempt) {
            if (QProcess::execute(QStringLiteral("useradd"),
                    { QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                        QStringLiteral("/usr/sbin/nologin"), name })
                == 0) {
                m_name = name;
            } else {
                QTest::qWait(250);
            }
        }
        m_uid = idOf(QStringLiteral("-u"));
        m_gid = idOf(QStringLiteral("-g"));
    }
    ~ThrowawayUser()
    {
        if (m_name.isEmpty()) {
            return;
        }
        // Its processes were ended by the test; --force so that a straggler does not keep the user.
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (QProcess::execute(QStringLiteral("userdel"), { QStringLiteral("--force"), m_name }) == 0) {
                return;
            }
            QTest::qWait(250);
        }
    }
    ThrowawayUser(const ThrowawayUser &) = delete;
    ThrowawayUser &operator=(const ThrowawayUser &) = delete;

    static QString skipReason()
    {
        if (geteuid() != 0) {
            return QStringLiteral(
                "needs root to create a second local user (useradd); run the tests as root, as CI does");
        }
        for (const char *tool : { "useradd", "userdel", "setpriv" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                return QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool));
            }
        }
        return {};
    }

    bool isValid() const { return !m_name.isEmpty() && m_uid != 0; }
    QString name() const { return m_name; }
    uint uid() const { return m_uid; }

    // Starts a program as this user, with no supplementary groups (no privilege of root kept).
    void start(QProcess &process, const QString &program, const QStringList &arguments) const
    {
        process.start(QStringLiteral("setpriv"),
            QStringList { QStringLiteral("--reuid=%1").arg(m_uid), QStringLiteral("--regid=%1").arg(m_gid),
                QStringLiteral("--clear-groups"), QStringLiteral("--"), program }
                + arguments);
    }

private:
    uint idOf(const QString &option) const
    {
        if (m_name.isEmpty()) {
            return 0;
        }
        QProcess id;
        id.start(QStringLiteral("id"), { option, m_name });
        id.waitForFinished();
        return id.readAllStandardOutput().trimmed().toUInt();
    }

    QString m_name;
    uint m_uid = 0;
    uint m_gid = 0;
};
