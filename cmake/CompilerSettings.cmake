# One INTERFACE target carries the project's strictness; every target links it
# (modelled on qBittorrent's cmake/Modules/CommonConfig.cmake).
add_library(kycdesk_strict INTERFACE)
target_compile_definitions(kycdesk_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT # enforced from Qt 6.7 on; harmless before
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
# -Wshadow=local is GCC's spelling; clang (the fuzz build) has no such option.
target_compile_options(kycdesk_strict INTERFACE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                       -Wnon-virtual-dtor)
if(KYCDESK_WERROR)
    target_compile_options(kycdesk_strict INTERFACE -Werror)
endif()
if(KYCDESK_SANITIZE)
    set(kycdesk_sanitizers address,undefined)
    set(kycdesk_no_recover undefined)
    # A double out of an integer's range converted to it is undefined behaviour that "undefined"
    # leaves out; clang checks it with float-cast-overflow (the vendors' numbers are untrusted input).
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        string(APPEND kycdesk_sanitizers ",float-cast-overflow")
        string(APPEND kycdesk_no_recover ",float-cast-overflow")
    endif()
    target_compile_options(kycdesk_strict INTERFACE -fsanitize=${kycdesk_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=${kycdesk_no_recover})
    target_link_options(kycdesk_strict INTERFACE -fsanitize=${kycdesk_sanitizers})
endif()
