#include "SearchDialog.h"

#include "SearchHitDelegate.h"
#include "SearchResultsModel.h"
#include "store/BackgroundSearch.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sitrep {

namespace {
// Long enough to skip the searches of a fast typist's intermediate words, short enough
// that results seem to follow the typing.
constexpr int DebounceMs = 120;
constexpr int ResultLimit = 50;
} // namespace

SearchDialog::SearchDialog(BackgroundSearch *search, QWidget *parent)
    : QDialog(parent)
    , m_search(search)
    , m_query(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchResultsModel(this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Search incidents and timelines"));
    setAccessibleName(windowTitle());
    m_query->setPlaceholderText(tr("Search titles and timeline entries…"));
    m_query->setAccessibleName(tr("Search text"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // snippets wrap or elide
    m_results->setAccessibleName(tr("Search results"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setAccessibleName(tr("Search status"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    resize(640, 480);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDialog::openCurrent);
    connect(m_results, &QListView::activated, this, &SearchDialog::openCurrent);
    connect(m_search, &BackgroundSearch::found, this, &SearchDialog::showHits);
    connect(m_search, &BackgroundSearch::failed, this,
            [this](quint64, const QString &error) { m_status->setText(tr("Search failed: %1").arg(error)); });
}

QList<ShortcutSheet::Row> SearchDialog::keyHelp()
{
    const QString area = tr("Search");
    return {
        {area, tr("Next or previous result"), tr("Down, Up")},
        {area, tr("Open the selected result"), tr("Enter")},
        {area, tr("Close the search"), tr("Esc")},
    };
}

void SearchDialog::start()
{
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchDialog::searchNow()
{
    m_debounce->stop();
    const QString text = m_query->text().trimmed();
    if (text.isEmpty()) {
        m_openOnResults = false;
        m_model->setHits({});
        m_resultsText.clear();
        m_status->clear();
        return;
    }
    m_status->setText(tr("Searching…"));
    m_search->find(text, ResultLimit);
}

void SearchDialog::showHits(quint64, const QString &text, const QList<SearchHit> &hits)
{
    if (text != m_query->text().trimmed())
        return; // an answer to text that has changed since; the newer search is on its way
    m_model->setHits(hits);
    m_resultsText = text;
    m_status->setText(hits.isEmpty() ? tr("No matches for “%1”.").arg(text)
                                     : tr("Matches: %1 — Enter opens the selected one.").arg(hits.size()));
    if (!hits.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
    if (std::exchange(m_openOnResults, false))
        openCurrent();
}

void SearchDialog::openCurrent()
{
    // Enter before the results of what is typed arrived: open when they do, never a
    // result of earlier text.
    if (m_debounce->isActive()) {
        m_openOnResults = true;
        searchNow();
        return;
    }
    if (m_resultsText != m_query->text().trimmed()) {
        m_openOnResults = true;
        return;
    }
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid())
        return;
    emit openRequested(current.data(SearchResultsModel::IncidentIdRole).toUuid(),
                       current.data(SearchResultsModel::EntryIdRole).toUuid());
    accept();
}

void SearchDialog::moveSelection(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_results->currentIndex().row() + step, 0, rows - 1);
    m_results->setCurrentIndex(m_model->index(row));
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down/PageUp/PageDown walk the hits while the caret stays in the query.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(10);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-10);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Sitrep
