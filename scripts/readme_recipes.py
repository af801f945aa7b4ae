"""The README's monitoring recipes, read from README.md (never copied), and run as an admin runs them.

The two sections "Setup: one outage log …" and "Monitoring: cron and Nagios/Icinga" hold every recipe. A code block
there may be marked by an HTML comment on a line of its own before it:
    <!-- example: NAME -->          the block is /usr/share/doc/govctl/examples/NAME in the package (build-deb.sh)
    <!-- recipe: nagios|icinga -->  a shell block for that monitoring system only
    <!-- without the package -->    the block is for `make install` (PREFIX=/usr/local), not for the .deb
Used by scripts/test-nagios.py, scripts/test-icinga.py and scripts/test-deb.sh (`python3 readme_recipes.py
examples DIR` compares the package's examples with the README's).
"""

import json
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = ("## Setup: one outage log", "## Monitoring: cron and Nagios/Icinga")


def readme():
    return open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()


def section_texts(text=None):
    """The two monitoring sections, each up to the next `## ` heading."""
    text = text if text is not None else readme()
    found = []
    for heading in SECTIONS:
        start = text.find(heading)
        if start < 0:
            sys.exit(f"recipes: README.md has no section '{heading}'")
        end = text.find("\n## ", start + 1)
        found.append(text[start:end if end >= 0 else len(text)])
    return found


def blocks(text):
    """Every fenced block of `text`: (info, body, marker), marker the `<!-- … -->` comment of the paragraph before it
    (the last one between the previous block and this one), or None."""
    found = []
    last_end = 0
    for match in re.finditer(r"^```([a-z]*)\n(.*?)^```$", text, re.S | re.M):
        between = text[last_end:match.start()]
        markers = re.findall(r"^<!-- (.*?) -->$", between, re.M)
        found.append((match.group(1), match.group(2), markers[-1] if markers else None))
        last_end = match.end()
    return found


def monitoring_blocks():
    return [b for section in section_texts() for b in blocks(section)]


def examples(text=None):
    """NAME → text of every `<!-- example: NAME -->` block in the README."""
    return {marker.split(":", 1)[1].strip(): body for _, body, marker in blocks(text if text is not None else readme())
            if marker and marker.startswith("example:")}


def definitions(kind):
    """The README's Nagios (`define command`) or Icinga 2 (`object CheckCommand`) definitions."""
    needle = "define command" if kind == "nagios" else "object CheckCommand"
    found = [body for _, body, _ in monitoring_blocks() if needle in body]
    if len(found) != 1:
        sys.exit(f"recipes: README.md must have exactly one block with '{needle}'")
    return found[0]


def root_scripts(system):
    """The shell blocks an admin of the package runs as root for `system` (nagios or icinga): the unmarked ones and
    those marked for `system`; never the `make install` ones."""
    scripts = []
    for info, body, marker in monitoring_blocks():
        if info != "sh" or marker == "without the package":
            continue
        if marker and marker.startswith("recipe:") and marker.split(":", 1)[1].strip() != system:
            continue
        scripts.append(body)
    return scripts


def cron_jobs():
    """(user, command) of every job line of the README's cron.d blocks (`m h dom mon dow user command`)."""
    jobs = []
    for info, body, _ in monitoring_blocks():
        if info != "cron":
            continue
        for line in body.splitlines():
            if not line.strip() or line.startswith("#") or re.match(r"^[A-Z_]+=", line):
                continue
            fields = line.split(None, 6)
            if len(fields) != 7:
                sys.exit(f"recipes: not a cron.d job line (m h dom mon dow user command): {line}")
            jobs.append((fields[5], fields[6]))
    return jobs


def systemd_services():
    """(User, ExecStart, SuccessExitStatus) of every systemd service block."""
    services = []
    for info, body, _ in monitoring_blocks():
        if info != "ini" or "[Service]" not in body:
            continue
        keys = dict(line.split("=", 1) for line in body.splitlines() if "=" in line and not line.startswith("#"))
        ok = {0} | {int(code) for code in keys.get("SuccessExitStatus", "").split()}
        services.append((keys.get("User", "root"), keys["ExecStart"], ok))
    return services


def make_install_lines():
    """The command lines of the `make install` blocks (for the check that they name PREFIX's path)."""
    return [body for info, body, marker in monitoring_blocks() if marker == "without the package"]


class Runner:
    """Runs the recipes on this machine (a private mount namespace with the .deb installed: the caller's), as root and
    as the users they name, and records what failed. `work`: a directory for the stand-ins of systemctl (it records
    what it is asked) and sendmail (it keeps each message)."""

    def __init__(self, work, tmp):
        self.work = work
        self.tmp = tmp
        self.failures = []
        self.checked = []
        self.shims = os.path.join(work, "shims")
        self.calls = os.path.join(work, "systemctl.calls")
        self.mails = os.path.join(work, "mails")
        os.makedirs(self.shims, exist_ok=True)
        os.makedirs(self.mails, exist_ok=True)
        os.chmod(self.mails, 0o1777)
        with open(os.path.join(self.shims, "systemctl"), "w") as f:
            f.write(f'#!/bin/sh\necho "$*" >> {self.calls}\n')
        os.chmod(os.path.join(self.shims, "systemctl"), 0o755)

    def check(self, ok, name, detail=""):
        print(f"recipes: {'ok' if ok else 'FAIL'}: {name}" + (f": {detail}" if detail and not ok else ""))
        self.checked.append(name)
        if not ok:
            self.failures.append(name)
        return ok

    def users(self, *names):
        """The people the recipes name (kari), made here, where the machine has none."""
        for name in names:
            if subprocess.run(["getent", "passwd", name], capture_output=True).returncode != 0:
                subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", name], check=True)

    def run_root_scripts(self, system):
        for script in root_scripts(system):
            env = dict(os.environ, PATH=f"{self.shims}:/usr/sbin:/usr/bin:/sbin:/bin", TMPDIR=self.tmp)
            result = subprocess.run(["sh", "-e", "-c", script], capture_output=True, text=True, timeout=60, env=env)
            first = script.strip().splitlines()[0]
            self.check(result.returncode == 0, f"README, as root: {first[:70]}…",
                       f"exit {result.returncode}: {(result.stdout + result.stderr).strip()[-800:]}")

    def as_user(self, user, command, shell=True, network=True):
        """Runs `command` as `user` in cron's environment (HOME, LOGNAME, SHELL=/bin/sh, PATH=/usr/bin:/bin); without
        `network`, in a network namespace of its own (a probe of sesam.example.org fails at once, offline)."""
        argv = ["sh", "-c", command] if shell else shlex.split(command)
        prefix = [] if network else ["unshare", "-n"]
        env = {"PATH": "/usr/bin:/bin", "SHELL": "/bin/sh", "HOME": "/nonexistent", "LOGNAME": user, "TMPDIR": self.tmp}
        return subprocess.run([*prefix, "runuser", "-u", user, "--", "env", "-i", *[f"{k}={v}" for k, v in env.items()],
                               *argv], capture_output=True, text=True, timeout=60)

    def sendmail(self):
        """/usr/sbin/sendmail as the cron line calls it: keeps each message in `mails`."""
        os.makedirs("/usr/sbin", exist_ok=True)
        with open("/usr/sbin/sendmail", "w") as f:
            f.write(f'#!/bin/sh\n[ "$1" = -t ] || exit 64\ncat > "$(mktemp {self.mails}/mail.XXXXXX)"\n')
        os.chmod("/usr/sbin/sendmail", 0o755)

    def run_cron_and_systemd(self, start_outage):
        """The cron jobs and the systemd service, as their users. The status mail line after `start_outage()` (an outage
        under way): it must hand one message to sendmail. The probe lines: the probe of sesam.example.org fails
        (offline), which govctl records (exit 1), never 127 (no such govctl) or a usage error."""
        self.sendmail()
        start_outage()
        for user, command in cron_jobs():
            before = set(os.listdir(self.mails))
            result = self.as_user(user, command, network=False)
            name = f"README cron job as {user}: {command[:60]}…"
            if "--format email" in command:
                new = sorted(set(os.listdir(self.mails)) - before)
                text = open(os.path.join(self.mails, new[0]), errors="replace").read() if new else ""
                self.check(result.returncode == 0 and len(new) == 1 and "kundservice@example.org" in text
                           and "Subject:" in text, name,
                           f"exit {result.returncode}, {len(new)} mails: {(result.stdout + result.stderr)[-500:]}")
            else:
                self.check(result.returncode in (0, 1) and "usage" not in result.stderr, name,
                           f"exit {result.returncode}: {(result.stdout + result.stderr)[-500:]}")
        for user, command, ok in systemd_services():
            result = self.as_user(user, command, shell=False, network=False)
            self.check(result.returncode in ok,
                       f"README systemd ExecStart as User={user}: {command[:60]}…",
                       f"exit {result.returncode} (SuccessExitStatus {sorted(ok)}): "
                       f"{(result.stdout + result.stderr)[-500:]}")

    def check_paths(self):
        """One path story: the package's recipes name /usr/bin/govctl, the `make install` ones PREFIX's
        /usr/local/bin/govctl, and nothing else names a govctl by path."""
        for info, body, marker in monitoring_blocks():
            paths = set(re.findall(r"(/[\w/.-]*/govctl)\b(?![./-])", body)) - {"/etc/govctl", "/var/lib/govctl"}
            wanted = "/usr/local/bin/govctl" if marker == "without the package" else "/usr/bin/govctl"
            first = body.strip().splitlines()[0][:50]
            self.check(paths <= {wanted}, f"README paths: the block '{first}…' names no govctl but {wanted}",
                       f"it names {sorted(paths)}")

    def check_setup(self, restarted):
        """What the setup recipes must have done: nagios and kari in the group, the site's drop-in read with the
        package's configuration kept (a site procedure in /etc/govctl/procedures still counts), the daemon restarted."""
        groups = subprocess.run(["id", "-nG", "nagios"], capture_output=True, text=True).stdout.split()
        self.check("govctl" in groups, "README setup: nagios is in the govctl group", f"groups: {groups}")
        groups = subprocess.run(["id", "-nG", "kari"], capture_output=True, text=True).stdout.split()
        self.check("govctl" in groups, "README setup: kari is in the govctl group", f"groups: {groups}")
        calls = open(self.calls).read() if os.path.exists(self.calls) else ""
        self.check(f"restart {restarted}" in calls or restarted in calls.split(),
                   f"README setup: {restarted} is restarted after adduser", f"systemctl was asked: {calls!r}")
        procedures = os.path.join(ROOT, "procedures", "siv-cms.json")
        site = "/etc/govctl/procedures/siv-cms.json"
        with open(procedures) as source, open(site, "w") as target:
            target.write(source.read().replace('"32 23 53 30"', '"99 99 99 99"'))
        result = subprocess.run(["/usr/bin/govctl", "who-owns", "CMS", "--task", "tilgang"], capture_output=True,
                                text=True, cwd="/", env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"})
        os.remove(site)
        self.check("99 99 99 99" in result.stdout,
                   "README setup: the drop-in keeps the package's /etc/govctl/procedures",
                   f"exit {result.returncode}: {(result.stdout + result.stderr)[-500:]}")
        result = subprocess.run(["/usr/bin/govctl", "outage", "list", "--format", "json"], capture_output=True,
                                text=True, cwd="/", env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"})
        self.check(result.returncode == 0 and "/var/lib/govctl/outages.jsonl" in result.stdout,
                   "README setup: the package's shared log is the configured one",
                   f"exit {result.returncode}: {(result.stdout + result.stderr)[-500:]}")


def notify_example(keep):
    """The README's `60-notify.json` with only the monitoring systems in `keep` (as the README says: leave out the
    one you do not run)."""
    settings = json.loads(examples()["60-notify.json"])
    settings["notify"] = {k: v for k, v in settings["notify"].items() if k in keep}
    return json.dumps(settings, indent=2) + "\n"


def compare_examples(directory):
    """Exit 0 when `directory` holds exactly the README's examples, byte for byte."""
    wanted = examples()
    found = sorted(os.listdir(directory)) if os.path.isdir(directory) else []
    problems = []
    if found != sorted(wanted):
        problems.append(f"{directory} holds {found}, the README's examples are {sorted(wanted)}")
    for name in set(found) & set(wanted):
        if open(os.path.join(directory, name), encoding="utf-8").read() != wanted[name]:
            problems.append(f"{directory}/{name} differs from the README's block")
    for problem in problems:
        print(f"examples: FAIL: {problem}")
    if not problems:
        print(f"examples: ok: {directory} holds the README's {len(wanted)} examples ({', '.join(sorted(wanted))})")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "examples":
        sys.exit(compare_examples(sys.argv[2]))
    sys.exit("usage: readme_recipes.py examples DIR")
