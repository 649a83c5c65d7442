#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QTableWidget;
class QWidget;

namespace Sitrep {

// F1: every keyboard shortcut of the console on one sheet. The window's part is read from
// its actions (so the sheet cannot drift from the menus); the keys that work inside a
// pane (the entry box's prefixes, the role board's Enter and Delete) are listed by the
// panes that own them, in words.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    struct Row {
        QString area;   // "Window", "Timeline", …
        QString action; // what it does
        QString keys;   // as a person types them, in the platform's words
    };

    ShortcutSheet(const QList<Row> &rows, QWidget *parent = nullptr);

    // The window-wide part: each action with a shortcut, reachable from window's menus,
    // named by its menu text without the mnemonic ampersand.
    static QList<Row> rowsOf(const QWidget *window);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTableWidget *m_table;
};

} // namespace Sitrep
