#include "HostedLinkBar.h"

#include "CustomerDossier.h"
#include "FlowLayout.h"
#include "LinkPolicy.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

HostedLinkBar::HostedLinkBar(CustomerDossier *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_kycButton(new QPushButton(tr("KYC link"), this))
    , m_tosButton(new QPushButton(tr("TOS link"), this))
    , m_linkEdit(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_openButton(new QPushButton(tr("Open in browser"), this))
{
    setObjectName(u"hostedLinkBar"_s);
    m_kycButton->setObjectName(u"kycLinkButton"_s);
    m_tosButton->setObjectName(u"tosLinkButton"_s);
    m_linkEdit->setObjectName(u"hostedLinkEdit"_s);
    m_linkEdit->setAccessibleName(tr("Hosted link"));
    m_linkEdit->setAccessibleDescription(tr("The link to send the customer; read only"));
    m_copyButton->setObjectName(u"copyHostedLinkButton"_s);
    m_openButton->setObjectName(u"openHostedLinkButton"_s);
    m_kycButton->setToolTip(tr("Ask Sphere for a hosted page where the customer verifies their identity."));
    m_tosButton->setToolTip(
        tr("Ask Sphere for a hosted page where the customer accepts the terms of service."));
    m_linkEdit->setReadOnly(true);
    m_linkEdit->setPlaceholderText(tr("No link requested"));

    // Wraps in a narrow detail pane; the link shows its start, the rest by scrolling in the field.
    m_linkEdit->setMinimumWidth(m_linkEdit->fontMetrics().averageCharWidth() * 28);
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kycButton);
    layout->addWidget(m_tosButton);
    layout->addWidget(m_linkEdit);
    layout->addWidget(m_copyButton);
    layout->addWidget(m_openButton);

    connect(m_kycButton, &QPushButton::clicked, this, [this] { request(HostedLinkKind::Kyc); });
    connect(m_tosButton, &QPushButton::clicked, this, [this] { request(HostedLinkKind::Tos); });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_linkEdit->text()); });
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_linkEdit->text(), QUrl::StrictMode)); });
    // Offered once the customer is loaded.
    connect(m_dossier, &CustomerDossier::cleared, this, &HostedLinkBar::reset);
    connect(m_dossier, &CustomerDossier::customerLoaded, this, &HostedLinkBar::reset);
    connect(m_dossier, &CustomerDossier::hostedLinkReady, this, &HostedLinkBar::showLink);
    connect(m_dossier, &CustomerDossier::hostedLinkFailed, this, [this](const ApiError &error) {
        m_linkEdit->setPlaceholderText(tr("No link requested"));
        Q_EMIT failed(error.userMessage());
    });
    reset();
}

QString HostedLinkBar::linkText() const
{
    return m_linkEdit->text();
}

void HostedLinkBar::reset()
{
    const bool loaded = m_dossier->customer().has_value();
    m_linkEdit->clear();
    m_linkEdit->setPlaceholderText(tr("No link requested"));
    m_kycButton->setEnabled(loaded);
    m_tosButton->setEnabled(loaded);
    m_copyButton->setEnabled(false);
    m_openButton->setEnabled(false);
}

void HostedLinkBar::request(HostedLinkKind kind)
{
    if (!m_dossier->customer() || m_dossier->isHostedLinkPending())
        return;
    m_linkEdit->clear();
    m_linkEdit->setPlaceholderText(tr("Asking Sphere…"));
    m_dossier->requestHostedLink(kind);
}

void HostedLinkBar::showLink(HostedLinkKind kind, const HostedLink &link)
{
    m_linkEdit->setPlaceholderText(tr("No link requested"));
    if (!LinkPolicy::isOfferable(QUrl(link.url, QUrl::StrictMode))) {
        Q_EMIT failed(tr("Sphere sent a %1 link that is not an https address; it is not offered.")
                          .arg(kind == HostedLinkKind::Kyc ? tr("KYC") : tr("TOS")));
        return;
    }
    m_linkEdit->setText(link.url);
    m_linkEdit->setToolTip(link.expiresAt
                               ? tr("Valid until %1").arg(QLocale().toString(link.expiresAt->toLocalTime()))
                               : QString());
    m_copyButton->setEnabled(true);
    m_openButton->setEnabled(true);
}
