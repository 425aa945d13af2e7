# reportcheck — the two commands a new user needs:
#   make run    install missing packages, build, check the bundled example, write the HTML report
#   make test   install missing packages, build, run every test
BUILD ?= build
JOBS  ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= examples/bao-cao-kt-xh-quy-iii-2024.txt
REPORT  ?= $(basename $(EXAMPLE)).html

.PHONY: run test build configure deps deps-test clean test-sanitize fuzz

deps:
	@scripts/deps.sh

deps-test:
	@scripts/deps.sh --browser

# PGO=1 (the default): a profile-guided build — scripts/pgo.sh builds an instrumented
# reportcheck in $(BUILD)-pgo-gen, trains it on tests/corpus and examples, and configures
# $(BUILD) to use the profiles (about 8 % fewer instructions). PGO=0: a plain Release build.
PGO ?= 1

configure:
ifeq ($(PGO),1)
	scripts/pgo.sh $(BUILD) $(JOBS)
else
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DRC_PGO=
endif

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@$(BUILD)/reportcheck --format html -o $(REPORT) $(EXAMPLE); rc=$$?; \
	if [ $$rc -ge 2 ]; then exit $$rc; fi; \
	$(BUILD)/reportcheck --format text $(EXAMPLE) || true; \
	echo ""; echo "Báo cáo HTML / HTML report: $(abspath $(REPORT))"

test: deps-test configure
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
	rm -rf $(BUILD) $(BUILD)-pgo-gen build-asan build-fuzz
