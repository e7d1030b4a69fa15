#include "PaletteStyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QSet>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
// QApplication tells itself when its palette changes (QEvent::ApplicationPaletteChange on the
// application object); widgets only hear of it as a PaletteChange when their own palette resolves
// differently, which a widget with a style sheet, or one not shown yet, may never do.
class PaletteChangeHub : public QObject
{
public:
    using QObject::QObject;
    QSet<PaletteStyle *> styles;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance()) {
            const QSet<PaletteStyle *> now = styles; // a restyle may create or delete one
            for (PaletteStyle *style : now) {
                if (styles.contains(style))
                    style->apply();
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QPointer<PaletteChangeHub> g_hub;

PaletteChangeHub *hub()
{
    if (!g_hub && QCoreApplication::instance()) {
        g_hub = new PaletteChangeHub(QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(g_hub);
    }
    return g_hub;
}
} // namespace

PaletteStyle::PaletteStyle(QWidget *widget) : QObject(widget), m_widget(widget)
{
    if (PaletteChangeHub *h = hub())
        h->styles.insert(this);
}

PaletteStyle::~PaletteStyle()
{
    if (g_hub)
        g_hub->styles.remove(this);
}

PaletteStyle *PaletteStyle::of(QWidget *widget)
{
    if (PaletteStyle *style = widget->findChild<PaletteStyle *>(QString(), Qt::FindDirectChildrenOnly))
        return style;
    return new PaletteStyle(widget);
}

void PaletteStyle::followTone(QWidget *widget, StatusText::Tone tone, bool bold)
{
    follow(widget, [tone, bold](const StatusColours &colours) -> QString {
        return (bold ? u"color:%1; font-weight:bold;"_s : u"color:%1;"_s).arg(name(colours.text(tone)));
    });
}

void PaletteStyle::follow(QWidget *widget, Sheet sheet)
{
    PaletteStyle *style = of(widget);
    style->m_sheet = std::move(sheet);
    style->apply();
}

void PaletteStyle::watch(QWidget *widget, std::function<void()> restyle)
{
    PaletteStyle *style = of(widget);
    style->m_restyle = std::move(restyle);
    style->apply();
}

void PaletteStyle::refresh(QWidget *widget)
{
    if (auto *style = widget->findChild<PaletteStyle *>(QString(), Qt::FindDirectChildrenOnly))
        style->apply();
}

QString PaletteStyle::name(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QString PaletteStyle::fill(const StatusColours::Fill &fill)
{
    return u"color:%1; background:%2; border:1px solid %3;"_s.arg(name(fill.text), name(fill.background),
                                                                  name(fill.border));
}

void PaletteStyle::apply()
{
    if (m_sheet) {
        const QString sheet = m_sheet(StatusColours::current());
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }
    if (m_restyle)
        m_restyle();
}
