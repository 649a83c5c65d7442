# ctest `fuzz_decoders`: builds tests/fuzz with clang++ into <build>/fuzz and fuzzes the
# request and op decoders with a fixed seed for a fixed number of inputs (RunFuzz.cmake),
# so that every run of `make test` tries the same inputs in the same order: a time-bounded
# run tried more or fewer inputs with the machine's speed, and once met in CI an input
# no run here had reached. The time is a cap. It fails, rather than skips, without clang.
# Included from tests/CMakeLists.txt.
set(SITREP_FUZZ_RUNS 150000 CACHE STRING "How many inputs ctest's fuzz_decoders tries (fixed seed)")
set(SITREP_FUZZ_SECONDS 150 CACHE STRING "The most ctest's fuzz_decoders fuzzes, in seconds")
add_test(NAME fuzz_decoders COMMAND ${CMAKE_COMMAND}
    -DSOURCE_DIR=${CMAKE_CURRENT_LIST_DIR}
    -DBUILD_DIR=${CMAKE_BINARY_DIR}/fuzz
    -DCXX=clang++
    -DGENERATOR=${CMAKE_GENERATOR}
    -DVERSION=${PROJECT_VERSION}
    -DSECONDS=${SITREP_FUZZ_SECONDS}
    -DRUNS=${SITREP_FUZZ_RUNS}
    -DSEED=1
    -DJOBS=1
    -P ${CMAKE_CURRENT_LIST_DIR}/RunFuzz.cmake)
# The clang build of the decoders (about 2 min on a busy 2-core machine without ccache)
# is part of the test's time.
set_tests_properties(fuzz_decoders PROPERTIES TIMEOUT 600 LABELS fuzz)
