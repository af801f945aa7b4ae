"""The package installed where it changes nothing, for the suites that install the .deb (test-nagios.py,
test-icinga.py; scripts/test-deb.sh does the same in shell). Call it in a private mount namespace (unshare -m)."""
import os
import subprocess
import sys


def install(deb, suite):
    """/etc, /usr and /var overlaid with throw-away layers (on a tmpfs at /mnt) in this private namespace, and the
    package installed there. `suite` names the tmpfs and the failure."""
    subprocess.run(["mount", "-t", "tmpfs", f"govctl-{suite}-test", "/mnt"], check=True)
    for d in ("etc", "usr", "var"):
        os.makedirs(f"/mnt/{d}.upper")
        os.makedirs(f"/mnt/{d}.work")
        subprocess.run(["mount", "-t", "overlay", "overlay", "-o",
                        f"lowerdir=/{d},upperdir=/mnt/{d}.upper,workdir=/mnt/{d}.work", f"/{d}"], check=True)
    # Debian's man-db trigger indexes every manual page again after dpkg -i (about 18,000 where measured); nothing here
    # reads that index, so it is off in the overlay (as man-db/auto-update=false would have it; scripts/test-deb.sh).
    if os.path.exists("/var/lib/man-db/auto-update"):
        os.remove("/var/lib/man-db/auto-update")
    if subprocess.run(["dpkg", "-s", "govctl"], capture_output=True).returncode == 0:
        subprocess.run(["dpkg", "--purge", "govctl"], capture_output=True, check=True)
    installed = subprocess.run(["dpkg", "-i", deb], capture_output=True, text=True)
    if installed.returncode != 0:
        sys.exit(f"{suite}: dpkg -i {deb} failed: {(installed.stdout + installed.stderr)[-2000:]}")
