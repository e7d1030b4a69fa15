#include "FieldIssueTracker.h"

#include "DocumentField.h"
#include "PaletteStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// A form row's field: the editor with its (hidden) issue label under it.
std::pair<QWidget *, QLabel *> cellWithIssueLabel(QWidget *editor, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *issue = new QLabel(cell);
    issue->hide();
    layout->addWidget(issue);
    return { cell, issue };
}

} // namespace

FieldIssueTracker::FieldIssueTracker(QObject *parent) : QObject(parent) { }

void FieldIssueTracker::addRow(QFormLayout *form, const QString &label, QWidget *editor,
                               const QString &fieldPath)
{
    track(editor, fieldPath, label, placeRow(form, label, editor));
}

QLabel *FieldIssueTracker::placeRow(QFormLayout *form, const QString &label, QWidget *editor)
{
    const auto [cell, issue] = cellWithIssueLabel(editor, form->parentWidget());
    form->addRow(label, cell);
    return issue;
}

void FieldIssueTracker::attach(QWidget *editor, const QString &fieldPath)
{
    auto *form
        = editor->parentWidget() ? qobject_cast<QFormLayout *>(editor->parentWidget()->layout()) : nullptr;
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    if (form)
        form->getWidgetPosition(editor, &row, &role);
    if (row < 0) {
        // Not in a form row: tracked all the same, with its issues in the form's summary only.
        qWarning("FieldIssueTracker: %s is not in a form row", qPrintable(editor->objectName()));
        auto *hidden = new QLabel(editor->parentWidget());
        track(editor, fieldPath, QString(), hidden);
        return;
    }
    const auto *rowLabel = qobject_cast<const QLabel *>(form->labelForField(editor));
    const QString label = rowLabel ? rowLabel->text() : QString();
    // The editor moves into a cell with its issue label under it, in the same row.
    form->removeWidget(editor);
    const auto [cell, issue] = cellWithIssueLabel(editor, form->parentWidget());
    form->setWidget(row, role, cell);
    track(editor, fieldPath, label, issue);
}

void FieldIssueTracker::track(QWidget *editor, const QString &fieldPath, const QString &label,
                              QLabel *issueLabel)
{
    issueLabel->setObjectName(editor->objectName() + u"IssueLabel"_s);
    PaletteStyle::followTone(issueLabel, StatusText::Tone::Bad);
    issueLabel->setWordWrap(true);
    issueLabel->hide();
    QString plain = label;
    plain.remove(u'&');
    if (plain.endsWith(u':'))
        plain.chop(1);
    // The editor now sits in a cell under the row, out of its label's reach as a buddy: a screen
    // reader would announce it without a name.
    if (editor->accessibleName().isEmpty() && !plain.isEmpty())
        editor->setAccessibleName(plain);
    m_rows.insert(fieldPath, { editor, issueLabel, plain, false, int(m_rows.size()) });
    m_pathOfEditor.insert(editor, fieldPath);
    editor->setProperty("fieldPath", fieldPath);
    editor->installEventFilter(this);
}

bool FieldIssueTracker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const auto it = m_pathOfEditor.constFind(watched);
        if (it != m_pathOfEditor.constEnd()) {
            m_rows[*it].touched = true;
            Q_EMIT fieldLeft(*it);
        }
    }
    return QObject::eventFilter(watched, event);
}

bool FieldIssueTracker::editorIsEmpty(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text().isEmpty();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->toPlainText().isEmpty();
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentIndex() <= 0;
    if (const auto *document = qobject_cast<const DocumentField *>(editor))
        return !document->hasDocument() && document->issue().isEmpty();
    return false;
}

QList<FieldIssue> FieldIssueTracker::show(const QList<FieldIssue> &issues)
{
    QHash<QString, QString> byField;
    QList<FieldIssue> unplaced;
    for (const FieldIssue &issue : issues) {
        if (!m_rows.contains(issue.field)) {
            unplaced.append(issue);
            continue;
        }
        QString &text = byField[issue.field];
        if (!text.isEmpty())
            text += u'\n';
        text += issue.message;
    }
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const QString text = byField.value(it.key());
        const bool visible
            = !text.isEmpty() && (m_submitAttempted || it->touched || !editorIsEmpty(it->editor));
        it->issueLabel->setText(visible ? text : QString());
        it->issueLabel->setVisible(visible);
    }
    return unplaced;
}

QStringList FieldIssueTracker::labelsOf(const QList<FieldIssue> &issues) const
{
    QList<std::pair<int, QString>> ordered;
    QStringList seen;
    for (const FieldIssue &issue : issues) {
        if (seen.contains(issue.field))
            continue;
        seen.append(issue.field);
        const auto it = m_rows.constFind(issue.field);
        if (it != m_rows.constEnd())
            ordered.append({ it->order, it->label });
        else
            ordered.append({ int(m_rows.size()), issue.field });
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList labels;
    for (const auto &entry : ordered)
        labels.append(entry.second);
    return labels;
}

QWidget *FieldIssueTracker::editorFor(const QString &fieldPath) const
{
    return m_rows.value(fieldPath).editor;
}

QString FieldIssueTracker::issueText(const QString &fieldPath) const
{
    const auto it = m_rows.constFind(fieldPath);
    return it == m_rows.constEnd() ? QString() : it->issueLabel->text();
}
