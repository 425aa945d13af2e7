# reportcheck — the two commands a new user needs:
#   make run    install missing packages, build, check the bundled example, write the HTML report
#   make test   install missing packages, build, run every test
BUILD ?= build
JOBS  ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= examples/bao-cao-kt-xh-quy-iii-2024.txt
REPORT  ?= $(basename $(EXAMPLE)).html

.PHONY: run test build deps deps-test clean test-sanitize fuzz

deps:
	@scripts/deps.sh

deps-test:
	@scripts/deps.sh --browser

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@$(BUILD)/reportcheck --format html -o $(REPORT) $(EXAMPLE); rc=$$?; \
	if [ $$rc -ge 2 ]; then exit $$rc; fi; \
	$(BUILD)/reportcheck --format text $(EXAMPLE) || true; \
	echo ""; echo "Báo cáo HTML / HTML report: $(abspath $(REPORT))"

test: deps-test $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-sanitize: deps-test
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -g1" -DRC_SANITIZE=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

FUZZ_SECONDS ?= 60
fuzz:
	@scripts/deps.sh --fuzz
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRC_FUZZ=ON -DBUILD_TESTING=OFF \
	      -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang
	cmake --build build-fuzz -j $(JOBS) --target fuzz_text fuzz_docx
	fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
