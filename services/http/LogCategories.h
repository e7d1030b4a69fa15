#pragma once

#include <QLoggingCategory>

// Debug output is off by default (see main: QT_LOGGING_RULES / --verbose); it never carries
// secrets or PII because everything goes through Redactor first.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSphere)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
