#include "RiskPanel.h"

#include "CheckpointTreeModel.h"
#include "CollapsibleSection.h"
#include "CustomerDossier.h"
#include "DocumentViewerDialog.h"
#include "FlowLayout.h"
#include "PaletteStyle.h"
#include "PiiRevealGate.h"
#include "RiskSignalModel.h"
#include "RiskVocabulary.h"
#include "SardineFeedbackModel.h"
#include "StatusBadge.h"
#include "StatusColours.h"
#include "StatusText.h"

#include <algorithm>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPixmap>
#include <QScatterSeries>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QString levelLabel(const VendorEnum<RiskLevel> &level)
{
    if (level.null)
        return RiskPanel::tr("not returned");
    switch (level.value) {
    case RiskLevel::Low:
        return RiskPanel::tr("Low");
    case RiskLevel::Medium:
        return RiskPanel::tr("Medium");
    case RiskLevel::High:
        return RiskPanel::tr("High");
    case RiskLevel::VeryHigh:
        return RiskPanel::tr("Very high");
    case RiskLevel::Unknown:
        break;
    }
    return level.raw; // as the engine sent it
}

QLabel *imageLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setFixedSize(120, 80);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    // Reachable with Tab: Enter opens the image in the viewer as a double-click does.
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAccessibleDescription(RiskPanel::tr(
        "Double-click or press Enter to open it in the document viewer (masked until revealed)."));
    return label;
}

void showImage(QLabel *label, const std::optional<QString> &base64, const QString &what)
{
    if (!base64 || base64->isEmpty()) {
        label->setPixmap({});
        label->setText(RiskPanel::tr("%1: none").arg(what));
        return;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(base64->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QPixmap pixmap;
    if (!decoded || !pixmap.loadFromData(decoded.decoded)) {
        label->setPixmap({});
        label->setText(!decoded ? RiskPanel::tr("%1: not valid base64").arg(what)
                                : RiskPanel::tr("%1: not an image Qt can read").arg(what));
        label->setToolTip(RiskPanel::tr("The identity provider sent data that cannot be shown."));
        return;
    }
    label->setText({});
    label->setPixmap(pixmap.scaled(label->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    label->setToolTip(what);
}
} // namespace

RiskPanel::RiskPanel(QWidget *parent)
    : QWidget(parent)
    , m_levelBadge(new StatusBadge(tr("Risk"), this))
    , m_scoreBadge(new StatusBadge(tr("Score"), this))
    , m_amlBadge(new StatusBadge(tr("AML"), this))
    , m_indemnificationLabel(new QLabel(this))
    , m_signalView(new QTableView(this))
    , m_checkpointView(new QTreeView(this))
    , m_identityLabel(new QLabel(this))
    , m_frontImage(imageLabel(this, u"identityFrontImageLabel"_s))
    , m_backImage(imageLabel(this, u"identityBackImageLabel"_s))
    , m_selfieImage(imageLabel(this, u"identitySelfieImageLabel"_s))
    , m_revealIdentityCheckBox(new QCheckBox(tr("Reveal identity document"), this))
    , m_remaskIdentityTimer(new QTimer(this))
    , m_chartView(new QChartView(this))
    , m_noHistoryLabel(new QLabel(this))
    , m_feedbackBox(new QGroupBox(tr("Feedback to Sardine"), this))
    , m_feedbackView(new QTableView(m_feedbackBox))
    , m_signalModel(new RiskSignalModel(this))
    , m_checkpointModel(new CheckpointTreeModel(this))
    , m_feedbackModel(new SardineFeedbackModel(this))
{
    setObjectName(u"riskPanel"_s);
    m_levelBadge->setObjectName(u"riskLevelBadgeLabel"_s);
    m_scoreBadge->setObjectName(u"riskScoreBadgeLabel"_s);
    m_amlBadge->setObjectName(u"amlLevelBadgeLabel"_s);
    m_indemnificationLabel->setObjectName(u"indemnificationLabel"_s);
    m_indemnificationLabel->setWordWrap(true);
    m_signalView->setObjectName(u"riskSignalTableView"_s);
    m_signalView->setAccessibleName(tr("Risk signals"));
    m_signalView->setAccessibleDescription(tr("What the risk engine found, with its value and reason codes"));
    m_signalView->setModel(m_signalModel);
    m_signalView->verticalHeader()->hide();
    // The signal's description is the widest and most useful text: it takes the spare width.
    m_signalView->horizontalHeader()->setSectionResizeMode(RiskSignalModel::Key, QHeaderView::Stretch);
    m_signalView->horizontalHeader()->setSectionResizeMode(RiskSignalModel::Value,
                                                           QHeaderView::ResizeToContents);
    m_signalView->horizontalHeader()->setSectionResizeMode(RiskSignalModel::ReasonCodes,
                                                           QHeaderView::ResizeToContents);
    m_signalView->setWordWrap(false);
    // Room for several signals and checkpoints before scrolling, whatever the window's height.
    const int rows = 6;
    const int tableHeight = m_signalView->horizontalHeader()->sizeHint().height()
        + rows * m_signalView->verticalHeader()->defaultSectionSize() + 2 * m_signalView->frameWidth();
    m_signalView->setMinimumHeight(tableHeight);
    m_checkpointView->setMinimumHeight(tableHeight);
    m_checkpointView->setObjectName(u"checkpointTreeView"_s);
    m_checkpointView->setAccessibleName(tr("Checkpoints"));
    m_checkpointView->setAccessibleDescription(tr("The risk engine's checkpoints and the level each gave"));
    m_checkpointView->setModel(m_checkpointModel);
    // The level must stay in sight: the names take what the value column leaves.
    m_checkpointView->header()->setStretchLastSection(false);
    m_checkpointView->header()->setSectionResizeMode(CheckpointTreeModel::Name, QHeaderView::Stretch);
    m_checkpointView->header()->setSectionResizeMode(CheckpointTreeModel::Value,
                                                     QHeaderView::ResizeToContents);
    m_identityLabel->setObjectName(u"identityLabel"_s);
    m_identityLabel->setWordWrap(true);
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identityLabel->setTextFormat(Qt::PlainText); // vendor text: never rich text, never a link
    // The tables are what an analyst reads; the chart is a glance at the trend, so it gets a
    // fixed, modest height and the tables take the rest.
    m_chartView->setObjectName(u"riskHistoryChartView"_s);
    // Low enough for a laptop's screen, and no taller than a strip: the tables take the height.
    m_chartView->setMinimumHeight(160);
    m_chartView->setMaximumHeight(200);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    PaletteStyle::watch(m_chartView, [this] { applyChartColours(); });
    // Without a check, an empty chart would draw a meaningless time axis (01 Jan 00:00 …).
    m_noHistoryLabel->setObjectName(u"riskHistoryEmptyLabel"_s);
    m_noHistoryLabel->setText(tr("No risk checks yet"));
    m_noHistoryLabel->setAlignment(Qt::AlignCenter);
    m_noHistoryLabel->setEnabled(false);
    m_feedbackBox->setObjectName(u"sardineFeedbackGroupBox"_s);
    m_feedbackView->setObjectName(u"sardineFeedbackTableView"_s);
    m_feedbackView->setModel(m_feedbackModel);
    m_feedbackView->verticalHeader()->hide();
    m_feedbackView->horizontalHeader()->setStretchLastSection(true);
    m_feedbackView->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *feedbackLayout = new QVBoxLayout(m_feedbackBox);
    feedbackLayout->addWidget(m_feedbackView);
    m_feedbackBox->setVisible(false); // until a decision has told Sardine something

    auto *badges = new FlowLayout; // wraps in a narrow detail pane
    badges->addWidget(m_levelBadge);
    badges->addWidget(m_scoreBadge);
    badges->addWidget(m_amlBadge);

    auto *tables = new QHBoxLayout;
    tables->addWidget(m_signalView, 1);
    tables->addWidget(m_checkpointView, 1);

    m_revealIdentityCheckBox->setObjectName(u"revealIdentityCheckBox"_s);
    m_revealIdentityCheckBox->setToolTip(tr(
        "Document images, number and date of birth are masked unless you reveal them (asks why; audited)."));
    connect(m_revealIdentityCheckBox, &QCheckBox::toggled, this, &RiskPanel::revealIdentity);
    m_remaskIdentityTimer->setSingleShot(true);
    connect(m_remaskIdentityTimer, &QTimer::timeout, m_revealIdentityCheckBox,
            [this] { m_revealIdentityCheckBox->setChecked(false); });

    auto *identityBox = new QWidget(this);
    auto *identityLayout = new QVBoxLayout(identityBox); // the images under the text: fits a narrow pane
    identityLayout->setContentsMargins(0, 0, 0, 0);
    auto *identityText = new QVBoxLayout;
    identityText->addWidget(m_identityLabel, 1);
    identityText->addWidget(m_revealIdentityCheckBox);
    identityLayout->addLayout(identityText, 1);
    auto *images = new FlowLayout; // side by side, one under the other when the pane is narrow
    images->addWidget(m_frontImage);
    images->addWidget(m_backImage);
    images->addWidget(m_selfieImage);
    for (QLabel *image : { m_frontImage, m_backImage, m_selfieImage })
        image->installEventFilter(this);
    identityLayout->addLayout(images);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(badges);
    layout->addWidget(m_indemnificationLabel);
    layout->addLayout(tables, 3);
    // Folds away (the images take a short pane's height) and stays masked either way.
    auto *identitySection = new CollapsibleSection(tr("Identity (document KYC)"), identityBox, this);
    identitySection->setObjectName(u"identitySection"_s);
    layout->addWidget(identitySection);
    layout->addWidget(m_chartView);
    layout->addWidget(m_noHistoryLabel);
    layout->addWidget(m_feedbackBox, 1);
    clear();
}

void RiskPanel::showDossier(CustomerDossier *dossier)
{
    connect(dossier, &CustomerDossier::cleared, this, &RiskPanel::clear);
    connect(dossier, &CustomerDossier::riskResultChanged, this, &RiskPanel::showResult);
    connect(dossier, &CustomerDossier::riskHistoryChanged, this,
            [this, dossier] { showKeptScores(dossier); });
    connect(dossier, &CustomerDossier::loadingStarted, this, [this](const QString &customerId) {
        m_customerId = customerId;
        m_revealIdentityCheckBox->setChecked(false); // a reveal is for the customer it was asked for
    });
    connect(dossier, &CustomerDossier::identityLoaded, this,
            [this](const IdentityEntity &entity) { showIdentity(entity); });
    connect(dossier, &CustomerDossier::identityUnavailable, this, [this](const ApiError &error) {
        if (error.httpStatus == 404)
            showIdentity(std::nullopt,
                         tr("No identity entity: this customer has not been through document KYC."));
        else if (error.kind != ApiError::Kind::Cancelled)
            showIdentity(std::nullopt, error.userMessage());
    });
}

void RiskPanel::showKeptScores(const CustomerDossier *dossier)
{
    if (!dossier->keepsRiskHistory() || dossier->customerId().isEmpty())
        return;
    QList<std::pair<QDateTime, double>> scores;
    for (const RiskHistoryEntry &e : dossier->localRiskChecks()) {
        if (e.result.customerScore)
            scores.append({ e.checkedAt, *e.result.customerScore });
    }
    showHistory(scores);
}

void RiskPanel::clear()
{
    m_levelBadge->setStatus(tr("no check yet"), StatusBadge::Tone::Neutral);
    m_scoreBadge->clearStatus();
    m_amlBadge->clearStatus();
    m_indemnificationLabel->setText(tr("Run a risk check to see Sardine's verdict."));
    m_signalModel->setSignals({});
    m_checkpointModel->setCheckpoints({}, {});
    showIdentity(std::nullopt, tr("No identity entity loaded."));
    showHistory({});
    showFeedback({});
}

QString RiskPanel::formatMinorUnits(qint64 minor, const QString &currencyCode)
{
    const QString amount = QLocale().toString(double(minor) / 100.0, 'f', 2);
    return currencyCode.isEmpty() ? amount : tr("%1 %2").arg(amount, currencyCode.toUpper());
}

void RiskPanel::showResult(const RiskResult &r)
{
    m_levelBadge->setStatus(levelLabel(r.level), StatusText::tone(r.level.value), r.level.raw);
    if (r.customerScore)
        m_scoreBadge->setStatus(RiskVocabulary::scoreText(*r.customerScore),
                                StatusText::tone(r.customerLevel.value),
                                tr("Customer level: %1\n%2")
                                    .arg(levelLabel(r.customerLevel), RiskVocabulary::scoreExplanation()));
    else
        m_scoreBadge->setStatus(tr("not returned"), StatusBadge::Tone::Neutral,
                                RiskVocabulary::scoreExplanation());
    m_amlBadge->setStatus(levelLabel(r.amlLevel), StatusText::tone(r.amlLevel.value), r.amlLevel.raw);

    if (r.indemnification) {
        const Indemnification &i = *r.indemnification;
        const QString currency = i.currencyCode.value_or(QString());
        QStringList parts;
        parts << tr("Decision: %1").arg(i.decision.null ? tr("not returned") : i.decision.raw);
        if (i.instantLimit)
            parts << tr("available now %1").arg(formatMinorUnits(*i.instantLimit, currency));
        if (i.holdAmount)
            parts << tr("on hold %1").arg(formatMinorUnits(*i.holdAmount, currency));
        if ((i.instantLimit || i.holdAmount) && currency.isEmpty())
            parts << tr("amounts in the transaction's currency (Sardine's answer does not name it)");
        if (i.holdTime && *i.holdTime > 0)
            parts << tr("until %1")
                         .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*i.holdTime).toLocalTime(),
                                                 QLocale::ShortFormat));
        if (i.verificationCode)
            parts << tr("code %1").arg(*i.verificationCode);
        m_indemnificationLabel->setText(parts.join(u" · "_s));
    } else {
        m_indemnificationLabel->setText(
            tr("No transaction was assessed, so there is no indemnification decision."));
    }
    m_signalModel->setSignals(r.signals);
    m_checkpointModel->setCheckpoints(r.customerCheckpoints);
    m_checkpointView->expandAll();
}

void RiskPanel::showIdentity(const std::optional<IdentityEntity> &entity, const QString &unavailableReason)
{
    m_identity = entity;
    m_identityUnavailable = unavailableReason;
    m_revealIdentityCheckBox->setEnabled(entity.has_value());
    renderIdentity();
}

void RiskPanel::revealIdentity(bool reveal)
{
    if (reveal
        && (!m_revealGate
            || !m_revealGate->askToReveal(tr("identity document images, number and date of birth"),
                                          u"identityDocument"_s, m_customerId))) {
        const QSignalBlocker blocker(m_revealIdentityCheckBox);
        m_revealIdentityCheckBox->setChecked(false);
        return;
    }
    m_identityRevealed = reveal;
    if (reveal)
        m_remaskIdentityTimer->start(m_revealGate->revealDuration());
    else
        m_remaskIdentityTimer->stop();
    renderIdentity();
}

void RiskPanel::renderIdentity()
{
    if (!m_identity) {
        m_identityLabel->setText(m_identityUnavailable);
        for (QLabel *l : { m_frontImage, m_backImage, m_selfieImage }) {
            l->setPixmap({});
            l->clear();
        }
        return;
    }
    const IdentityEntity &entity = *m_identity;
    QStringList lines;
    if (entity.documentData) {
        const IdentityDocumentData &d = *entity.documentData;
        lines << tr("Document: %1 from %2, expires %3")
                     .arg(d.documentType.value_or(tr("unknown type")), d.issuingCountry.value_or(u"—"_s),
                          d.expiryDate.value_or(u"—"_s));
        lines << tr("Name on document: %1 %2")
                     .arg(d.firstName.value_or(QString()), d.lastName.value_or(QString()));
        // The document number and the date of birth are PII: only the number's tail unless revealed.
        if (d.documentNumber)
            lines << (m_identityRevealed ? tr("Document number: %1").arg(*d.documentNumber)
                                         : tr("Document number: •••• %1").arg(d.documentNumber->right(3)));
        if (d.dateOfBirth)
            lines << tr("Date of birth: %1").arg(m_identityRevealed ? *d.dateOfBirth : u"••••-••-••"_s);
    } else {
        lines << tr("No document data (document KYC scope not consented).");
    }
    if (entity.profile) {
        const IdentityProfile &p = *entity.profile;
        if (p.revokedAt)
            lines << tr("Consent REVOKED on %1")
                         .arg(QLocale().toString(p.revokedAt->toLocalTime(), QLocale::ShortFormat));
        else if (p.consentedAt)
            lines << tr("Consent given on %1")
                         .arg(QLocale().toString(p.consentedAt->toLocalTime(), QLocale::ShortFormat));
        if (p.fullName)
            lines << tr("Profile: %1").arg(*p.fullName);
    } else {
        lines << tr("No profile (profile scope not consented).");
    }
    lines << tr("Identity risk level: %1").arg(levelLabel(entity.level));
    m_identityLabel->setText(lines.join(u'\n'));
    const std::optional<IdentityDocumentImages> images = entity.documentKyc;
    const std::pair<QLabel *, std::optional<QString>> shown[] = {
        { m_frontImage, images ? images->front : std::nullopt },
        { m_backImage, images ? images->back : std::nullopt },
        { m_selfieImage, images ? images->selfie : std::nullopt },
    };
    const QString names[] = { tr("Front"), tr("Back"), tr("Selfie") };
    for (int i = 0; i < 3; ++i) {
        QLabel *label = shown[i].first;
        label->setAccessibleName(names[i]); // a revealed image has no text to name it
        if (m_identityRevealed) {
            showImage(label, shown[i].second, names[i]);
            continue;
        }
        label->setPixmap({});
        label->setText(shown[i].second ? tr("%1: masked").arg(names[i]) : tr("%1: none").arg(names[i]));
        label->setToolTip(tr("Tick \"Reveal identity document\" to see it, or double-click to open it in "
                             "the viewer."));
    }
}

DocumentViewerDialog *RiskPanel::viewIdentityImage(int which)
{
    if (!m_identity || !m_identity->documentKyc || which < 0 || which > 2)
        return nullptr;
    const IdentityDocumentImages &images = *m_identity->documentKyc;
    const std::optional<QString> base64 = which == 0 ? images.front
        : which == 1                                 ? images.back
                                                     : images.selfie;
    if (!base64 || base64->isEmpty())
        return nullptr;
    const QString titles[]
        = { tr("Identity document, front"), tr("Identity document, back"), tr("Identity selfie") };
    const QString fields[]
        = { u"identityDocument.front"_s, u"identityDocument.back"_s, u"identityDocument.selfie"_s };
    // Opens masked even when the panel's own reveal is on: every full-size look is asked for and audited.
    auto *viewer = new DocumentViewerDialog({ titles[which], fields[which], m_customerId },
                                            QByteArray::fromBase64(base64->toLatin1()), m_revealGate, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

bool RiskPanel::eventFilter(QObject *watched, QEvent *event)
{
    const QObject *images[] = { m_frontImage, m_backImage, m_selfieImage };
    const auto found = std::find(std::begin(images), std::end(images), watched);
    if (found != std::end(images)) {
        const int which = int(found - std::begin(images));
        if (event->type() == QEvent::MouseButtonDblClick) {
            viewIdentityImage(which);
            return true;
        }
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
                viewIdentityImage(which);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RiskPanel::showHistory(const QList<std::pair<QDateTime, double>> &scores)
{
    m_chartView->setVisible(!scores.isEmpty());
    m_noHistoryLabel->setVisible(scores.isEmpty());
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Score (0–100) over %n check(s) made on this computer", nullptr, int(scores.size())));
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    points->setMarkerSize(7);
    for (const auto &[when, score] : scores) {
        line->append(double(when.toMSecsSinceEpoch()), score);
        points->append(double(when.toMSecsSinceEpoch()), score);
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto *x = new QDateTimeAxis;
    x->setFormat(u"dd MMM HH:mm"_s);
    x->setTickCount(4);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s :
         { static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points) }) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (!scores.isEmpty()) {
        const QDateTime first = scores.first().first;
        const QDateTime last = scores.last().first;
        x->setRange(first.addSecs(-60), last.addSecs(60));
        // Checks minutes apart would read as the same minute on every tick.
        if (first.secsTo(last) < 3600)
            x->setFormat(u"HH:mm:ss"_s);
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_historyPoints = int(scores.size());
    applyChartColours();
}

void RiskPanel::applyChartColours()
{
    QChart *chart = m_chartView->chart();
    if (!chart)
        return;
    const QPalette colours = QApplication::palette(m_chartView);
    // The theme first (it resets every colour), then the view's own background and text on top.
    const QChart::ChartTheme theme
        = StatusColours::isDark(colours) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(colours.base());
    chart->setBackgroundPen(QPen(colours.color(QPalette::Mid)));
    chart->setTitleBrush(colours.text());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(colours.text());
        axis->setTitleBrush(colours.text());
        axis->setGridLineColor(colours.color(QPalette::Mid));
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }
    m_chartView->setBackgroundBrush(colours.window());
}

QString RiskPanel::levelText() const
{
    return m_levelBadge->statusText();
}

QString RiskPanel::scoreText() const
{
    return m_scoreBadge->statusText();
}

QString RiskPanel::indemnificationText() const
{
    return m_indemnificationLabel->text();
}

void RiskPanel::showFeedback(const QList<QueuedFeedback> &feedback)
{
    m_feedbackModel->setFeedback(feedback);
    m_feedbackBox->setVisible(!feedback.isEmpty());
    m_feedbackView->resizeColumnsToContents();
}
