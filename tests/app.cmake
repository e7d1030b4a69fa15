# Tests of the command-line tool and the services only it uses (CSV import).
kycdesk_add_test(tst_csv_reader SOURCES tst_csv_reader.cpp LIBS kycdesk_services LABELS unit)
kycdesk_add_test(tst_customer_csv_import SOURCES tst_customer_csv_import.cpp LIBS kycdesk_services LABELS unit)

# The real binaries, as a script would run them: kycdesk-sandbox on a free port, kycdesk-cli
# against it. SandboxStore reads the stored document bytes back once the sandbox has stopped.
kycdesk_add_test(tst_cli_import SOURCES tst_cli_import.cpp LIBS kycdesk_services kycdesk_sandbox LABELS integration)
add_dependencies(tst_cli_import kycdesk-cli kycdesk-sandbox)
target_compile_definitions(tst_cli_import PRIVATE
    KYCDESK_CLI_BINARY="$<TARGET_FILE:kycdesk-cli>"
    KYCDESK_SANDBOX_BINARY="$<TARGET_FILE:kycdesk-sandbox>")

# The installed app: --version of each binary, the .desktop file, AppStream metainfo, and the .deb
# built by cpack with lintian (tests/packaging/check-packaging.sh; skipped without those tools).
add_test(NAME tst_packaging
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-packaging.sh ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR})
set_tests_properties(tst_packaging PROPERTIES SKIP_RETURN_CODE 77 LABELS packaging TIMEOUT 300
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# Each documented example request, through the clients and through kycdesk-cli --from-json, to the
# sandbox behind a recording proxy: the bytes on the wire must be the example again.
kycdesk_add_test(tst_request_fidelity SOURCES tst_request_fidelity.cpp TestData.h JsonWireDiff.h RecordingProxy.h
                 LIBS kycdesk_services kycdesk_sandbox LABELS integration)
add_dependencies(tst_request_fidelity kycdesk-cli)
target_compile_definitions(tst_request_fidelity PRIVATE KYCDESK_CLI_BINARY="$<TARGET_FILE:kycdesk-cli>")

# kycdesk-cli against a loopback server answering each documented example verbatim, and the sandbox.
kycdesk_add_test(tst_cli_fidelity SOURCES tst_cli_fidelity.cpp TestData.h CannedHttpServer.h JsonDeepCompare.h VendorAnswerSamples.h
                 LIBS kycdesk_services kycdesk_sandbox LABELS integration)
add_dependencies(tst_cli_fidelity kycdesk-cli)
target_compile_definitions(tst_cli_fidelity PRIVATE KYCDESK_CLI_BINARY="$<TARGET_FILE:kycdesk-cli>")

# The clients (in-process sandbox) and kycdesk-cli (the kycdesk-sandbox binary) against
# kycdesk-sandbox --faults: redirects, drip, huge and cut-off bodies, Retry-After, endless lists.
kycdesk_add_test(tst_hostile_vendor SOURCES tst_hostile_vendor.cpp SardineRequestSamples.h SphereRequestSamples.h
                 LIBS kycdesk_services kycdesk_sandbox LABELS integration)
add_dependencies(tst_hostile_vendor kycdesk-cli kycdesk-sandbox)
target_compile_definitions(tst_hostile_vendor PRIVATE
    KYCDESK_CLI_BINARY="$<TARGET_FILE:kycdesk-cli>"
    KYCDESK_SANDBOX_BINARY="$<TARGET_FILE:kycdesk-sandbox>")
# kycdesk-cli against answers carrying terminal control sequences and file: links.
kycdesk_add_test(tst_cli_terminal_text SOURCES tst_cli_terminal_text.cpp CannedHttpServer.h VendorAnswerSamples.h
                 LIBS kycdesk_cli LABELS integration)
add_dependencies(tst_cli_terminal_text kycdesk-cli)
target_compile_definitions(tst_cli_terminal_text PRIVATE KYCDESK_CLI_BINARY="$<TARGET_FILE:kycdesk-cli>")

# kycdesk-cli's review commands (notes, decisions, audit verify/list) on real workspace files,
# including one edited with plain SQL and two processes writing at once.
kycdesk_add_test(tst_cli_review SOURCES tst_cli_review.cpp CliRunner.h SandboxFixture.h
                 LIBS kycdesk_services kycdesk_sandbox Qt6::Sql LABELS integration)
add_dependencies(tst_cli_review kycdesk-cli)
target_compile_definitions(tst_cli_review PRIVATE KYCDESK_CLI_BINARY="$<TARGET_FILE:kycdesk-cli>")
kycdesk_add_team_variant(tst_cli_review)
