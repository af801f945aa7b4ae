#!/usr/bin/env bash
# make coverage: line coverage of GovKit and of govctl, from every test.
#
# Builds with --enable-code-coverage in a scratch directory of its own (.build/coverage), so the normal debug build
# is left alone; runs the tests there. The end-to-end tests run that build's govctl (GOVCTL_BIN) and pass
# LLVM_PROFILE_FILE on to it (Tests/EndToEndTests/Binary.swift), so govctl's own lines are counted too. Then merges
# every .profraw with llvm-profdata and reports with llvm-cov, both found next to `swift`.
#
# A profile that cannot be read (truncated or empty: a govctl the tests kill, or run under `ulimit -f`, writes its
# profile only in part or not at all) is named and left out; the figures come from the rest. Only when no profile
# can be read is there no report (exit 1).
#
# COVERAGE_REPORT_ONLY=1 reports again from the last run's profiles, without building or running the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SCRATCH=${COVERAGE_SCRATCH:-.build/coverage}
TOOLCHAIN=$(dirname "$(readlink -f "$(command -v "$SWIFT")")")
PROFDATA=${LLVM_PROFDATA:-$TOOLCHAIN/llvm-profdata}
COV=${LLVM_COV:-$TOOLCHAIN/llvm-cov}

# Temporary files (SwiftPM's lock files and swift-driver's directories, which it leaves behind, and the tests'
# own) go to a directory of this run's, removed when it ends, so nothing is left in /tmp.
COVERAGE_TMP=$(mktemp -d "${TMPDIR:-/tmp}/govctl-coverage.XXXXXX")
export TMPDIR="$COVERAGE_TMP"
# The build runs an instrumented tool too (the plugin's EmbedTool, in an environment of the plugin's own), which
# writes ./default.profraw: it is moved out of the work tree when the script ends, unless one was there before.
keep_profraw=0
[ -e default.profraw ] && keep_profraw=1
finish() {
    if [ "$keep_profraw" = 0 ] && [ -e default.profraw ]; then mv default.profraw "$SCRATCH/embedtool.profraw"; fi
    rm -rf "$COVERAGE_TMP"
}
trap finish EXIT
PROFILES="$SCRATCH/profiles"
status=0
if [ "${COVERAGE_REPORT_ONLY:-0}" != 1 ]; then
    "$SWIFT" build --build-tests --enable-code-coverage --scratch-path "$SCRATCH"
fi
BIN=$("$SWIFT" build --enable-code-coverage --scratch-path "$SCRATCH" --show-bin-path)
if [ "${COVERAGE_REPORT_ONLY:-0}" != 1 ]; then
    rm -rf "$PROFILES"
    mkdir -p "$PROFILES"
    # %m: one file per binary, merged safely by the processes that share it; %p keeps test runners apart too.
    # (swift test is not given --enable-code-coverage: it would set LLVM_PROFILE_FILE itself.)
    LLVM_PROFILE_FILE="$PWD/$PROFILES/%p-%m.profraw" GOVCTL_BIN="$BIN/govctl" \
        "$SWIFT" test --skip-build --scratch-path "$SCRATCH" >"$SCRATCH/test.log" 2>&1 || status=$?
    if [ "$status" != 0 ]; then
        tail -20 "$SCRATCH/test.log"
        echo "coverage: the tests failed (exit $status); the figures below count what ran"
    fi
fi
# Merge what can be read (--failure-mode=all: fail only when nothing can), then name what could not: the files
# llvm-profdata warns about, and the empty ones, which it skips without a word.
LIST="$SCRATCH/profiles.txt"
MERGELOG="$SCRATCH/merge.log"
find "$PROFILES" -name '*.profraw' | sort > "$LIST"
total=$(wc -l < "$LIST")
rm -f "$SCRATCH/govctl.profdata"
merged=0
if [ "$total" -gt 0 ] && "$PROFDATA" merge -sparse --failure-mode=all --input-files="$LIST" \
    -o "$SCRATCH/govctl.profdata" 2>"$MERGELOG"; then
    merged=1
fi
bad=$( {
    find "$PROFILES" -name '*.profraw' -empty -printf '%p: empty (the process wrote no profile)\n'
    # "warning: FILE: REASON" for each file llvm-profdata could not read (once each)
    awk 'NR == FNR { files[$0] = 1; next }
         /^warning: / { rest = substr($0, 10)
                        for (f in files) if (index(rest, f ": ") == 1) { print rest; delete files[f]; break } }' \
        "$LIST" "$MERGELOG"
} | sort -u)
nbad=0
[ -z "$bad" ] || nbad=$(wc -l <<<"$bad")
if [ "$nbad" -gt 0 ]; then
    echo "coverage: $nbad of $total profiles could not be read and are left out of the figures:"
    sed 's/^/  /' <<<"$bad"
fi
if [ "$merged" != 1 ]; then
    grep -v '^warning: ' "$MERGELOG" | sed 's/^/  /' || true
    echo "coverage: no profile could be merged ($total found in $PROFILES); no report"
    exit 1
fi

TESTS=$(find "$BIN" -maxdepth 1 -name '*PackageTests.xctest' | head -1)
if [ -d "$TESTS" ]; then TESTS="$TESTS/Contents/MacOS/$(basename "$TESTS" .xctest)"; fi
report() { # report NAME SOURCES-DIR
    "$COV" report "$BIN/govctl" -object "$TESTS" -instr-profile "$SCRATCH/govctl.profdata" \
        -ignore-filename-regex '(\.build|Tests|checkouts)/' "$PWD/$2" | tail -1 |
        awk -v name="$1" '{ printf "%-7s lines %s of %s covered: %s\n", name, $8 - $9, $8, $10 }'
}
echo "profiles: $((total - nbad)) of $total files merged (the test runners and every govctl run)"
report GovKit Sources/GovKit
report govctl Sources/govctl
exit "$status"
