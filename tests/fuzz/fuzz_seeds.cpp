// SPDX-License-Identifier: Apache-2.0
// Writes the fuzzers' first inputs from the simulator's real answers and the core's real files:
//   fuzz_seeds CORPUS_DIR
// CORPUS_DIR/<fuzzer>/ receives what a session against the simulator actually exchanged and
// wrote: discovery documents and token grants, the directory's pages and states, start and stop answers (behind the
// status byte fuzz_recording_answers expects), a ledger with active, pending and ended recordings, and an audit trail
// with its lines as a collector receives them.
#include "audit/AuditLog.h"
#include "audit/SyslogFormat.h"
#include "session/SupervisorSession.h"
#include "simulator/CxoneSimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {
QDir g_corpus;

void keep(const QString &fuzzer, const QString &name, const QByteArray &bytes)
{
    g_corpus.mkpath(fuzzer);
    QFile file(g_corpus.filePath(fuzzer + QLatin1Char('/') + name));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
}

// What the simulator answers to one request, as bytes.
QByteArray fetch(QNetworkAccessManager *network, const QUrl &url, const QByteArray &verb = "GET",
    const QByteArray &authorization = {}, const QByteArray &body = {})
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    reply->deleteLater();
    return reply->readAll();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds CORPUS_DIR\n");
        return 2;
    }
    g_corpus = QDir(QString::fromLocal8Bit(argv[1]));
    g_corpus.mkpath(QStringLiteral("."));
    SimulatorOptions options;
    options.agentCount = 6;
    options.stateChangeIntervalMs = 0;
    options.firstContactId = Q_INT64_C(9007199254740993);
    CxoneSimulator simulator(options);
    if (!simulator.start()) {
        return 1;
    }
    QNetworkAccessManager network;
    const QUrl base = simulator.baseUrl();
    auto at = [&base](const QString &path, const QString &query = {}) {
        QUrl url = base;
        url.setPath(path);
        url.setQuery(query);
        return url;
    };

    keep(QStringLiteral("fuzz_token_answers"), QStringLiteral("openid-configuration.json"),
        fetch(&network, at(QStringLiteral("/.well-known/openid-configuration"))));
    keep(QStringLiteral("fuzz_token_answers"), QStringLiteral("cxone-configuration.json"),
        fetch(&network,
            at(QStringLiteral("/.well-known/cxone-configuration"), QStringLiteral("tenantId=") + options.tenantId)));
    const QByteArray credentials
        = QUrl::toPercentEncoding(options.clientId) + ':' + QUrl::toPercentEncoding(options.clientSecret);
    const QByteArray basic = "Basic " + credentials.toBase64();
    const QByteArray grant = fetch(&network, at(QStringLiteral("/auth/token")), "POST", basic,
        "grant_type=password&username=" + options.demoKeyId.toUtf8() + "&password=" + options.demoKeySecret.toUtf8());
    keep(QStringLiteral("fuzz_token_answers"), QStringLiteral("token.json"), grant);

    // A real session: its recordings' answers, its ledger and its audit trail.
    QTemporaryDir files;
    const QString ledger = files.filePath(QStringLiteral("recordings.json"));
    const QString trail = files.filePath(QStringLiteral("audit.jsonl"));
    {
        CxoneEnvironment environment;
        environment.issuer = base;
        environment.clientId = options.clientId;
        environment.clientSecret = options.clientSecret;
        SupervisorSession session(environment, ledger, trail);
        session.auditRecorder()->setGroupCommitMs(0);
        session.tokens()->signIn({ options.demoKeyId, options.demoKeySecret });
        if (!QTest::qWaitFor([&] { return session.directory()->agents().size() == 6; }, 10000)) {
            return 1;
        }
        const QVector<Agent> agents = session.directory()->agents();
        const QByteArray bearer = session.tokens()->authorizationHeader();
        // The directory's answers: a page of agents, every state, a delta of states, a page of teams.
        const QString admin = QStringLiteral("/incontactapi/services/v32.0");
        keep(QStringLiteral("fuzz_directory_answers"), QStringLiteral("agents-page.json"),
            fetch(&network, at(admin + QStringLiteral("/agents"), QStringLiteral("skip=0&top=4")), "GET", bearer));
        const QByteArray states = fetch(&network, at(admin + QStringLiteral("/agents/states")), "GET", bearer);
        keep(QStringLiteral("fuzz_directory_answers"), QStringLiteral("states.json"), states);
        keep(QStringLiteral("fuzz_directory_answers"), QStringLiteral("teams-page.json"),
            fetch(&network, at(admin + QStringLiteral("/teams"), QStringLiteral("skip=0&top=2")), "GET", bearer));
        const QString service = QStringLiteral("/interaction-recording-management-service/interactions/");
        const QByteArray started = fetch(&network,
            at(service + QStringLiteral("start-screen-interaction-recording"),
                QStringLiteral("user-id=%1&recordingDuration=600").arg(agents.at(5).userId)),
            "POST", bearer);
        keep(QStringLiteral("fuzz_recording_answers"), QStringLiteral("start-200.bin"), QByteArray(1, '\0') + started);
        keep(QStringLiteral("fuzz_recording_answers"), QStringLiteral("start-202.bin"), QByteArray(1, '\1') + started);
        keep(QStringLiteral("fuzz_recording_answers"), QStringLiteral("retry-after.bin"), QByteArray(1, '\13') + "30");
        keep(QStringLiteral("fuzz_recording_answers"), QStringLiteral("refused-403.bin"),
            QByteArray(1, '\7')
                + fetch(&network,
                    at(service + QStringLiteral("start-screen-interaction-recording"),
                        QStringLiteral("user-id=nobody&recordingDuration=1")),
                    "POST", bearer));

        session.controller()->start(agents.mid(0, 3), 600, QStringLiteral("coaching"));
        if (!QTest::qWaitFor([&] { return session.tracker()->active().size() == 3; }, 10000)) {
            return 1;
        }
        session.controller()->stop({ session.tracker()->active().first().contactId });
        if (!QTest::qWaitFor([&] { return session.tracker()->active().size() == 2; }, 10000)) {
            return 1;
        }
        // A start whose answer is lost, left unconfirmed in the ledger.
        simulator.addFault(*SimulatorFault::fromText(QStringLiteral("start-screen:504-after")));
        session.controller()->start({ agents.at(4) }, 300, QStringLiteral("quality review"));
        if (!QTest::qWaitFor([&] { return !session.tracker()->pending().isEmpty(); }, 10000)) {
            return 1;
        }
        QTest::qWait(100);
    }
    QFile ledgerFile(ledger);
    if (ledgerFile.open(QIODevice::ReadOnly)) {
        keep(QStringLiteral("fuzz_ledger"), QStringLiteral("recordings.json"), ledgerFile.readAll());
    }
    QFile trailFile(trail);
    if (trailFile.open(QIODevice::ReadOnly)) {
        const QByteArray lines = trailFile.readAll();
        keep(QStringLiteral("fuzz_audit_line"), QStringLiteral("trail.jsonl"), lines);
        qint64 sequence = 0;
        for (const QByteArray &line : lines.split('\n')) {
            if (!line.isEmpty()) {
                ++sequence;
                keep(QStringLiteral("fuzz_audit_line"), QStringLiteral("line-%1.json").arg(sequence), line);
                keep(QStringLiteral("fuzz_audit_line"), QStringLiteral("syslog-%1.txt").arg(sequence),
                    SyslogFormat::entryMessage({ QStringLiteral("station"), 4242 }, sequence, line));
            }
        }
    }
    std::printf("fuzz seeds written to %s\n", argv[1]);
    return 0;
}
