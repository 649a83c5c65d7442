// The sign-in dialog driven by the keyboard: its fields and their names, problems shown in
// place with the focus on the field to fix, and a busy state that never freezes the window.
// (Signing in to a real server: tst_ConsoleSession.)

#include "SignInDialog.h"
#include "UiTestStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Sitrep;

class tst_SignInDialog : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<UiTest::Fixture>();
        QVERIFY(m_fixture->open());
        m_session = std::make_unique<ConsoleSession>(*m_fixture->store,
                                                     m_fixture->dir.filePath(QStringLiteral("settings.ini")));
        m_session->setTimeout(5000);
        m_dialog = std::make_unique<SignInDialog>(m_session.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_fixture.reset();
    }

    void fieldsHaveNamesAndOrder()
    {
        QCOMPARE(m_dialog->serverEdit()->accessibleName(), QStringLiteral("Server"));
        QCOMPARE(m_dialog->userEdit()->accessibleName(), QStringLiteral("User name"));
        QCOMPARE(m_dialog->passwordEdit()->accessibleName(), QStringLiteral("Password"));
        QCOMPARE(m_dialog->passwordEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(m_dialog->signInButton()->accessibleName(), QStringLiteral("Sign in"));
        QVERIFY(m_dialog->signInButton()->isDefault());
        for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QProgressBar *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        // A fresh profile: the server comes first, then Tab walks the form in reading order.
        QCOMPARE(QApplication::focusWidget(), m_dialog->serverEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_dialog->userEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_dialog->passwordEdit());
    }

    void problemsShownInPlace_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("field"); // 0 server, 1 user, 2 password
        QTest::newRow("not https") << "http://ops.example.com"
                                   << "alice"
                                   << "pw"
                                   << "HTTPS only" << 0;
        QTest::newRow("no server") << ""
                                   << "alice"
                                   << "pw"
                                   << "not a server address" << 0;
        QTest::newRow("no user") << "ops.example.com"
                                 << ""
                                 << "pw"
                                 << "user name" << 1;
        QTest::newRow("no password") << "ops.example.com"
                                     << "alice"
                                     << ""
                                     << "password" << 2;
    }

    void problemsShownInPlace()
    {
        QFETCH(QString, server);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, problem);
        QFETCH(int, field);
        typeForm(server, user, password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(m_dialog->errorLabel()->isVisible());
        QVERIFY2(m_dialog->errorLabel()->text().contains(problem), qPrintable(m_dialog->errorLabel()->text()));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_dialog->isBusy());
        QLineEdit *fields[] = {m_dialog->serverEdit(), m_dialog->userEdit(), m_dialog->passwordEdit()};
        QCOMPARE(QApplication::focusWidget(), fields[field]);
        QCOMPARE(m_dialog->userEdit()->text(), user); // nothing typed is lost
    }

    // Enter returns at once with the form locked and a busy bar; the answer (here: nobody
    // listens on the port) comes later, shown in place, with the form usable again.
    void busyWhileSigningInThenNetworkProblem()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // a port nothing listens on: refused at once

        typeForm(QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("alice"), QStringLiteral("secret"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_dialog->isBusy());
        QVERIFY(!m_dialog->serverEdit()->isEnabled());
        QVERIFY(!m_dialog->passwordEdit()->isEnabled());
        QVERIFY(!m_dialog->signInButton()->isEnabled());
        QVERIFY(m_dialog->findChild<QProgressBar *>()->isVisible());
        QVERIFY(m_session->isSigningIn());

        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 10000);
        QVERIFY(m_dialog->errorLabel()->isVisible());
        QVERIFY2(m_dialog->errorLabel()->text().contains(QStringLiteral("Cannot reach")),
                 qPrintable(m_dialog->errorLabel()->text()));
        QVERIFY(m_dialog->serverEdit()->isEnabled());
        QCOMPARE(QApplication::focusWidget(), m_dialog->serverEdit());
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_session->status().hasServer, false); // nothing saved from a failed sign-in
    }

    // Escape during the wait cancels the sign-in and closes the dialog.
    void escapeCancelsSignIn()
    {
        // A server that accepts the connection and never answers the TLS handshake.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        typeForm(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()), QStringLiteral("alice"),
                 QStringLiteral("secret"));
        QSignalSpy finished(m_session.get(), &ConsoleSession::signInFinished);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_dialog->isBusy());
        QTest::qWait(100);
        QVERIFY(m_dialog->isBusy());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(!m_session->isSigningIn());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<SignInResult>().ok, false);
    }

private:
    void typeForm(const QString &server, const QString &user, const QString &password)
    {
        QCOMPARE(QApplication::focusWidget(), m_dialog->serverEdit());
        QTest::keyClicks(m_dialog->serverEdit(), server);
        QTest::keyClick(m_dialog->serverEdit(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), user);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), password);
        QCOMPARE(m_dialog->passwordEdit()->text(), password);
    }

    std::unique_ptr<UiTest::Fixture> m_fixture;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<SignInDialog> m_dialog;
};

QTEST_MAIN(tst_SignInDialog)
#include "tst_SignInDialog.moc"
