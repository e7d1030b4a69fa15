#include "EnvironmentConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

void EnvironmentConfirmation::confirmThenSend(QWidget *parent, const EnvironmentSelection &environments,
                                              const QString &action, std::function<void()> send)
{
    if (!environments.isMixed()) {
        send();
        return;
    }
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Mixed environments"),
                          tr("You are about to %1 while the vendors use different environments.").arg(action),
                          QMessageBox::NoButton, parent);
    box->setObjectName(u"mixedEnvironmentMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(environments.mixDescription() + u"\n\n"_s + environments.summary());
    QPushButton *sendButton = box->addButton(tr("Send anyway"), QMessageBox::AcceptRole);
    sendButton->setObjectName(u"sendAnywayButton"_s);
    QPushButton *cancelButton = box->addButton(tr("Don't send"), QMessageBox::RejectRole);
    cancelButton->setObjectName(u"dontSendButton"_s);
    // Declining is the default: Enter on a question the analyst did not read sends nothing.
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    QObject::connect(box, &QMessageBox::buttonClicked, parent,
                     [sendButton, send = std::move(send)](QAbstractButton *clicked) {
                         if (clicked == sendButton)
                             send();
                     });
    box->open();
}
