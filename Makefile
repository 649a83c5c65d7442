# A thin front door over CMake. `make run` and `make test` share one build directory,
# configured with sanitizers and warnings-as-errors (the configuration CI tests).
BUILD_DIR ?= build
JOBS      ?= 2
CMAKE_ARGS ?= -DCMAKE_BUILD_TYPE=Debug -DSITREP_SANITIZE=ON -DSITREP_WERROR=ON

.PHONY: all deps configure build run test package clean

all: build

deps:
	scripts/install-deps.sh

# Configure only once: re-running cmake with -D options on every build would be slow and
# would overwrite options someone set by hand in the cache.
$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_ARGS)

configure: $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: deps build
	BUILD_DIR=$(BUILD_DIR) scripts/run-console.sh

test: deps build
	BUILD_DIR=$(BUILD_DIR) scripts/run-tests.sh $(CTEST_ARGS)

# Packages come from their own optimised build without sanitizers: a .deb must not
# depend on libasan.
PACKAGE_DIR ?= build-release
package: deps
	test -f $(PACKAGE_DIR)/CMakeCache.txt || cmake -S . -B $(PACKAGE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(PACKAGE_DIR) --parallel $(JOBS) --target sitrep sitrepctl
	cd $(PACKAGE_DIR) && cpack -G DEB

clean:
	rm -rf $(BUILD_DIR)
