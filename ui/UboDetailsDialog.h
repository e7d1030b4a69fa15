#pragma once

#include "SphereTypes.h"

#include <QDialog>

// One beneficial owner as Sphere has it, read only: what the owners' table shows and what it has
// no room for (the whole address, each open requirement, the id). Opened by a double-click or
// Enter on the Beneficial owners tab; editing an owner stays in the customer's update form.
class UboDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UboDetailsDialog(const Ubo &ubo, QWidget *parent = nullptr);
};
