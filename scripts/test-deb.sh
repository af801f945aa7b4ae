#!/usr/bin/env bash
# The Debian package as a user meets it: lintian reports no errors, `dpkg -i` installs it, govctl runs from /
# under `env -i`, the group and /var/lib/govctl exist, the man page renders, /usr/share/doc/govctl/examples holds the
# README's recipes, the package depends on libpq5 exactly when the build has the PostgreSQL store (the binary never links libpq: it loads it for a postgresql:// state), and `dpkg --purge` removes the package and its configuration but keeps the outage log, saying so.
#   scripts/test-deb.sh PATH.deb        (as root)
#
# Installing a package changes the whole machine: /usr/bin/govctl, /var/lib/govctl, the govctl group, and
# /etc/govctl/govctl.json, which every govctl on the machine reads. Another checkout's `swift test` running meanwhile
# saw it and failed (AuthoringTests: "checking the built-in procedures and /etc/govctl/procedures"). So all of this
# runs in a private mount namespace where /etc, /usr and /var are overlaid with throw-away layers (on a tmpfs at
# /mnt): dpkg changes only the overlays, and they go when the script ends.
set -euo pipefail
fail() { echo "deb: FAIL: $*" >&2; exit 1; }
if [ "${GOVCTL_DEB_NAMESPACE:-}" != private ]; then
    exec unshare --mount --propagation private env GOVCTL_DEB_NAMESPACE=private "$0" "$@"
fi
mount -t tmpfs govctl-deb-test /mnt || fail "cannot mount a tmpfs on /mnt in the private namespace"
for dir in etc usr var; do
    mkdir "/mnt/$dir.upper" "/mnt/$dir.work"
    mount -t overlay overlay -o "lowerdir=/$dir,upperdir=/mnt/$dir.upper,workdir=/mnt/$dir.work" "/$dir" \
        || fail "cannot overlay /$dir in the private namespace"
done
# Debian's man-db trigger indexes every manual page on the machine again after each dpkg -i and --purge (about
# 18,000 where measured: a fifth of the system suites' CPU). Nothing here reads that index (man finds govctl.1.gz
# by its path), so it is off in the overlay, as man-db/auto-update=false would have it.
rm -f /var/lib/man-db/auto-update
deb="$1"

echo "deb: lintian $deb"
report="$(lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1)" || { echo "$report"; fail "lintian reports errors"; }
grep -v "running with root privileges" <<<"$report" || true

# libpq5 is a dependency exactly when the build has the PostgreSQL store (issue 28; its --version says so), and the
# binary never links libpq: it loads it only for a postgresql:// state, so a run on a file does not pay for libpq
# and the 21 libraries it pulls in.
depends="$(dpkg-deb -f "$deb" Depends)"
scratch="$(mktemp -d)"
dpkg-deb -x "$deb" "$scratch"
if readelf -d "$scratch/usr/bin/govctl" | grep -q 'NEEDED.*libpq\.so'; then
    rm -rf "$scratch"; fail "govctl links libpq at start; it should load it only for a postgresql:// state"
fi
if "$scratch/usr/bin/govctl" --version | grep -q 'a PostgreSQL database (libpq)'; then
    grep -q 'libpq5' <<<"$depends" || { rm -rf "$scratch"; fail "govctl has the PostgreSQL store, but the package does not depend on libpq5: $depends"; }
    echo "deb: the PostgreSQL store, libpq loaded when used; Depends: $depends"
else
    ! grep -q 'libpq' <<<"$depends" || { rm -rf "$scratch"; fail "govctl has no PostgreSQL store, yet the package depends on libpq5: $depends"; }
    echo "deb: no PostgreSQL store; Depends: $depends"
fi
rm -rf "$scratch"

if dpkg -s govctl >/dev/null 2>&1; then dpkg --purge govctl >/dev/null; fi
dpkg -i "$deb" >/dev/null || fail "dpkg -i failed"
trap 'dpkg --purge govctl >/dev/null 2>&1 || true' EXIT

out="$(cd / && env -i /usr/bin/govctl report-urgent LVMS)" || fail "govctl report-urgent LVMS under env -i exited $?"
grep -q "LVMS" <<<"$out" || fail "report-urgent printed no LVMS guidance: $out"
getent group govctl >/dev/null || fail "the govctl group was not created"
[ "$(stat -c '%G %a' /var/lib/govctl)" = "govctl 2770" ] || fail "/var/lib/govctl is $(stat -c '%U:%G %a' /var/lib/govctl)"
[ -f /etc/govctl/govctl.json ] || fail "no example configuration in /etc/govctl"
[ -d /etc/govctl/govctl.d ] || fail "no drop-in directory /etc/govctl/govctl.d for a site's settings"
# The recipes: the README's blocks marked as examples, byte for byte (scripts/readme_recipes.py reads them itself).
python3 "$(dirname "$0")/readme_recipes.py" examples /usr/share/doc/govctl/examples \
    || fail "/usr/share/doc/govctl/examples is not the README's examples"
[ "$(stat -c '%G %a' /var/lib/govctl/outages.jsonl)" = "govctl 660" ] \
    || fail "the shared log is $(stat -c '%U:%G %a' /var/lib/govctl/outages.jsonl 2>&1)"
# The configured shared log, read the way Nagios reads it: no outage yet, so OK and exit 0.
check="$(cd / && env -i /usr/bin/govctl reserve-status sesam-lmn --format nagios)" \
    || fail "reserve-status on the shared log exited $?: $check"
grep -q "OK" <<<"$check" || fail "reserve-status on the shared log: $check"
# A site corrects a procedure by copying one file into /etc/govctl/procedures: no Swift toolchain needed.
[ -d /etc/govctl/procedures ] || fail "no /etc/govctl/procedures"
sed 's/"32 23 53 30"/"99 99 99 99"/' "$(dirname "$0")/../procedures/siv-cms.json" > /etc/govctl/procedures/siv-cms.json
listed="$(cd / && env -i /usr/bin/govctl list 2>&1)" || fail "list with a site procedure exited $?: $listed"
grep -q "note: /etc/govctl/procedures/siv-cms.json replaces the built-in siv-cms" <<<"$listed" \
    || fail "no note that the site file replaces the built-in one: $listed"
owner="$(cd / && env -i /usr/bin/govctl who-owns CMS --task tilgang 2>/dev/null)" || fail "who-owns exited $?"
grep -q "99 99 99 99" <<<"$owner" || fail "the corrected phone number did not reach who-owns: $owner"
rm /etc/govctl/procedures/siv-cms.json
man_text="$(MANWIDTH=80 man -P cat govctl 2>/dev/null || true)"
grep -q "EXIT STATUS" <<<"$man_text" || fail "man govctl does not render an EXIT STATUS section"
[ -f /usr/share/bash-completion/completions/govctl ] || fail "no bash completion installed"
file_size=$(stat -c %s /usr/bin/govctl)
echo "deb: installed; /usr/bin/govctl is $((file_size / 1024 / 1024)) MB stripped"

# An outage in the log, then purge: the package and its configuration go, the outage history stays, and purge says so.
(cd / && env -i /usr/bin/govctl outage start sesam-lmn --note 'kept across purge' >/dev/null) \
    || fail "outage start on the shared log failed"
purged="$(dpkg --purge govctl 2>&1)" || fail "dpkg --purge failed: $purged"
trap - EXIT
[ ! -e /usr/bin/govctl ] || fail "/usr/bin/govctl is still there after purge"
[ ! -e /etc/govctl/govctl.json ] || fail "/etc/govctl/govctl.json is still there after purge"
grep -q "kept across purge" /var/lib/govctl/outages.jsonl 2>/dev/null \
    || fail "purge did not keep the outage log /var/lib/govctl/outages.jsonl"
grep -q "govctl: kept /var/lib/govctl" <<<"$purged" || fail "purge kept /var/lib/govctl without saying so: $purged"
echo "deb: ok (lintian clean of errors, installs, runs under env -i from /, has the README's examples, purges the package and keeps the outage log)"
