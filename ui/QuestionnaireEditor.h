#pragma once

#include <optional>
#include <QString>
#include <QWidget>

class FieldIssueTracker;
class QComboBox;
class QLineEdit;

// The four questions Sphere accepts only on update (actingAsIntermediary, employmentStatus,
// expectedMonthlyPayments, mostRecentOccupation), asked the same way of a customer and of each
// beneficial owner. Issues are tracked under "<prefix>employmentStatus", …
class QuestionnaireEditor : public QWidget
{
    Q_OBJECT

public:
    QuestionnaireEditor(FieldIssueTracker *issues, const QString &fieldPrefix, QWidget *parent = nullptr);

    // CustomerRequest and UboRequest carry these fields under the same names.
    template<typename Request> void readInto(Request &request) const
    {
        request.actingAsIntermediary = actingAsIntermediary();
        request.employmentStatus = employmentStatus();
        request.expectedMonthlyPayments = expectedMonthlyPayments();
        request.mostRecentOccupation = mostRecentOccupation();
    }
    template<typename Request> void setFrom(const Request &request)
    {
        setAnswers(request.actingAsIntermediary, request.employmentStatus, request.expectedMonthlyPayments,
                   request.mostRecentOccupation);
    }

Q_SIGNALS:
    void changed();

private:
    std::optional<bool> actingAsIntermediary() const; // "(not answered)" → nullopt
    std::optional<QString> employmentStatus() const;
    std::optional<QString> expectedMonthlyPayments() const;
    std::optional<QString> mostRecentOccupation() const;
    void setAnswers(const std::optional<bool> &actingAsIntermediary,
                    const std::optional<QString> &employmentStatus,
                    const std::optional<QString> &expectedMonthlyPayments,
                    const std::optional<QString> &mostRecentOccupation);

    QComboBox *m_actingAsIntermediaryComboBox;
    QLineEdit *m_employmentStatusLineEdit;
    QLineEdit *m_expectedMonthlyPaymentsLineEdit;
    QLineEdit *m_mostRecentOccupationLineEdit;
};
