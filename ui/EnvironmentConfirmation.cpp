#include "EnvironmentConfirmation.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

void EnvironmentConfirmation::confirmThenSend(QWidget *parent, const EnvironmentSelection &environments,
                                              const QString &action, std::function<void()> send,
                                              const std::optional<SavedDraft> &draft)
{
    const bool mixed = environments.isMixed();
    const bool draftElsewhere = draft && draft->environment != environments.recordKey(draft->vendor);
    if (!mixed && !draftElsewhere) {
        send();
        return;
    }
    QStringList question;
    if (draftElsewhere)
        question << tr("This draft was saved for %1 — %2; %1 now uses %3. Send it there?")
                        .arg(VendorEnvironment::vendorName(draft->vendor),
                             VendorEnvironment::recordLabel(draft->environment),
                             VendorEnvironment::recordLabel(environments.recordKey(draft->vendor)));
    if (mixed)
        question << tr("You are about to %1 while the vendors use different environments.").arg(action);
    auto *box
        = new QMessageBox(QMessageBox::Warning,
                          draftElsewhere ? tr("Draft from another environment") : tr("Mixed environments"),
                          question.join(u' '), QMessageBox::NoButton, parent);
    box->setObjectName(u"mixedEnvironmentMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(mixed ? environments.mixDescription() + u"\n\n"_s + environments.summary()
                                  : environments.summary());
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
