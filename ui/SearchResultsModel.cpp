#include "SearchResultsModel.h"

#include "store/Search.h"

namespace Sitrep {

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(heading(hit), plainSnippet(hit.snippet));
    case Qt::ToolTipRole:
        return hit.at.isValid() ? tr("%1 (UTC %2)").arg(plainSnippet(hit.snippet),
                                                        hit.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                : plainSnippet(hit.snippet);
    case IncidentIdRole:
        return hit.incidentId;
    case EntryIdRole:
        return hit.entryId;
    case SnippetRole:
        return hit.snippet;
    case HeadingRole:
        return heading(hit);
    default:
        return {};
    }
}

QString SearchResultsModel::heading(const SearchHit &hit) const
{
    if (hit.kind == SearchHit::Kind::Incident)
        return tr("%1 · Incident").arg(hit.severity);
    const QString when = hit.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%1 · %2 · %3").arg(hit.severity, hit.incidentTitle, when);
}

QString SearchResultsModel::plainSnippet(QString snippet)
{
    return snippet.remove(Search::MatchStart).remove(Search::MatchEnd);
}

QString SearchResultsModel::highlightedSnippet(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    QString run;
    auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == Search::MatchStart) {
            flush();
            html += QStringLiteral("<b><u>");
        } else if (c == Search::MatchEnd) {
            flush();
            html += QStringLiteral("</u></b>");
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

} // namespace Sitrep
