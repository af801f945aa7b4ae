#!/usr/bin/env bash
# `make test`: every test, in stages, each timed. What it runs:
#   1. the builds, side by side (two SwiftPM instances, two scratch directories, so neither waits for the other's
#      lock): the debug build with the tests (.build), and the static release binary users get (`make release`:
#      .build/static → bin/govctl, with its check that named time zones survive a static build);
#   2. as soon as the debug build is done, while the release build still runs (its last stage, the optimiser over
#      the whole of GovKit, keeps only one core busy): the unit tests (`swift test --filter 'GovKitTests|CLIKitTests'`);
#   3. once bin/govctl is built: the end-to-end tests (the test bundle, in 4 processes at once), which run bin/govctl,
#      the binary that the .deb and `make install` ship (a debug govctl takes ten times the CPU per run, and the
#      tests start about 2,500 of them), and beside them the suites against real Debian tools
#      (scripts/system-tests.sh, with the same binary) in three groups at once: they mostly wait for Nagios, a
#      browser, dpkg and an SMTP sink;
#   4. the procedures' own tests (`govctl validate`, `govctl test`).
# A test that lacks a tool says `SKIPPED: WHAT: missing TOOL` (a failure with GOVCTL_REQUIRE_TOOLS=1); the summary at
# the end lists every such line. Exits non-zero when any stage fails.
#   scripts/test-all.sh            (GOVCTL_TEST_LOGS=DIR keeps the logs there; default .build/test-logs)
set -uo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
# The Makefile's flags (no debug information), so that a later `make build` or `make golden` builds nothing again.
SWIFTFLAGS=${SWIFTFLAGS--Xswiftc -gnone}
logs=${GOVCTL_TEST_LOGS:-.build/test-logs}
mkdir -p "$logs"
rm -f "$logs"/swift-test*.log "$logs"/swift-test*.status "$logs"/system-tests-*
failed=()
timings=()

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }
# The time a stage took, for the summary.
record() { timings+=("$1 $(seconds "$2" "$(now)") s"); }

# Shows the end of a failed stage's log.
show_failure() {
    echo "make test: $1 FAILED; the end of $2:"
    tail -40 "$2"
    failed+=("$1")
}

start_all=$(now)

# The lines of a swift test log worth showing: failures, the two libraries' totals, SKIPPED tests, errors.
# XCTest prints a total per suite; the run's own total follows the line of its outermost suite ('All tests' under
# swift test, 'Selected tests' when given suites).
summarise_swift_test() {
    {
        grep -A1 -E "^Test Suite '(All tests|Selected tests)' (passed|failed)" "$1" | grep -E "Executed [0-9]+ tests"
        grep -E "^SKIPPED:|error:" "$1" | sort -u
    } | tail -40
}

# Every stage runs with a temporary directory of its own: the builds' (the compiler's scratch files) is removed
# afterwards; the tests' must be empty when they end, or make test fails and lists what a test left behind.
build_tmp="$PWD/.build/test-tmp/build"
test_tmp="$PWD/.build/test-tmp/tests"
rm -rf .build/test-tmp
mkdir -p "$build_tmp" "$test_tmp"
chmod 1777 "$test_tmp"   # like /tmp: some tests run govctl as nobody or nagios

# 1. The builds. Dropping the generated file makes each build re-embed procedures/ even after an in-place edit.
echo "make test: building (debug with tests, and the static release binary, side by side)"
start=$(now)
rm -f .build/plugins/outputs/*/govctl/destination/EmbedProcedures/EmbeddedFiles.swift
(TMPDIR="$build_tmp" "$SWIFT" build --build-tests $SWIFTFLAGS >"$logs/build-debug.log" 2>&1; echo $? >"$logs/build-debug.status";
    echo "$(seconds "$start" "$(now)")" >"$logs/build-debug.seconds") &
debug_pid=$!
(TMPDIR="$build_tmp" make --no-print-directory release SWIFT="$SWIFT" SWIFTFLAGS="$SWIFTFLAGS" >"$logs/build-release.log" 2>&1; echo $? >"$logs/build-release.status";
    echo "$(seconds "$start" "$(now)")" >"$logs/build-release.seconds") &
release_pid=$!
wait "$debug_pid"
build_start=$start
unit_status=skipped
if [ "$(cat "$logs/build-debug.status")" = 0 ]; then
    # 2. The unit tests, while the release build finishes. Their temporary files go where every test's go.
    echo "make test: the unit tests, while the release build finishes"
    start=$(now)
    TMPDIR="$test_tmp" "$SWIFT" test --skip-build --disable-swift-testing --filter 'GovKitTests|CLIKitTests' \
        >"$logs/swift-test-unit.log" 2>&1
    unit_status=$?
    record "unit tests" "$start"
fi
wait "$release_pid"
rm -rf "$build_tmp"
export TMPDIR="$test_tmp"
timings=("build: debug with tests $(cat "$logs/build-debug.seconds") s, static release $(cat "$logs/build-release.seconds") s, side by side $(seconds "$build_start" "$(now)") s" "${timings[@]}")
[ "$(cat "$logs/build-debug.status")" = 0 ] || show_failure "the debug build" "$logs/build-debug.log"
[ "$(cat "$logs/build-release.status")" = 0 ] || show_failure "the release build (make release)" "$logs/build-release.log"
if [ "$unit_status" != skipped ]; then
    summarise_swift_test "$logs/swift-test-unit.log"
    [ "$unit_status" = 0 ] || show_failure "the unit tests (swift test, exit $unit_status)" "$logs/swift-test-unit.log"
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "make test: FAILED: ${failed[*]}"
    exit 1
fi
tail -2 "$logs/build-release.log"
BIN="$PWD/bin/govctl"

# 3. The end-to-end tests, and beside them the suites against real tools in three groups (with the same binary; the
# deb suite packages it without building again). Each suite that changes the machine (dpkg, Nagios) does so in a
# mount namespace of its own, so the groups do not meet.
echo "make test: the end-to-end tests (they run $BIN), and beside them the system suites"
start=$(now)
system_groups=("deb icinga" "nagios" "browser mail prompts")
system_pids=()
for i in "${!system_groups[@]}"; do
    # shellcheck disable=SC2086 # each group is a list of suite names
    (GOVCTL_BIN="$BIN" GOVCTL_RELEASE_BUILT=1 scripts/system-tests.sh ${system_groups[$i]} \
        >"$logs/system-tests-$i.log" 2>&1; echo $? >"$logs/system-tests-$i.status";
        echo "$(seconds "$start" "$(now)")" >"$logs/system-tests-$i.seconds") &
    system_pids+=($!)
done
# The end-to-end tests, E2E_PROCESSES test processes at a time. XCTest runs a process's tests one after another, and
# most of them wait for govctl, so the tests are run in small batches (E2E_BATCH tests, of one suite where they can
# be), each batch a process started as soon as one ends: a long test (a 12 s flapping run) or a long suite
# (FaceMatrixTests, 22 s alone) then holds one process while the others go on. A suite that sets up something for
# all its tests in a class `setUp` (OutageStoreTests starts one PostgreSQL server) is one batch, started first. The
# test bundle is run directly (`swift test` would take the build directory's lock, and the processes would run one
# after another); it is what `swift test --skip-build` runs, and starts in about 15 ms.
bundle="$("$SWIFT" build --show-bin-path $SWIFTFLAGS)/govctlPackageTests.xctest"
tests=$("$bundle" --testing-library xctest --list-tests 2>/dev/null | grep -E '^EndToEndTests\.[A-Za-z0-9_]+/test')
if [ -z "$tests" ]; then
    echo "make test: the test bundle lists no end-to-end tests: $bundle"
    failed+=("the end-to-end tests (none listed)")
fi
e2e_processes=${E2E_PROCESSES:-8}
e2e_batch=${E2E_BATCH:-4}
for value in "$e2e_processes" "$e2e_batch"; do
    [[ "$value" =~ ^[1-9][0-9]*$ ]] || { echo "make test: E2E_PROCESSES and E2E_BATCH must be whole numbers from 1"; exit 2; }
done
whole=$(grep -l 'override class func setUp' Tests/EndToEndTests/*.swift |
    xargs -r sed -n 's/^final class \([A-Za-z0-9_]*\): XCTestCase.*/\1/p' | sort -u)
# The longest tests are batches of their own and start first, so that none of them is left to run alone at the end
# (each takes 10-25 s alone and twice that beside the system suites): a table over every command's every format, the
# corpora's reports, the six-hour flapping and cron runs. A test renamed here only loses its place in the queue.
long='(EndToEndTests\.OutageStoreTests$|/testEveryDeclaredFormatOfEveryCommand|/testTheGuidesFacesAgree|'
long+='/testValidatePrintsTheCorpusReport|/testTheCaseGivesTheExpectedExitAndMessage|/testAManualFlappingRun|'
long+='/testASixHourOutageWithNoPrognosis|/testAFlappingProbeKeepsOneEpisode|/testTheAnswerIsTheSourcesAnswer)'
batches="$logs/e2e-batches"
rm -rf "$batches"
mkdir -p "$batches"
{
    for suite in $whole; do echo "EndToEndTests.$suite"; done
    batch=() batch_suite=
    while read -r test; do
        [ -n "$test" ] || continue
        suite=${test#EndToEndTests.}
        suite=${suite%%/*}
        grep -qx "$suite" <<<"$whole" && continue
        if grep -qE "$long" <<<"$test"; then
            echo "$test"
            continue
        fi
        if [ ${#batch[@]} -ge "$e2e_batch" ] || { [ ${#batch[@]} -gt 0 ] && [ "$suite" != "$batch_suite" ] &&
            [ ${#batch[@]} -ge $(((e2e_batch + 1) / 2)) ]; }; then
            (IFS=,; echo "${batch[*]}")
            batch=()
        fi
        batch+=("$test")
        batch_suite=$suite
    done <<<"$tests"
    [ ${#batch[@]} -eq 0 ] || (IFS=,; echo "${batch[*]}")
} >"$batches/unordered"
{ grep -E "$long" "$batches/unordered"; grep -vE "$long" "$batches/unordered"; } | nl -ba -nrz -w4 -s' ' \
    >"$batches/list"
# Each batch: its log and exit status in $batches/NNNN.log and NNNN.status.
GOVCTL_BIN="$BIN" xargs -P "$e2e_processes" -L 1 sh -c \
    '"$0" --testing-library xctest "$3" >"$1/$2.log" 2>&1; echo $? >"$1/$2.status"' "$bundle" "$batches" \
    <"$batches/list"
record "end-to-end tests" "$start"
cat "$batches"/*.log >"$logs/swift-test-e2e.log" 2>/dev/null
e2e_tests=0 e2e_failed=()
while read -r number selectors; do
    status=$(cat "$batches/$number.status" 2>/dev/null || echo "not run")
    executed=$(grep -A1 -E "^Test Suite 'Selected tests' (passed|failed)" "$batches/$number.log" 2>/dev/null |
        sed -n 's/^[[:space:]]*Executed \([0-9]*\) tests*,.*/\1/p')
    e2e_tests=$((e2e_tests + ${executed:-0}))
    if [ "$status" != 0 ]; then
        e2e_failed+=("$number")
        echo "make test: end-to-end batch $number failed (exit $status): $selectors"
        grep -E "error:|Fatal error|Executed [0-9]+ tests" "$batches/$number.log" | tail -20
    fi
done <"$batches/list"
grep -h "^SKIPPED:" "$batches"/*.log 2>/dev/null | sort -u
listed=$(grep -c . <<<"$tests")
echo "make test: the end-to-end tests: $e2e_tests of $listed run, in $(wc -l <"$batches/list") batches; ${#e2e_failed[@]} failed"
[ "$e2e_tests" = "$listed" ] || failed+=("the end-to-end tests ($e2e_tests of the $listed listed ran)")
[ ${#e2e_failed[@]} -eq 0 ] || failed+=("the end-to-end tests (batches ${e2e_failed[*]}; logs in $batches)")

# 4. The procedures' own checks and tests.
echo "make test: the procedures' own tests"
start_procedures=$(now)
if ! { "$BIN" validate && "$BIN" test; }; then failed+=("the procedures' own tests"); fi
record "procedures" "$start_procedures"

wait "${system_pids[@]}"
group_times=()
for i in "${!system_groups[@]}"; do
    cat "$logs/system-tests-$i.log"
    [ "$(cat "$logs/system-tests-$i.status")" = 0 ] || failed+=("the system suites (${system_groups[$i]})")
    group_times+=("${system_groups[$i]}: $(cat "$logs/system-tests-$i.seconds") s")
done
timings+=("system suites beside them ($(IFS=';'; echo "${group_times[*]}" | sed 's/;/, /g')); end-to-end tests and system suites $(seconds "$start" "$(now)") s")

# SwiftPM's own files are not the tests': its lock files (named for the path they lock, e.g. _work_main_.build.lock)
# and the scratch directories of `swift test` itself (TemporaryDirectory.*).
find "$test_tmp" -mindepth 1 -maxdepth 1 \( -name '_*.lock' -o -name 'TemporaryDirectory.*' \) -exec rm -rf {} +
left=$(find "$test_tmp" -mindepth 1 -maxdepth 1 | sed "s|^$test_tmp/||" | sort)
if [ -n "$left" ]; then
    echo "make test: the tests left $(wc -l <<<"$left") entries in their temporary directory ($test_tmp):"
    head -20 <<<"$left" | sed 's/^/  /'
    failed+=("a clean temporary directory")
else
    rm -rf .build/test-tmp
fi

echo
echo "make test: times: $(IFS=';'; echo "${timings[*]}" | sed 's/;/; /g'); total $(seconds "$start_all" "$(now)") s"
skipped=$(grep -h "SKIPPED" "$logs"/swift-test*.log "$logs"/system-tests-*.log | grep -v "^system tests:" | sort -u)
if [ -n "$skipped" ]; then
    echo "make test: SKIPPED for want of a tool (.ci/run installs them; GOVCTL_REQUIRE_TOOLS=1 makes each a failure):"
    sed 's/^/  /' <<<"$skipped"
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "make test: FAILED: ${failed[*]}"
    exit 1
fi
echo "make test: passed"
