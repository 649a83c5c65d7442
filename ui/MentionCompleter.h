#pragma once

#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace Sitrep {

class Store;

// "@" completion in the entry box: typing "@ch" offers the people of the directory whose
// handle or name contains "ch"; choosing one (Enter, Tab or a click) replaces the word by
// "@handle ". Only the word at the cursor is completed, not the whole line.
class MentionCompleter : public QObject
{
    Q_OBJECT
public:
    MentionCompleter(Store *store, QLineEdit *edit);

    QCompleter *completer() const { return m_completer; }

private:
    void loadPeople();
    void textEdited();
    void insert(const QString &handle);
    // The "@word" that ends at the cursor: where it starts, or -1.
    qsizetype mentionStart() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    Store *m_store;
    QLineEdit *m_edit;
    QStandardItemModel *m_people;
    QCompleter *m_completer;
};

} // namespace Sitrep
