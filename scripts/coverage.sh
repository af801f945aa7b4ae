#!/usr/bin/env bash
# make coverage: line coverage of GovKit and of govctl, from every test.
#
# Builds with --enable-code-coverage in a scratch directory of its own (.build/coverage), so the normal debug build
# is left alone; runs the tests there. The end-to-end tests run that build's govctl (GOVCTL_BIN) and pass
# LLVM_PROFILE_FILE on to it (Tests/EndToEndTests/Binary.swift), so govctl's own lines are counted too. Then merges
# every .profraw with llvm-profdata and reports with llvm-cov, both found next to `swift`.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SCRATCH=${COVERAGE_SCRATCH:-.build/coverage}
TOOLCHAIN=$(dirname "$(readlink -f "$(command -v "$SWIFT")")")
PROFDATA=${LLVM_PROFDATA:-$TOOLCHAIN/llvm-profdata}
COV=${LLVM_COV:-$TOOLCHAIN/llvm-cov}

# The build runs an instrumented tool too (the plugin's EmbedTool, in an environment of the plugin's own), which
# writes ./default.profraw: it is moved out of the work tree when the script ends, unless one was there before.
if [ ! -e default.profraw ]; then
    trap 'if [ -e default.profraw ]; then mv default.profraw "$SCRATCH/embedtool.profraw"; fi' EXIT
fi
"$SWIFT" build --build-tests --enable-code-coverage --scratch-path "$SCRATCH"
BIN=$("$SWIFT" build --enable-code-coverage --scratch-path "$SCRATCH" --show-bin-path)
PROFILES="$SCRATCH/profiles"
rm -rf "$PROFILES"
mkdir -p "$PROFILES"
# %m: one file per binary, merged safely by the processes that share it; %p keeps test runners apart too.
# (swift test is not given --enable-code-coverage: it would set LLVM_PROFILE_FILE itself.)
status=0
LLVM_PROFILE_FILE="$PWD/$PROFILES/%p-%m.profraw" GOVCTL_BIN="$BIN/govctl" \
    "$SWIFT" test --skip-build --scratch-path "$SCRATCH" >"$SCRATCH/test.log" 2>&1 || status=$?
if [ "$status" != 0 ]; then
    tail -20 "$SCRATCH/test.log"
    echo "coverage: the tests failed (exit $status); the figures below count what ran"
fi
"$PROFDATA" merge -sparse "$PROFILES"/*.profraw -o "$SCRATCH/govctl.profdata"

TESTS=$(find "$BIN" -maxdepth 1 -name '*PackageTests.xctest' | head -1)
if [ -d "$TESTS" ]; then TESTS="$TESTS/Contents/MacOS/$(basename "$TESTS" .xctest)"; fi
report() { # report NAME SOURCES-DIR
    "$COV" report "$BIN/govctl" -object "$TESTS" -instr-profile "$SCRATCH/govctl.profdata" \
        -ignore-filename-regex '(\.build|Tests|checkouts)/' "$PWD/$2" | tail -1 |
        awk -v name="$1" '{ printf "%-7s lines %s of %s covered: %s\n", name, $8 - $9, $8, $10 }'
}
echo "profiles: $(ls "$PROFILES" | wc -l) files (the test runners and every govctl run)"
report GovKit Sources/GovKit
report govctl Sources/govctl
exit "$status"
