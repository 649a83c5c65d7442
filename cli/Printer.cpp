#include "Printer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Sitrep::Ctl {

Printer::Printer(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{ }

void Printer::result(const QString &text, const QJsonValue &json)
{
    if (m_json) {
        const QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else if (!text.isEmpty()) {
        m_out << text << Qt::endl;
    }
    m_out.flush();
}

void Printer::line(const QString &text)
{
    if (m_json)
        return;
    m_out << text << Qt::endl;
}

void Printer::note(const QString &text)
{
    m_err << text << Qt::endl;
}

void Printer::error(const QString &text)
{
    m_err << QStringLiteral("sitrepctl: ") << text << Qt::endl;
}

} // namespace Sitrep::Ctl
