#pragma once

#include "StatusText.h"

#include <QLabel>

// A small coloured pill for a vendor status ("KYC: Approved"); the colour follows the status's
// meaning (StatusText's tone: approved, in progress, blocked) and an unknown value is shown as the
// vendor sent it. The tone's icon is painted before the text, so the meaning never rests on colour
// alone, and the text stays plain (a vendor's value is never read as markup).
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    using Tone = StatusText::Tone;

    explicit StatusBadge(const QString &caption, QWidget *parent = nullptr);
    void setStatus(const QString &text, Tone tone, const QString &tooltip = {});
    void clearStatus();
    QString statusText() const { return m_status; }
    Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_caption;
    QString m_status;
    Tone m_tone = Tone::Neutral;
};
