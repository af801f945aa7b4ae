#!/usr/bin/env python3
"""govctl under Debian's Nagios Core, as a monitoring admin runs it: from the installed .deb.

Installs the package, runs the README's recipes for it (scripts/readme_recipes.py: the setup and Nagios shell blocks
as root, the cron jobs and the systemd service as their user), loads the README's Nagios command and service
definitions verbatim (extracted from README.md) with Debian's own templates, runs nagios4 as the nagios user, drives
the outage log through the states an outage goes through, forces a check after each, and reads the state that Nagios
itself records in status.dat (not govctl's output). Then the README's `notify` drop-in (Nagios's part): `outage start`
as a member of the group makes Nagios show a hard WARNING within 30 s without the test forcing anything.

    scripts/test-nagios.py PATH.deb        (as root)

The test runs in a private mount namespace (unshare -m) where /etc, /usr and /var are overlaid with throw-away layers
(as scripts/test-deb.sh does): dpkg -i, adduser and dpkg-statoverride change only the overlays. The README's probe
line runs too (govctl outage watch --probe with the monitoring-plugins' check_tcp, as the nagios user) against a port
on 127.0.0.1 that is closed and then open, and Nagios records the outage the probe opens and ends. Bounded: every
wait has a deadline; the whole test takes well under a minute.
"""

import datetime
import json
import os
import pwd
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import package_overlay
import readme_recipes

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVICE = "Sesam LMN reserve routine"
TYPO_SERVICE = "Sesam LMN reserve routine (mistyped option)"
STATES = {0: "OK", 1: "WARNING", 2: "CRITICAL", 3: "UNKNOWN"}
DEADLINE = 45  # seconds to wait for Nagios to record one check
AT_ONCE = 30  # seconds within which `outage start` must show as a hard state (issue 24)
GOVCTL = "/usr/bin/govctl"  # the package's
RUNUSER = shutil.which("runuser") or "/usr/sbin/runuser"
LOG = "/var/lib/govctl/outages.jsonl"  # the package's shared log
CHECK_TCP = "/usr/lib/nagios/plugins/check_tcp"  # monitoring-plugins-basic, as the README's probe line names it


def main_outer():
    if len(sys.argv) != 2 or not sys.argv[1].endswith(".deb"):
        sys.exit("usage: scripts/test-nagios.py PATH.deb")
    deb = os.path.abspath(sys.argv[1])
    if os.geteuid() != 0:
        sys.exit("nagios: needs root (a private mount namespace, dpkg -i, and nagios4 drops to the nagios user)")
    if not os.path.isfile(deb):
        sys.exit(f"nagios: no package at {deb}")
    if not os.access(CHECK_TCP, os.X_OK):
        sys.exit(f"nagios: no {CHECK_TCP} (Debian: monitoring-plugins-basic)")
    # The directory is made and removed here, and whatever still runs from it (Nagios, its workers, a govctl) is
    # stopped here: so a test that fails, times out, is stopped (SIGTERM) or whose inner script is killed leaves
    # nothing behind.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = tempfile.mkdtemp(prefix="govctl-nagios-")
    os.chmod(work, 0o755)  # the README's cron jobs run as nagios and hand their mail to a sendmail that keeps it here
    inner = None
    status = 1
    try:
        # Re-run this script inside a private mount namespace (unshare execs it: the child is the inner script). On
        # a timeout it is asked to stop (SIGTERM: its `finally` stops Nagios), then killed.
        inner = subprocess.Popen(["unshare", "-m", "--propagation", "private", sys.executable, __file__, "--inner",
                                  deb, work])
        try:
            status = inner.wait(timeout=240)
        except subprocess.TimeoutExpired:
            print("nagios: the test took over 240 s; stopping it")
    finally:
        if inner is not None and inner.poll() is None:
            inner.terminate()
            try:
                inner.wait(timeout=30)
            except subprocess.TimeoutExpired:
                inner.kill()
                inner.wait()
        stop_processes_in(work)
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if status < 0 else status)


def nagios_home(work):
    """Where Nagios's files are in the inner script's namespace: /var/lib (a bind mount of work/var-lib)/NAME, NAME
    being the work directory's own, unique name."""
    return os.path.join("/var/lib", os.path.basename(work))


def stop_processes_in(work):
    """Stops every process whose command line names `work` or its Nagios's files (Nagios and its workers, as a
    killed inner script leaves them): SIGTERM, then SIGKILL after 10 s."""
    marker = os.path.basename(work).encode()

    def running():
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit() and int(entry) != os.getpid():
                try:
                    with open(f"/proc/{entry}/cmdline", "rb") as f:
                        if marker in f.read():
                            found.append(int(entry))
                except OSError:
                    pass
        return found

    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = running()
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        end = time.monotonic() + 10
        while pids and time.monotonic() < end:
            time.sleep(0.1)
            # a zombie has no command line: it has ended
            pids = running()
        if not pids:
            return


def main_inner(deb, work):
    # SIGTERM (a timeout, or make test stopped) ends the test through its `finally` blocks: Nagios is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    nagios = pwd.getpwnam("nagios")
    try:
        return run(deb, work, nagios)
    except SystemExit:
        for name in ("daemon.out", "var/nagios.log"):
            path = os.path.join(nagios_home(work), name)
            if os.path.exists(path):
                print(f"--- {name}:\n" + open(path, errors="replace").read()[-2000:])
        raise


def run(deb, work, nagios):
    package_overlay.install(deb, "nagios")
    log = LOG
    tmp_recipes = os.path.join(work, "recipes-tmp")
    os.makedirs(tmp_recipes)
    os.chmod(tmp_recipes, 0o1777)
    # The README's recipes for the package and Nagios, as root: the group, kari, the site's drop-in, the command
    # file's group (dpkg-statoverride), the restarts (a systemctl stand-in records them: this Nagios starts after).
    recipes = readme_recipes.Runner(os.path.join(work, "recipes"), tmp_recipes)
    recipes.users("kari")
    recipes.check_paths()
    if os.path.exists("/var/lib/nagios4/rw/nagios.cmd"):
        os.remove("/var/lib/nagios4/rw/nagios.cmd")  # in the overlay: a stale FIFO of the machine's is not ours
    recipes.run_root_scripts("nagios")
    recipes.check_setup("nagios4")
    command_file = "/var/lib/nagios4/rw/nagios.cmd"  # Debian's, as the README's notify drop-in names it

    # Nagios's own files are under /var/lib too (nagios_home): a path the nagios user can reach whatever the
    # directories above `work` allow ($TMPDIR may be private), and short enough for its query socket. What it and
    # the govctl runs as nagios write to $TMPDIR goes to a directory there as well.
    home = nagios_home(work)
    etc = os.path.join(home, "etc")
    var = os.path.join(home, "var")
    tmp = os.path.join(home, "tmp")
    for d in (etc, var, os.path.join(var, "checkresults"), os.path.join(var, "rw"), tmp):
        os.makedirs(d, exist_ok=True)
    for d in (var, os.path.join(var, "checkresults"), os.path.join(var, "rw")):
        os.chown(d, nagios.pw_uid, nagios.pw_gid)
    os.chmod(tmp, 0o1777)

    with open(os.path.join(etc, "readme.cfg"), "w") as f:
        f.write(readme_recipes.definitions("nagios"))
    with open(os.path.join(etc, "local.cfg"), "w") as f:
        f.write(f"""
define command {{
    command_name    check_host_up
    command_line    /bin/true
}}
define host {{
    use             linux-server
    host_name       localhost
    address         127.0.0.1
    check_command   check_host_up
}}
define command {{
    command_name    check_govctl_reserve_typo
    command_line    {GOVCTL} reserve-status '$ARG1$' --format nagios --stat {log}
}}
define service {{
    use                     generic-service
    host_name               localhost
    service_description     {TYPO_SERVICE}
    check_command           check_govctl_reserve_typo!sesam-lmn
    check_interval          5
}}
""")
    cfg = os.path.join(etc, "nagios.cfg")
    with open(cfg, "w") as f:
        f.write(f"""
log_file={var}/nagios.log
cfg_file=/etc/nagios4/objects/commands.cfg
cfg_file=/etc/nagios4/objects/contacts.cfg
cfg_file=/etc/nagios4/objects/timeperiods.cfg
cfg_file=/etc/nagios4/objects/templates.cfg
cfg_file={etc}/local.cfg
cfg_file={etc}/readme.cfg
object_cache_file={var}/objects.cache
precached_object_file={var}/objects.precache
resource_file=/etc/nagios4/resource.cfg
status_file={var}/status.dat
status_update_interval=1
nagios_user=nagios
nagios_group=nagios
check_external_commands=1
command_file={command_file}
query_socket={var}/rw/nagios.qh
lock_file={var}/nagios.lock
temp_file={var}/nagios.tmp
temp_path={var}
check_result_path={var}/checkresults
check_result_reaper_frequency=1
retain_state_information=0
use_syslog=0
enable_notifications=0
execute_service_checks=0
execute_host_checks=1
enable_flap_detection=0
interval_length=60
illegal_macro_output_chars=`~$&|'"<>
""")
    # execute_service_checks=0: Nagios schedules no service check of its own; the checks this test forces run all the
    # same (a forced check overrides it), so every check status.dat records is one of the test's.
    verify = subprocess.run(["nagios4", "-v", cfg], capture_output=True, text=True, timeout=30)
    if verify.returncode != 0:
        print(verify.stdout[-3000:])
        sys.exit("nagios: the configuration (with the README's definitions) does not verify")

    # No core files from Nagios or the checks it runs (a govctl cut off when Nagios stops mid-check dumped one in
    # /tmp): the hard limit is 0, so no child can raise it.
    daemon = subprocess.Popen(["nagios4", cfg], stdout=open(os.path.join(home, "daemon.out"), "w"),
                              stderr=subprocess.STDOUT, cwd=home, env=dict(os.environ, TMPDIR=tmp),
                              preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)))
    failures, expected = [], []
    try:
        wait_for(lambda: os.path.exists(command_file), "Nagios's command file")
        now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)

        def iso(delta_hours):
            return (now + datetime.timedelta(hours=delta_hours)).strftime("%Y-%m-%dT%H:%M:%SZ")

        def govctl(*args, user=None, allowed=()):
            # user: run as that member of the govctl group (staff and monitoring write the same log).
            prefix = ["runuser", "-u", user, "--"] if user else []
            result = subprocess.run([*prefix, GOVCTL, *args, "--state", log], capture_output=True,
                                    text=True, timeout=30, env=dict(os.environ, TMPDIR=tmp))
            if result.returncode != 0 and result.returncode not in allowed:
                sys.exit(f"nagios: govctl {' '.join(args)} (as {user or 'root'}) exited {result.returncode}: "
                         f"{(result.stdout + result.stderr).strip()}")
            return result.stdout

        def fresh_log():
            """An empty shared log, as `govctl outage init --group govctl` leaves it (mode and group kept)."""
            open(log, "w").close()

        def expect(name, wanted, service=SERVICE):
            expected.append(name)
            state, output = forced_check(var, command_file, service)
            verdict = "ok" if state == wanted else "FAIL"
            print(f"nagios: {verdict}: {name}: Nagios recorded {state} (wanted {wanted}): {output}")
            if state != wanted:
                failures.append(name)

        if os.path.exists(log):
            os.remove(log)
        expect("no log", "UNKNOWN")
        govctl("outage", "init", "--group", "govctl")  # the README's setup, as root
        expect("an empty log", "OK")
        govctl("outage", "start", "sesam-lmn", "--at", iso(-3), user="nagios")  # a group member, not root
        expect("an outage 3 h old", "WARNING")
        fresh_log()
        govctl("outage", "start", "sesam-lmn", "--at", iso(-4.5))
        expect("4 h without a prognosis", "CRITICAL")
        fresh_log()
        govctl("outage", "start", "sesam-lmn", "--at", iso(-4.5))
        govctl("outage", "prognosis", "sesam-lmn", "--eta", iso(2))
        expect("a prognosis for a time to come", "WARNING")
        fresh_log()
        govctl("outage", "start", "sesam-lmn", "--at", iso(-6))
        # Recorded at 5 h 30 min ago for 5 h ago: a prognosis whose time has passed without the outage ending.
        govctl("outage", "prognosis", "sesam-lmn", "--eta", iso(-5), "--now", iso(-5.5))
        expect("an expired prognosis", "CRITICAL")
        govctl("outage", "end", "sesam-lmn", "--at", iso(0))
        # Issue 24: an outage is over once the system has stayed up for the recovery period (15 min for Sesam LMN).
        expect("an end, up for less than the recovery period", "CRITICAL")
        govctl("outage", "amend", "sesam-lmn", "--end", iso(-0.5))
        expect("an end, up for longer than the recovery period", "OK")
        # Issue 24: a server down 5 minutes and up 1 minute for 6 hours is one outage (each start falls within the
        # recovery period after the end before it), whose 4 hours run from its first start: CRITICAL, not a
        # WARNING "sedan … (0 min)". Each start and end is logged at its own time, as the probe would have.
        fresh_log()
        for cycle in range(60):
            down, up = -6 + cycle / 10, -6 + cycle / 10 + 5 / 60
            govctl("outage", "start", "sesam-lmn", "--at", iso(down), "--now", iso(down))
            if cycle < 59:
                govctl("outage", "end", "sesam-lmn", "--at", iso(up), "--now", iso(up))
        expect("a server flapping for 6 hours, 5 minutes down and 1 minute up", "CRITICAL")
        expect("a mistyped option", "UNKNOWN", service=TYPO_SERVICE)
        # The README's probe line, as a member of the group: check_tcp against a port nothing listens on opens the
        # outage (--failures 1: at once), and against the same port listening ends it (the probe opened it).
        fresh_log()
        with socket.socket() as probe_port:
            probe_port.bind(("127.0.0.1", 0))
            port = probe_port.getsockname()[1]
            probe = f"{CHECK_TCP} -H 127.0.0.1 -p {port}"
            watch = govctl("outage", "watch", "sesam-lmn", "--probe", probe, "--failures", "1", user="nagios",
                           allowed=(1,))
            if "opened the outage" not in watch or f"port {port}" not in watch:
                print(f"nagios: FAIL: check_tcp on a closed port did not open the outage: {watch.strip()}")
                failures.append("check_tcp on a closed port")
            expect("an outage check_tcp opened", "WARNING")
            probe_port.listen()
            watch = govctl("outage", "watch", "sesam-lmn", "--probe", probe, user="nagios")
            if "ended the outage" not in watch or f"port {port}" not in watch:
                print(f"nagios: FAIL: check_tcp on an open port did not end the outage: {watch.strip()}")
                failures.append("check_tcp on an open port")
        expect("an outage check_tcp ended, up for less than the recovery period", "WARNING")
        govctl("outage", "amend", "sesam-lmn", "--start", iso(-1), "--end", iso(-0.5))
        expect("an outage check_tcp ended, up for longer than the recovery period", "OK")

        # The state at once: the README's notify drop-in (Nagios's part, as it says to leave out what a site does not
        # run). kari, a member of the group, logs an outage and ends it; Nagios shows each as a hard state within
        # AT_ONCE seconds, though this test forces no check (execute_service_checks=0: only govctl's forced check runs).
        with open("/etc/govctl/govctl.d/60-notify.json", "w") as f:
            f.write(readme_recipes.notify_example({"nagios"}))
        fresh_log()
        # An end within the recovery period changes no state (the outage goes on until the system has stayed up for
        # it); the amend that moves the end back past it does, and is told at once too.
        for action, wanted in ((["start", "sesam-lmn", "--at", iso(-3)], "WARNING"), (["end", "sesam-lmn"], None),
                               (["amend", "sesam-lmn", "--start", iso(-3), "--end", iso(-0.5)], "OK")):
            name = f"outage {action[0]} as kari, shown at once"
            if wanted is not None:
                expected.append(name)
            since = int(time.time())
            result = subprocess.run([RUNUSER, "-u", "kari", "--", GOVCTL, "outage", *action], capture_output=True,
                                    text=True, timeout=30, cwd="/", env={"PATH": "/usr/bin:/bin", "TMPDIR": tmp,
                                                                         "HOME": "/nonexistent"})
            if result.returncode != 0 or "warning:" in result.stderr:
                print(f"nagios: FAIL: {name}: exit {result.returncode}: {(result.stdout + result.stderr).strip()}")
                failures.append(name)
                continue
            if wanted is None:
                continue
            state, hard, output, seconds = wait_for_check(var, SERVICE, since, AT_ONCE)
            verdict = "ok" if (state, hard) == (wanted, True) else "FAIL"
            print(f"nagios: {verdict}: {name}: Nagios recorded {state} ({'hard' if hard else 'soft'}) "
                  f"{seconds:.0f} s after (wanted a hard {wanted} within {AT_ONCE} s): {output}")
            if verdict != "ok":
                failures.append(name)
        # The README's cron jobs and systemd service, as their users (with an outage under way for the mail line).
        def start_outage():
            fresh_log()
            govctl("outage", "start", "sesam-lmn", "--at", iso(-1), user="kari")

        recipes.run_cron_and_systemd(start_outage)
        expected.extend(recipes.checked)
        failures.extend(recipes.failures)
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=20)
        except subprocess.TimeoutExpired:
            daemon.kill()
    print(f"nagios: {len(expected) - len(failures)} of {len(expected)} passed, {len(failures)} failed")
    return 1 if failures else 0


def wait_for(condition, what):
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.05)
    raise SystemExit(f"nagios: gave up waiting for {what}")


LAST_CHECK = {}  # service → the last_check of the test's previous forced check of it


def forced_check(var, command_file, service):
    """Forces a check of `service`, and returns the state and output that Nagios records for it.

    Nagios runs no check but the ones this test forces (execute_service_checks=0), one at a time. The check is
    scheduled for now, or for the second after the previous one's if that was this second: status.dat records a
    check's start (last_check) in whole seconds, so the first check recorded at `at` or later is this one, which
    started after everything the test did before."""
    now = time.time()
    at = max(int(now), LAST_CHECK.get(service, 0) + 1)
    with open(command_file, "w") as pipe:
        pipe.write(f"[{int(now)}] SCHEDULE_FORCED_SVC_CHECK;localhost;{service};{at}\n")
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        status = service_status(os.path.join(var, "status.dat"), service)
        if status and int(status.get("last_check", "0")) >= at and status.get("has_been_checked") == "1":
            LAST_CHECK[service] = int(status["last_check"])
            return STATES.get(int(status["current_state"]), status["current_state"]), status.get("plugin_output", "")
        time.sleep(0.05)
    return "NO RESULT", f"Nagios recorded no check within {DEADLINE} s"


def wait_for_check(var, service, since, deadline):
    """The first check of `service` that Nagios records as started at `since` or later, within `deadline` seconds:
    (state, hard, output, seconds waited), or ("NO RESULT", False, …) when there is none."""
    start = time.monotonic()
    while time.monotonic() - start < deadline:
        status = service_status(os.path.join(var, "status.dat"), service)
        if status and int(status.get("last_check", "0")) >= since and status.get("has_been_checked") == "1":
            LAST_CHECK[service] = int(status["last_check"])
            return (STATES.get(int(status["current_state"]), status["current_state"]), status.get("state_type") == "1",
                    status.get("plugin_output", ""), time.monotonic() - start)
        time.sleep(0.05)
    return "NO RESULT", False, f"Nagios recorded no check within {deadline} s", time.monotonic() - start


def service_status(path, service):
    try:
        text = open(path, encoding="utf-8", errors="replace").read()
    except FileNotFoundError:
        return None
    for block in re.findall(r"servicestatus \{(.*?)\n\s*\}", text, re.S):
        fields = dict(line.strip().split("=", 1) for line in block.strip().splitlines() if "=" in line)
        if fields.get("service_description") == service:
            return fields
    return None


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--inner":
        sys.exit(main_inner(sys.argv[2], sys.argv[3]))
    main_outer()
