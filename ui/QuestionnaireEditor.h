#pragma once

#include <memory>
#include <optional>
#include <QString>
#include <QWidget>

class FieldIssueTracker;
class QComboBox;
class QLineEdit;
namespace Ui {
class QuestionnaireEditor;
}

// The four answers Sphere accepts only on update; CustomerRequest and UboRequest carry them under
// the same names.
struct QuestionnaireAnswers
{
    std::optional<bool> actingAsIntermediary;
    std::optional<QString> employmentStatus;
    std::optional<QString> expectedMonthlyPayments;
    std::optional<QString> mostRecentOccupation;

    template<typename Request> static QuestionnaireAnswers of(const Request &request)
    {
        return { request.actingAsIntermediary, request.employmentStatus, request.expectedMonthlyPayments,
                 request.mostRecentOccupation };
    }
    template<typename Request> void writeTo(Request &request) const
    {
        request.actingAsIntermediary = actingAsIntermediary;
        request.employmentStatus = employmentStatus;
        request.expectedMonthlyPayments = expectedMonthlyPayments;
        request.mostRecentOccupation = mostRecentOccupation;
    }
};

// The questionnaire asked the same way of a customer and of each beneficial owner; its value is
// the `answers` user property ("(not answered)" and empty boxes are nullopt). Issues are tracked
// under "<prefix>employmentStatus", …
class QuestionnaireEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QuestionnaireAnswers answers READ answers WRITE setAnswers NOTIFY changed USER true)

public:
    explicit QuestionnaireEditor(QWidget *parent = nullptr); // then trackIssues()
    ~QuestionnaireEditor() override;

    void trackIssues(FieldIssueTracker *issues, const QString &fieldPrefix);
    QuestionnaireAnswers answers() const;
    void setAnswers(const QuestionnaireAnswers &answers);

    template<typename Request> void readInto(Request &request) const { answers().writeTo(request); }
    template<typename Request> void setFrom(const Request &request)
    {
        setAnswers(QuestionnaireAnswers::of(request));
    }

    // The boxes as typed, for a draft (the combo box by index).
    QComboBox *actingAsIntermediaryComboBox() const;
    QList<QLineEdit *> lineEdits() const;

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<Ui::QuestionnaireEditor> m_ui;
};
