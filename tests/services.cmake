kycdesk_add_test(tst_sphere_codec SOURCES tst_sphere_codec.cpp TestData.h LIBS kycdesk_services LABELS unit)
# ListWalkGuard: the announced last page ends a walk; the row cap fails it.
kycdesk_add_test(tst_list_walk_guard SOURCES tst_list_walk_guard.cpp LIBS kycdesk_services LABELS unit)
kycdesk_add_test(tst_sphere_client SOURCES tst_sphere_client.cpp TestData.h CannedHttpServer.h
                 LIBS kycdesk_services kycdesk_sandbox LABELS integration)
kycdesk_add_test(tst_credentials SOURCES tst_credentials.cpp WaitForAnswer.h LIBS kycdesk_services LABELS unit)
kycdesk_add_test(tst_keychain_integration SOURCES tst_keychain_integration.cpp WaitForAnswer.h LIBS kycdesk_services LABELS keychain)
kycdesk_add_test(tst_sardine_codec SOURCES tst_sardine_codec.cpp TestData.h LIBS kycdesk_services LABELS unit)
kycdesk_add_test(tst_yativo_codec SOURCES tst_yativo_codec.cpp TestData.h LIBS kycdesk_services LABELS unit)
kycdesk_add_test(tst_sardine_client SOURCES tst_sardine_client.cpp SardineRequestSamples.h CannedHttpServer.h LIBS kycdesk_services kycdesk_sandbox LABELS integration)
kycdesk_add_test(tst_sphere_list_decoder SOURCES tst_sphere_list_decoder.cpp TestData.h LIBS kycdesk_services LABELS unit)
kycdesk_add_test(tst_documents SOURCES tst_documents.cpp LIBS kycdesk_services LABELS unit)
kycdesk_add_test(tst_draft_store SOURCES tst_draft_store.cpp WaitForAnswer.h LIBS kycdesk_services Qt6::Sql LABELS unit)
kycdesk_add_test(tst_sphere_requests SOURCES tst_sphere_requests.cpp SphereRequestSamples.h
                 LIBS kycdesk_services kycdesk_sandbox LABELS unit)
kycdesk_add_test(tst_customer_submit SOURCES tst_customer_submit.cpp RecordingProxy.h SphereRequestSamples.h
                 LIBS kycdesk_services kycdesk_sandbox LABELS integration)
kycdesk_add_test(tst_vendor_fidelity SOURCES tst_vendor_fidelity.cpp JsonDeepCompare.h VendorAnswerSamples.h LIBS kycdesk_services LABELS unit)
# File modes of every store (workspace, drafts, risk history, embedded sandbox and its key), their
# repair at start-up, and the sandbox's sealed personal fields.
kycdesk_add_test(tst_private_files SOURCES tst_private_files.cpp LIBS kycdesk_services kycdesk_sandbox Qt6::Network LABELS integration)
# VendorConnection against the embedded sandbox: states, typed problems, a switch during a read.
kycdesk_add_test(tst_vendor_connection SOURCES tst_vendor_connection.cpp HeldCredentialStore.h LIBS kycdesk_services kycdesk_sandbox
                 LABELS integration)
# The review workspace: audit chain and its tamper checks, decisions, notes, damaged and newer files,
# migration of an older workspace.
kycdesk_add_test(tst_review_workspace SOURCES tst_review_workspace.cpp LIBS kycdesk_services kycdesk_sandbox LABELS integration)
kycdesk_add_team_variant(tst_review_workspace)
kycdesk_add_test(tst_team_workspace SOURCES tst_team_workspace.cpp LIBS kycdesk_services LABELS "integration;team")
set_tests_properties(tst_team_workspace PROPERTIES RESOURCE_LOCK postgres)
kycdesk_add_test(tst_sardine_feedback SOURCES tst_sardine_feedback.cpp LIBS kycdesk_services kycdesk_sandbox LABELS integration)
