#pragma once

#include "ReviewTypes.h"

#include <QHash>
#include <QWidget>

class QPlainTextEdit;
class QSettings;

// The settings page of the reasons offered with each decision: one reason a line, per decision.
// An empty list means the built-in defaults (ReviewReasons::defaults).
class ReviewReasonsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewReasonsPage(const QSettings &settings, QWidget *parent = nullptr);

    QStringList reasons(CaseDecisionKind kind) const;
    void save(QSettings &settings) const;

private:
    QHash<CaseDecisionKind, QPlainTextEdit *> m_edits;
};
