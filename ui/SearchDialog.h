#pragma once

#include "ShortcutSheet.h"

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Sitrep {

class BackgroundSearch;
class SearchResultsModel;
struct SearchHit;

// Ctrl+K: full-text search over incidents and timelines. Typing searches (on the search
// thread, never the UI thread); Up/Down pick a hit without leaving the text; Enter opens
// it; Escape closes. Not modal: the timeline stays live behind it.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    // The keys this pane understands, for the shortcut sheet (F1).
    static QList<ShortcutSheet::Row> keyHelp();

    SearchDialog(BackgroundSearch *search, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultsView() const { return m_results; }
    SearchResultsModel *results() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }

    // Shows the dialog with the query selected, ready to type over.
    void start();

signals:
    // entryId is null for an incident hit.
    void openRequested(const QUuid &incidentId, const QUuid &entryId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchNow();
    void showHits(quint64 ticket, const QString &text, const QList<SearchHit> &hits);
    void openCurrent();
    void moveSelection(int step);

    BackgroundSearch *m_search;
    QLineEdit *m_query;
    QListView *m_results;
    QLabel *m_status;
    SearchResultsModel *m_model;
    QTimer *m_debounce;
    QString m_resultsText; // the text the shown results answer
    bool m_openOnResults = false; // Enter came before the results of the typed text
};

} // namespace Sitrep
