#pragma once

#include "SphereTypes.h"

#include <QPointer>
#include <QWidget>

class ApiJob;
class QLineEdit;
class QPushButton;
class SphereClient;

// "KYC link" and "TOS link" for the shown customer: asks Sphere for a hosted page (identity
// verification or terms acceptance) and offers the answer with Copy and Open — only an https
// link (or plain http to this computer, the sandbox) is offered; anything else is refused with the
// reason, never opened.
class HostedLinkBar : public QWidget
{
    Q_OBJECT

public:
    explicit HostedLinkBar(SphereClient *sphere, QWidget *parent = nullptr);

    void setCustomerId(const QString &customerId); // empty: nothing to ask for
    QString linkText() const;

Q_SIGNALS:
    void failed(const QString &message);

private:
    void request(HostedLinkKind kind);
    void showLink(HostedLinkKind kind, const HostedLink &link);

    SphereClient *m_sphere;
    QString m_customerId;
    QPointer<ApiJob> m_pending;
    QPushButton *m_kycButton;
    QPushButton *m_tosButton;
    QLineEdit *m_linkEdit;
    QPushButton *m_copyButton;
    QPushButton *m_openButton;
};
