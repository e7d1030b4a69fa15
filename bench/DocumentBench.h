#pragma once

#include <QUrl>

class QApplication;

// A large identity document picked, previewed and submitted (kycdesk-bench --document MB): the UI
// thread's longest stall in each phase, measured by a 2 ms timer, and the RSS the upload adds.
int documentBench(QApplication &app, const QUrl &base, int megabytes);
