# Builds the libFuzzer target of tests/fuzz with clang and runs it for a bounded time over
# a fresh copy of the seed corpus; fails on a crash, leak, timeout, undefined behaviour or
# a broken decoder property (the fuzzer then exits non-zero and writes the input).
#   cmake -DSOURCE_DIR=<tests/fuzz> -DBUILD_DIR=<dir> [-DCXX=clang++] [-DGENERATOR=Ninja]
#         [-DVERSION=x.y.z] [-DRUNS=N] [-DSECONDS=60] [-DSEED=1] [-DJOBS=1] -P RunFuzz.cmake
foreach(required SOURCE_DIR BUILD_DIR)
    if(NOT ${required})
        message(FATAL_ERROR "RunFuzz.cmake: -D${required}=… is required")
    endif()
endforeach()
if(NOT CXX)
    set(CXX clang++)
endif()
if(NOT SECONDS)
    set(SECONDS 60)
endif()
if(NOT SEED)
    set(SEED 1)
endif()
if(NOT JOBS)
    set(JOBS 1)
endif()

find_program(clang_path NAMES ${CXX} clang++ clang++-14)
if(NOT clang_path)
    message(FATAL_ERROR "fuzz_decoders needs clang++ with libFuzzer (Debian: clang libclang-rt-14-dev, "
                        "see scripts/install-deps.sh); '${CXX}' was not found.")
endif()

set(fuzz_build ${BUILD_DIR}/build)
set(configure_args -S ${SOURCE_DIR} -B ${fuzz_build} -DCMAKE_CXX_COMPILER=${clang_path})
if(GENERATOR)
    list(APPEND configure_args -G ${GENERATOR})
endif()
if(VERSION)
    list(APPEND configure_args -DSITREP_VERSION=${VERSION})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} ${configure_args} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz target with ${clang_path} failed:\n${out}")
endif()
string(TIMESTAMP build_start "%s")
execute_process(COMMAND ${CMAKE_COMMAND} --build ${fuzz_build} --parallel ${JOBS}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "building the fuzz target failed (is libclang-rt-14-dev installed?):\n${out}")
endif()
string(TIMESTAMP build_end "%s")
math(EXPR build_seconds "${build_end} - ${build_start}")
message(STATUS "fuzz target built in ${build_seconds} s")

# A fresh corpus every run: the seeds are the same each time, so a run with a given seed
# and number of runs is reproducible.
set(corpus ${BUILD_DIR}/corpus)
set(artifacts ${BUILD_DIR}/artifacts)
file(REMOVE_RECURSE ${corpus} ${artifacts})
file(MAKE_DIRECTORY ${corpus} ${artifacts})
file(GLOB seeds ${SOURCE_DIR}/corpus/*)
file(COPY ${seeds} DESTINATION ${corpus})

set(fuzz_args -seed=${SEED} -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
    -dict=${SOURCE_DIR}/decoders.dict -artifact_prefix=${artifacts}/)
if(RUNS)
    list(APPEND fuzz_args -runs=${RUNS})
endif()
set(log ${BUILD_DIR}/fuzz.log)
message(STATUS "running ${fuzz_build}/fuzz_decoders ${fuzz_args} ${corpus}")
execute_process(COMMAND ${fuzz_build}/fuzz_decoders ${fuzz_args} ${corpus}
    RESULT_VARIABLE status OUTPUT_FILE ${log} ERROR_FILE ${log})
file(READ ${log} output)

# The coverage lines (#123 NEW …) run to thousands; show the end and the findings.
string(REGEX MATCHALL "stat::[a-z_]+: *[0-9]+" stats "${output}")
string(REPLACE ";" "\n" stats "${stats}")
string(LENGTH "${output}" length)
set(tail_start 0)
if(length GREATER 6000)
    math(EXPR tail_start "${length} - 6000")
endif()
string(SUBSTRING "${output}" ${tail_start} -1 tail)
file(GLOB findings ${artifacts}/*)
if(NOT status EQUAL 0 OR findings)
    message(FATAL_ERROR "the fuzzer found a problem (exit ${status}); the input is in ${artifacts}, "
                        "reproduce with: ${fuzz_build}/fuzz_decoders <file>\n…${tail}")
endif()
message(STATUS "no crash, leak, timeout or broken property\n${stats}")
