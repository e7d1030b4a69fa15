# Translations (resources/translations, issue 17). tst_translations runs lupdate on the same folders
# as the build's update_translations and fails on any source string without a finished translation.
kycdesk_add_test(tst_translations SOURCES tst_translations.cpp LIBS Qt6::Core LABELS unit)
# Lists joined with | : a ; would split the compile definition.
list(TRANSFORM KYCDESK_TRANSLATED_DIRS PREPEND ${PROJECT_SOURCE_DIR}/ OUTPUT_VARIABLE translated_dirs)
list(JOIN translated_dirs "|" translated_dirs)
list(JOIN KYCDESK_TS_FILES "|" ts_files)
target_compile_definitions(tst_translations PRIVATE
    KYCDESK_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    KYCDESK_TRANSLATED_DIRS="${translated_dirs}"
    KYCDESK_TS_FILES="${ts_files}")
# The main window in German through the app's own loader (AppTranslator), and English without it.
kycdesk_add_test(tst_translated_ui SOURCES tst_translated_ui.cpp LIBS kycdesk_ui kycdesk_sandbox LABELS widget)
