#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Sitrep {

// The console's look: System (the platform's style and palette as the application
// started), Light or Dark (Fusion with our palettes). Qt 6.4 cannot tell us the
// platform's colour scheme, so the choice is the person's, kept per profile.
class Theme
{
public:
    enum class Choice { System, Light, Dark };

    static void apply(Choice choice);
    static Choice current();

    // Settings values: "system", "light", "dark" (anything else reads as System).
    static QString key(Choice choice);
    static Choice fromKey(const QString &key);

    static QPalette lightPalette();
    static QPalette darkPalette();

    // Meaningful colours that read on both palettes; always shown with text beside them.
    // rank 0 is the most severe level.
    static QColor severityColor(int rank);
};

} // namespace Sitrep
