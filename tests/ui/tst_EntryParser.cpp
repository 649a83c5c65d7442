#include "EntryParser.h"

#include <QTest>

using namespace Sitrep;

class tst_EntryParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void saysWhetherACommandSetTheKind();
};

void tst_EntryParser::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("track");
    QTest::addColumn<QString>("owner");

    const int note = int(EntryKind::Note);
    QTest::newRow("plain note") << QStringLiteral("EU 5xx at 38%") << true << note << QStringLiteral("EU 5xx at 38%") << QString() << QString();
    QTest::newRow("trimmed") << QStringLiteral("  spaced  ") << true << note << QStringLiteral("spaced") << QString() << QString();
    QTest::newRow("decision") << QStringLiteral("/d Roll back 14:02 deploy") << true << int(EntryKind::Decision)
                              << QStringLiteral("Roll back 14:02 deploy") << QString() << QString();
    QTest::newRow("decision long") << QStringLiteral("/decision Roll back") << true << int(EntryKind::Decision)
                                   << QStringLiteral("Roll back") << QString() << QString();
    QTest::newRow("decision upper") << QStringLiteral("/D Roll back") << true << int(EntryKind::Decision)
                                    << QStringLiteral("Roll back") << QString() << QString();
    QTest::newRow("action") << QStringLiteral("/a @chen check LB health") << true << int(EntryKind::Action)
                            << QStringLiteral("@chen check LB health") << QString() << QStringLiteral("chen");
    QTest::newRow("action extra spaces") << QStringLiteral("/a    check   it ") << true << int(EntryKind::Action)
                                         << QStringLiteral("check   it") << QString() << QString();
    QTest::newRow("explicit note") << QStringLiteral("/n heard from vendor") << true << note
                                   << QStringLiteral("heard from vendor") << QString() << QString();
    QTest::newRow("comms") << QStringLiteral("/c status page updated") << true << int(EntryKind::Comms)
                           << QStringLiteral("status page updated") << QString() << QString();
    QTest::newRow("escaped slash") << QStringLiteral("//d is not a command") << true << note
                                   << QStringLiteral("/d is not a command") << QString() << QString();
    QTest::newRow("path is text") << QStringLiteral("/var/log is full") << true << note
                                  << QStringLiteral("/var/log is full") << QString() << QString();
    QTest::newRow("prefix without space is text")
        << QStringLiteral("/d2 is a host") << true << note << QStringLiteral("/d2 is a host") << QString() << QString();
    QTest::newRow("empty") << QString() << false << note << QString() << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << false << note << QString() << QString() << QString();
    QTest::newRow("command without text") << QStringLiteral("/d") << false << int(EntryKind::Decision) << QString() << QString() << QString();
    QTest::newRow("command with blank text") << QStringLiteral("/a   ") << false << int(EntryKind::Action) << QString() << QString() << QString();
    QTest::newRow("unknown command") << QStringLiteral("/x something") << false << note << QString() << QString() << QString();
    QTest::newRow("unknown bare command") << QStringLiteral("/shrug") << false << note << QString() << QString() << QString();
    const int action = int(EntryKind::Action);
    const int decision = int(EntryKind::Decision);
    QTest::newRow("action owner") << QStringLiteral("/a @mchen check LB health") << true << action
                                  << QStringLiteral("@mchen check LB health") << QString() << QStringLiteral("mchen");
    QTest::newRow("track then owner") << QStringLiteral("/a #network @mchen check LB") << true << action
                                      << QStringLiteral("@mchen check LB") << QStringLiteral("network")
                                      << QStringLiteral("mchen");
    QTest::newRow("owner then track") << QStringLiteral("/a @mchen  #network check LB") << true << action
                                      << QStringLiteral("@mchen check LB") << QStringLiteral("network")
                                      << QStringLiteral("mchen");
    QTest::newRow("mention in a decision is text") << QStringLiteral("/d @mchen owns rollback") << true << decision
                                                   << QStringLiteral("@mchen owns rollback") << QString() << QString();
    QTest::newRow("owner only") << QStringLiteral("/a @mchen") << false << action << QString() << QString()
                                << QStringLiteral("mchen");
    QTest::newRow("decision on a track") << QStringLiteral("/d #app-tier roll back 14:02") << true << decision
                                         << QStringLiteral("roll back 14:02") << QStringLiteral("app-tier") << QString();
    QTest::newRow("note on a track") << QStringLiteral("#network LB flapping") << true << note
                                     << QStringLiteral("LB flapping") << QStringLiteral("network") << QString();
    QTest::newRow("track only") << QStringLiteral("#network") << false << note << QString()
                                << QStringLiteral("network") << QString();
    QTest::newRow("escaped hash") << QStringLiteral("##1 priority is checkout") << true << note
                                  << QStringLiteral("#1 priority is checkout") << QString() << QString();
    QTest::newRow("hash later is text") << QStringLiteral("see ticket #123") << true << note
                                        << QStringLiteral("see ticket #123") << QString() << QString();
    QTest::newRow("hash glued to text is text") << QStringLiteral("#1: checkout") << true << note
                                                << QStringLiteral("#1: checkout") << QString() << QString();
}


void tst_EntryParser::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, body);
    QFETCH(QString, track);
    QFETCH(QString, owner);

    const ParsedEntry parsed = EntryParser::parse(input);
    QCOMPARE(parsed.ok, ok);
    QCOMPARE(int(parsed.kind), kind);
    QCOMPARE(parsed.body, body);
    QCOMPARE(parsed.error.isEmpty(), ok);
    QCOMPARE(parsed.track, track);
    QCOMPARE(parsed.owner, owner);
}

// An edited entry keeps its kind unless a command changes it: a path or "//" is text.
void tst_EntryParser::saysWhetherACommandSetTheKind()
{
    QVERIFY(EntryParser::parse(QStringLiteral("/d roll back")).command);
    QVERIFY(EntryParser::parse(QStringLiteral("/note heard from vendor")).command);
    QVERIFY(!EntryParser::parse(QStringLiteral("plain text")).command);
    QVERIFY(!EntryParser::parse(QStringLiteral("/var/log is full")).command);
    QVERIFY(!EntryParser::parse(QStringLiteral("//d is not a command")).command);
}

QTEST_GUILESS_MAIN(tst_EntryParser)
#include "tst_EntryParser.moc"
