// The incident list's rows: what stays readable when the list is narrow.

#include "IncidentItemDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

using namespace Sitrep;

class tst_IncidentItemDelegate : public QObject
{
    Q_OBJECT
private slots:
    // A long status is shortened before the time open and the person's role are: they are
    // what a commander scanning the list reads (the German "Ursache erkannt" took the time
    // open off the line).
    void theStatusShortensBeforeTheTimeOpen()
    {
        const QFontMetrics metrics(QApplication::font());
        const QString status = QStringLiteral("Ursache erkannt");
        const QStringList facts{QStringLiteral("4h 41m offen")};
        const QString whole = status + QStringLiteral(" · ") + facts.first();

        QCOMPARE(IncidentItemDelegate::factsLine(metrics, metrics.horizontalAdvance(whole) + 10, status, facts), whole);

        const int narrow = metrics.horizontalAdvance(QStringLiteral("Ursache e… · ") + facts.first()) + 2;
        const QString line = IncidentItemDelegate::factsLine(metrics, narrow, status, facts);
        QVERIFY2(line.endsWith(QStringLiteral(" · 4h 41m offen")), qPrintable(line));
        QVERIFY2(line.startsWith(QStringLiteral("Ursache")) && line.contains(QChar(0x2026)), qPrintable(line));
        QVERIFY(metrics.horizontalAdvance(line) <= narrow);

        // Too narrow for both: a word of the status stays and the line is elided at its end,
        // never wider than the room.
        const int tiny = metrics.horizontalAdvance(QStringLiteral("Ursache"));
        QVERIFY(metrics.horizontalAdvance(IncidentItemDelegate::factsLine(metrics, tiny, status, facts)) <= tiny);
        // Without facts (a closed incident), the status alone.
        QCOMPARE(IncidentItemDelegate::factsLine(metrics, 1000, QStringLiteral("Closed"), {}), QStringLiteral("Closed"));
    }
};

QTEST_MAIN(tst_IncidentItemDelegate)
#include "tst_IncidentItemDelegate.moc"
