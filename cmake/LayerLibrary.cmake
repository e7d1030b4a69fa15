# kycdesk_add_layer_library(<target> PUBLIC_LINKS ... [PRIVATE_LINKS ...] [EXCLUDE file...])
# One static library per folder: its sources are the folder's files, its public include directory
# is the folder itself, so a file can only include the headers of the libraries its target links.
function(kycdesk_add_layer_library target)
    cmake_parse_arguments(ARG "" "" "PUBLIC_LINKS;PRIVATE_LINKS;EXCLUDE" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h
         ${CMAKE_CURRENT_SOURCE_DIR}/*.ui)
    foreach(excluded IN LISTS ARG_EXCLUDE)
        list(REMOVE_ITEM sources ${CMAKE_CURRENT_SOURCE_DIR}/${excluded})
    endforeach()
    qt_add_library(${target} STATIC ${sources})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LINKS} PRIVATE ${ARG_PRIVATE_LINKS} kycdesk_strict)
endfunction()
