#pragma once

#include <QString>

// The analyst behind this desk: the OS user name ($USER, %USERNAME%), which is what decisions,
// notes and audit rows record as their author.
QString currentAnalystName();
