# govctl — see README.md.
#   make run     build and run the main job on the bundled procedures
#   make test    build and run every test (what CI runs)
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/debug/govctl
EMBEDDED := .build/plugins/outputs/*/govctl/destination/EmbedProcedures/EmbeddedFiles.swift
# Every build here is made without debug information: it was a seventh of the debug build's CPU and of the release
# build's (`make test` builds both), the .deb strips it anyway, and a crash's backtrace still names its functions.
# (In Package.swift it would not hold: SwiftPM puts its own -g after a target's flags.) A plain `swift build` keeps
# debug information, and so rebuilds everything after a make target and the other way round.
SWIFTFLAGS ?= -Xswiftc -gnone

.PHONY: build run test golden release install man completions deb system-test lint format bench coverage fuzz clean

# Dropping the generated file makes the build re-embed procedures/ even after an in-place edit.
build:
	@rm -f $(EMBEDDED)
	$(SWIFT) build $(SWIFTFLAGS)

run: build
	$(BIN) report-urgent LVMS

# Every test, in timed stages (scripts/test-all.sh): the debug build with the tests and the static release binary,
# side by side; swift test, whose end-to-end tests run that release binary; the procedures' own tests; the suites
# against real Debian tools. Ends with the time of each stage and every test SKIPPED for want of a tool.
test:
	SWIFT=$(SWIFT) SWIFTFLAGS="$(SWIFTFLAGS)" scripts/test-all.sh

# Re-record the golden files (the commands' output, the invalid corpus's expected messages, the table of diagnostic
# codes in docs/procedure-format.md), then review them with `git diff Tests docs`.
GOLDEN_TESTS := GoldenOutputTests|FidelityCoverageTableTests|MarkdownOutputTests|SiteTests|WhoOwnsTests|InvalidCorpusTests|DiagnosticCodeTableTests|FailingTestFixtureTests|SuspectCitationTests
golden: build
	$(SWIFT) build --build-tests $(SWIFTFLAGS)
	GOVCTL_RECORD=1 $(SWIFT) test --skip-build --filter "$(GOLDEN_TESTS)" || true
	$(SWIFT) test --skip-build --filter "$(GOLDEN_TESTS)"

# A static-stdlib binary. Static builds can lose named time zones silently, so the release is checked:
# the procedures' own tests include the DST nights (4 h 45 min and 2 h 45 min), and govctl refuses to run
# a procedure whose zone it cannot load. Where possible the check also runs with /usr/share/zoneinfo hidden.
# It is built in a scratch directory of its own (.build/static), so that `make test` can build it beside the debug
# build without waiting for the other's lock.
STATIC := .build/static
release:
	@rm -f $(STATIC)/plugins/outputs/*/govctl/destination/EmbedProcedures/EmbeddedFiles.swift
	$(SWIFT) build -c release --static-swift-stdlib --product govctl --scratch-path $(STATIC) $(SWIFTFLAGS)
	@mkdir -p bin
	cp "$$($(SWIFT) build -c release --static-swift-stdlib --scratch-path $(STATIC) --show-bin-path)/govctl" bin/govctl
	bin/govctl test >/dev/null
	bin/govctl guide sesam-lmn-reservrutin --fact scenario=server-unreachable --fact since=2026-10-25T00:30 \
		--now 2026-10-25T04:15 --format json | grep -q '"elapsedMinutes": 285'
	@if command -v unshare >/dev/null && [ "$$(id -u)" = 0 ] && [ -d /usr/share/zoneinfo ]; then \
		mkdir -p .build/empty-zoneinfo && \
		unshare -m sh -c 'mount --bind .build/empty-zoneinfo /usr/share/zoneinfo && bin/govctl test >/dev/null' && \
		echo "time zones: ok without /usr/share/zoneinfo"; \
	else echo "time zones: ok (could not hide /usr/share/zoneinfo here)"; fi
	@echo "bin/govctl: $$(bin/govctl --version | head -1)"

# Builds the release binary when needed, then installs it with its man page and shell completions, generated from
# its declarations: `sudo make install` (PREFIX=/usr/local by default, where man, bash-completion, zsh and fish look).
MANDIR := $(PREFIX)/share/man/man1
BASHDIR := $(PREFIX)/share/bash-completion/completions
ZSHDIR := $(PREFIX)/share/zsh/site-functions
FISHDIR := $(PREFIX)/share/fish/vendor_completions.d
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" \
		"$(DESTDIR)$(FISHDIR)"
	install -m 0755 bin/govctl "$(DESTDIR)$(PREFIX)/bin/govctl"
	bin/govctl man > "$(DESTDIR)$(MANDIR)/govctl.1"
	bin/govctl completion bash > "$(DESTDIR)$(BASHDIR)/govctl"
	bin/govctl completion zsh > "$(DESTDIR)$(ZSHDIR)/_govctl"
	bin/govctl completion fish > "$(DESTDIR)$(FISHDIR)/govctl.fish"
	chmod 0644 "$(DESTDIR)$(MANDIR)/govctl.1" "$(DESTDIR)$(BASHDIR)/govctl" "$(DESTDIR)$(ZSHDIR)/_govctl" \
		"$(DESTDIR)$(FISHDIR)/govctl.fish"

# The man page and the completion scripts in bin/, from the debug build (to read or try without installing).
man: build
	@mkdir -p bin
	$(BIN) man > bin/govctl.1
	@echo "bin/govctl.1 (man -l bin/govctl.1)"

completions: build
	@mkdir -p bin/completions
	$(BIN) completion bash > bin/completions/govctl.bash
	$(BIN) completion zsh > bin/completions/_govctl
	$(BIN) completion fish > bin/completions/govctl.fish

# The Debian package (offline, dpkg-deb): the stripped static binary, man page, completions, /etc/govctl example,
# and a postinst that creates the govctl group and /var/lib/govctl. `scripts/test-deb.sh` checks it.
deb: release
	scripts/build-deb.sh bin

# Tests against real Debian tools (scripts/system-tests.sh); a missing tool is named and skipped, or a failure
# with GOVCTL_REQUIRE_TOOLS=1 (.ci/run).
system-test:
	scripts/system-tests.sh

lint:
	$(SWIFT) format lint --recursive --strict --configuration .swift-format Sources Tests Plugins Package.swift
	@if grep -rnE '^import Testing|@Test\b|@Suite\b|#expect|#require' Tests; then \
		echo "lint: the tests are XCTest, with the checks in Tests/TestSupport/Expectations.swift; Swift Testing's"; \
		echo "      macros cost the debug build about 100 ms each: see docs/testing.md"; \
		exit 1; fi
	@if grep -rn 'waitUntilExit()' Tests | grep -v 'Tests/TestSupport/ProcessExit.swift'; then \
		echo "lint: in the tests, wait for a process with waitForExit() (Tests/TestSupport/ProcessExit.swift):"; \
		echo "      Foundation's waitUntilExit() returns up to 50 ms after the exit"; \
		exit 1; fi

# Rewrites the sources in the checked-in layout (.swift-format); `make lint` then passes.
format:
	$(SWIFT) format format --in-place --recursive --configuration .swift-format Sources Tests Plugins Package.swift

# Performance figures and their guards (recorded in docs/performance.md; exit 1 when a guard is missed).
# The binaries are built as users get them: --static-swift-stdlib, as `make release` and the .deb.
# BENCH_LARGE=1 adds the 100,000-file run; BENCH_ONLY=latency,engine,validate,scaling picks parts.
BENCH_FLAGS := -c release --static-swift-stdlib --scratch-path $(STATIC) $(SWIFTFLAGS)
bench:
	@rm -f $(STATIC)/plugins/outputs/*/govctl/destination/EmbedProcedures/EmbeddedFiles.swift
	$(SWIFT) build $(BENCH_FLAGS) --product govctl
	$(SWIFT) build $(BENCH_FLAGS) --product GovBench
	$(SWIFT) build $(BENCH_FLAGS) --product BenchBaseline
	@python3 -c 'import datalogic_py, jsonlogic_rs, json_logic' 2>/dev/null || \
		python3 -m pip install --quiet datalogic-py==5.9.0 jsonlogic-rs==0.5.0 panzi-json-logic==1.0.1 || true
	python3 scripts/bench.py --bin "$$($(SWIFT) build $(BENCH_FLAGS) --show-bin-path)"

# Line coverage of GovKit and of govctl from every test, govctl's runs by the end-to-end tests included (recorded in
# docs/coverage.md). Builds apart in .build/coverage; see scripts/coverage.sh.
coverage:
	SWIFT=$(SWIFT) scripts/coverage.sh

# libFuzzer + ASan on the JSON reader, the JSON Logic engine and the loader with its renderers (Fuzz/, see
# docs/reliability.md): FUZZ_SECONDS each; fails on any crash, hang over 10 s or use of over 2 GB.
FUZZ_SECONDS ?= 60
fuzz:
	Fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build bin
