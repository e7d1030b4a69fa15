kycdesk_add_test(tst_main_window SOURCES tst_main_window.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
kycdesk_add_test(tst_settings_dialog SOURCES tst_settings_dialog.cpp CannedHttpServer.h LIBS kycdesk_ui LABELS widget)
kycdesk_add_test(tst_risk_panel SOURCES tst_risk_panel.cpp MainWindowSteps.h LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
kycdesk_add_test(tst_secret_leaks SOURCES tst_secret_leaks.cpp MainWindowSteps.h LIBS kycdesk_ui kycdesk_sandbox LABELS integration)
kycdesk_add_test(tst_customer_form SOURCES tst_customer_form.cpp CannedHttpServer.h LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
kycdesk_add_test(tst_customer_form_binding SOURCES tst_customer_form_binding.cpp LIBS kycdesk_ui LABELS widget)
kycdesk_add_test(tst_about_dialog SOURCES tst_about_dialog.cpp LIBS kycdesk_ui LABELS widget)
# StatusBadge: the tone's icon before plain text.
kycdesk_add_test(tst_status_badge SOURCES tst_status_badge.cpp LIBS kycdesk_ui LABELS widget)
kycdesk_add_test(tst_vendor_panels SOURCES tst_vendor_panels.cpp MainWindowSteps.h CannedHttpServer.h LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
# The desktop session itself (app/desktop), switched between environments through its settings dialog.
kycdesk_add_test(tst_environment_switch SOURCES tst_environment_switch.cpp HeldCredentialStore.h
                 ${PROJECT_SOURCE_DIR}/app/desktop/DesktopSession.cpp ${PROJECT_SOURCE_DIR}/app/desktop/DesktopSession.h
                 LIBS kycdesk_ui kycdesk_sandbox Qt6::Sql LABELS widget)
target_include_directories(tst_environment_switch PRIVATE ${PROJECT_SOURCE_DIR}/app/desktop)
# Links from vendors: LinkPolicy, the Yativo dialog against a server sending file:/javascript: links,
# and vendor text labels that never render markup.
kycdesk_add_test(tst_link_policy SOURCES tst_link_policy.cpp CannedHttpServer.h LIBS kycdesk_ui LABELS widget)
# ui never includes a codec, HttpTransport or ApiJob (issue 13); no file is exempt.
add_test(NAME ui_reaches_no_wire
         COMMAND ${CMAKE_COMMAND} -DUI_DIR=${PROJECT_SOURCE_DIR}/ui
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/UiReachesNoWire.cmake)
set_tests_properties(ui_reaches_no_wire PROPERTIES LABELS unit)
# The review workflow in the window: decide with the keyboard, next customer, undo, notes.
kycdesk_add_test(tst_case_review SOURCES tst_case_review.cpp MainWindowSteps.h LIBS kycdesk_ui kycdesk_sandbox LABELS widget)

# The Case page and Settings → Workspace on a team server (the suite's PostgreSQL cluster).
kycdesk_add_test(tst_team_desk SOURCES tst_team_desk.cpp TeamServerFixture.h LIBS kycdesk_ui LABELS "widget;team")
set_tests_properties(tst_team_desk PROPERTIES RESOURCE_LOCK postgres)
# Status colours on the light and the dark palette: 4.5:1 contrast, and widgets that follow the theme.
kycdesk_add_test(tst_palette_contrast SOURCES tst_palette_contrast.cpp LIBS kycdesk_ui LABELS widget)
# The book with the keyboard alone: search → results, tab order, next/previous customer, copying a
# wallet's full address, the menu bar with every action and its shortcut.
kycdesk_add_test(tst_keyboard SOURCES tst_keyboard.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)

# The desk on small screens (issue 17): 1024×700 at scale 1, and again 1366×768 at scale 1.5.
kycdesk_add_test(tst_screen_fit SOURCES tst_screen_fit.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
add_test(NAME tst_screen_fit_scaled COMMAND tst_screen_fit)
get_test_property(tst_screen_fit ENVIRONMENT screen_fit_environment)
set_tests_properties(tst_screen_fit_scaled PROPERTIES
    ENVIRONMENT "${screen_fit_environment};QT_SCALE_FACTOR=1.5"
    TIMEOUT 300
    SKIP_RETURN_CODE 77
    LABELS widget)
# The document viewer (issue 17): masked until an audited reveal, then zoom, rotate and PDF pages by key.
kycdesk_add_test(tst_document_viewer SOURCES tst_document_viewer.cpp LIBS kycdesk_ui LABELS widget)
# Picking a document: read and checked off the UI thread, the latest pick wins, a refused file keeps
# the good one, the owner's editor waits for the verdict.
kycdesk_add_test(tst_document_field SOURCES tst_document_field.cpp LIBS kycdesk_ui LABELS widget)
# Accessibility (issue 17): every control named and described for a screen reader in the main window
# and the dialogs; the customer form by keyboard alone.
kycdesk_add_test(tst_accessibility SOURCES tst_accessibility.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)

# Small things of the book and the detail pane (issue 17, part 8): tab counts only with a customer,
# review reasons in words, headers in full, an owner opened, search by phone and owners, several KYC
# statuses, a message over an empty result, the app's name once in the title.
kycdesk_add_test(tst_book_details SOURCES tst_book_details.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
