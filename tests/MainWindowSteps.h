#pragma once

// The analyst's first steps in a main-window test: open the window, load the customer list and
// select the first customer.

#include "CustomerDetailWidget.h"
#include "MainWindow.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

// True once the first customer's details are shown; callers QVERIFY it.
[[nodiscard]] inline bool selectFirstCustomer(MainWindow &window)
{
    window.show();
    QSignalSpy loaded(&window, &MainWindow::customersLoaded);
    window.reload();
    if (!loaded.wait(20000))
        return false;
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("customerTreeView"));
    if (!tree)
        return false;
    tree->setCurrentIndex(tree->model()->index(0, 0));
    return QTest::qWaitFor([&window] { return window.detailWidget()->customer().has_value(); }, 10000);
}
