#!/usr/bin/env bash
# The .deb that the system suites install (deb, nagios, icinga), built once and shared: suites that run side by side
# wait on one lock (flock on bin/.test-package.lock) and the first builds it. Prints its path.
#   scripts/test-package.sh          (GOVCTL_RELEASE_BUILT=1: package bin/govctl as it is, as make test does)
# It is rebuilt when bin/govctl, README.md (the examples), packaging/ or scripts/build-deb.sh is newer. It is
# compressed with gzip at level 1 (GOVCTL_DEB_COMPRESSION, scripts/build-deb.sh): the same contents as `make deb`'s
# (xz), built, linted and installed three times for about 5 CPU-s instead of about 14 with xz at level 1.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin/test-package
exec 9>bin/.test-package.lock
flock 9
if [ "${GOVCTL_RELEASE_BUILT:-0}" != 1 ] || [ ! -x bin/govctl ]; then
    make --no-print-directory release >&2
fi
deb="$(ls -t bin/test-package/govctl_*.deb 2>/dev/null | head -1 || true)"
if [ -z "$deb" ] || [ -n "$(find bin/govctl README.md packaging scripts/build-deb.sh -newer "$deb" -print -quit)" ]; then
    rm -f bin/test-package/govctl_*.deb
    deb="$(GOVCTL_DEB_COMPRESSION=gzip:1 scripts/build-deb.sh bin/test-package | tail -1)"
fi
echo "$deb"
