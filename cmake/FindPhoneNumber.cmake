# Debian's libphonenumber-dev ships headers and a shared library but no CMake package in every
# release; locate it by hand and expose an imported target.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
if(NOT TARGET CallDeck::PhoneNumber)
    add_library(CallDeck::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(CallDeck::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")
endif()
