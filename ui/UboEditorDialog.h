#pragma once

#include "CustomerRequestValidator.h"
#include "SphereRequestTypes.h"

#include <memory>
#include <QDialog>

class FieldIssueTracker;
class QuestionnaireEditor;
namespace Ui {
class UboEditorDialog;
}

// Adds or edits one ultimate beneficial owner of a business: names, date of birth, SSN, contact,
// address, identity documents (and, when updating, the update-only questionnaire). OK stays
// disabled until what is typed is valid, with the reasons next to the fields.
class UboEditorDialog : public QDialog
{
    Q_OBJECT

public:
    UboEditorDialog(CustomerRequestValidator::Mode mode, qint64 maxDocumentBytes, QWidget *parent = nullptr);
    ~UboEditorDialog() override;

    void setUbo(const UboRequest &ubo);
    UboRequest ubo() const;
    QList<FieldIssue> issues() const; // paths as if the only owner: "ubos[0].ssn", "ubos[0].address.country"

private:
    void revalidate();

    CustomerRequestValidator::Mode m_mode;
    qint64 m_maxDocumentBytes;
    std::unique_ptr<Ui::UboEditorDialog> m_ui;
    FieldIssueTracker *m_issues;
    QuestionnaireEditor *m_questionnaire = nullptr; // update only
};
