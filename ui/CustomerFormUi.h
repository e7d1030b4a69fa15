#pragma once

// The customer form's widgets: the dialog's frame and each of its pages, every one its own Qt
// Designer file, set up on the placeholder the frame names after it.

#include "ui_CustomerCompanyPage.h"
#include "ui_CustomerCompliancePage.h"
#include "ui_CustomerContactPage.h"
#include "ui_CustomerDocumentsPage.h"
#include "ui_CustomerFormDialog.h"
#include "ui_CustomerMetaPage.h"
#include "ui_CustomerOwnersPage.h"
#include "ui_CustomerPersonPage.h"

struct CustomerFormUi
{
    Ui::CustomerFormDialog frame;
    Ui::CustomerPersonPage person;
    Ui::CustomerCompanyPage company;
    Ui::CustomerContactPage contact;
    Ui::CustomerOwnersPage owners;
    Ui::CustomerDocumentsPage documents;
    Ui::CustomerCompliancePage compliance;
    Ui::CustomerMetaPage meta;

    void setupUi(QDialog *dialog)
    {
        frame.setupUi(dialog);
        person.setupUi(frame.personPage);
        company.setupUi(frame.companyPage);
        contact.setupUi(frame.contactPage);
        owners.setupUi(frame.ownersTab);
        documents.setupUi(frame.documentsPage);
        compliance.setupUi(frame.compliancePage);
        meta.setupUi(frame.metaTab);
    }
};
