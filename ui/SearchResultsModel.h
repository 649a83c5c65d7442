#pragma once

#include "store/Store.h"

#include <QAbstractListModel>

namespace Sitrep {

// The hits of one search, as a list: an incident hit reads "SEV2 · Title", an entry hit
// "Title · 14:02"; the snippet with its marked matches is a role of its own for the
// delegate to highlight.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        EntryIdRole, // null for incident hits
        SnippetRole, // with Search::MatchStart / MatchEnd around matches
        HeadingRole, // what the hit belongs to
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The snippet as plain text (markers dropped), for screen readers and tooltips.
    static QString plainSnippet(QString snippet);
    // The snippet as rich text: escaped, each match bold and underlined (not colour alone).
    static QString highlightedSnippet(const QString &snippet);

private:
    QString heading(const SearchHit &hit) const;

    QList<SearchHit> m_hits;
};

} // namespace Sitrep
