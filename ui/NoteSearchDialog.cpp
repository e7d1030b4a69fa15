#include "NoteSearchDialog.h"

#include "CustomerNoteModel.h"
#include "ReviewStore.h"
#include "ScreenFit.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

NoteSearchDialog::NoteSearchDialog(ReviewStore *review, QWidget *parent)
    : QDialog(parent)
    , m_review(review)
    , m_model(new CustomerNoteModel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(u"noteSearchDialog"_s);
    setWindowTitle(tr("Search notes"));
    m_searchEdit->setObjectName(u"noteSearchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Words in any customer's notes"));
    m_searchEdit->setClearButtonEnabled(true);
    m_view->setObjectName(u"noteSearchTreeView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CustomerNoteModel::Text, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_statusLabel->setObjectName(u"noteSearchStatusLabel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);
    resize(760, 420);
    ScreenFit::fitToScreen(this);

    // A query per pause in typing, not per keystroke.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { search(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT customerChosen(m_model->records().at(index.row()).customerId);
    });
}

void NoteSearchDialog::search(const QString &text)
{
    m_searchTimer.stop();
    if (text.trimmed().isEmpty()) {
        m_model->setNotes({});
        m_statusLabel->clear();
        return;
    }
    const auto found = m_review->searchNotes(text.trimmed());
    if (!found) {
        m_statusLabel->setText(found.error().message);
        return;
    }
    m_model->setNotes(found.value());
    m_statusLabel->setText(
        tr("%n note(s); Enter or a double click opens the customer.", nullptr, int(found.value().size())));
}
