#include "auth/Tokens.h"

#include <QSet>
#include <QTest>

using namespace Sitrep::Server;

class tst_Tokens : public QObject
{
    Q_OBJECT

private slots:
    void shape();
    void unique();
    void hashStable();
    void constantTimeEqual_data();
    void constantTimeEqual();
    void wellFormed_data();
    void wellFormed();
};

void tst_Tokens::shape()
{
    for (int i = 0; i < 100; ++i) {
        const QByteArray token = Tokens::generate();
        QCOMPARE(token.size(), 43);
        QVERIFY2(Tokens::isWellFormed(token), token.constData());
        QVERIFY(!token.contains('=') && !token.contains('+') && !token.contains('/'));
        QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), Tokens::TokenBytes);
    }
}

void tst_Tokens::unique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(Tokens::generate());
    QCOMPARE(seen.size(), 10000);
}

void tst_Tokens::hashStable()
{
    const QByteArray token = Tokens::generate();
    const QByteArray hash = Tokens::hash(token);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(Tokens::hash(token), hash);
    QVERIFY(Tokens::hash(Tokens::generate()) != hash);
    // A known vector: SHA-256("abc").
    QCOMPARE(Tokens::hash("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void tst_Tokens::constantTimeEqual_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abcdef") << QByteArray("abcdef") << true;
    QTest::newRow("last differs") << QByteArray("abcdef") << QByteArray("abcdeg") << false;
    QTest::newRow("first differs") << QByteArray("abcdef") << QByteArray("bbcdef") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcdef") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
}

void tst_Tokens::constantTimeEqual()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Tokens::equal(a, b), equal);
}

void tst_Tokens::wellFormed_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("ok");
    QTest::newRow("generated") << Tokens::generate() << true;
    QTest::newRow("short") << QByteArray(42, 'a') << false;
    QTest::newRow("long") << QByteArray(44, 'a') << false;
    QTest::newRow("padding") << (QByteArray(42, 'a') + '=') << false;
    QTest::newRow("standard base64") << (QByteArray(42, 'a') + '+') << false;
    QTest::newRow("sql") << (QByteArray("' OR 1=1 --") + QByteArray(32, 'a')) << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_Tokens::wellFormed()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, ok);
    QCOMPARE(Tokens::isWellFormed(token), ok);
}

QTEST_GUILESS_MAIN(tst_Tokens)
#include "tst_Tokens.moc"
