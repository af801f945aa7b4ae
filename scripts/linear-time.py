#!/usr/bin/env python3
"""The linear-time figures of docs/performance.md (issue 18): generated inputs, each at a size and ten times it.

    scripts/linear-time.py [--govctl .build/release/govctl] [--scale 1] [--keep] [WHAT ...]

WHAT is any of `outage-log` (reserve-status, outage list, outage prognosis and outage archive on an outage log of
10 MB and 100 MB; the first three refuse a log over 16 MiB, archive reads any size),
`duplicates` (validate on one file with 10k and 100k duplicate keys, one per line and all on one line) and
`test-files` (govctl test on 100 and 1,000 procedure files); default all. `--scale` multiplies every size (0.1 for a
quick look; 10 for the next step). The inputs are written under a temporary directory and removed afterwards
(unless --keep). Each run prints its wall time, user+system CPU and peak memory (GNU time).

Build first: swift build -c release --product govctl. Figures are measurements to record, never assertions.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(ROOT, "Tests", "Fixtures", "failing-test", "failing-test.json")
# The bundled procedure with a monitored guide: reserve-status reads this system's open outage.
MONITORED = "sesam-lmn"


class Meter:
    """Wall time, CPU (user + system, all threads) and peak RSS of one run, from GNU time (/usr/bin/time -f), which
    measures the child alone (wait4's ru_maxrss would include this script's memory, inherited at fork)."""

    @staticmethod
    def run(argv, env=None):
        timed = ["/usr/bin/time", "-f", "GOVCTL-TIME %e %U %S %M"] + argv
        proc = subprocess.run(timed, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        fields = next(l for l in reversed(err) if l.startswith("GOVCTL-TIME ")).split()[1:]
        wall, user, system, rss = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
        shown = proc.stdout.decode("utf-8", "replace").strip().splitlines()
        shown = shown or [l for l in err if not l.startswith(("GOVCTL-TIME", "Command exited"))]
        return proc.returncode, wall, user + system, rss / 1024, (shown[-1] if shown else "")


def report(label, size, argv, env=None):
    code, wall, cpu, rss, last = Meter.run(argv, env)
    print("%-44s %-22s exit %3d  wall %7.2f s  cpu %7.2f s  %6.0f MB   %s" % (label, size, code, wall, cpu, rss, last[:70]))
    sys.stdout.flush()


# --- the outage log ---------------------------------------------------------------------------------------------


def iso(minutes):
    """2020-01-01T00:00Z plus `minutes`, as govctl writes times."""
    t = time.gmtime(1577836800 + minutes * 60)
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", t)


def write_outage_log(path, megabytes):
    """Closed outages of 100 systems (start, prognosis, amend, end), then one open outage of the monitored system.
    Returns the outages, a time 90 minutes into the open one (for --now) and an hour after it (for --eta)."""
    target = int(megabytes * 1_000_000)
    written, minute, n = 0, 0, 0
    with open(path, "w") as f:
        while written < target:
            system = MONITORED if n % 10 == 0 else "sys-%d" % (n % 100)
            oid = "%s-%d" % (system, n)
            lines = [
                {"v": 1, "event": "start", "system": system, "at": iso(minute), "outage": oid,
                 "scenario": "planerat", "note": "outage %d" % n, "by": "root", "recorded": iso(minute)},
                {"v": 1, "event": "prognosis", "system": system, "at": iso(minute + 5), "outage": oid,
                 "eta": iso(minute + 60), "by": "root", "recorded": iso(minute + 5)},
                {"v": 1, "event": "amend", "system": system, "at": iso(minute + 6), "outage": oid,
                 "note": "amended %d" % n, "by": "root", "recorded": iso(minute + 6)},
                {"v": 1, "event": "end", "system": system, "at": iso(minute + 30), "outage": oid,
                 "by": "root", "recorded": iso(minute + 30)},
            ]
            for line in lines:
                text = json.dumps(line, separators=(",", ":")) + "\n"
                f.write(text)
                written += len(text)
            minute += 40
            n += 1
        f.write(json.dumps({"v": 1, "event": "start", "system": MONITORED, "at": iso(minute), "outage": "open-1",
                            "by": "root", "recorded": iso(minute)}, separators=(",", ":")) + "\n")
    return n, iso(minute + 90), iso(minute + 150)


def outage_log(govctl, tmp, scale):
    for megabytes in (10 * scale, 100 * scale):
        path = os.path.join(tmp, "outages.jsonl")
        outages, now, eta = write_outage_log(path, megabytes)
        size = "%.0f MB, %d outages" % (os.path.getsize(path) / 1e6, outages)
        report("reserve-status %s --format nagios" % MONITORED, size,
               [govctl, "reserve-status", MONITORED, "--format", "nagios", "--state", path, "--now", now])
        report("outage list", size, [govctl, "outage", "list", "--state", path])
        report("outage prognosis (appends, under the lock)", size,
               [govctl, "outage", "prognosis", MONITORED, "--state", path, "--eta", eta, "--now", now])
        # Reads a log of any size (the others refuse one over BoundedFile.maxBytes, 16 MiB): moves every ended outage.
        report("outage archive --before NOW", size, [govctl, "outage", "archive", "--state", path, "--before", now])
        for leftover in (path, path + ".archive"):
            if os.path.exists(leftover):
                os.remove(leftover)


# --- validate with many diagnostics -----------------------------------------------------------------------------


def write_duplicates(path, count, one_line):
    """The fixture procedure with `count` more copies of the key "organisation" in its document object."""
    procedure = json.load(open(FIXTURE))
    text = json.dumps(procedure, ensure_ascii=False, indent=None if one_line else 2)
    key = '"organisation": "Testsykehuset"'
    separator = ", " if one_line else ",\n    "
    text = text.replace(key, separator.join([key] * (count + 1)), 1)
    with open(path, "w") as f:
        f.write(text + "\n")


def duplicates(govctl, tmp, scale):
    for count in (int(10_000 * scale), int(100_000 * scale)):
        for one_line in (False, True):
            path = os.path.join(tmp, "duplicates.json")
            write_duplicates(path, count, one_line)
            size = "%d keys, %s" % (count, "one line" if one_line else "a line each")
            report("validate (duplicate keys)", size, [govctl, "validate", path])
            report("validate --format json (duplicate keys)", size, [govctl, "validate", "--format", "json", path])
            os.remove(path)


# --- govctl test over many files --------------------------------------------------------------------------------


def write_test_files(directory, count):
    """`count` copies of the failing-test fixture with their own procedure, system and guide ids; every test
    names its system, and half the tests fail (the fixture's), so the report's failure lines are measured too."""
    os.makedirs(directory)
    base = json.load(open(FIXTURE))
    for i in range(count):
        p = json.loads(json.dumps(base))
        p["id"] = "generated-%05d" % i
        p["systems"] = [{"id": "sys%05d" % i, "name": "System %05d" % i, "aliases": ["S%05d" % i], "source": "1"}]
        p["guides"][0]["id"] = "guide-%05d" % i
        p["guides"][0]["systems"] = ["sys%05d" % i]
        for test in p["tests"]:
            test["guide"] = "guide-%05d" % i
            test.setdefault("system", "System %05d" % i)
        with open(os.path.join(directory, "p%05d.json" % i), "w") as f:
            json.dump(p, f, ensure_ascii=False, indent=1)


def test_files(govctl, tmp, scale):
    for count in (int(100 * scale), int(1000 * scale)):
        directory = os.path.join(tmp, "procedures")
        write_test_files(directory, count)
        size = "%d files, %d tests" % (count, count * 7)
        report("test", size, [govctl, "test", directory])
        report("validate", size, [govctl, "validate", directory])
        shutil.rmtree(directory)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="*", default=["outage-log", "duplicates", "test-files"])
    parser.add_argument("--govctl", default=os.path.join(ROOT, ".build", "release", "govctl"))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="govctl-linear-")
    print("inputs in %s; govctl %s; %d cores" % (tmp, args.govctl, os.cpu_count()))
    try:
        for what in args.what:
            {"outage-log": outage_log, "duplicates": duplicates, "test-files": test_files}[what](
                args.govctl, tmp, args.scale)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
