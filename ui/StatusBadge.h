#pragma once

#include <QLabel>

// A small coloured pill for a vendor status ("KYC: Approved"); the colour follows the status's
// meaning (approved, in progress, blocked) and an unknown value is shown as the vendor sent it.
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Good, Attention, Bad };

    explicit StatusBadge(const QString &caption, QWidget *parent = nullptr);
    void setStatus(const QString &text, Tone tone, const QString &tooltip = {});
    void clearStatus();
    QString statusText() const { return m_status; }

    static Tone toneForWireStatus(const QString &raw);

private:
    QString m_caption;
    QString m_status;
};
