#!/usr/bin/env bash
# Opens a Syndiff HTML export in headless Chromium and checks that it is inert: no script
# from the input ran (title unchanged, no element or attribute "pwned", the same elements in
# the same order as in the file) while the export's own CSP-hashed script did run
# (it sets data-js="ran" on <html>), so the check is not vacuous.
# Usage: scripts/check-export-inert.sh EXPORT.html      Exit 0 = inert, 1 = not inert, 2 = cannot check.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 EXPORT.html" >&2
  exit 2
fi
page=$(realpath "$1")
chrome=${CHROMIUM:-}
if [ -z "$chrome" ]; then
  chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
fi
if [ -z "$chrome" ]; then
  echo "chromium is not installed (apt-get install -y chromium)" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 2; }

profile=$(mktemp -d)
dom=$(mktemp)
trap 'rm -rf "$profile" "$dom"' EXIT
"$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --virtual-time-budget=2000 --dump-dom "file://$page" >"$dom" 2>/dev/null || true
if [ ! -s "$dom" ]; then
  echo "chromium produced no DOM for $page" >&2
  exit 2
fi

python3 - "$page" "$dom" <<'PY'
import sys
from html.parser import HTMLParser

class Walk(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements, self.title, self.in_title, self.html_attrs, self.bad = [], "", False, {}, []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a.get("id"), a.get("class")))
        if tag == "html":
            self.html_attrs = a
        if tag == "title":
            self.in_title = True
        if (a.get("id") or "").lower() == "pwned" or any(k.startswith("data-pwned") for k in a):
            self.bad.append("element or attribute 'pwned' on <%s>" % tag)
    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
    def handle_data(self, data):
        if self.in_title:
            self.title += data

def walk(path):
    w = Walk()
    with open(path, encoding="utf-8", errors="replace") as f:
        w.feed(f.read())
    return w

before, after = walk(sys.argv[1]), walk(sys.argv[2])
problems = list(after.bad)
if after.html_attrs.get("data-js") != "ran":
    problems.append("the export's own script did not run (no data-js=\"ran\" on <html>)")
if after.title != before.title:
    problems.append("title changed: %r -> %r" % (before.title[:80], after.title[:80]))
scripts = [e for e in after.elements if e[0] == "script"]
if len(scripts) != len([e for e in before.elements if e[0] == "script"]):
    problems.append("script elements changed: %d in the page" % len(scripts))
if before.elements != after.elements:
    n = next((i for i, (x, y) in enumerate(zip(before.elements, after.elements)) if x != y),
             min(len(before.elements), len(after.elements)))
    problems.append("structure changed at element %d: %r -> %r (%d vs %d elements)" % (
        n, before.elements[n:n + 1], after.elements[n:n + 1], len(before.elements), len(after.elements)))
if problems:
    print("NOT INERT: " + sys.argv[1])
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("inert: %s (%d elements, own script ran, title kept)" % (sys.argv[1], len(after.elements)))
PY
