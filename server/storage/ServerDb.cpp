#include "ServerDb.h"

#include <utility>

namespace Sitrep::Server {

Statement::Statement(Statement &&other) noexcept
    : m_backend(std::exchange(other.m_backend, nullptr))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        reset();
        m_backend = std::exchange(other.m_backend, nullptr);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_backend)
        m_backend->bindInt64(index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_backend)
        m_backend->bindDouble(index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_backend)
        m_backend->bindText(index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (m_backend)
        m_backend->bindBlob(index, value);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    if (m_backend)
        m_backend->bindUtf8(index, utf8);
    return *this;
}

Statement &Statement::bind(int index, const QUuid &value)
{
    if (!m_backend)
        return *this;
    if (value.isNull())
        m_backend->bindNull(index);
    else
        m_backend->bindId(index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_backend)
        m_backend->bindNull(index);
    return *this;
}

bool Statement::next()
{
    return m_backend && m_backend->next();
}

bool Statement::exec()
{
    return m_backend && m_backend->exec();
}

void Statement::reset()
{
    if (m_backend)
        m_backend->reset();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace Sitrep::Server
