#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcHttp, "kycdesk.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSphere, "kycdesk.sphere", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "kycdesk.credentials", QtInfoMsg)
