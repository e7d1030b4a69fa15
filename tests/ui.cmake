kycdesk_add_test(tst_main_window SOURCES tst_main_window.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
