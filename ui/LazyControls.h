#pragma once

class QComboBox;
class QLineEdit;

// Parts of standard controls that Qt makes at once but a person needs only later, made
// when they are: each one is ~0.3–1 ms of the console's cold start, to the first painted
// window (`sitrep-bench ui`, ui.cold_start).

namespace Sitrep {

// A field's clear button, switched on with its first text. It only shows while there is
// text anyway; switched on at once, the style decodes its icon (a PNG) while the window
// is made.
void clearButtonOnceTyped(QLineEdit *edit);

// A combo box that fits its contents whenever they change. It is sized to them at its
// first show by default; QComboBox::AdjustToContents, needed for the later changes, makes
// the box's popup list at once, so it is set just after its first paint.
void fitContentsAfterFirstPaint(QComboBox *box);

} // namespace Sitrep
