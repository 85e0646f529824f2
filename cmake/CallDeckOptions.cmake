# One INTERFACE target carries the language level, warnings and the strict Qt defines that every
# CallDeck target builds with. Link it PRIVATE-ly (or PUBLIC from the static libraries).
add_library(calldeck_build_options INTERFACE)
add_library(CallDeck::BuildOptions ALIAS calldeck_build_options)

target_compile_features(calldeck_build_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(calldeck_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CALLDECK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(calldeck_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    option(CALLDECK_WERROR "Treat warnings as errors" OFF)
    if(CALLDECK_WERROR)
        target_compile_options(calldeck_build_options INTERFACE -Werror)
    endif()
endif()
