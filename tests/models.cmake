kycdesk_add_test(tst_customer_models SOURCES tst_customer_models.cpp ModelTestData.h LIBS kycdesk_models LABELS unit)
kycdesk_add_test(tst_detail_models SOURCES tst_detail_models.cpp LIBS kycdesk_models LABELS unit)
kycdesk_add_test(tst_risk_models SOURCES tst_risk_models.cpp LIBS kycdesk_models kycdesk_sardine LABELS unit)
