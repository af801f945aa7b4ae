#!/usr/bin/env python3
"""govctl under Debian's Icinga 2, as a monitoring admin runs it: from the installed .deb.

Installs the package, runs the README's recipes for it and for Icinga (scripts/readme_recipes.py: the setup and
Icinga shell blocks as root), loads the README's Icinga 2 definitions verbatim (the CheckCommand with the package's
/usr/bin/govctl, the Service, the ApiUser govctl), runs icinga2 (it drops to the nagios user), drives the outage log
through its states, has Icinga check after each through its API, and reads the state Icinga itself records (the
API's service object, not govctl's output). Then the README's `notify` drop-in (Icinga's part): `outage start` as a
member of the group makes Icinga show a hard WARNING within 30 s; a wrong password is a warning, never a failed start.

    scripts/test-icinga.py PATH.deb        (as root)

Everything runs in private namespaces (unshare -m -n): /etc, /usr and /var are overlaid with throw-away layers (dpkg,
adduser, the certificates and Icinga's state change only them), and the network is the test's own, loopback only,
so the API listens on 127.0.0.1:5665 of this test alone (the README's URL, https://monitor.example.org:5665, is
127.0.0.1 in this namespace's /etc/hosts; its certificate and CA are made here with openssl). Bounded: every wait has
a deadline; the whole test takes well under a minute.
"""

import base64
import datetime
import json
import os
import secrets
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import package_overlay
import readme_recipes

SERVICE = "sesam-lmn-reserve"  # the README's apply Service
NODE = "monitor.example.org"  # the README's API host (its NodeName)
API = f"https://{NODE}:5665"
GOVCTL = "/usr/bin/govctl"
RUNUSER = shutil.which("runuser") or "/usr/sbin/runuser"
LOG = "/var/lib/govctl/outages.jsonl"
STATES = {0: "OK", 1: "WARNING", 2: "CRITICAL", 3: "UNKNOWN"}
DEADLINE = 30  # seconds to wait for Icinga: to start, to record one check; and for `outage start` to show (issue 24)


def main_outer():
    if len(sys.argv) != 2 or not sys.argv[1].endswith(".deb"):
        sys.exit("usage: scripts/test-icinga.py PATH.deb")
    deb = os.path.abspath(sys.argv[1])
    if os.geteuid() != 0:
        sys.exit("icinga: needs root (private namespaces, dpkg -i, and icinga2 drops to the nagios user)")
    if not os.path.isfile(deb):
        sys.exit(f"icinga: no package at {deb}")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = tempfile.mkdtemp(prefix="govctl-icinga-")
    os.chmod(work, 0o755)
    inner = None
    status = 1
    try:
        inner = subprocess.Popen(["unshare", "-m", "-n", "--propagation", "private", sys.executable, __file__,
                                  "--inner", deb, work])
        try:
            status = inner.wait(timeout=240)
        except subprocess.TimeoutExpired:
            print("icinga: the test took over 240 s; stopping it")
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


def home_of(work):
    """Icinga's own files (its configuration, run directory, log): /var/lib/NAME in the overlay, NAME the work
    directory's unique name, so that stop_processes_in finds the daemon by its command line."""
    return os.path.join("/var/lib", os.path.basename(work))


def stop_processes_in(work):
    """Stops every process whose command line names the work directory's name: SIGTERM, then SIGKILL after 10 s."""
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
            pids = running()
        if not pids:
            return


def overlay_and_install(deb):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    package_overlay.install(deb, "icinga")
    with open("/etc/hosts", "a") as f:
        f.write(f"127.0.0.1 {NODE}\n")


def make_certificates(work):
    """Icinga's CA and the API's certificate for NODE, where Icinga keeps them (/var/lib/icinga2/certs), with openssl
    and EC keys (a second, where 4096-bit RSA keys take several)."""
    certs = "/var/lib/icinga2/certs"
    os.makedirs(certs, exist_ok=True)

    def openssl(*args):
        result = subprocess.run(["openssl", *args], capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            sys.exit(f"icinga: openssl {' '.join(args[:2])} failed: {result.stderr[-1000:]}")

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl("req", "-x509", *ec, "-keyout", f"{certs}/ca.key", "-out", f"{certs}/ca.crt", "-days", "2",
            "-subj", "/CN=govctl test CA")
    openssl("req", *ec, "-keyout", f"{certs}/{NODE}.key", "-out", f"{certs}/{NODE}.csr", "-subj", f"/CN={NODE}")
    extensions = os.path.join(work, "san.cnf")
    with open(extensions, "w") as f:
        f.write(f"subjectAltName=DNS:{NODE}\nextendedKeyUsage=serverAuth,clientAuth\n")
    openssl("x509", "-req", "-in", f"{certs}/{NODE}.csr", "-CA", f"{certs}/ca.crt", "-CAkey", f"{certs}/ca.key",
            "-CAcreateserial", "-out", f"{certs}/{NODE}.crt", "-days", "2", "-extfile", extensions)
    subprocess.run(["chown", "-R", "nagios:nagios", certs], check=True)


class Icinga:
    """The API, as the test's own ApiUser (all permissions) reaches it."""

    def __init__(self, password):
        self.context = ssl.create_default_context(cafile="/var/lib/icinga2/certs/ca.crt")
        self.auth = "Basic " + base64.b64encode(f"test-root:{password}".encode()).decode()

    def request(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(API + path, data=data, method=method, headers={
            "Accept": "application/json", "Content-Type": "application/json", "Authorization": self.auth})
        with urllib.request.urlopen(request, context=self.context, timeout=10) as answer:
            return json.loads(answer.read())

    def service(self):
        answer = self.request("GET", f"/v1/objects/services/{NODE}!{SERVICE}")
        return answer["results"][0]["attrs"]

    def force_check(self):
        self.request("POST", "/v1/actions/reschedule-check", {
            "type": "Service", "filter": "service.name == name", "filter_vars": {"name": SERVICE}, "force": True})

    def wait_for_check(self, since, deadline=DEADLINE):
        """The first result of a check that started at `since` or later: (state, hard, output, seconds waited)."""
        start = time.monotonic()
        while time.monotonic() - start < deadline:
            attrs = self.service()
            result = attrs.get("last_check_result") or {}
            if result.get("execution_start", 0) >= since:
                return (STATES.get(int(attrs["state"]), attrs["state"]), int(attrs["state_type"]) == 1,
                        result.get("output", ""), time.monotonic() - start)
            time.sleep(0.1)
        return "NO RESULT", False, f"Icinga recorded no check within {deadline} s", time.monotonic() - start


def run(deb, work):
    overlay_and_install(deb)
    make_certificates(work)
    tmp = os.path.join(work, "tmp")
    os.makedirs(tmp)
    os.chmod(tmp, 0o1777)
    recipes = readme_recipes.Runner(os.path.join(work, "recipes"), tmp)
    recipes.users("kari")
    recipes.run_root_scripts("icinga")  # the group, kari, the site's drop-in; the API's CA and the ApiUser's file
    recipes.check_setup("icinga2")

    home = home_of(work)
    run_dir = os.path.join(home, "run")
    os.makedirs(run_dir)
    subprocess.run(["chown", "-R", "nagios:nagios", home], check=True)
    with open(os.path.join(home, "readme.conf"), "w") as f:
        f.write(readme_recipes.definitions("icinga"))
    password = secrets.token_hex(16)
    config = os.path.join(home, "icinga2.conf")
    with open(config, "w") as f:
        f.write(f"""
const NodeName = "{NODE}"
const ZoneName = NodeName
object Endpoint NodeName {{}}
object Zone ZoneName {{ endpoints = [ NodeName ] }}
object ApiListener "api" {{ bind_host = "127.0.0.1"; bind_port = 5665 }}
object CheckerComponent "checker" {{}}
object IcingaApplication "app" {{ enable_service_checks = false }}
object FileLogger "main-log" {{ severity = "information"; path = "{home}/icinga2.log" }}
include <itl>
object Host NodeName {{ check_command = "dummy"; check_interval = 1h }}
object ApiUser "test-root" {{ password = "{password}"; permissions = [ "*" ] }}
include "{home}/readme.conf"
""")
    # enable_service_checks = false: Icinga schedules no service check of its own; a forced one runs all the same
    # (the test's, and govctl's reschedule-check), so every check it records was asked for, and a change shows within
    # DEADLINE only when govctl told Icinga (no scheduled check can stand in for it).
    defines = [f"-DConfiguration.InitRunDir={run_dir}", f"-DConfiguration.PidPath={run_dir}/icinga2.pid"]
    daemon = subprocess.Popen(["icinga2", "daemon", "-c", config, *defines],
                              stdout=open(os.path.join(home, "daemon.out"), "w"), stderr=subprocess.STDOUT, cwd=home,
                              env=dict(os.environ, TMPDIR=tmp))
    failures, expected = [], []
    icinga = Icinga(password)
    try:
        end = time.monotonic() + DEADLINE
        while True:
            try:
                icinga.service()
                break
            except (OSError, urllib.error.URLError, KeyError, IndexError):
                if daemon.poll() is not None or time.monotonic() > end:
                    sys.exit("icinga: Icinga 2 did not start (with the README's definitions), or its API did not "
                             f"answer within {DEADLINE} s")
                time.sleep(0.2)
        app = icinga.request("GET", "/v1/status/IcingaApplication")["results"][0]["status"]["icingaapplication"]["app"]
        if app.get("enable_service_checks") is not False:
            sys.exit(f"icinga: Icinga schedules service checks of its own (enable_service_checks: "
                     f"{app.get('enable_service_checks')}): a check could stand in for govctl's")
        now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)

        def iso(delta_hours):
            return (now + datetime.timedelta(hours=delta_hours)).strftime("%Y-%m-%dT%H:%M:%SZ")

        def govctl(*args, user="kari"):
            return subprocess.run([RUNUSER, "-u", user, "--", GOVCTL, *args], capture_output=True, text=True,
                                  timeout=30, cwd="/", env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent",
                                                            "TMPDIR": tmp})

        def fresh_log():
            open(LOG, "w").close()

        def expect(name, wanted):
            expected.append(name)
            since = time.time()
            icinga.force_check()
            state, hard, output, _ = icinga.wait_for_check(since)
            verdict = "ok" if (state, hard) == (wanted, True) else "FAIL"
            print(f"icinga: {verdict}: {name}: Icinga recorded {state} ({'hard' if hard else 'soft'}; wanted a hard "
                  f"{wanted}): {output}")
            if verdict != "ok":
                failures.append(name)

        os.rename(LOG, LOG + ".away")
        expect("no log", "UNKNOWN")
        os.rename(LOG + ".away", LOG)
        expect("an empty log", "OK")
        govctl("outage", "start", "sesam-lmn", "--at", iso(-3))
        expect("an outage 3 h old", "WARNING")
        fresh_log()
        govctl("outage", "start", "sesam-lmn", "--at", iso(-4.5))
        expect("4 h without a prognosis", "CRITICAL")
        govctl("outage", "end", "sesam-lmn")
        # Issue 24: an outage is over once the system has stayed up for the recovery period (15 min for Sesam LMN).
        expect("an end, up for less than the recovery period", "CRITICAL")
        govctl("outage", "amend", "sesam-lmn", "--end", iso(-0.5))
        expect("an end, up for longer than the recovery period", "OK")

        # The state at once: the README's notify drop-in (Icinga's part). kari logs an outage and ends it; Icinga
        # shows each as a hard state within DEADLINE seconds, told by govctl (the test asks Icinga for nothing).
        with open("/etc/govctl/govctl.d/60-notify.json", "w") as f:
            f.write(readme_recipes.notify_example({"icinga"}))
        fresh_log()
        # An end within the recovery period changes no state; the amend that moves the end back past it does, and is
        # told at once too.
        for action, wanted in ((["start", "sesam-lmn", "--at", iso(-3)], "WARNING"), (["end", "sesam-lmn"], None),
                               (["amend", "sesam-lmn", "--start", iso(-3), "--end", iso(-0.5)], "OK")):
            name = f"outage {action[0]} as kari, shown at once"
            since = time.time()
            result = govctl("outage", *action)
            if result.returncode != 0 or "warning:" in result.stderr:
                expected.append(name)
                print(f"icinga: FAIL: {name}: exit {result.returncode}: {(result.stdout + result.stderr).strip()}")
                failures.append(name)
                continue
            if wanted is None:
                continue
            expected.append(name)
            state, hard, output, seconds = icinga.wait_for_check(since)
            verdict = "ok" if (state, hard) == (wanted, True) else "FAIL"
            print(f"icinga: {verdict}: {name}: Icinga recorded {state} ({'hard' if hard else 'soft'}) {seconds:.1f} s "
                  f"after (wanted a hard {wanted} within {DEADLINE} s): {output}")
            if verdict != "ok":
                failures.append(name)

        # A wrong password: the outage is logged all the same (exit 0), and stderr says why Icinga was not told.
        name = "a wrong API password is a warning, and the outage is logged"
        expected.append(name)
        wrong = "/etc/govctl/icinga-wrong.json"
        with open(wrong, "w") as f:
            f.write('{"user": "govctl", "password": "wrong"}\n')
        subprocess.run(["chgrp", "govctl", wrong], check=True)
        os.chmod(wrong, 0o640)
        with open("/etc/govctl/govctl.d/70-wrong.json", "w") as f:
            settings = json.loads(readme_recipes.notify_example({"icinga"}))
            settings["notify"]["icinga"]["credentials"] = wrong
            f.write(json.dumps(settings))
        fresh_log()
        result = govctl("outage", "start", "sesam-lmn", "--at", iso(-1))
        listed = govctl("outage", "list", "--open")
        ok = (result.returncode == 0 and "could not tell Icinga 2" in result.stderr and "401" in result.stderr
              and "sesam" in listed.stdout.lower())
        print(f"icinga: {'ok' if ok else 'FAIL'}: {name}: exit {result.returncode}: {result.stderr.strip()}")
        if not ok:
            failures.append(name)
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=20)
        except subprocess.TimeoutExpired:
            daemon.kill()
    expected.extend(recipes.checked)
    failures.extend(recipes.failures)
    print(f"icinga: {len(expected) - len(failures)} of {len(expected)} passed, {len(failures)} failed")
    return 1 if failures else 0


def main_inner(deb, work):
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        return run(deb, work)
    except SystemExit:
        for name in ("daemon.out", "icinga2.log"):
            path = os.path.join(home_of(work), name)
            if os.path.exists(path):
                print(f"--- {name}:\n" + open(path, errors="replace").read()[-3000:])
        raise


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--inner":
        sys.exit(main_inner(sys.argv[2], sys.argv[3]))
    main_outer()
