#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Sitrep {

namespace {

struct SystemLook {
    QString styleName;
    QPalette palette;
};

// What the platform gave the application before any choice of ours replaced it.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

Theme::Choice g_current = Theme::Choice::System;

void setStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(name));
}

} // namespace

void Theme::apply(Choice choice)
{
    const SystemLook &system = systemLook();
    g_current = choice;
    switch (choice) {
    case Choice::System:
        setStyle(system.styleName);
        QApplication::setPalette(system.palette);
        return;
    case Choice::Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case Choice::Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

Theme::Choice Theme::current()
{
    return g_current;
}

QString Theme::key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Choice Theme::fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

QPalette Theme::lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    palette.setColor(QPalette::Text, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::WindowText, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::ButtonText, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x7b));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    palette.setColor(QPalette::ToolTipText, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xb8));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x7b));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x7b));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8b, 0x92, 0x9b));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xd8, 0xe6, 0xf3));
    return palette;
}

QPalette Theme::darkPalette()
{
    // Not pure black: long night shifts on a bright-on-black screen tire the eyes.
    const QColor window(0x23, 0x26, 0x2b);
    const QColor base(0x1a, 0x1d, 0x21);
    const QColor text(0xe4, 0xe7, 0xeb);
    const QColor dim(0x9a, 0xa1, 0xab);
    QPalette palette(QColor(0x30, 0x34, 0x3a), window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x2a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x30, 0x34, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xd0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, dim);
    palette.setColor(QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3a));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::Light, QColor(0x3c, 0x41, 0x48));
    palette.setColor(QPalette::Midlight, QColor(0x34, 0x38, 0x3e));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2d, 0x32));
    palette.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Disabled, QPalette::Text, dim);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, dim);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x80, 0x89));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xc8, 0xdc, 0xf0));
    return palette;
}

QColor Theme::severityColor(int rank)
{
    // Dark enough behind white text on both palettes (contrast ≥ 4.5:1 with white).
    switch (rank) {
    case 0:
        return QColor(0xc6, 0x28, 0x28);
    case 1:
        return QColor(0xb8, 0x45, 0x00);
    case 2:
        return QColor(0x80, 0x63, 0x00);
    default:
        return QColor(0x54, 0x6e, 0x7a);
    }
}

} // namespace Sitrep
