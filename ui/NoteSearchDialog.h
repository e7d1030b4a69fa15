#pragma once

#include <QDialog>
#include <QTimer>

class CustomerNoteModel;
class QLabel;
class QLineEdit;
class QTreeView;
class ReviewStore;

// Every customer's notes that contain some text (case aside), newest first; opening one (Enter or a
// double click) says which customer it is about, and the window shows them.
class NoteSearchDialog : public QDialog
{
    Q_OBJECT

public:
    NoteSearchDialog(ReviewStore *review, QWidget *parent = nullptr);

    CustomerNoteModel *model() const { return m_model; }
    void search(const QString &text);

Q_SIGNALS:
    void customerChosen(const QString &customerId);

private:
    ReviewStore *m_review;
    CustomerNoteModel *m_model;
    QLineEdit *m_searchEdit;
    QTreeView *m_view;
    QLabel *m_statusLabel;
    QTimer m_searchTimer;
};
