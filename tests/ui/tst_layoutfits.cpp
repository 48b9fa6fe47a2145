// SPDX-License-Identifier: Apache-2.0
#include "support/VigieWindow.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>

// No cut words: every column title and every button text fits in its place, in English and in
// French, at the window's default size and at the smallest size it allows. Words are measured
// with the widget's own font, the way the style lays them out.
class TestLayoutFits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    VigieWindow m_vigie;

    // What a header needs to show a title whole: the text, the style's margins on both sides,
    // and the sort arrow where there is one. A header that highlights the columns of the selected
    // rows writes their titles in bold: the bold text must fit too.
    static int titleWidth(const QHeaderView *header, int section)
    {
        const QString title = header->model()->headerData(section, header->orientation()).toString();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        QFont font = header->font();
        font.setBold(header->highlightSections());
        int width = QFontMetrics(font).horizontalAdvance(title) + 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section) {
            width += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
        }
        return width;
    }

    static QStringList cutWords(QWidget *window)
    {
        QStringList cut;
        for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model()) {
                continue;
            }
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section)) {
                    continue;
                }
                const int needed = titleWidth(header, section);
                if (header->sectionSize(section) < needed) {
                    cut.append(QStringLiteral("%1 column \"%2\": %3 px for %4")
                                   .arg(header->parentWidget()->objectName(),
                                       header->model()->headerData(section, Qt::Horizontal).toString())
                                   .arg(header->sectionSize(section))
                                   .arg(needed));
                }
            }
        }
        for (QPushButton *button : window->findChildren<QPushButton *>()) {
            if (button->isVisible() && !button->text().isEmpty() && button->width() < button->sizeHint().width()) {
                cut.append(QStringLiteral("button %1 \"%2\": %3 px for %4")
                               .arg(button->objectName(), button->text())
                               .arg(button->width())
                               .arg(button->sizeHint().width()));
            }
        }
        return cut;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void cleanup() { m_vigie.close(); }

    void everyTitleAndButtonFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("smallest");
        for (const char *language : { "en", "fr" }) {
            QTest::addRow("%s, default size", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s, smallest size", language) << QString::fromLatin1(language) << true;
        }
    }

    void everyTitleAndButtonFits()
    {
        QFETCH(QString, language);
        QFETCH(bool, smallest);
        QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
        QSettings().clear();
        m_vigie.language = language;
        MainWindow::Options options;
        options.demo = true;
        QVERIFY(m_vigie.open(m_dir.path(), options, true, everyTeamRecording()));
        MainWindow *window = m_vigie.window.get();
        // A recording running: the active list shows its row and the row's buttons.
        const QAbstractItemModel *agents = m_vigie.agentTable()->model();
        QVERIFY(agents->rowCount() > 0);
        m_vigie.session->controller()->start(
            { m_vigie.session->directory()->agents().constFirst() }, 600, QStringLiteral("Coaching"));
        auto *active = m_vigie.widget<QTableView>("activeRecordingsView");
        QTRY_COMPARE_WITH_TIMEOUT(active->model()->rowCount(), 1, 10000);
        QCOMPARE(window->size(), QSize(1200, 760));
        if (smallest) {
            window->resize(window->minimumSizeHint());
            QTRY_COMPARE(window->size(), window->minimumSizeHint());
        }
        QCoreApplication::processEvents();

        const QStringList cut = cutWords(window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestLayoutFits)
#include "tst_layoutfits.moc"
