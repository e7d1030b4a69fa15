#pragma once

#include "StatusText.h"

#include <QLabel>

// A small coloured pill for a vendor status ("KYC: Approved"); the colour follows the status's
// meaning (StatusText's tone: approved, in progress, blocked) and an unknown value is shown as the
// vendor sent it.
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    using Tone = StatusText::Tone;

    explicit StatusBadge(const QString &caption, QWidget *parent = nullptr);
    void setStatus(const QString &text, Tone tone, const QString &tooltip = {});
    void clearStatus();
    QString statusText() const { return m_status; }

private:
    QString m_caption;
    QString m_status;
};
