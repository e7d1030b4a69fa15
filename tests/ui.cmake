kycdesk_add_test(tst_main_window SOURCES tst_main_window.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
kycdesk_add_test(tst_settings_dialog SOURCES tst_settings_dialog.cpp CannedHttpServer.h LIBS kycdesk_ui LABELS widget)
kycdesk_add_test(tst_risk_panel SOURCES tst_risk_panel.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
kycdesk_add_test(tst_secret_leaks SOURCES tst_secret_leaks.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS integration)
