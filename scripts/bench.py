#!/usr/bin/env python3
"""`make bench`: the performance figures recorded in docs/performance.md, measured in one run, and its guards.

1. Whole-process latency of the main job, `govctl report-urgent LVMS`, built as users get it (`--static-swift-stdlib`,
   as `make release` and the .deb build it), against a Swift binary built the same way that only starts, reads one
   JSON file and exits (BenchBaseline), and against jq reading the same procedure files. The two Swift binaries run
   in turn, so that a change in the machine's load falls on both.
   Guard: report-urgent at most 2x the baseline (medians).
2. JSON Logic engine throughput (compile once, evaluate many) on the rules of the conformance suites that govctl
   and datalogic-py (Rust core, compile-once API) both evaluate without an error: the fair suite. Rules one engine
   cannot compile, or that raise an error when evaluated (the suites' expected errors, and operators or forms one
   engine does not have), time an error path rather than an evaluation and are left out; how many on each side is
   printed. Other engines where installed, on the rules all of them evaluate: jsonlogic-rs (Rust, parses the rule
   and data on every call: it has no compile-once API) and panzi-json-logic (pure Python).
   Guard: govctl at least as fast as datalogic-py on the fair suite.
3. `govctl validate` over 500 generated procedure files, each the size of a bundled one. Guard: under 0.2 s
   (median). Then over 10,000 (and with BENCH_LARGE=1 100,000) for information.

The load average is printed at the start and at the end: on a shared machine the figures move with it. The exit
status is 1 when a guard is missed (or could not be measured), else 0.

    scripts/bench.py [--bin DIR]     DIR: where the release binaries are (default .build/release)
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REL = os.path.join(ROOT, ".build", "release")
if "--bin" in sys.argv[1:-1]:
    REL = os.path.abspath(sys.argv[sys.argv.index("--bin") + 1])
GOVCTL = os.path.join(REL, "govctl")
BASELINE = os.path.join(REL, "BenchBaseline")
GOVBENCH = os.path.join(REL, "GovBench")
SUITES = os.path.join(ROOT, "Tests", "GovKitTests", "Fixtures", "jsonlogic", "suites")
PROCEDURES = os.path.join(ROOT, "procedures")
RUNS = int(os.environ.get("BENCH_RUNS", "200"))
ENGINE_SECONDS = float(os.environ.get("BENCH_ENGINE_SECONDS", "5"))
ENGINE_ROUNDS = int(os.environ.get("BENCH_ENGINE_ROUNDS", "5"))
# The 100,000-file run only when asked: every model is kept until the end, several GB.
LARGE = os.environ.get("BENCH_LARGE", "0") == "1"

# Each guard: name -> (met, figure as printed). A guard that could not be measured counts as missed.
GUARDS = {}


def load_average():
    one, five, fifteen = os.getloadavg()
    return "load average %.2f, %.2f, %.2f (1, 5, 15 min) on %d cores" % (one, five, fifteen, os.cpu_count())


def links_swift_runtime(binary):
    """The Swift runtime libraries `binary` loads at start (none for a --static-swift-stdlib build), or None when
    it cannot be told."""
    try:
        out = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    needed = [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line and "[" in line]
    return [lib for lib in needed if lib.startswith(("libswift", "libFoundation", "lib_Foundation", "libdispatch",
                                                     "libBlocksRuntime"))]


def run_once(argv, stdin=subprocess.DEVNULL):
    """Wall milliseconds and CPU milliseconds (user + system) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=stdin)
    _, _, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    process.returncode = 0
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def summary(samples):
    samples = sorted(samples)
    return statistics.median(samples), statistics.mean(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def latency():
    print("== whole-process latency, static release builds (%d runs each, in turn; ms)" % RUNS)
    for binary in (GOVCTL, BASELINE):
        runtime = links_swift_runtime(binary)
        kind = ("static Swift runtime" if runtime == [] else
                "DYNAMIC: loads " + ", ".join(runtime) if runtime else "cannot tell (no readelf)")
        print("%-14s %s" % (os.path.basename(binary) + ":", kind))
        if runtime != []:
            GUARDS["report-urgent (static) <= 2x baseline"] = (False, "not measured: %s is not a static build"
                                                               % os.path.basename(binary))
            return
    main_job = [GOVCTL, "report-urgent", "LVMS"]
    if subprocess.run(main_job, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
        GUARDS["report-urgent (static) <= 2x baseline"] = (False, "not measured: report-urgent LVMS failed")
        return
    files = sorted(os.path.join(PROCEDURES, f) for f in os.listdir(PROCEDURES) if f.endswith(".json"))
    baseline = [BASELINE, files[0]]
    for argv in (main_job, baseline):  # warm the page cache
        run_once(argv)
    ours, theirs = [], []
    for _ in range(RUNS):
        ours.append(run_once(main_job))
        theirs.append(run_once(baseline))
    print("%-52s %8s %8s %8s %10s" % ("command", "median", "mean", "p95", "CPU median"))
    rows = [("govctl report-urgent LVMS", ours), ("baseline: BenchBaseline reading one procedure file", theirs)]
    if shutil.which("jq"):
        rows.append(("jq . over the %d procedure files" % len(files),
                     [run_once(["jq", "."] + files) for _ in range(RUNS)]))
    medians = []
    for name, samples in rows:
        med, mean, p95 = summary([wall for wall, _ in samples])
        cpu = statistics.median(cpu for _, cpu in samples)
        medians.append(med)
        print("%-52s %8.2f %8.2f %8.2f %10.2f" % (name, med, mean, p95, cpu))
    ratio = medians[0] / medians[1]
    pairs = statistics.median(a[0] / b[0] for a, b in zip(ours, theirs))
    cpu_ratio = statistics.median(x[1] for x in ours) / statistics.median(x[1] for x in theirs)
    print("govctl / baseline: %.2fx (medians); %.2fx (median of the %d pairs run in turn); CPU %.2fx"
          % (ratio, pairs, RUNS, cpu_ratio))
    GUARDS["report-urgent (static) <= 2x baseline"] = (ratio <= 2.0, "%.2f / %.2f ms = %.2fx" % (
        medians[0], medians[1], ratio))
    if len(medians) >= 3:
        print("govctl / jq (median): %.2fx   (goal: below 1x)" % (medians[0] / medians[2]))


# ---------------------------------------------------------------------------------------------------------------
# The engine


def suite_cases():
    """Every case of the suites in GovBench's order (index.json, then each file; objects with a rule)."""
    cases = []
    for name in json.load(open(os.path.join(SUITES, "index.json"))):
        for case in json.load(open(os.path.join(SUITES, name), encoding="utf-8")):
            if isinstance(case, dict) and "rule" in case:
                cases.append(case)
    return cases


def govbench(*args):
    return subprocess.run([GOVBENCH, SUITES] + list(args), capture_output=True, text=True, check=True).stdout


def govctl_status():
    """Case number -> govctl's status: ok, compile-error or evaluation-error."""
    return {int(n): s for n, s in (line.split() for line in govbench("--status").splitlines())}


def govctl_rate(cases, seconds):
    with tempfile.NamedTemporaryFile("w", prefix="govctl-bench-cases-", suffix=".txt") as f:
        f.write("".join("%d\n" % i for i in cases))
        f.flush()
        out = govbench(str(seconds), "0", "--cases", f.name).strip()
    fields = dict(item.split("=") for item in out.split())
    assert int(fields["compiled"]) == len(cases), out
    return int(fields["per_second"])


def timed_loop(calls, seconds):
    """Evaluations per second of calling each of `calls` (no-argument callables) in turn for `seconds`."""
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for call in calls:
            call()
        count += len(calls)
    return count / (time.perf_counter() - start)


class Peer:
    """An engine called from Python: `prepare(case)` returns the no-argument call that evaluates the case (compiling
    what can be compiled beforehand), or raises."""

    def __init__(self, name, version, prepare, note, answers_text=False):
        self.name, self.version, self.prepare, self.note = name, version, prepare, note
        self.answers_text = answers_text

    def status(self, cases):
        """Case number -> (call, result) for the cases it evaluates without an error; and how many it fails to
        compile or to evaluate."""
        ok, compile_errors, evaluation_errors = {}, 0, 0
        for i, case in enumerate(cases):
            try:
                call = self.prepare(case)
            except Exception:
                compile_errors += 1
                continue
            try:
                ok[i] = (call, call())
            except Exception:
                evaluation_errors += 1
        return ok, compile_errors, evaluation_errors


def peers():
    found = []
    try:
        import datalogic_py
        engine = datalogic_py.Engine()

        def prepare(case, engine=engine):
            rule = engine.compile(json.dumps(case["rule"]))
            data = datalogic_py.DataHandle(json.dumps(case.get("data")))
            return lambda: rule.evaluate_data(data)
        found.append(Peer("datalogic-py", getattr(datalogic_py, "__version__", "?"), prepare,
                          "Rust core; Engine.compile once, DataHandle parsed once, Rule.evaluate_data per call"))
    except ImportError:
        print("datalogic-py: not installed (pip install datalogic-py): no engine guard in this run")
        return []
    try:
        from jsonlogic_rs import jsonlogic as jsonlogic_rs_native

        def prepare(case):
            rule, data = json.dumps(case["rule"]), json.dumps(case.get("data"))
            return lambda: jsonlogic_rs_native.apply(rule, data)
        found.append(Peer("jsonlogic-rs", version_of("jsonlogic-rs"), prepare,
                          "Rust; no compile-once API: parses the rule and the data on every call (JSON text in, out)",
                          answers_text=True))
    except ImportError:
        print("jsonlogic-rs: not installed (pip install jsonlogic-rs)")
    try:
        import json_logic as panzi

        def prepare(case):
            rule, data = case["rule"], case.get("data")
            return lambda: panzi.jsonLogic(rule, data)
        found.append(Peer("panzi-json-logic", version_of("panzi-json-logic"), prepare,
                          "pure Python; interprets the parsed rule on every call"))
    except ImportError:
        print("panzi-json-logic: not installed (pip install panzi-json-logic)")
    return found


def version_of(distribution):
    try:
        from importlib.metadata import version
        return version(distribution)
    except Exception:
        return "?"


def same(a, b):
    """JSON equality: numbers as numbers (1 == 1.0), but true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def agrees(case, result, parse):
    """Whether `result` is the suite's expected result; `parse`: the engine answers with JSON text."""
    if "result" not in case:
        return False
    if parse:
        try:
            result = json.loads(result)
        except (TypeError, ValueError):
            return False
    return same(result, case["result"])


def engine():
    print("\n== JSON Logic engine throughput (compile once, evaluate many), on rules every engine compared evaluates")
    cases = suite_cases()
    ours = govctl_status()
    ok_ours = {i for i, s in ours.items() if s == "ok"}
    print("the suites: %d cases; govctl evaluates %d without an error (%d do not compile, %d raise an error: the "
          "suites' expected errors)" % (len(cases), len(ok_ours), sum(s == "compile-error" for s in ours.values()),
                                         sum(s == "evaluation-error" for s in ours.values())))
    engines = peers()
    if not engines:
        GUARDS["engine >= datalogic-py on the fair suite"] = (False, "not measured: datalogic-py not installed")
        return
    statuses = {}
    for peer in engines:
        ok, compile_errors, evaluation_errors = peer.status(cases)
        statuses[peer.name] = ok
        right = sum(agrees(cases[i], result, peer.answers_text) for i, (_, result) in ok.items())
        print("%-17s %-7s evaluates %d without an error (%d do not compile, %d raise); %d of them give the suites' "
              "result" % (peer.name, peer.version, len(ok), compile_errors, evaluation_errors, right))

    def compare(title, chosen, names):
        """Each engine ENGINE_ROUNDS times in turn for ENGINE_SECONDS / ENGINE_ROUNDS, so that a change in the
        machine's load falls on all of them; the medians, and the median of the ratios of each turn."""
        print("\n%s: %d rules" % (title, len(chosen)))
        turns = {name: [] for name in ["govctl"] + names}
        calls = {peer.name: [statuses[peer.name][i][0] for i in chosen] for peer in engines if peer.name in names}
        for _ in range(ENGINE_ROUNDS):
            turns["govctl"].append(govctl_rate(chosen, ENGINE_SECONDS / ENGINE_ROUNDS))
            for name in names:
                turns[name].append(timed_loop(calls[name], ENGINE_SECONDS / ENGINE_ROUNDS))
        rate = statistics.median(turns["govctl"])
        print("  %-17s %12s evaluations/s  (Swift, in-process; median of %d turns of %.1f s)"
              % ("govctl", "{:,}".format(int(rate)), ENGINE_ROUNDS, ENGINE_SECONDS / ENGINE_ROUNDS))
        rates = {}
        for peer in engines:
            if peer.name in names:
                rates[peer.name] = statistics.median(turns[peer.name])
                print("  %-17s %12s evaluations/s  (%s; called from Python)"
                      % (peer.name, "{:,}".format(int(rates[peer.name])), peer.note))
        for name in names:
            pairs = statistics.median(a / b for a, b in zip(turns["govctl"], turns[name]))
            print("  govctl / %s: %.2fx (medians); %.2fx (median of the turns' ratios)"
                  % (name, rate / rates[name], pairs))
        return rate, rates

    fair = sorted(ok_ours & set(statuses["datalogic-py"]))
    print("\nthe fair suite, rules govctl and datalogic-py both evaluate without an error: %d of %d (left out: %d "
          "that govctl cannot evaluate, %d that datalogic-py cannot, %d that neither can)" % (
              len(fair), len(cases), len(set(statuses["datalogic-py"]) - ok_ours),
              len(ok_ours - set(statuses["datalogic-py"])),
              len(set(range(len(cases))) - ok_ours - set(statuses["datalogic-py"]))))
    rate, rates = compare("govctl and datalogic-py on the fair suite", fair, ["datalogic-py"])
    ratio = rate / rates["datalogic-py"]
    GUARDS["engine >= datalogic-py on the fair suite"] = (ratio >= 1.0, "%s vs %s evaluations/s = %.2fx" % (
        "{:,}".format(rate), "{:,}".format(int(rates["datalogic-py"])), ratio))
    if len(engines) > 1:
        every = set(fair)
        for peer in engines[1:]:
            every &= set(statuses[peer.name])
        compare("every engine on the rules all of them evaluate without an error", sorted(every),
                [peer.name for peer in engines])


def engine_per_case(repeats=2000, top=25):
    """For the analysis in docs/performance.md (BENCH_ONLY=per-case): nanoseconds per evaluation of each rule of
    the fair suite, govctl (GovBench --per-case) against datalogic-py (the same loop in Python, whose call costs
    are in its figure), and the rules where govctl is furthest behind."""
    print("\n== per rule of the fair suite: ns per evaluation, govctl and datalogic-py (best of 5 x %d)" % repeats)
    cases = suite_cases()
    ours = govctl_status()
    engines = peers()
    if not engines:
        return
    theirs_ok, _, _ = engines[0].status(cases)
    fair = sorted({i for i, s in ours.items() if s == "ok"} & set(theirs_ok))
    with tempfile.NamedTemporaryFile("w", prefix="govctl-bench-cases-", suffix=".txt") as f:
        f.write("".join("%d\n" % i for i in fair))
        f.flush()
        out = govbench(str(repeats), "--per-case", "--cases", f.name)
    govctl_ns = {int(n): float(t) for n, t in (line.split() for line in out.splitlines())}
    theirs_ns = {}
    for i in fair:
        call = theirs_ok[i][0]
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter_ns()
            for _ in range(repeats):
                call()
            best = min(best, (time.perf_counter_ns() - start) / repeats)
        theirs_ns[i] = best
    empty = timed_loop_ns(repeats)
    print("a Python loop calling a function that does nothing: %.1f ns a call (in datalogic-py's figures)" % empty)
    total_ours, total_theirs = sum(govctl_ns[i] for i in fair), sum(theirs_ns[i] for i in fair)
    print("sum over the %d rules: govctl %.0f ns, datalogic-py %.0f ns (%.0f ns of it the Python call): %.2fx"
          % (len(fair), total_ours, total_theirs, empty * len(fair), total_theirs / total_ours))
    print("%-6s %9s %9s %6s  %s" % ("case", "govctl", "datalogic", "ratio", "rule"))
    for i in sorted(fair, key=lambda i: theirs_ns[i] / govctl_ns[i])[:top]:
        print("%-6d %9.1f %9.1f %6.2f  %s" % (i, govctl_ns[i], theirs_ns[i], theirs_ns[i] / govctl_ns[i],
                                               json.dumps(cases[i]["rule"])[:90]))


def timed_loop_ns(repeats):
    def nothing():
        return None
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter_ns()
        for _ in range(repeats):
            nothing()
        best = min(best, (time.perf_counter_ns() - start) / repeats)
    return best


# ---------------------------------------------------------------------------------------------------------------
# validate


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
        samples = [run_once(argv) for _ in range(runs)]
        med, mean, p95 = summary([wall for wall, _ in samples])
        cpu = statistics.median(c for _, c in samples)
        print("%d files of %d bytes: median %.1f ms, mean %.1f ms, p95 %.1f ms, CPU median %.1f ms (%d runs); "
              "%d errors, valid=%s" % (n, size, med, mean, p95, cpu, runs, report["errors"], report["valid"]))
        GUARDS["validate, 500 files < 200 ms"] = (med < 200 and report["errors"] == 0, "%.1f ms (median)" % med)


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


def main():
    print("machine: %s, %d cores; binaries: %s" % (os.uname().machine, os.cpu_count(), REL))
    print("at the start: " + load_average())
    only = os.environ.get("BENCH_ONLY", "latency,engine,validate,scaling").split(",")
    if "latency" in only:
        latency()
    if "engine" in only:
        engine()
    if "per-case" in only:
        engine_per_case()
    if "validate" in only:
        validate_guard()
    if "scaling" in only:
        validate_scaling()
    print("\nat the end: " + load_average())
    print("\n== guards")
    for name, (met, figure) in GUARDS.items():
        print("%-45s %-8s %s" % (name, "met" if met else "MISSED", figure))
    return 0 if all(met for met, _ in GUARDS.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
