#pragma once

#include "FieldIssue.h"
#include "SphereRequestTypes.h"

#include <optional>
#include <QObject>
#include <QVariantMap>
#include <variant>

class DocumentField;
class FieldIssueTracker;
class QComboBox;
class QLineEdit;
class QListWidgetItem;
struct CustomerFormUi;

// The one mapping between a CustomerRequest and the customer form's widgets, field by field:
// fill() shows a request, read() is what the form says, diff() what an update sends (only the
// changed fields), and captureDraft()/restoreDraft() keep the boxes exactly as typed. Each editor
// is reached through its USER property (text, checked, plainText, address, answers, document),
// so a new field is one row in the table built by the constructor.
class CustomerFormBinding : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Create, Update };

    CustomerFormBinding(Mode mode, const CustomerFormUi &ui, QObject *parent = nullptr);

    // Shows each field's issues next to it, in form order (the submit button lists them so).
    void trackIssues(FieldIssueTracker *issues);

    void fill(const CustomerRequest &request);
    void clear() { fill(CustomerRequest()); }
    CustomerRequest read() const;
    CustomerRequest diff(const CustomerRequest &baseline) const;
    bool isBusiness() const;
    // What the request cannot hold: a date or an amount that does not parse.
    QList<FieldIssue> entryIssues() const;

    const QList<UboRequest> &owners() const { return m_owners; }
    void setOwners(const QList<UboRequest> &owners);

    // The boxes by object name, as typed, for a draft; documents separately by field name.
    QVariantMap captureFields() const;
    QVariantMap captureDocuments() const;
    void restoreFields(const QVariantMap &fields);
    void restoreDocuments(const QVariantMap &documents);

    QList<QLineEdit *> lineEdits() const; // every bound text box, the address's and questionnaire's too
    QList<DocumentField *> documentFields() const;
    // Whether read() takes the editor's value for the current type of customer (a person's identity
    // documents are not a company's), whichever tab is shown.
    bool isRead(const QWidget *editor) const;

Q_SIGNALS:
    void changed(); // any bound editor's value

private:
    enum class Scope { Common, Individual, Business };
    template<typename T> using Member = std::optional<T> CustomerRequest::*;
    using Binding = std::variant<std::monostate, Member<QString>, Member<bool>, Member<DocumentUpload>>;
    struct Row
    {
        QWidget *editor;
        QString path; // the request field, as the validator names it
        Scope scope;
        Binding member; // monostate: read and filled by hand (dob, address, tos, …)
    };

    void add(QWidget *editor, const QString &path, Scope scope, Binding member = {});
    void keepNoneOfTheAboveExclusive(QListWidgetItem *ticked);
    static void restoreAnswer(QComboBox *combo, const QVariantMap &fields);
    bool inScope(Scope scope, bool business) const;
    void refreshOwnersTable();

    const CustomerFormUi &m_ui;
    Mode m_mode;
    QList<Row> m_rows;
    QList<UboRequest> m_owners;
};
