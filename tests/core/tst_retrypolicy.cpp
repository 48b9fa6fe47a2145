// SPDX-License-Identifier: Apache-2.0
#include "cxone/HttpResponse.h"
#include "cxone/RetryPolicy.h"

#include <QTest>

// Back-off bounds and Retry-After parsing, the arithmetic behind every retry.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnlyWhatIsSafeAndTransient_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        for (int status : { 425, 429, 503, 504 }) {
            QTest::addRow("%d", status) << status << true;
        }
        for (int status : { 200, 202, 400, 401, 403, 404, 500 }) {
            QTest::addRow("%d", status) << status << false;
        }
    }

    void retriesOnlyWhatIsSafeAndTransient()
    {
        QFETCH(int, status);
        QFETCH(bool, retried);
        HttpResponse response;
        response.status = status;
        response.attempts = 1;
        QCOMPARE(RetryPolicy().shouldRetry(response), retried);
    }

    void attemptsAreBounded()
    {
        HttpResponse response;
        response.status = 425;
        response.attempts = RetryPolicy().maxAttempts;
        QVERIFY(!RetryPolicy().shouldRetry(response));
        HttpResponse once;
        once.status = 425;
        once.attempts = 1;
        QVERIFY(!RetryPolicy::none().shouldRetry(once));
    }

    void delaysGrowWithJitterWithinBounds()
    {
        const RetryPolicy policy;
        for (int attempt = 2; attempt <= 8; ++attempt) {
            const int ceiling = qMin(policy.maxDelayMs, policy.baseDelayMs << (attempt - 2));
            for (int sample = 0; sample < 50; ++sample) {
                const int delay = policy.delayBeforeAttemptMs(attempt, std::nullopt);
                QVERIFY(delay >= ceiling / 2);
                QVERIFY(delay <= ceiling);
            }
        }
        QCOMPARE(policy.delayBeforeAttemptMs(2, 5000), 5000);
    }

    void retryAfterIsParsed_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("seconds") << QByteArray("7") << 7000;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("http date") << QByteArray("Wed, 25 Nov 2026 10:00:30 GMT") << 30000;
        QTest::newRow("date in the past") << QByteArray("Wed, 25 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
    }

    void retryAfterIsParsed()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expectedMs);
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        const std::optional<int> parsed = parseRetryAfterMs(value, now);
        QCOMPARE(parsed.value_or(-1), expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
