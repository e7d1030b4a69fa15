#include "UboDetailsDialog.h"

#include "ScreenFit.h"
#include "StatusText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

UboDetailsDialog::UboDetailsDialog(const Ubo &ubo, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"uboDetailsDialog"_s);
    const QString name = QStringList { ubo.firstName.value_or(QString()), ubo.lastName.value_or(QString()) }
                             .join(u' ')
                             .trimmed();
    setWindowTitle(tr("Beneficial owner — %1").arg(name.isEmpty() ? ubo.id : name));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto row = [this, form](const QString &label, const QString &value, const QString &objectName) {
        auto *field = new QLabel(value, this);
        field->setObjectName(objectName);
        field->setTextFormat(Qt::PlainText); // vendor text, never markup
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    row(tr("Name:"), name.isEmpty() ? StatusText::missing() : name, u"uboNameLabel"_s);
    row(tr("Email:"), StatusText::orDash(ubo.email), u"uboEmailLabel"_s);
    row(tr("Phone:"), StatusText::orDash(ubo.phoneNumber), u"uboPhoneLabel"_s);
    const QString address = StatusText::addressText(ubo.address);
    row(tr("Address:"), address.isEmpty() ? StatusText::missing() : address, u"uboAddressLabel"_s);
    QStringList requirements;
    for (const QString &key : ubo.requirements)
        requirements << StatusText::requirement(key);
    row(tr("Open requirements:"), requirements.isEmpty() ? tr("None") : requirements.join(u'\n'),
        u"uboRequirementsLabel"_s);
    row(tr("Created:"), StatusText::localDateTime(ubo.created), u"uboCreatedLabel"_s);
    row(tr("Updated:"), StatusText::localDateTime(ubo.updated), u"uboUpdatedLabel"_s);
    row(tr("Id:"), ubo.id, u"uboIdLabel"_s);

    auto *note
        = new QLabel(tr("Read only. Owners are changed in the customer's update form (Ctrl+E)."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    ScreenFit::fitToScreen(this);
}
