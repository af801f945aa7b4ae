#!/usr/bin/env python3
"""The case mail through a real MTA path: govctl report-urgent … --format email | msmtp -t, to a local SMTP sink
(scripts/smtp-sink.py on 127.0.0.1), and what arrived read back with Python's email package (policy=default).

    scripts/test-mail.py [GOVCTL]      default .build/debug/govctl; exits non-zero on any failure
"""
import email
import email.policy
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# SIGTERM (a timeout, or make test stopped) ends the test through its `finally` blocks, which remove what it made.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/govctl")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures = []


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name)
    if not condition:
        failures.append(name)
        if detail:
            print("     " + str(detail).replace("\n", "\n     ")[-3000:])


# What the procedure requires, read from the data: the case text's first line, the follow-up, the steps.
with open(os.path.join(ROOT, "procedures", "sshf-hastesaker.json"), encoding="utf-8") as f:
    procedure = json.load(f)
guide = next(g for g in procedure["guides"] if g.get("purpose") == "report-urgent")
texts = {t["id"]: t for t in guide["texts"]}
first_line = texts["description"]["text"]["nb"].split("\n", 1)[0]
steps = [s["text"]["nb"] for s in guide["steps"]]
flags = {f["id"] for f in guide["facts"]}

CASE = ["--description", "LVMS svarer ikke – prøvesvar kommer ikke", "--department", "Blodbanken", "--users", "alle",
        "--pcs", "alle", "--servers", "ukjent", "--competence", "Servergruppe", "--contact", "Kari Nordmann",
        "--mobile", "900 00 000"]
# Facts the guide asks for that have no flag of their own (e.g. whether the source's definition holds).
for fact in guide["facts"]:
    if "value" not in fact and f"--{fact['id']}" not in CASE:
        CASE += ["--fact", f"{fact['id']}=" + ("true" if fact["type"] == "boolean" else "x")]

work = tempfile.mkdtemp(prefix="govctl-mail-")  # removed at the end, whatever happens
inbox = os.path.join(work, "inbox")
os.mkdir(inbox)
sink = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "smtp-sink.py"), inbox, "--timeout", "60"],
                        stdout=subprocess.PIPE, text=True)
try:
    port = int(sink.stdout.readline())
except ValueError:
    sink.kill()
    sink.wait()
    shutil.rmtree(work, ignore_errors=True)
    sys.exit("mail: the SMTP sink (scripts/smtp-sink.py) did not start")


def send(extra, env=None):
    """govctl … --format email | msmtp -t; returns (govctl's status, msmtp's status, govctl's stderr)."""
    environment = dict(os.environ, TZ="UTC", **(env or {}))
    govctl = subprocess.Popen([BIN, "report-urgent", "LVMS", "--format", "email"] + extra, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=environment)
    msmtp = subprocess.Popen(["msmtp", "--host=127.0.0.1", f"--port={port}", "--tls=off", "--auth=off",
                              "--from=vakt@sshf.example", "-t"], stdin=govctl.stdout, stderr=subprocess.PIPE)
    govctl.stdout.close()
    msmtp_err = msmtp.communicate(timeout=30)[1]
    govctl_err = govctl.stderr.read().decode()
    govctl.wait(timeout=30)
    return govctl.returncode, msmtp.returncode, govctl_err + msmtp_err.decode()


def arrived(n):
    path = os.path.join(inbox, f"{n}.eml")
    for _ in range(100):
        if os.path.exists(path):
            with open(path, "rb") as f:
                return email.message_from_bytes(f.read(), policy=email.policy.default)
        time.sleep(0.1)
    return None


try:
    # 1. A person's complete case.
    status, mta, err = send(CASE + ["--to", "Bjørn Ås <ikt@example.org>", "--from", "Kåre Vakt <vakt@sshf.example>"])
    check("govctl and msmtp both succeed", status == 0 and mta == 0, err)
    m = arrived(1)
    check("the message arrived at the SMTP server", m is not None)
    if m is not None:
        body = m.get_content()
        defects = list(m.defects) + [d for name in m.keys() for d in getattr(m[name], "defects", [])]
        check("no defects in the message or its headers", not defects, defects)
        check("text/plain; charset utf-8", m.get_content_type() == "text/plain" and m.get_content_charset() == "utf-8")
        check("the subject is the case's subject", str(m["Subject"]) == "LVMS – OK skal hjelpe", m["Subject"])
        check("display names are RFC 2047-encoded on the wire and read back",
              m["To"].addresses[0].display_name == "Bjørn Ås" and m["From"].addresses[0].display_name == "Kåre Vakt"
              and "Bjørn" not in open(os.path.join(inbox, "1.eml"), encoding="utf-8", errors="replace").read().split("\n\n")[0],
              (m["To"], m["From"]))
        check("no Auto-Submitted on a case a person sends", m["Auto-Submitted"] is None, m["Auto-Submitted"])
        check("the first body line is the one the procedure requires", body.splitlines()[0] == first_line,
              body[:200])
        check("the case's facts are in it, Norwegian letters intact",
              "Feilbeskrivelse: LVMS svarer ikke – prøvesvar kommer ikke" in body and "Brukere: alle" in body
              and "Kompetanse som trengs: servergruppe" in body, body)
        check("no [[MANGLER and no 'still missing' hints", "[[MANGLER" not in body and "Mangler fortsatt" not in body
              and "--fact" not in body, body)
        check("no operator guidance: no step, no source references",
              not any(step in body for step in steps) and "[kilde" not in body and "Steg\n" not in body, body)
        check("the follow-up call goes with it", "Ring Brukerstøtte" in body, body)
        check("the body is quoted-printable, not base64",
              m["Content-Transfer-Encoding"] == "quoted-printable", m["Content-Transfer-Encoding"])

    # 2. A script marks its mail as automated.
    status, mta, err = send(CASE + ["--to", "ikt@example.org", "--from", "vakt@sshf.example", "--auto-submitted"])
    m = arrived(2)
    check("--auto-submitted adds Auto-Submitted: auto-generated",
          status == 0 and m is not None and m["Auto-Submitted"] == "auto-generated", err)

    # 3. The configuration's sender and recipients.
    config = os.path.join(work, "govctl.json")
    with open(config, "w") as f:
        json.dump({"mail": {"from": "Laboratoriet <lab@sshf.example>", "to": ["ikt@example.org"]}}, f)
    status, mta, err = send(CASE, env={"GOVCTL_CONFIG": config})
    m = arrived(3)
    check("From and To come from the configuration's mail.from and mail.to",
          status == 0 and m is not None and m["From"].addresses[0].addr_spec == "lab@sshf.example"
          and m["To"].addresses[0].addr_spec == "ikt@example.org", err)

    # 4. Missing facts: refused before anything is sent, named by their real flags.
    result = subprocess.run([BIN, "report-urgent", "LVMS", "--format", "email", "--to", "ikt@example.org", "--from",
                             "vakt@sshf.example"], capture_output=True, text=True)
    check("a case with facts missing is refused (exit 65), naming --users, nothing on stdout",
          result.returncode == 65 and "--users" in result.stderr and "--fact users" not in result.stderr
          and result.stdout == "", result.stderr)
    result = subprocess.run([BIN, "report-urgent", "LVMS", "--format", "email", "--to", "ikt@example.org", "--from",
                             "vakt@sshf.example", "--allow-missing"], capture_output=True, text=True)
    check("--allow-missing writes it with marked blanks", result.returncode == 0 and "MANGLER" in
          email.message_from_string(result.stdout, policy=email.policy.default).get_content(), result.stderr)
finally:
    sink.terminate()
    try:
        sink.wait(timeout=10)
    except subprocess.TimeoutExpired:
        sink.kill()
        sink.wait()
    shutil.rmtree(work, ignore_errors=True)

print(f"mail: {len(failures)} failed" if failures else "mail: all passed")
sys.exit(1 if failures else 0)
