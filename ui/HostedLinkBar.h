#pragma once

#include "SphereTypes.h"

#include <QWidget>

class CustomerDossier;
class QLineEdit;
class QPushButton;

// "KYC link" and "TOS link" for the dossier's customer: asks Sphere for a hosted page (identity
// verification or terms acceptance) and offers the answer with Copy and Open — only an https
// link (or plain http to this computer, the sandbox) is offered; anything else is refused with the
// reason, never opened.
class HostedLinkBar : public QWidget
{
    Q_OBJECT

public:
    explicit HostedLinkBar(CustomerDossier *dossier, QWidget *parent = nullptr);

    QString linkText() const;

Q_SIGNALS:
    void failed(const QString &message);

private:
    void reset(); // for the customer shown now, or none
    void request(HostedLinkKind kind);
    void showLink(HostedLinkKind kind, const HostedLink &link);

    CustomerDossier *m_dossier;
    QPushButton *m_kycButton;
    QPushButton *m_tosButton;
    QLineEdit *m_linkEdit;
    QPushButton *m_copyButton;
    QPushButton *m_openButton;
};
