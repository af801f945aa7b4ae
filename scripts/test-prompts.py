#!/usr/bin/env python3
"""govctl's questions at a terminal, as a person answers them: the built binary under a pseudo-terminal (pty).

    scripts/test-prompts.py [GOVCTL]      default .build/debug/govctl; exits non-zero on any failure

Each scenario types answers when a question appears (matched by its words, so the order of the source's questions
can change), then checks the exit status and what was printed.
"""
import fcntl
import json
import re
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
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


def family(pid):
    """`pid` and its descendants (a pipeline run by sh -c), by /proc/PID/task/*/children."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    todo += [int(child) for child in f.read().split()]
        except OSError:
            pass
    return found


def reading_input(pid):
    """Whether a thread of process `pid` (or of a process it started) is blocked in read() on a terminal (its
    standard input, or /dev/tty when its output goes down a pipe): True or False, or None where /proc cannot say
    (another architecture, or no /proc/PID/task/*/syscall)."""
    if READ_SYSCALL is None:
        return None
    seen = False
    for process in family(pid):
        try:
            tasks = os.listdir(f"/proc/{process}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{process}/task/{task}/syscall") as f:
                    fields = f.read().split()
            except OSError:
                continue
            seen = True
            if len(fields) > 1 and fields[0] == str(READ_SYSCALL):
                try:
                    target = os.readlink(f"/proc/{process}/fd/{int(fields[1], 16)}")
                except OSError:
                    continue
                if target.startswith("/dev/pts/") or target == "/dev/tty":
                    return True
    return False if seen else None


def run(args, answer, env=None, timeout=20, direct=False, columns=None):
    """Runs govctl ARGS on a pty; `answer(prompt_tail)` returns the bytes to type for the question just shown (or
    None to wait for more output). Returns (exit status, everything the terminal showed).

    A question is answered when the last thing shown ends with ':' and govctl is blocked reading its input (seen in
    /proc), so no answer is typed ahead of a question however slow the machine is; where /proc cannot say, 0.2 s of
    quiet output stands in."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env or {})
        os.environ["TZ"] = "UTC"
        if columns:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        if direct:
            os.execv(args[0], args)
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
            print("     " + str(detail).replace("\n", "\n     ")[-3000:])


# What a super user at 3 a.m. types, by the question's words (Norwegian, the procedure's language).
ANSWERS = {
    "Feilbeskrivelse": "LVMS svarer ikke\n",  # a multi-line answer: an empty line ends it
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
      shown.find("Feilbeskrivelse (") < shown.find("Avdeling:") < shown.find("Kompetanse som trengs") < shown.find("Kontaktperson:"),
      shown)
check("a question the data asks as required where the source lists examples ending in 'osv.' says so above it",
      "govctls lesning, ikke kildens: «Avdeling» spørres om som påkrevd" in shown
      and shown.find("«Servere» spørres om som påkrevd") < shown.find("\nServere:"), shown)

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
      status == 130 and "Saksbeskrivelse" not in shown and "govctl: avbrutt (Ctrl-C); ingen sak skrevet" in shown,
      f"status {status}\n{shown}")

# 5. End of input (Ctrl-D) abandons with a message, non-zero, no case.
status, shown = run(["report-urgent", "LVMS"] + NOW, lambda line, text: b"\x04")
check("end of input abandons with a clear message, non-zero, no case",
      status not in (0, None) and "inndata tok slutt" in shown and "Saksbeskrivelse" not in shown, f"status {status}\n{shown}")

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

# 9. A paste at 3 a.m.: a three-line description pasted as a terminal in bracketed-paste mode sends it, then a
#    three-line paste where one line is asked for; each field gets its own answer, and at the review one field is
#    changed before the case is printed.
PASTE = b"\x1b[200~LVMS svarer ikke\nInnlogging feiler for alle\nStartet 02:40\x1b[201~\n"
review_seen = []


departments = []


def paster(line, text):
    if "Feilbeskrivelse" in line:
        return PASTE
    if "Avdeling" in line:
        departments.append(line)
        # Pasted without marks: three lines at once; then typed; then, changed at the review.
        return [b"Blodbanken\nalle\nalle\n", b"Blodbanken\n", b"Akuttmottak\n"][min(len(departments), 3) - 1]
    if "a avbryter:" in line:
        review_seen.append(text[text.rfind("Kontroller svarene"):])
        number = re.search(r"(\d+)\. Avdeling", review_seen[-1])
        return f"{number.group(1)}\n".encode() if len(review_seen) == 1 and number else b"\n"
    return person()(line, text)


status, shown = run(["report-urgent", "LVMS", "--format", "case"] + NOW, paster)
case = shown[shown.rfind("LVMS – OK skal hjelpe"):]
check("a pasted three-line description is the description, whole, its lines kept (indented) and answering nothing else",
      status == 0 and "Feilbeskrivelse: LVMS svarer ikke\n  Innlogging feiler for alle\n  Startet 02:40\nApplikasjon: LVMS"
      in case, shown)
check("three lines pasted where one is asked are refused, and the next question gets its own answer",
      "Det ble limt inn 3 linjer" in shown and "Brukere: alle" in case and "Avdeling: Akuttmottak" in case, shown)
check("the review lists every answer before anything is printed, and a number changes that field",
      len(review_seen) == 2 and ". Feilbeskrivelse: LVMS svarer ikke" in review_seen[0]
      and ". Avdeling: Blodbanken" in review_seen[0] and ". Avdeling: Akuttmottak" in review_seen[1]
      and shown.find("Kontroller svarene") < shown.find("LVMS – OK skal hjelpe"), shown)

# 10. The output in a pipe: the questions come on the terminal (/dev/tty), the mail goes down the pipe.
status, shown = run(["/bin/sh", "-c", f"'{BIN}' report-urgent LVMS --format email --to ikt@example.org "
                     "--from kari@example.org --now 2026-11-21T03:00 | sed 's/^/PIPE: /'"], person(), direct=True)
check("'report-urgent LVMS --format email | …' asks at the terminal and writes the mail to the pipe",
      status == 0 and "Avdeling:" in shown and "PIPE: To: ikt@example.org" in shown
      and "PIPE: Svar på spørsmålene" not in shown and "PIPE: Kontroller svarene" not in shown
      and "PIPE: Mobil: 900 00 000" in shown, shown)

# 11. A typo in a choice gets a suggestion; text that is not UTF-8 is refused, not turned into U+FFFD.
typo = []


def typist(line, text):
    if "Velg" in line:
        typo.append(line)
        return b"servergrupe\n" if len(typo) == 1 else b"servergruppe\n"
    if "Avdeling" in line and "Bl\ufffd" not in text and "ikke UTF-8" not in text:
        return b"Bl\xe5banken\n"
    return person()(line, text)


status, shown = run(["report-urgent", "LVMS"] + NOW, typist)
check("a near miss at a choice is asked again with 'did you mean'", "Mente du «servergruppe»?" in shown, shown)
check("Latin-1 bytes are refused with a message and asked again",
      status == 0 and "ikke UTF-8" in shown and "Avdeling: Blodbanken" in shown, shown)

# 12. Times as people type them, echoed in full in the procedure's zone (Swedish: the Sesam LMN routine).
def swede(line, text):
    if "Driftstörningen började" in line:
        return "igår 23:10\n".encode()
    if "Prognos" in line:
        return b"\n"
    if "Välj" in line:
        return b"1\n"
    return b"\n"


status, shown = run(["guide", "sesam-lmn-reservrutin"] + NOW, swede)
check("'igår 23:10' is read in the procedure's zone and echoed back in full before it is used",
      status == 0 and "→ 2026-11-20 23:10 (+01:00)" in shown, shown)

# 13. One language per run, checked against govctl's own vocabulary (every Vocabulary(nb:sv:en:) in
# Sources/GovKit): a run shows no phrase of another language that its own language does not also use.
LITERAL = r'"((?:[^"\\]|\\.)*)"'
ENTRY = re.compile(r"Vocabulary\(\s*nb:\s*" + LITERAL + r",\s*sv:\s*" + LITERAL + r",\s*en:\s*" + LITERAL + r"\s*\)",
                   re.S)


def vocabulary():
    """{language: set of phrases}: each text split at interpolations and placeholders (LINES, WHEN)."""
    phrases = {"nb": set(), "sv": set(), "en": set()}
    sources = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "GovKit")
    for directory, _, files in os.walk(sources):
        for name in files:
            if not name.endswith(".swift"):
                continue
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                text = f.read()
            for match in ENTRY.finditer(text):
                for language, value in zip(("nb", "sv", "en"), match.groups()):
                    for piece in re.split(r"\\\(.*?\)|\b[A-Z]{3,}\b|[«»'\"]", value):
                        piece = piece.strip(" .,:;()")
                        if len(piece) >= 5:
                            phrases[language].add(piece)
    return phrases


PHRASES = vocabulary()
check("the vocabulary is read from the sources", all(len(p) > 50 for p in PHRASES.values()),
      {k: len(v) for k, v in PHRASES.items()})


QUOTED = re.compile(r"\((in|på) \w+, (as the source wants it|slik kilden vil ha den|som källan vill ha den)\)")


def unquoted(shown):
    """What a run showed, less the texts it marks as quotations of the source (a heading saying so, and the
    indented lines under it)."""
    kept, quoting = [], False
    for line in shown.split("\n"):
        if QUOTED.search(line):
            quoting = True
            continue
        if quoting and (line.startswith("  ") or not line.strip()):
            continue
        quoting = False
        kept.append(line)
    return "\n".join(kept)


def foreign(language, shown):
    """The phrases of other languages a run in `language` showed outside marked quotations."""
    shown = unquoted(shown)
    own = PHRASES[language]
    found = set()
    for other, phrases in PHRASES.items():
        if other == language:
            continue
        for phrase in phrases - own:
            # As words, not inside an option or a fact name (--since, since=…), which are the same in every language.
            if re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w=])", shown) and not any(
                    phrase in mine for mine in own):
                found.add(phrase)
    return sorted(found)


status, shown = run(["report-urgent", "LVMS"] + NOW, person())
check("a Norwegian run has no phrase of govctl's Swedish or English vocabulary",
      status == 0 and "Kontroller svarene" in shown and not foreign("nb", shown), foreign("nb", shown) or shown)
ENGLISH_ANSWERS = {"Error description": "LVMS is down\n", "Department": "Blood bank", "Users": "all", "PCs": "all",
                   "Servers": "unknown", "Choose": "2", "Contact person": "Kari Nordmann", "Mobile number": "900 00 000"}


def english(line, _):
    if "(yes/no)" in line:
        return b"yes\n"
    for words, reply in ENGLISH_ANSWERS.items():
        if words in line:
            return (reply + "\n").encode()
    return b"\n"


status, shown = run(["report-urgent", "LVMS", "--lang", "en"] + NOW, english)
check("an English run has no phrase of govctl's Norwegian or Swedish vocabulary",
      status == 0 and "Check the answers" in shown and not foreign("en", shown), foreign("en", shown) or shown)
status, shown = run(["guide", "sesam-lmn-reservrutin"] + NOW, swede)
check("a Swedish run has no phrase of govctl's Norwegian or English vocabulary",
      status == 0 and "Svara på frågorna" in shown and not foreign("sv", shown), foreign("sv", shown) or shown)
status, shown = run(["guide", "sesam-lmn-reservrutin", "--lang", "nb"] + NOW, swede)
check("Norwegian asked of a Swedish procedure: the whole run is Swedish, and says so",
      status == 0 and "Svara på frågorna" in shown and not foreign("sv", shown)
      and "är skriven på sv och en, inte nb" in shown, foreign("sv", shown) or shown)

# 14. Text on a terminal wraps to its width; the same command in a pipe keeps its lines whole.
status, shown = run(["report-urgent", "LVMS", "--no-input"] + NOW, lambda line, text: None, columns=60)
answer_lines = [line for line in shown.split("\n") if not line.startswith("govctl: ")]
check("on a 60-column terminal no line of the answer is wider than 60 columns",
      status == 0 and max(len(line) for line in answer_lines) <= 60 and "  1. En hastesak er en" in shown
      and "\n     sykehusdriften" in shown, shown)
piped = subprocess.run([BIN, "report-urgent", "LVMS", "--no-input"] + NOW, capture_output=True, text=True,
                       env={**os.environ, "COLUMNS": "60"})
check("in a pipe the same answer keeps its long lines",
      piped.returncode == 0 and max(len(line) for line in piped.stdout.split("\n")) > 200, piped.stdout[:300])

print(f"prompts: {len(failures)} failed" if failures else "prompts: all passed")
sys.exit(1 if failures else 0)
