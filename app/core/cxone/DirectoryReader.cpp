// SPDX-License-Identifier: Apache-2.0
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

template <typename Answer, typename Deliver> void DirectoryReader::read(const QByteArray &body, Deliver deliver)
{
    m_thread.start([this, load = m_load, strings = m_strings, body, deliver] {
        QString error;
        std::optional<Answer> answer = Answer::parse(body, &error, strings.get());
        QMetaObject::invokeMethod(
            this,
            [this, load, deliver, answer = std::move(answer), error] {
                if (load == m_load) {
                    deliver(answer, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void DirectoryReader::readPage(int skip, const QByteArray &body)
{
    read<AgentPage>(body, [this, skip](const std::optional<AgentPage> &page, const QString &error) {
        Q_EMIT pageRead(skip, page, error);
    });
}

void DirectoryReader::readStates(const QByteArray &body)
{
    read<AgentStatesAnswer>(body, [this](const std::optional<AgentStatesAnswer> &answer, const QString &error) {
        Q_EMIT statesRead(answer, error);
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
