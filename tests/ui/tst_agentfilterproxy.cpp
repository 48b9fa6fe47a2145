// SPDX-License-Identifier: Apache-2.0
#include "models/AgentFilterProxy.h"
#include "models/AgentTableModel.h"
#include "session/SupervisorSession.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The agent proxy against a brute-force oracle: after every step of long random sequences of
// typing, deleting, filtering, sorting, pages arriving and states changing, the rows shown are
// exactly the rows accepted, in exactly the sorted order. The proxy keeps its order and narrows
// its search incrementally; the oracle recomputes everything from the model each time.
class TestAgentFilterProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SupervisorSession> m_session;
    std::unique_ptr<AgentTableModel> m_model;
    std::unique_ptr<AgentFilterProxy> m_proxy;
    // What the oracle needs to know of the proxy's settings.
    QString m_search;
    QString m_team;
    QString m_state;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    static const QStringList &lastNames()
    {
        static const QStringList names { QStringLiteral("Thompson"), QStringLiteral("Thomas"), QStringLiteral("Martin"),
            QStringLiteral("Bernard"), QStringLiteral("Petit"), QStringLiteral("Durand"), QStringLiteral("Leroy"),
            QStringLiteral("Moreau"), QStringLiteral("Simon"), QStringLiteral("Laurent"),
            // Lower-cased by Unicode's rules rather than byte by byte.
            QStringLiteral("Émery"), QStringLiteral("Ødegaard"), QStringLiteral("Ÿvon") };
        return names;
    }
    static const QStringList &states()
    {
        static const QStringList names { QStringLiteral("Available"), QStringLiteral("Unavailable"),
            QStringLiteral("InboundContact"), QStringLiteral("LoggedOut") };
        return names;
    }

    static QVector<Agent> makeAgents(int first, int count, QRandomGenerator &random)
    {
        QVector<Agent> agents;
        for (int id = first; id < first + count; ++id) {
            Agent agent;
            agent.agentId = id;
            agent.userId = QStringLiteral("user-%1").arg(id);
            agent.userName = QStringLiteral("agent%1@demo").arg(id);
            agent.firstName = QStringLiteral("Ann%1").arg(random.bounded(30));
            agent.lastName = lastNames().at(random.bounded(int(lastNames().size())));
            agent.teamId = random.bounded(5);
            agent.teamName = QStringLiteral("Team %1").arg(agent.teamId);
            agent.stateName = states().at(random.bounded(int(states().size())));
            agent.stateSinceUtc = QDateTime::fromSecsSinceEpoch(1700000000 + random.bounded(1000), Qt::UTC);
            agents.append(agent);
        }
        return agents;
    }

    bool oracleAccepts(int row) const
    {
        const Agent &agent = m_model->agentAt(row);
        if ((!m_team.isEmpty() && agent.teamName != m_team) || (!m_state.isEmpty() && agent.stateName != m_state)) {
            return false;
        }
        const QString haystack
            = (agent.displayName() + QLatin1Char(' ') + agent.userName + QLatin1Char(' ') + agent.teamName).toLower();
        const QStringList words = m_search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return std::all_of(
            words.cbegin(), words.cend(), [&haystack](const QString &word) { return haystack.contains(word); });
    }

    int oracleCompare(int left, int right) const
    {
        // Names and teams in the collated order the model computed when they arrived.
        if (m_sortColumn == AgentTableModel::NameColumn) {
            return m_model->nameRank(left) - m_model->nameRank(right);
        }
        if (m_sortColumn == AgentTableModel::TeamColumn) {
            return m_model->teamRank(left) - m_model->teamRank(right);
        }
        const QVariant a = m_model->data(m_model->index(left, m_sortColumn), AgentTableModel::SortRole);
        const QVariant b = m_model->data(m_model->index(right, m_sortColumn), AgentTableModel::SortRole);
        if (a.userType() == QMetaType::QString) {
            return a.toString().compare(b.toString(), Qt::CaseInsensitive);
        }
        return a.toLongLong() < b.toLongLong() ? -1 : (a.toLongLong() > b.toLongLong() ? 1 : 0);
    }

    QVector<qint64> expectedIds() const
    {
        QVector<int> rows;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (oracleAccepts(row)) {
                rows.append(row);
            }
        }
        if (m_sortColumn >= 0) {
            std::stable_sort(rows.begin(), rows.end(), [this](int left, int right) {
                const int comparison = oracleCompare(left, right);
                return m_sortOrder == Qt::AscendingOrder ? comparison < 0 : comparison > 0;
            });
        }
        QVector<qint64> ids;
        for (const int row : rows) {
            ids.append(m_model->agentAt(row).agentId);
        }
        return ids;
    }

    QVector<qint64> shownIds() const
    {
        QVector<qint64> ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            ids.append(m_model->agentAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).agentId);
        }
        return ids;
    }

    void setSearch(const QString &text)
    {
        m_search = text;
        m_proxy->setSearchText(text);
    }

    void sortBy(int column, Qt::SortOrder order)
    {
        m_sortColumn = column;
        m_sortOrder = order;
        m_proxy->sort(column, order);
    }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<SupervisorSession>(CxoneEnvironment(),
            m_dir.filePath(QStringLiteral("ledger.json")), m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_model = std::make_unique<AgentTableModel>(m_session->tracker(), m_session->controller());
        m_proxy = std::make_unique<AgentFilterProxy>(m_model.get());
        new QAbstractItemModelTester(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy.get());
        m_search.clear();
        m_team.clear();
        m_state.clear();
        m_sortColumn = -1;
        m_sortOrder = Qt::AscendingOrder;
    }

    void cleanup()
    {
        m_proxy.reset();
        m_model.reset();
        m_session.reset();
    }

    void randomStepsMatchTheOracle_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 6; ++seed) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }

    void randomStepsMatchTheOracle()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        int nextId = 1;
        m_model->appendAgents(makeAgents(nextId, 300, random));
        nextId += 300;
        const QStringList typed { QStringLiteral("thompson"), QStringLiteral("ann1 team 3"), QStringLiteral("mar"),
            QStringLiteral("agent2"), QStringLiteral("o m"), QStringLiteral("zzz"), QStringLiteral("ÉMERY"),
            QStringLiteral("ødegaard ann2"), QStringLiteral("ÿv") };
        for (int step = 0; step < 120; ++step) {
            const int kind = int(random.bounded(7));
            switch (kind) {
            case 0: { // typing a text letter by letter, then deleting some of it
                const QString text = typed.at(random.bounded(int(typed.size())));
                for (int length = 1; length <= text.size(); ++length) {
                    setSearch(text.left(length));
                    QCOMPARE(shownIds(), expectedIds());
                }
                const int keep = random.bounded(int(text.size()));
                for (int length = int(text.size()) - 1; length >= keep; --length) {
                    setSearch(text.left(length));
                    QCOMPARE(shownIds(), expectedIds());
                }
                break;
            }
            case 1:
                m_team = random.bounded(3) == 0 ? QString() : QStringLiteral("Team %1").arg(random.bounded(5));
                m_proxy->setTeam(m_team);
                break;
            case 2:
                m_state = random.bounded(2) == 0 ? QString() : states().at(random.bounded(int(states().size())));
                m_proxy->setState(m_state);
                break;
            case 3:
                sortBy(int(random.bounded(int(AgentTableModel::RecordingColumn))),
                    random.bounded(2) == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            case 4: { // a state refresh: a few rows change one by one
                QVector<AgentStateChange> changes;
                for (int change = 0; change < 5; ++change) {
                    const Agent &agent = m_model->agentAt(random.bounded(m_model->rowCount()));
                    changes.append({ agent.agentId, states().at(random.bounded(int(states().size()))),
                        QDateTime::fromSecsSinceEpoch(1700000000 + random.bounded(1000), Qt::UTC) });
                }
                m_model->applyStateChanges(changes);
                break;
            }
            case 5: // a page arrives
                m_model->appendAgents(makeAgents(nextId, 50, random));
                nextId += 50;
                break;
            case 6: { // the final list of a load: the same agents, new states, updated in place
                QVector<Agent> agents;
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    Agent agent = m_model->agentAt(row);
                    agent.stateName = states().at(random.bounded(int(states().size())));
                    agents.append(agent);
                }
                m_model->setAgents(agents);
                break;
            }
            }
            QCOMPARE(shownIds(), expectedIds());
        }
    }

    void selectionFollowsTheAgentThroughSearchSortAndStates()
    {
        QRandomGenerator random(42);
        m_model->appendAgents(makeAgents(1, 500, random));
        sortBy(AgentTableModel::StateColumn, Qt::AscendingOrder);
        QItemSelectionModel selection(m_proxy.get());
        const QModelIndex picked = m_proxy->index(250, 0);
        const QString userId = picked.data(AgentTableModel::UserIdRole).toString();
        const QString lastName = m_model->agentAt(m_model->rowForUserId(userId)).lastName;
        selection.setCurrentIndex(picked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const auto selectedUserId = [&selection] {
            const QModelIndexList rows = selection.selectedRows();
            return rows.size() == 1 ? rows.first().data(AgentTableModel::UserIdRole).toString() : QString();
        };

        setSearch(lastName.left(3).toLower()); // narrower: only the rows shown are walked
        QCOMPARE(selectedUserId(), userId);
        setSearch(lastName.left(1).toLower()); // wider: every row
        QCOMPARE(selectedUserId(), userId);
        sortBy(AgentTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(selectedUserId(), userId);
        sortBy(AgentTableModel::StateColumn, Qt::DescendingOrder);
        // The picked agent's state changes: its row moves, the selection with it.
        const Agent &agent = m_model->agentAt(m_model->rowForUserId(userId));
        const QString other = agent.stateName == states().first() ? states().last() : states().first();
        m_model->applyStateChanges({ { agent.agentId, other, agent.stateSinceUtc } });
        QCOMPARE(selectedUserId(), userId);
        QCOMPARE(selection.currentIndex().data(AgentTableModel::UserIdRole).toString(), userId);
        QCOMPARE(shownIds(), expectedIds());

        // Filtered out by a state filter, the row leaves the selection; back, it is not reselected.
        m_state = agent.stateName == states().first() ? states().last() : states().first();
        m_proxy->setState(m_state);
        QCOMPARE(selectedUserId(), QString());
        QCOMPARE(shownIds(), expectedIds());
    }

    void columnTitlesHoldWhenNothingMatches()
    {
        QRandomGenerator random(7);
        m_model->appendAgents(makeAgents(1, 20, random));
        setSearch(QStringLiteral("no such agent"));
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(m_proxy->headerData(AgentTableModel::TeamColumn, Qt::Horizontal).toString(),
            m_model->headerData(AgentTableModel::TeamColumn, Qt::Horizontal).toString());
        QVERIFY(!m_proxy->headerData(AgentTableModel::TeamColumn, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(TestAgentFilterProxy)
#include "tst_agentfilterproxy.moc"
