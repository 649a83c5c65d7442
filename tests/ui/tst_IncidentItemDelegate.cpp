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
    // open off the line). Shorter still, the last activity on the right goes before them
    // (in French, "actif il y a 0m" left "ouvert depuis …").
    void theStatusThenTheLastActivityGiveWayToTheTimeOpen()
    {
        const QFontMetrics metrics(QApplication::font());
        const QString status = QStringLiteral("Ursache erkannt");
        const QStringList facts{QStringLiteral("4h 41m offen")};
        const QString last = QStringLiteral("zuletzt vor 4m");
        const QString whole = status + QStringLiteral(" · ") + facts.first();
        const int gap = 8; // between the left and the right text
        const auto fitted = [&](int width) {
            return IncidentItemDelegate::secondLine(metrics, width, status, facts, last);
        };

        IncidentItemDelegate::SecondLine line = fitted(metrics.horizontalAdvance(whole + last) + gap + 10);
        QCOMPARE(line.left, whole);
        QCOMPARE(line.right, last);

        const int narrow = metrics.horizontalAdvance(QStringLiteral("Ursache e… · ") + facts.first() + last) + gap + 2;
        line = fitted(narrow);
        QVERIFY2(line.left.endsWith(QStringLiteral(" · 4h 41m offen")), qPrintable(line.left));
        QVERIFY2(line.left.startsWith(QStringLiteral("Ursache")) && line.left.contains(QChar(0x2026)),
                 qPrintable(line.left));
        QCOMPARE(line.right, last);
        QVERIFY(metrics.horizontalAdvance(line.left) + gap + metrics.horizontalAdvance(line.right) <= narrow);

        // No room for the last activity beside a word of the status and the time open: it goes.
        const int narrower = metrics.horizontalAdvance(QStringLiteral("Ursache e… · ") + facts.first()) + 2;
        line = fitted(narrower);
        QVERIFY2(line.left.endsWith(QStringLiteral(" · 4h 41m offen")), qPrintable(line.left));
        QVERIFY2(line.right.isEmpty(), qPrintable(line.right));
        QVERIFY(metrics.horizontalAdvance(line.left) <= narrower);

        // Too narrow for both: a word of the status stays and the line is elided at its end,
        // never wider than the room.
        const int tiny = metrics.horizontalAdvance(QStringLiteral("Ursache"));
        line = fitted(tiny);
        QVERIFY(metrics.horizontalAdvance(line.left) <= tiny);
        QVERIFY(line.right.isEmpty());
        // Without facts (a closed incident), the status and the last activity.
        line = IncidentItemDelegate::secondLine(metrics, 1000, QStringLiteral("Closed"), {}, last);
        QCOMPARE(line.left, QStringLiteral("Closed"));
        QCOMPARE(line.right, last);
    }

    // The list's narrowest row keeps the severity tag, a dozen characters of the title and
    // the unread marker (IncidentListPane never gets narrower).
    void theNarrowestRowKeepsTheTagATitleAndTheMarker()
    {
        const QFont font = QApplication::font();
        const QFontMetrics metrics(font);
        QFont bold = font;
        bold.setBold(true);
        const int needed = metrics.horizontalAdvance(QStringLiteral("SEV00")) + 12 * metrics.averageCharWidth()
                           + QFontMetrics(bold).horizontalAdvance(QStringLiteral("● 999+"));
        QVERIFY(IncidentItemDelegate::minimumRowWidth(font) > needed);
    }
};

QTEST_MAIN(tst_IncidentItemDelegate)
#include "tst_IncidentItemDelegate.moc"
