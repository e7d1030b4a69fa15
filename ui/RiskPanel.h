#pragma once

#include "IdentityTypes.h"
#include "SardineFeedback.h"
#include "SardineTypes.h"

#include <QWidget>

class CheckpointTreeModel;
class CustomerDossier;
class QChartView;
class PiiRevealGate;
class QCheckBox;
class QGroupBox;
class QTimer;
class QLabel;
class QTableView;
class QTreeView;
class RiskSignalModel;
class SardineFeedbackModel;
class StatusBadge;

// The risk engine's verdict and why, beside the customer: overall level and score as badges, AML
// level, the indemnification decision with money formatted from minor units, signals, the
// checkpoint tree, the identity entity (documents, extracted data, consent), and the score over
// every past check as a small chart; below it, the feedback the desk's decisions sent Sardine.
class RiskPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RiskPanel(QWidget *parent = nullptr);

    // Follows the dossier: its verdict, identity entity and the checks kept on this computer.
    void showDossier(CustomerDossier *dossier);

    void clear();
    void showResult(const RiskResult &result);
    void showIdentity(const std::optional<IdentityEntity> &entity, const QString &unavailableReason = {});
    void showHistory(const QList<std::pair<QDateTime, double>> &scores);
    // Document images, the document number and the date of birth stay masked until the analyst
    // reveals them through `gate` (a reason, audited; masked again after its time). Without a gate,
    // they stay masked.
    void setRevealGate(PiiRevealGate *gate) { m_revealGate = gate; }
    bool identityRevealed() const { return m_identityRevealed; }
    // What the desk's decisions told Sardine about this customer (the workspace's outbox).
    void showFeedback(const QList<QueuedFeedback> &feedback);

    RiskSignalModel *signalModel() const { return m_signalModel; }
    CheckpointTreeModel *checkpointModel() const { return m_checkpointModel; }
    SardineFeedbackModel *feedbackModel() const { return m_feedbackModel; }
    QString levelText() const;
    QString scoreText() const;
    QString indemnificationText() const;
    int historyPointCount() const { return m_historyPoints; }
    // The identity image (0 front, 1 back, 2 selfie) in the document viewer, masked until revealed
    // through the gate; null when there is no such image. Double-click or Enter on an image does it.
    class DocumentViewerDialog *viewIdentityImage(int which);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

    // "1,234.56 USD" from minor units; the currency is optional.
    static QString formatMinorUnits(qint64 minor, const QString &currencyCode = {});

private:
    void showKeptScores(const CustomerDossier *dossier);
    void applyChartColours(); // the chart in the palette's colours, not always white
    void revealIdentity(bool reveal);
    void renderIdentity();

    StatusBadge *m_levelBadge;
    StatusBadge *m_scoreBadge;
    StatusBadge *m_amlBadge;
    QLabel *m_indemnificationLabel;
    QTableView *m_signalView;
    QTreeView *m_checkpointView;
    QLabel *m_identityLabel;
    QLabel *m_frontImage;
    QLabel *m_backImage;
    QLabel *m_selfieImage;
    QCheckBox *m_revealIdentityCheckBox;
    QTimer *m_remaskIdentityTimer;
    PiiRevealGate *m_revealGate = nullptr;
    std::optional<IdentityEntity> m_identity;
    QString m_identityUnavailable;
    QString m_customerId;
    bool m_identityRevealed = false;
    QChartView *m_chartView;
    QLabel *m_noHistoryLabel;
    QGroupBox *m_feedbackBox;
    QTableView *m_feedbackView;
    RiskSignalModel *m_signalModel;
    CheckpointTreeModel *m_checkpointModel;
    SardineFeedbackModel *m_feedbackModel;
    int m_historyPoints = 0;
};
