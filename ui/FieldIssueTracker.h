#pragma once

#include "CustomerRequestValidator.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

// Shows validation issues next to the fields they name. Each form row is an editor plus a red
// label under it; an issue appears once the analyst has left the field, typed something that is
// wrong, or tried to submit — a fresh form does not shout "required" at every empty box.
class FieldIssueTracker : public QObject
{
    Q_OBJECT

public:
    explicit FieldIssueTracker(QObject *parent = nullptr);

    // Adds "label: editor" to `form` with an issue label named "<editor objectName>IssueLabel".
    void addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &fieldPath);
    // The layout part of addRow(), for editors that are placed before they know their tracker:
    // returns the (hidden) issue label under the editor, to pass to track() later.
    static QLabel *placeRow(QFormLayout *form, const QString &label, QWidget *editor);
    // For an editor a .ui file placed in a form row: puts the issue label under it and tracks it
    // under the row's label text (none for a check box row).
    void attach(QWidget *editor, const QString &fieldPath);
    // For editors laid out elsewhere (documents, lists): `issueLabel` is placed by the caller.
    void track(QWidget *editor, const QString &fieldPath, const QString &label, QLabel *issueLabel);

    // Issues the tracker has no row for are returned, so the caller can show them elsewhere.
    QList<FieldIssue> show(const QList<FieldIssue> &issues);
    void setSubmitAttempted(bool attempted) { m_submitAttempted = attempted; }
    // The labels of the fields with issues, in form order, for the submit button's text.
    QStringList labelsOf(const QList<FieldIssue> &issues) const;
    QWidget *editorFor(const QString &fieldPath) const;
    QString issueText(const QString &fieldPath) const;

Q_SIGNALS:
    void fieldLeft(const QString &fieldPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QWidget *editor = nullptr;
        QLabel *issueLabel = nullptr;
        QString label;
        bool touched = false;
        int order = 0;
    };
    static bool editorIsEmpty(const QWidget *editor);

    QHash<QString, Row> m_rows;
    QHash<const QObject *, QString> m_pathOfEditor;
    bool m_submitAttempted = false;
};
