#pragma once

#include <QUrl>

class QApplication;
class QElapsedTimer;
class QProcess;

// The book painted from the workspace's kept copy at start-up, before any network answer
// (kycdesk-bench --cold-start): the book is loaded from the sandbox once and kept, the sandbox
// stopped, then the desktop started `runs` times in processes of their own, each paired with a start
// on an empty workspace (the floor: process, Qt and the window without a book).
int coldStartBench(QApplication &app, const QUrl &base, QProcess *sandbox, int runs);
// The child's side (--cold-start-child WORKSPACE): prints "painted <ms since start> <rows>".
int coldStartChild(QApplication &app, const QElapsedTimer &sinceStart, const QString &workspace,
                   const QUrl &base);
