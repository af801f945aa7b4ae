#!/usr/bin/env bash
# Tests against the real things users run (Debian packages: dpkg and lintian; Debian's Nagios Core; an MTA (msmtp)
# to a local SMTP sink; a pseudo-terminal for the questions report-urgent asks).
# Each suite needs tools; a suite whose tools are missing is SKIPPED and named, unless GOVCTL_REQUIRE_TOOLS=1
# (set by .ci/run, which installs them), where a missing tool is a failure. Exits non-zero on any failure.
#   scripts/system-tests.sh [SUITE ...]     default: every suite
set -uo pipefail
cd "$(dirname "$0")/.."
require="${GOVCTL_REQUIRE_TOOLS:-0}"
passed=0 failed=0 skipped=0
skipped_names=()

have() { command -v "$1" >/dev/null 2>&1; }

# suite NAME "TOOLS…" COMMAND…: runs COMMAND when every tool is there.
suite() {
    local name="$1" tools="$2"; shift 2
    local missing=()
    for tool in $tools; do
        case "$tool" in
            root) [ "$(id -u)" = 0 ] || missing+=("root") ;;
            *) have "$tool" || missing+=("$tool") ;;
        esac
    done
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$require" = 1 ]; then
            echo "system test $name: FAILED: missing ${missing[*]} (GOVCTL_REQUIRE_TOOLS=1)"
            failed=$((failed + 1))
        else
            echo "system test $name: SKIPPED: missing ${missing[*]} (.ci/run installs them)"
            skipped=$((skipped + 1)); skipped_names+=("$name")
        fi
        return
    fi
    echo "system test $name: running"
    if "$@"; then
        echo "system test $name: passed"; passed=$((passed + 1))
    else
        echo "system test $name: FAILED"; failed=$((failed + 1))
    fi
}

deb_suite() {
    make --no-print-directory deb >/dev/null || return 1
    scripts/test-deb.sh "$(ls -t bin/govctl_*.deb | head -1)"
}

wanted=("$@")
want() { [ ${#wanted[@]} -eq 0 ] || [[ " ${wanted[*]} " == *" $1 "* ]]; }

want deb && suite deb "root dpkg-deb dpkg-shlibdeps lintian man strip" deb_suite
want nagios && suite nagios "root nagios4 python3 unshare runuser" python3 scripts/test-nagios.py "${GOVCTL_BIN:-.build/debug/govctl}"
want browser && suite browser "chromium pdftotext pdfinfo python3" python3 scripts/test-browser.py
want mail && suite mail "msmtp python3" python3 scripts/test-mail.py "${GOVCTL_BIN:-.build/debug/govctl}"
want prompts && suite prompts "python3" python3 scripts/test-prompts.py "${GOVCTL_BIN:-.build/debug/govctl}"

echo "system tests: $passed passed, $failed failed, $skipped skipped${skipped_names:+ (${skipped_names[*]})}"
[ "$failed" -eq 0 ]
