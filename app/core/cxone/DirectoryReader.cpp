#include "cxone/DirectoryReader.h"

#include "cxone/SharedStrings.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

DirectoryReader::DirectoryReader(QObject *parent)
    : QObject(parent)
    , m_strings(std::make_shared<SharedStrings>())
{
    m_thread.setMaxThreadCount(1);
    // Reading JSON recurses, as deep as Qt's nesting limit: the stack of a main thread, not the
    // 512 KB a secondary thread gets on macOS.
    m_thread.setStackSize(8 * 1024 * 1024);
}

DirectoryReader::~DirectoryReader()
{
    m_thread.clear();
    // Its result, queued to this object, goes with it.
    m_thread.waitForDone();
}

void DirectoryReader::restart()
{
    m_thread.clear();
    ++m_load;
    m_strings = std::make_shared<SharedStrings>();
}

void DirectoryReader::readPage(int skip, const QByteArray &body)
{
    m_thread.start([this, load = m_load, strings = m_strings, skip, body] {
        QString error;
        std::optional<AgentPage> page = AgentPage::parse(body, &error, strings.get());
        QMetaObject::invokeMethod(
            this,
            [this, load, skip, page = std::move(page), error] {
                if (load == m_load) {
                    Q_EMIT pageRead(skip, page, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void DirectoryReader::readStates(const QByteArray &body)
{
    m_thread.start([this, load = m_load, strings = m_strings, body] {
        QString error;
        std::optional<AgentStatesAnswer> answer = AgentStatesAnswer::parse(body, &error, strings.get());
        QMetaObject::invokeMethod(
            this,
            [this, load, answer = std::move(answer), error] {
                if (load == m_load) {
                    Q_EMIT statesRead(answer, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void DirectoryReader::releaseFreedMemory()
{
#ifdef __GLIBC__
    // On this thread: the walk over every arena is not the window's; an allocation there waits
    // at most while its own arena is trimmed.
    m_thread.start([] { malloc_trim(0); });
#endif
}
