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
target_compile_options(kycdesk_strict INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(KYCDESK_WERROR)
    target_compile_options(kycdesk_strict INTERFACE -Werror)
endif()
if(KYCDESK_SANITIZE)
    target_compile_options(kycdesk_strict INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(kycdesk_strict INTERFACE -fsanitize=address,undefined)
endif()
