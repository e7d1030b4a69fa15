# Run at build time (cmake -P) so the build id follows the checkout, not the last configure.
# configure_file() only rewrites the header when its content changes, so an unchanged commit
# rebuilds nothing.
execute_process(
    COMMAND git -C "${SOURCE_DIR}" rev-parse --short=10 HEAD
    OUTPUT_VARIABLE KYCDESK_BUILD_ID
    OUTPUT_STRIP_TRAILING_WHITESPACE
    ERROR_QUIET
    RESULT_VARIABLE git_result)
if(NOT git_result EQUAL 0 OR KYCDESK_BUILD_ID STREQUAL "")
    set(KYCDESK_BUILD_ID "unknown")
else()
    execute_process(
        COMMAND git -C "${SOURCE_DIR}" status --porcelain --untracked-files=no
        OUTPUT_VARIABLE git_dirty
        OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET)
    if(NOT git_dirty STREQUAL "")
        string(APPEND KYCDESK_BUILD_ID "-modified")
    endif()
endif()
configure_file("${INPUT}" "${OUTPUT}" @ONLY)
