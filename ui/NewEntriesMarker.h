#pragma once

#include <QPushButton>
#include <QUuid>

namespace Sitrep {

class TimelineModel;
class TimelineView;

// Keeps the reader's place in a live timeline and says what arrived below it.
//
// At the live edge (scrolled to the bottom) the view follows new entries. Scrolled up,
// what the reader is looking at does not move, even when a back-dated entry lands
// above it, and this button appears under the view: "↓ 3 new" (a count in words, never
// a colour alone). Clicking it, End in the view, or scrolling to the bottom clears it.
class NewEntriesMarker : public QPushButton
{
    Q_OBJECT
public:
    NewEntriesMarker(TimelineView *view, TimelineModel *model, QWidget *parent = nullptr);

    int count() const { return m_count; }
    // A large batch (TimelineModel::batchReset) reset the model: back to the entry the reader had at
    // the top, and count the batch when they were not at the bottom.
    void batchArrived(int entries);
    // Scrolls to the newest entry and clears the count.
    void showNewest();

private:
    void add(int entries);
    void clear();
    void refresh();
    void rememberPlace();
    void keepPlaceOnInsert(int first, int last);

    TimelineView *m_view;
    TimelineModel *m_model;
    int m_count = 0;
    bool m_wasAtBottom = true;
    QUuid m_topBeforeReset;
};

} // namespace Sitrep
