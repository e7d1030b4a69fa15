kycdesk_add_test(tst_sandbox_server SOURCES tst_sandbox_server.cpp TestData.h LIBS kycdesk_sandbox kycdesk_json Qt6::Network LABELS integration)
kycdesk_add_test(tst_sandbox_limits SOURCES tst_sandbox_limits.cpp LIBS kycdesk_sandbox Qt6::Network Qt6::Sql LABELS integration)
