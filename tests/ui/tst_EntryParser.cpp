#include "EntryParser.h"

#include <QTest>

using namespace Sitrep;

class tst_EntryParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
};

void tst_EntryParser::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("body");

    const int note = int(EntryKind::Note);
    QTest::newRow("plain note") << QStringLiteral("EU 5xx at 38%") << true << note << QStringLiteral("EU 5xx at 38%");
    QTest::newRow("trimmed") << QStringLiteral("  spaced  ") << true << note << QStringLiteral("spaced");
    QTest::newRow("decision") << QStringLiteral("/d Roll back 14:02 deploy") << true << int(EntryKind::Decision)
                              << QStringLiteral("Roll back 14:02 deploy");
    QTest::newRow("decision long") << QStringLiteral("/decision Roll back") << true << int(EntryKind::Decision)
                                   << QStringLiteral("Roll back");
    QTest::newRow("decision upper") << QStringLiteral("/D Roll back") << true << int(EntryKind::Decision)
                                    << QStringLiteral("Roll back");
    QTest::newRow("action") << QStringLiteral("/a @chen check LB health") << true << int(EntryKind::Action)
                            << QStringLiteral("@chen check LB health");
    QTest::newRow("action extra spaces") << QStringLiteral("/a    check   it ") << true << int(EntryKind::Action)
                                         << QStringLiteral("check   it");
    QTest::newRow("explicit note") << QStringLiteral("/n heard from vendor") << true << note
                                   << QStringLiteral("heard from vendor");
    QTest::newRow("comms") << QStringLiteral("/c status page updated") << true << int(EntryKind::Comms)
                           << QStringLiteral("status page updated");
    QTest::newRow("escaped slash") << QStringLiteral("//d is not a command") << true << note
                                   << QStringLiteral("/d is not a command");
    QTest::newRow("path is text") << QStringLiteral("/var/log is full") << true << note
                                  << QStringLiteral("/var/log is full");
    QTest::newRow("prefix without space is text")
        << QStringLiteral("/d2 is a host") << true << note << QStringLiteral("/d2 is a host");
    QTest::newRow("empty") << QString() << false << note << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << false << note << QString();
    QTest::newRow("command without text") << QStringLiteral("/d") << false << int(EntryKind::Decision) << QString();
    QTest::newRow("command with blank text") << QStringLiteral("/a   ") << false << int(EntryKind::Action) << QString();
    QTest::newRow("unknown command") << QStringLiteral("/x something") << false << note << QString();
    QTest::newRow("unknown bare command") << QStringLiteral("/shrug") << false << note << QString();
}

void tst_EntryParser::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, body);

    const ParsedEntry parsed = EntryParser::parse(input);
    QCOMPARE(parsed.ok, ok);
    QCOMPARE(int(parsed.kind), kind);
    QCOMPARE(parsed.body, body);
    QCOMPARE(parsed.error.isEmpty(), ok);
}

QTEST_GUILESS_MAIN(tst_EntryParser)
#include "tst_EntryParser.moc"
