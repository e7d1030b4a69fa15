#pragma once

#include <QObject>

class CustomerBook;
class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;

// The customer book in the status bar: how many customers are shown (of how many), the load's
// progress while the book is read, and the requests in flight (the book's own walk plus the
// clients' shared transport); and, while the rows are the copy kept from an earlier session, how
// old it is and whether a refresh is running or Sphere could not be reached.
class CustomerBookStatus : public QObject
{
    Q_OBJECT

public:
    CustomerBookStatus(CustomerBook *book, QStatusBar *bar); // adds its widgets to `bar`

    void updateCount(); // after a filter changed
    void setSharedRequestsInFlight(int inFlight);

    QLabel *staleLabel() const { return m_staleLabel; }

private:
    void updateActivity();
    void updateStale();

    CustomerBook *m_book;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    QLabel *m_activityLabel;
    QLabel *m_staleLabel;
    QTimer *m_staleAgeTimer;
    QTimer *m_activityTimer;
    int m_sharedRequests = 0; // on the clients' shared transport
    int m_walkRequests = 0; // on the customer list's own thread
};
