#pragma once

#include <QDialog>

class QTreeWidget;

// Help → About: what this build is (version, build id, Qt it runs on) and the licences of the
// libraries it ships with, which their licences ask to be shown.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // The version shown is QCoreApplication::applicationVersion(), which the executable sets
    // from its build ("0.1.0 (build 1a2b3c4d5e)").
    explicit AboutDialog(QWidget *parent = nullptr);

    QTreeWidget *componentsTreeWidget() const { return m_componentsTreeWidget; }

private:
    QTreeWidget *m_componentsTreeWidget;
};
