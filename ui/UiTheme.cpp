#include "UiTheme.h"

#include <memory>
#include <optional>
#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSettingsKey = u"appearance/theme"_s;
const QString kFusion = u"Fusion"_s;

UiTheme::Choice g_current = UiTheme::Choice::System;
// The style the application started with, for going back to "System".
std::optional<QString> g_systemStyle;

void rememberSystemStyle()
{
    if (!g_systemStyle)
        g_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
}
} // namespace

void UiTheme::apply(Choice choice)
{
    rememberSystemStyle();
    g_current = choice;
    switch (choice) {
    case Choice::System:
        if (!g_systemStyle->isEmpty() && QApplication::style()->name() != *g_systemStyle)
            QApplication::setStyle(*g_systemStyle);
        // An empty palette resolves to the platform theme's, then the style's: the system's again.
        QApplication::setPalette(QPalette());
        return;
    case Choice::Light:
    case Choice::Dark:
        if (QApplication::style()->name().compare(kFusion, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(kFusion);
        QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
        return;
    }
}

UiTheme::Choice UiTheme::current()
{
    return g_current;
}

UiTheme::Choice UiTheme::load(const QSettings &settings)
{
    const QString word = settings.value(kSettingsKey).toString();
    if (word == u"light"_s)
        return Choice::Light;
    if (word == u"dark"_s)
        return Choice::Dark;
    return Choice::System;
}

void UiTheme::save(QSettings &settings, Choice choice)
{
    settings.setValue(kSettingsKey,
                      choice == Choice::Light      ? u"light"_s
                          : choice == Choice::Dark ? u"dark"_s
                                                   : u"system"_s);
}

QString UiTheme::label(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return tr("&Light");
    case Choice::Dark:
        return tr("&Dark");
    case Choice::System:
        break;
    }
    return tr("&System");
}

QPalette UiTheme::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    return fusion ? fusion->standardPalette() : QPalette(Qt::white);
}

QPalette UiTheme::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x60));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return p;
}
