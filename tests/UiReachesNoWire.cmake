# Run as a test (cmake -P): no widget file includes a codec, the page decoder, HttpTransport or ApiJob.
# The ui layer shows what models and services give it; requests, their cancellation and the wire
# format live below it (CustomerBook, CustomerDossier, the clients).
# UI_DIR: the ui folder. ALLOWED (optional): files exempted, name;name.
cmake_minimum_required(VERSION 3.16) # IN_LIST
file(GLOB ui_files "${UI_DIR}/*.h" "${UI_DIR}/*.cpp")
set(offences "")
foreach(file IN LISTS ui_files)
    get_filename_component(name "${file}" NAME)
    if(name IN_LIST ALLOWED)
        continue()
    endif()
    file(STRINGS "${file}" includes REGEX "^#include \"([A-Za-z]+Codec|SphereListDecoder|HttpTransport|ApiJob)\\.h\"")
    foreach(line IN LISTS includes)
        string(APPEND offences "\n  ${name}: ${line}")
    endforeach()
endforeach()
if(offences)
    message(FATAL_ERROR "ui reaches into the wire:${offences}")
endif()
