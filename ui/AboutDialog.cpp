#include "AboutDialog.h"

#include "ThirdPartyComponents.h"
#include "UiResources.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_componentsTreeWidget(new QTreeWidget(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About KYC Desk"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(UiResources::appIcon().pixmap(64, 64));
    iconLabel->setAccessibleName(tr("KYC Desk icon"));

    auto *titleLabel = new QLabel(this);
    titleLabel->setObjectName(u"titleLabel"_s);
    titleLabel->setTextFormat(Qt::RichText);
    titleLabel->setText(u"<h2>"_s + tr("KYC Desk").toHtmlEscaped() + u"</h2>"_s
                        + tr("Back office for KYC/KYB compliance analysts").toHtmlEscaped());

    auto *versionLabel = new QLabel(this);
    versionLabel->setObjectName(u"versionLabel"_s);
    versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    versionLabel->setText(tr("Version %1\nBuilt with Qt %2, running on Qt %3")
                              .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                   QString::fromLatin1(qVersion())));

    auto *header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(titleLabel);
    headerText->addWidget(versionLabel);
    header->addLayout(headerText, 1);

    auto *componentsLabel = new QLabel(tr("KYC Desk uses these libraries, under their licences:"), this);
    m_componentsTreeWidget->setObjectName(u"componentsTreeWidget"_s);
    m_componentsTreeWidget->setAccessibleName(tr("Libraries and licences"));
    m_componentsTreeWidget->setRootIsDecorated(false);
    m_componentsTreeWidget->setHeaderLabels({ tr("Library"), tr("Version"), tr("Licence"), tr("Used for") });
    for (const ThirdPartyComponent &component : ThirdPartyComponents::all()) {
        auto *item = new QTreeWidgetItem(
            m_componentsTreeWidget,
            { component.name, component.version, component.licence, component.purpose });
        item->setToolTip(0, component.url);
    }
    m_componentsTreeWidget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    componentsLabel->setBuddy(m_componentsTreeWidget);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(componentsLabel);
    layout->addWidget(m_componentsTreeWidget, 1);
    layout->addWidget(buttons);
}
