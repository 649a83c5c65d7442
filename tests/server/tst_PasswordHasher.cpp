#include "auth/PasswordHasher.h"

#include <QTest>

using namespace Sitrep::Server;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashAndVerify_data();
    void hashAndVerify();
    void wrongPassword();
    void saltedHashesDiffer();
    void malformedStoredHash_data();
    void malformedStoredHash();
    void rehashWhenLimitsChange();

private:
    PasswordHasher m_hasher{PasswordHasher::Limits::minimum()};
};

void tst_PasswordHasher::hashAndVerify_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
    QTest::newRow("unicode") << QStringLiteral("pässwörd — 密码 🔑");
    QTest::newRow("empty") << QString();
    QTest::newRow("long") << QString(4096, QLatin1Char('x'));
}

void tst_PasswordHasher::hashAndVerify()
{
    QFETCH(QString, password);
    const auto hash = m_hasher.hash(password);
    QVERIFY(hash);
    QVERIFY2(hash->startsWith("$argon2id$"), hash->constData());
    QVERIFY(!hash->contains(password.toUtf8()) || password.isEmpty());
    QVERIFY(m_hasher.verify(*hash, password));
}

void tst_PasswordHasher::wrongPassword()
{
    const auto hash = m_hasher.hash(QStringLiteral("s3cret-pass"));
    QVERIFY(hash);
    QVERIFY(!m_hasher.verify(*hash, QStringLiteral("s3cret-pasS")));
    QVERIFY(!m_hasher.verify(*hash, QStringLiteral("s3cret-pass ")));
    QVERIFY(!m_hasher.verify(*hash, QString()));
}

void tst_PasswordHasher::saltedHashesDiffer()
{
    const auto a = m_hasher.hash(QStringLiteral("same password"));
    const auto b = m_hasher.hash(QStringLiteral("same password"));
    QVERIFY(a && b);
    QVERIFY(*a != *b);
    QVERIFY(m_hasher.verify(*a, QStringLiteral("same password")));
    QVERIFY(m_hasher.verify(*b, QStringLiteral("same password")));
}

void tst_PasswordHasher::malformedStoredHash_data()
{
    const QByteArray good = *PasswordHasher(PasswordHasher::Limits::minimum()).hash(QStringLiteral("password1"));
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("not a hash");
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("argon2i") << QByteArray(good).replace("$argon2id$", "$argon2i$");
    QTest::newRow("bit flipped") << QByteArray(good).replace(good.size() - 3, 1,
                                                             good.at(good.size() - 3) == 'A' ? "B" : "A");
    QTest::newRow("embedded nul") << (good.left(20) + QByteArray(1, '\0') + good.mid(20));
    QTest::newRow("oversized") << (good + QByteArray(300, 'A'));
}

void tst_PasswordHasher::malformedStoredHash()
{
    QFETCH(QByteArray, stored);
    QVERIFY(!m_hasher.verify(stored, QStringLiteral("password1")));
}

void tst_PasswordHasher::rehashWhenLimitsChange()
{
    const auto hash = m_hasher.hash(QStringLiteral("password1"));
    QVERIFY(hash);
    QVERIFY(!m_hasher.needsRehash(*hash));
    QVERIFY(m_hasher.needsRehash("not a hash"));
    const PasswordHasher stronger(
        {PasswordHasher::Limits::minimum().opsLimit + 1, PasswordHasher::Limits::minimum().memLimit});
    QVERIFY(stronger.needsRehash(*hash));
    // A hash carries its own limits: it verifies whatever ours are now.
    QVERIFY(stronger.verify(*hash, QStringLiteral("password1")));
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_PasswordHasher.moc"
