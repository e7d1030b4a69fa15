# Tests of the command-line tool and the services only it uses (CSV import).
kycdesk_add_test(tst_csv_reader SOURCES tst_csv_reader.cpp LIBS kycdesk_services LABELS unit)
kycdesk_add_test(tst_customer_csv_import SOURCES tst_customer_csv_import.cpp LIBS kycdesk_services LABELS unit)
