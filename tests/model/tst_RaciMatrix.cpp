// The RACI rule (exactly one Accountable per activity), the per-severity defaults, and
// the bridge and matrix validation the store's command and the server share.

#include "model/RaciMatrix.h"
#include "model/RoleAssignment.h"
#include "rules/Validation.h"

#include <QTest>

using namespace Sitrep;

class tst_RaciMatrix : public QObject
{
    Q_OBJECT
private slots:
    void letters()
    {
        for (const Raci cell : {Raci::Responsible, Raci::Accountable, Raci::Consulted, Raci::Informed})
            QCOMPARE(raciFromLetter(raciLetter(cell)), std::optional<Raci>(cell));
        QCOMPARE(raciFromLetter(QStringLiteral("a")), std::optional<Raci>(Raci::Accountable));
        QCOMPARE(raciLetter(Raci::None), QString());
        QCOMPARE(raciFromLetter(QString()), std::nullopt);
        QCOMPARE(raciFromLetter(QStringLiteral("AR")), std::nullopt);
        QCOMPARE(raciFromLetter(QStringLiteral("X")), std::nullopt);
    }

    void exactlyOneAccountable_data()
    {
        QTest::addColumn<QString>("commander");
        QTest::addColumn<QString>("scribe");
        QTest::addColumn<QString>("problem"); // a word of the message, or "" for none
        QTest::newRow("one A") << "A" << "R" << "";
        QTest::newRow("one A, the other empty") << "" << "A" << "";
        QTest::newRow("no A") << "R" << "C" << "Nobody is accountable for “Mitigate”";
        QTest::newRow("all empty") << "" << "" << "Nobody is accountable";
        QTest::newRow("two A") << "A" << "A" << "“Mitigate” has 2 accountable roles";
    }
    void exactlyOneAccountable()
    {
        QFETCH(QString, commander);
        QFETCH(QString, scribe);
        QFETCH(QString, problem);
        RaciMatrix matrix;
        matrix.roles = {Roles::IncidentCommander, Roles::Scribe};
        RaciActivity fine{QStringLiteral("Declare"), {{Roles::IncidentCommander, Raci::Accountable}}};
        RaciActivity tested{QStringLiteral("Mitigate"), {}};
        if (const auto cell = raciFromLetter(commander))
            tested.cells.insert(Roles::IncidentCommander, *cell);
        if (const auto cell = raciFromLetter(scribe))
            tested.cells.insert(Roles::Scribe, *cell);
        matrix.activities = {fine, tested};
        QCOMPARE(matrix.accountableCount(1), int(commander == QLatin1String("A")) + int(scribe == QLatin1String("A")));
        QVERIFY2(problem.isEmpty() ? matrix.problem().isEmpty() : matrix.problem().startsWith(problem),
                 qPrintable(matrix.problem()));
        // The same rule is what the store and the server apply.
        QCOMPARE(Validation::checkRaci(matrix), matrix.problem());
    }

    void accountableOfAnUnlistedRoleDoesNotCount()
    {
        RaciMatrix matrix;
        matrix.roles = {Roles::Scribe};
        matrix.activities = {{QStringLiteral("Mitigate"), {{Roles::CommsLead, Raci::Accountable}}}};
        QCOMPARE(matrix.accountableCount(0), 0);
        QVERIFY(!matrix.problem().isEmpty());
        QCOMPARE(matrix.accountableCount(5), 0);
        QVERIFY(RaciMatrix().problem().isEmpty()); // no matrix: nothing to break
    }

    void defaults_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<bool>("major");
        QTest::newRow("SEV1") << "SEV1" << true;
        QTest::newRow("SEV2") << "SEV2" << true;
        QTest::newRow("sev2 lower case") << "sev2" << true;
        QTest::newRow("SEV3") << "SEV3" << false;
        QTest::newRow("SEV4") << "SEV4" << false;
        QTest::newRow("unknown key") << "P9" << false;
    }
    void defaults()
    {
        QFETCH(QString, severity);
        QFETCH(bool, major);
        const RaciMatrix matrix = RaciMatrix::defaultFor(severity);
        QCOMPARE(matrix.roles, Roles::mandatory());
        QCOMPARE(matrix.activities.size(), 8);
        QCOMPARE(matrix.activities.first().name, QStringLiteral("Declare and set severity"));
        QCOMPARE(matrix.activities.last().name, QStringLiteral("Post-incident review"));
        QVERIFY2(matrix.problem().isEmpty(), qPrintable(matrix.problem()));
        QVERIFY(Validation::checkRaci(matrix).isEmpty());
        for (qsizetype i = 0; i < matrix.activities.size(); ++i)
            QCOMPARE(matrix.accountableCount(i), 1);
        // The comms lead is kept in the loop on the big ones: more of its cells are filled.
        int commsCells = 0;
        for (const RaciActivity &activity : matrix.activities)
            commsCells += activity.cell(Roles::CommsLead) != Raci::None ? 1 : 0;
        const RaciMatrix minor = RaciMatrix::defaultFor(QStringLiteral("SEV4"));
        int minorCommsCells = 0;
        for (const RaciActivity &activity : minor.activities)
            minorCommsCells += activity.cell(Roles::CommsLead) != Raci::None ? 1 : 0;
        QCOMPARE(commsCells > minorCommsCells, major);
        QCOMPARE(matrix.activities.at(4).cell(Roles::CommsLead), Raci::Responsible); // customer communication
    }

    void raciLimits()
    {
        RaciMatrix matrix;
        matrix.roles = {Roles::Scribe};
        for (int i = 0; i <= Validation::MaxRaciActivities; ++i)
            matrix.activities.append({QStringLiteral("a%1").arg(i), {{Roles::Scribe, Raci::Accountable}}});
        QVERIFY(Validation::checkRaci(matrix).contains(QStringLiteral("at most")));
        matrix.activities = {{QString(Validation::MaxTitleLength + 1, QLatin1Char('x')), {{Roles::Scribe, Raci::Accountable}}}};
        QVERIFY(Validation::checkRaci(matrix).contains(QStringLiteral("name")));
        matrix.activities = {{QStringLiteral("ok"), {{Roles::Scribe, Raci::Accountable}}}};
        QVERIFY(Validation::checkRaci(matrix).isEmpty());
        for (int i = 0; i <= Validation::MaxRaciRoles; ++i)
            matrix.roles.append(QStringLiteral("r%1").arg(i));
        QVERIFY(Validation::checkRaci(matrix).contains(QStringLiteral("roles")));
    }

    void bridge_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("ok");
        QTest::newRow("none") << "" << true;
        QTest::newRow("https") << "https://meet.example.com/j/123?pwd=abc" << true;
        QTest::newRow("http") << "http://bridge.internal:8080/room" << true;
        QTest::newRow("tel") << "tel:+442079460000" << true;
        QTest::newRow("sip") << "sip:sev1@bridge.example.com" << true;
        QTest::newRow("no scheme") << "meet.example.com/j/123" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("https without host") << "https:///path" << false;
        QTest::newRow("spaces") << "https://meet.example.com/a b" << false;
        QTest::newRow("empty tel") << "tel:" << false;
        QTest::newRow("too long") << QStringLiteral("https://x.example/") + QString(Validation::MaxLinkLength, QLatin1Char('a'))
                                  << false;
    }
    void bridge()
    {
        QFETCH(QString, link);
        QFETCH(bool, ok);
        const QString problem = Validation::checkBridge({link, QStringLiteral("+44 20 7946 0000"), QStringLiteral("SMS")});
        QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
    }

    void bridgeSizes()
    {
        QVERIFY(!Validation::checkBridge({{}, QString(Validation::MaxTitleLength + 1, QLatin1Char('1')), {}}).isEmpty());
        QVERIFY(Validation::checkBridge({{}, QString(Validation::MaxTitleLength, QLatin1Char('1')), {}}).isEmpty());
        QVERIFY(!Validation::checkBridge({{}, {}, QString(Validation::MaxBodyLength + 1, QLatin1Char('s'))}).isEmpty());
        QVERIFY(Validation::checkBridge({{}, {}, QString(Validation::MaxBodyLength, QLatin1Char('s'))}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RaciMatrix)
#include "tst_RaciMatrix.moc"
