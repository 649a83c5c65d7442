# The compile policy every Sitrep target links: language level, warnings, and the Qt
# defines that keep string conversions and connections explicit.
add_library(sitrep_policy INTERFACE)
target_compile_features(sitrep_policy INTERFACE cxx_std_20)
target_compile_options(sitrep_policy INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(SITREP_WERROR)
    target_compile_options(sitrep_policy INTERFACE -Werror)
endif()
target_compile_definitions(sitrep_policy INTERFACE
    QT_NO_CAST_FROM_ASCII          # every user-visible string goes through tr() or QStringLiteral
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT      # a connection always has a receiver that bounds its lifetime
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SITREP_VERSION="${PROJECT_VERSION}"
    SITREP_APP_ID="${SITREP_APP_ID}")
if(SITREP_SANITIZE)
    target_compile_options(sitrep_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sitrep_policy INTERFACE -fsanitize=address,undefined)
endif()
