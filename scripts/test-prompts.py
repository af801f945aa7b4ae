#!/usr/bin/env python3
"""govctl's questions at a terminal, as a person answers them: the built binary under a pseudo-terminal (pty).

    scripts/test-prompts.py [GOVCTL]      default .build/debug/govctl; exits non-zero on any failure

Each scenario types answers when a question appears (matched by its words, so the order of the source's questions
can change), then checks the exit status and what was printed.
"""
import json
import os
import pty
import select
import shutil
import signal
import sys
import tempfile
import time

# SIGTERM (a timeout, or make test stopped) ends the test through its `finally` blocks, which remove what it made.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/govctl")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = ["--now", "2026-11-21T03:00"]
failures = []


# The read() system call's number, to see in /proc/PID/task/*/syscall that govctl waits for input.
READ_SYSCALL = {"x86_64": 0, "aarch64": 63, "riscv64": 63, "i686": 3, "armv7l": 3, "ppc64le": 3, "s390x": 3}.get(
    os.uname().machine)


def reading_input(pid):
    """Whether a thread of process `pid` is blocked in read() on its standard input: True or False, or None where
    /proc cannot say (another architecture, or no /proc/PID/task/*/syscall)."""
    if READ_SYSCALL is None:
        return None
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    seen = False
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/syscall") as f:
                fields = f.read().split()
        except OSError:
            continue
        seen = True
        if len(fields) > 1 and fields[0] == str(READ_SYSCALL) and int(fields[1], 16) == 0:
            return True
    return False if seen else None


def run(args, answer, env=None, timeout=20):
    """Runs govctl ARGS on a pty; `answer(prompt_tail)` returns the bytes to type for the question just shown (or
    None to wait for more output). Returns (exit status, everything the terminal showed).

    A question is answered when the last thing shown ends with ':' and govctl is blocked reading its input (seen in
    /proc), so no answer is typed ahead of a question however slow the machine is; where /proc cannot say, 0.2 s of
    quiet output stands in."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env or {})
        os.environ["TZ"] = "UTC"
        os.execv(BIN, [BIN] + args)
    shown = b""
    answered_at = 0
    quiet_since = time.monotonic()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.02)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                _, status = os.waitpid(pid, 0)
                return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace").replace("\r\n", "\n")
            shown += chunk
            quiet_since = time.monotonic()
            continue
        # Quiet: the program waits for input when it reads and the last thing shown is a question.
        text = shown.decode("utf-8", "replace")
        if len(shown) > answered_at and text.rstrip(" ").endswith(":"):
            waiting = reading_input(pid)
            if waiting or (waiting is None and time.monotonic() - quiet_since >= 0.2):
                reply = answer(text[text.rfind("\n", 0, len(text.rstrip())) + 1:] if "\n" in text else text, text)
                if reply is not None:
                    answered_at = len(shown)
                    os.write(fd, reply)
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            try:
                while True:
                    ready, _, _ = select.select([fd], [], [], 0.2)
                    if not ready:
                        break
                    chunk = os.read(fd, 4096)
                    if not chunk:
                        break
                    shown += chunk
            except OSError:
                pass
            return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace").replace("\r\n", "\n")
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return None, shown.decode("utf-8", "replace").replace("\r\n", "\n")


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)
        if detail:
            print("     " + detail.replace("\n", "\n     ")[-3000:])


# What a super user at 3 a.m. types, by the question's words (Norwegian, the procedure's language).
ANSWERS = {
    "Feilbeskrivelse": "LVMS svarer ikke",
    "Avdeling": "Blodbanken",
    "Brukere": "alle",
    "PCer": "alle",
    "Servere": "ukjent",
    "Velg": "Servergruppe",
    "Kontaktperson": "Kari Nordmann",
    "Mobiltelefonnummer": "900 00 000",
}


def person(overrides=None, yes_no="ja"):
    answers = dict(ANSWERS, **(overrides or {}))

    def answer(line, _):
        if "(ja/nei)" in line:
            return (yes_no + "\n").encode()
        for words, reply in answers.items():
            if words in line:
                return (reply + "\n").encode()
        return b"\n"

    return answer


# 1. A complete case from answering the questions alone.
status, shown = run(["report-urgent", "LVMS"] + NOW, person())
check("a person gets from 'report-urgent LVMS' to a complete case by answering (exit 0)", status == 0, shown)
check("the questions come in the procedure's language, choices numbered",
      "Feilbeskrivelse:" in shown and "  3. servergruppe" in shown and "Velg 1–3:" in shown, shown)
case_start = shown.rfind("Saksbeskrivelse\n")
check("the case holds every answer, the choice by its label",
      case_start > 0 and "Brukere: alle" in shown[case_start:] and "Kompetanse som trengs: servergruppe" in shown[case_start:]
      and "Mobil: 900 00 000" in shown[case_start:], shown)
check("nothing is left missing", "[[MANGLER" not in shown[case_start:] and "Mangler fortsatt" not in shown, shown)
check("the questions follow the source's order",
      shown.find("Feilbeskrivelse:") < shown.find("Avdeling:") < shown.find("Kompetanse som trengs") < shown.find("Kontaktperson:"),
      shown)

# 2. The same with --format case at the terminal: only the portal's fields after the questions.
status, shown = run(["report-urgent", "LVMS", "--format", "case"] + NOW, person({"Velg": "3"}))
tail = shown[shown.rfind("LVMS – OK skal hjelpe"):]
check("--format case after the questions prints the subject, then the case text, not indented",
      status == 0 and tail.startswith("LVMS – OK skal hjelpe\n\nSaken skal distribueres av OK.\n") and "\n  " not in tail,
      shown)

# 3. A wrong choice is asked again; a number picks it.
tries = []

def wrong_then_right(line, text):
    if "Velg" in line:
        tries.append(line)
        return b"printer\n" if len(tries) == 1 else b"teknisk service\n"
    return person()(line, text)

status, shown = run(["report-urgent", "LVMS"] + NOW, wrong_then_right)
check("a choice that is none of the choices is asked again; 'teknisk service' is accepted",
      status == 0 and len(tries) == 2 and "Kompetanse som trengs: teknisk service (uteservice)" in shown, shown)

# 4. Ctrl-C abandons: exit 130, no case.
status, shown = run(["report-urgent", "LVMS"] + NOW, lambda line, text: b"\x03")
check("Ctrl-C abandons with exit 130 and prints no case",
      status == 130 and "Saksbeskrivelse" not in shown and "abandoned" in shown, f"status {status}\n{shown}")

# 5. End of input (Ctrl-D) abandons with a message, non-zero, no case.
status, shown = run(["report-urgent", "LVMS"] + NOW, lambda line, text: b"\x04")
check("end of input abandons with a clear message, non-zero, no case",
      status not in (0, None) and "input ended" in shown and "Saksbeskrivelse" not in shown, f"status {status}\n{shown}")

# 6. --no-input never asks, even at a terminal; missing facts are named by their real flags.
status, shown = run(["report-urgent", "LVMS", "--no-input"] + NOW, lambda line, text: b"\x04")
check("--no-input never asks; the hints name --users, not --fact users=…",
      status == 0 and "Velg" not in shown and "Brukere (--users)" in shown and "--fact users" not in shown, shown)

# 7. The definition first: a procedure whose guide asks whether the source's definition holds (the shape the
#    procedure file takes when it carries the definition: yes/no facts citing BAKGRUNN, a step citing it, a derived
#    'urgent' and a step for when it does not hold). Answering no prints no case.
directory = tempfile.mkdtemp(prefix="govctl-prompts-")
try:
    for name in os.listdir(os.path.join(ROOT, "procedures")):
        shutil.copy(os.path.join(ROOT, "procedures", name), directory)
    path = os.path.join(directory, "sshf-hastesaker.json")
    with open(path, encoding="utf-8") as f:
        procedure = json.load(f)
    guide = procedure["guides"][0]
    if not any(fact["type"] == "boolean" for fact in guide["facts"]):
        guide["facts"].insert(0, {"id": "affectsOperations", "type": "boolean", "required": True, "source": "BAKGRUNN",
                                  "label": {"nb": "Påvirker feilen sykehusdriften?", "en": "Does it affect operations?"}})
        guide["derived"] = [{"id": "urgent", "logic": {"!==": [{"var": "affectsOperations"}, False]}, "source": "BAKGRUNN"}]
        guide["steps"][:0] = [
            {"id": "definisjon", "source": "BAKGRUNN",
             "text": {"nb": "En hastesak er en hendelse som påvirker sykehusdriften.", "en": "An urgent case affects operations."}},
            {"id": "ikke-hastesak", "source": "BAKGRUNN", "when": {"===": [{"var": "urgent"}, False]},
             "text": {"nb": "Dette er ikke en hastesak etter definisjonen.", "en": "Not an urgent case."}},
        ]
        for step in guide["steps"][2:]:
            step["when"] = {"!==": [{"var": "urgent"}, False]}
        procedure["tests"] = []
    with open(path, "w", encoding="utf-8") as f:
        json.dump(procedure, f, ensure_ascii=False)
    env = {"GOVCTL_PROCEDURES": directory}
    status, shown = run(["report-urgent", "LVMS"] + NOW, person(yes_no="nei"), env=env)
    definition = next(s for s in guide["steps"] if s["id"] == "definisjon")["text"]["nb"]
    check("the source's definition is shown before the question whether it holds",
          definition in shown and shown.find(definition) < shown.find("(ja/nei)"), shown)
    check("'nei' to the definition: what the source says instead, no urgent case, no further questions",
          status == 0 and "Saksbeskrivelse" not in shown and "Feilbeskrivelse:" not in shown
          and "Ingen hastesak skrives" in shown, shown)
    import subprocess
    script = subprocess.run([BIN, "report-urgent", "LVMS", "--fact", "affectsOperations=false", "--format", "case"]
                            + NOW, capture_output=True, text=True, env=dict(os.environ, **env))
    check("a script that says the definition does not hold gets no case (exit 65) and what the source says",
          script.returncode == 65 and script.stdout == "" and "ikke en hastesak" in script.stderr, script.stderr)
    script = subprocess.run([BIN, "report-urgent", "LVMS", "--fact", "affectsOperations=false"] + NOW,
                            capture_output=True, text=True, env=dict(os.environ, **env))
    check("... and its text form shows the steps that apply and no case text",
          script.returncode == 0 and "ikke en hastesak" in script.stdout and "Saksbeskrivelse" not in script.stdout,
          script.stdout)
    status, shown = run(["report-urgent", "LVMS"] + NOW, person(yes_no="ja"), env=env)
    check("'ja' to the definition goes on to the case", status == 0 and "Mobil: 900 00 000" in shown, shown)
finally:
    shutil.rmtree(directory, ignore_errors=True)

# 8. guide asks too.
status, shown = run(["guide", "hastesak-sykehuspartner", "--system", "LVMS"] + NOW, person())
check("guide ID asks for the missing facts as well", status == 0 and "Mobil: 900 00 000" in shown, shown)

print(f"prompts: {len(failures)} failed" if failures else "prompts: all passed")
sys.exit(1 if failures else 0)
