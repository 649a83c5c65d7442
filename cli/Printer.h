#pragma once

#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace Sitrep::Ctl {

// Everything sitrepctl says: results on standard output (text, or JSON with --json),
// notes and errors on standard error, so a script can parse stdout whatever happens.
class Printer
{
public:
    explicit Printer(bool json);
    bool json() const { return m_json; }
    // A result: the text form, or the JSON form with --json.
    void result(const QString &text, const QJsonValue &json);
    void line(const QString &text); // a result line in text mode; nothing in JSON mode
    void note(const QString &text); // stderr
    void error(const QString &text); // stderr, "sitrepctl: …"

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Sitrep::Ctl
