// SPDX-License-Identifier: Apache-2.0
#include "station/PinHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QTest>

// A kiosk PIN hash costs an attacker who read the configuration tens of megabytes and several
// passes per guess: new hashes are Argon2id at or above the floor, cheaper or hostile ones are
// refused with a reason, and the PBKDF2 hashes of earlier versions still open the station but
// are flagged for replacement.
class TestPinHash : public QObject
{
    Q_OBJECT

private:
    // A hash as versions before Argon2 printed it.
    static QString legacyHash(const QString &pin, int iterations)
    {
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        const QByteArray hash
            = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
        return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
            .arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
    }

    // An Argon2id hash of "135790" with the given parameter text in place of --hash-pin's.
    static QString withParameters(const QString &parameters)
    {
        QStringList parts = PinHash::hash(QStringLiteral("135790")).split(QLatin1Char('$'));
        parts[3] = parameters;
        return parts.join(QLatin1Char('$'));
    }

private Q_SLOTS:
    void newHashesAreArgon2idAtOrAboveTheFloor()
    {
        const QString stored = PinHash::hash(QStringLiteral("135790"));
        QVERIFY2(stored.startsWith(QLatin1String("$argon2id$v=19$")), qPrintable(stored));
        const std::optional<PinHash::Cost> cost = PinHash::costOf(stored);
        QVERIFY(cost);
        QVERIFY(cost->memoryKiB >= 64 * 1024);
        QVERIFY(cost->passes >= 3);
        QVERIFY(PinHash::isWellFormed(stored));
        QVERIFY(!PinHash::needsRehash(stored));
        QVERIFY(!stored.contains(QLatin1String("135790")));
        QVERIFY(PinHash::hash(QStringLiteral("135790")) != stored); // salted
    }

    void thePinAndOnlyThePinVerifies_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        const QString argon2 = PinHash::hash(QStringLiteral("135790"));
        const QString legacy = legacyHash(QStringLiteral("135790"), PinHash::kLegacyMinimumIterations);
        QTest::newRow("argon2id, right PIN") << argon2 << QStringLiteral("135790") << true;
        QTest::newRow("argon2id, wrong PIN") << argon2 << QStringLiteral("135791") << false;
        QTest::newRow("argon2id, PIN with a digit more") << argon2 << QStringLiteral("1357900") << false;
        QTest::newRow("argon2id, empty PIN") << argon2 << QString() << false;
        QTest::newRow("argon2id, surrounded by spaces")
            << QStringLiteral("  %1\n").arg(argon2) << QStringLiteral("135790") << true;
        QTest::newRow("pbkdf2, right PIN") << legacy << QStringLiteral("135790") << true;
        QTest::newRow("pbkdf2, wrong PIN") << legacy << QStringLiteral("135791") << false;
        QTest::newRow("the PIN itself as the hash") << QStringLiteral("135790") << QStringLiteral("135790") << false;
    }

    void thePinAndOnlyThePinVerifies()
    {
        QFETCH(QString, stored);
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QCOMPARE(PinHash::verify(typed, stored), accepted);
    }

    void oldPbkdf2HashesStillVerifyButAskToBeReplaced()
    {
        const QString legacy = legacyHash(QStringLiteral("135790"), 200000);
        QVERIFY(PinHash::isWellFormed(legacy));
        QVERIFY(PinHash::verify(QStringLiteral("135790"), legacy));
        QVERIFY(PinHash::needsRehash(legacy));
        QVERIFY(!PinHash::costOf(legacy));
    }

    void unusableHashesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("the PIN in clear") << QStringLiteral("135790") << QStringLiteral("vigie --hash-pin");
        QTest::newRow("memory below the floor")
            << withParameters(QStringLiteral("m=65535,t=3,p=1")) << QStringLiteral("memory cost");
        QTest::newRow("memory of 4 GiB") << withParameters(QStringLiteral("m=4194304,t=3,p=1"))
                                         << QStringLiteral("memory cost");
        QTest::newRow("memory beyond 32 bits")
            << withParameters(QStringLiteral("m=99999999999,t=3,p=1")) << QStringLiteral("vigie --hash-pin");
        QTest::newRow("two passes") << withParameters(QStringLiteral("m=65536,t=2,p=1")) << QStringLiteral("passes");
        QTest::newRow("a thousand passes")
            << withParameters(QStringLiteral("m=65536,t=1000,p=1")) << QStringLiteral("passes");
        QTest::newRow("no lanes") << withParameters(QStringLiteral("m=65536,t=3,p=0")) << QStringLiteral("parallelism");
        QTest::newRow("64 lanes") << withParameters(QStringLiteral("m=65536,t=3,p=64"))
                                  << QStringLiteral("parallelism");
        QString argon2i = PinHash::hash(QStringLiteral("135790"));
        argon2i.replace(QLatin1String("$argon2id$"), QLatin1String("$argon2i$"));
        QTest::newRow("argon2i") << argon2i << QStringLiteral("only argon2id");
        QString oldVersion = PinHash::hash(QStringLiteral("135790"));
        oldVersion.replace(QLatin1String("$v=19$"), QLatin1String("$v=16$"));
        QTest::newRow("Argon2 version 1.0") << oldVersion << QStringLiteral("version");
        QStringList shortSalt = PinHash::hash(QStringLiteral("135790")).split(QLatin1Char('$'));
        shortSalt[4] = QStringLiteral("AAAA");
        QTest::newRow("salt of three bytes") << shortSalt.join(QLatin1Char('$')) << QStringLiteral("damaged");
        QTest::newRow("pbkdf2 with 9,999 iterations") << legacyHash(QStringLiteral("135790"),
            PinHash::kLegacyMinimumIterations - 1) << QStringLiteral("iteration count");
        QTest::newRow("pbkdf2 damaged") << QStringLiteral("pbkdf2-sha256$10000$abc$def") << QStringLiteral("damaged");
    }

    void unusableHashesAreRefusedWithAReason()
    {
        QFETCH(QString, stored);
        QFETCH(QString, reason);
        QVERIFY(!PinHash::isWellFormed(stored));
        QVERIFY2(PinHash::problem(stored).contains(reason), qPrintable(PinHash::problem(stored)));
        QVERIFY(!PinHash::verify(QStringLiteral("135790"), stored));
        QVERIFY(!PinHash::needsRehash(stored));
    }

    void aCostAboveTheFloorIsAccepted()
    {
        const QString stored = PinHash::hash(QStringLiteral("135790"), { 96 * 1024, 4, 2 });
        QVERIFY2(stored.contains(QLatin1String("$m=98304,t=4,p=2$")), qPrintable(stored));
        QVERIFY(PinHash::isWellFormed(stored));
        QVERIFY(PinHash::verify(QStringLiteral("135790"), stored));
    }
};

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
