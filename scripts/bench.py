#!/usr/bin/env python3
"""`make bench`: the performance figures recorded in docs/performance.md, measured in one run.

1. Whole-process latency of the main job against a Swift binary that only starts, reads one JSON file and
   exits, and against jq reading the same procedure files.
2. JSON Logic engine throughput on the conformance suites (compile once, evaluate many), side by side with
   datalogic-py (Rust core, compile-once API) when it can be imported.
3. `govctl validate` over 500 generated procedure files, each the size of a bundled one (the guard: under
   0.2 s), then over 10,000 (and with BENCH_LARGE=1 100,000) for information.

Timings are wall-clock on this machine; they are figures to record, never assertions.
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REL = os.path.join(ROOT, ".build", "release")
GOVCTL = os.path.join(REL, "govctl")
SUITES = os.path.join(ROOT, "Tests", "GovKitTests", "Fixtures", "jsonlogic", "suites")
PROCEDURES = os.path.join(ROOT, "procedures")
RUNS = int(os.environ.get("BENCH_RUNS", "200"))
# The 100,000-file run only when asked: every model is kept until the end, several GB.
LARGE = os.environ.get("BENCH_LARGE", "0") == "1"


def timed_runs(argv, runs=RUNS, stdin=subprocess.DEVNULL):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=stdin, check=False)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), statistics.mean(samples), samples[int(len(samples) * 0.95) - 1]


def latency():
    main_job = [GOVCTL, "report-urgent", "LVMS"]
    if subprocess.run(main_job, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
        main_job = [GOVCTL, "guide", "hastesak-sykehuspartner", "--system", "LVMS"]
    files = sorted(os.path.join(PROCEDURES, f) for f in os.listdir(PROCEDURES) if f.endswith(".json"))
    rows = [
        ("govctl " + " ".join(main_job[1:]), main_job),
        ("baseline: Swift binary reading one procedure file", [os.path.join(REL, "BenchBaseline"), files[0]]),
        ("jq . over the %d procedure files" % len(files), ["jq", "."] + files),
    ]
    print("== whole-process latency (%d runs each, ms)" % RUNS)
    print("%-58s %8s %8s %8s" % ("command", "median", "mean", "p95"))
    results = {}
    for name, argv in rows:
        if shutil.which(argv[0]) is None and not os.path.exists(argv[0]):
            print("%-58s %s" % (name, "not available"))
            continue
        med, mean, p95 = timed_runs(argv)
        results[name] = med
        print("%-58s %8.2f %8.2f %8.2f" % (name, med, mean, p95))
    names = list(results)
    if len(names) >= 2:
        print("govctl / baseline (median): %.2fx   (goal: at most 2x)" % (results[names[0]] / results[names[1]]))
    if len(names) >= 3:
        print("govctl / jq (median): %.2fx   (goal: below 1x)" % (results[names[0]] / results[names[2]]))


def engine(seconds=3):
    print("\n== JSON Logic engine throughput on the conformance suites (compile once, evaluate many)")
    out = subprocess.run([os.path.join(REL, "GovBench"), SUITES, str(seconds)], capture_output=True, text=True).stdout.strip()
    fields = dict(item.split("=") for item in out.split())
    ours = int(fields["per_second"])
    print("govctl (Swift):       %10d evaluations/s  (%s of %s cases compile; the rest are compile-time errors)"
          % (ours, fields["compiled"], fields["cases"]))
    try:
        import datalogic_py
    except ImportError:
        print("datalogic-py:         not installed (pip install datalogic-py) — no comparison in this run")
        return
    eng = datalogic_py.Engine()
    compiled = []
    for name in json.load(open(os.path.join(SUITES, "index.json"))):
        for case in json.load(open(os.path.join(SUITES, name))):
            if not isinstance(case, dict):
                continue
            try:
                rule = eng.compile(json.dumps(case["rule"]))
                compiled.append((rule, datalogic_py.DataHandle(json.dumps(case.get("data")))))
            except Exception:
                pass
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for rule, data in compiled:
            try:
                rule.evaluate_data(data)
            except Exception:
                pass
        count += len(compiled)
    theirs = count / (time.perf_counter() - start)
    print("datalogic-py %-8s %10d evaluations/s  (%d rules compiled; called from Python)"
          % (getattr(datalogic_py, "__version__", ""), theirs, len(compiled)))
    print("govctl / datalogic-py: %.2fx   (goal: at least 2x)" % (ours / theirs))


def write_procedures(directory, n):
    """n renamed copies of procedures/siv-cms.json, each with its own ids so that the set is valid."""
    template = open(os.path.join(PROCEDURES, "siv-cms.json"), encoding="utf-8").read()
    for i in range(n):
        text = (template.replace('"siv-cms"', '"siv-cms-%d"' % i).replace('"cms"', '"cms-%d"' % i)
                .replace('"cms-hastesak"', '"cms-hastesak-%d"' % i)
                .replace('"cms-endringsonske"', '"cms-endringsonske-%d"' % i)
                # The system's names are unique across files too (name-collision).
                .replace('"CMS"', '"CMS %d"' % i)
                .replace('"Cytostatica Management System"', '"Cytostatica Management System %d"' % i)
                .replace('"CMS kjemoterapi"', '"CMS kjemoterapi %d"' % i))
        with open(os.path.join(directory, "p%06d.json" % i), "w", encoding="utf-8") as f:
            f.write(text)
    return len(template.encode("utf-8"))


def validate_guard(n=500, runs=20):
    print("\n== govctl validate over %d procedure files (the guard: a large hospital's set)" % n)
    with tempfile.TemporaryDirectory(prefix="govctl-bench-") as d:
        size = write_procedures(d, n)
        argv = [GOVCTL, "validate", d, "--format", "json"]
        report = json.loads(subprocess.run(argv, capture_output=True, text=True).stdout)
        med, mean, p95 = timed_runs(argv, runs=runs)
        print("%d files of %d bytes: median %.1f ms, mean %.1f ms, p95 %.1f ms (%d runs); %d errors, valid=%s"
              % (n, size, med, mean, p95, runs, report["errors"], report["valid"]))
        print("goal: under 200 ms: %s" % ("yes" if med < 200 else "NO"))


def validate_scaling():
    print("\n== govctl validate over many generated procedure files (for information)")
    sizes = [10_000, 100_000] if LARGE else [10_000]
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="govctl-bench-") as d:
            write_procedures(d, n)
            best = None
            for _ in range(3):
                start = time.perf_counter()
                r = subprocess.run([GOVCTL, "validate", d, "--format", "json"], capture_output=True, text=True)
                elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
            report = json.loads(r.stdout)
            print("%7d files: %.3f s (best of 3), %d errors, valid=%s" % (n, best, report["errors"], report["valid"]))
    if not LARGE:
        print("100,000 files: skipped (BENCH_LARGE=1 runs it; validate keeps every model, several GB)")


if __name__ == "__main__":
    print("machine: %s, %d cores" % (os.uname().machine, os.cpu_count()))
    latency()
    engine()
    validate_guard()
    validate_scaling()
