#!/usr/bin/env python3
"""How long a report page takes to open in headless Chromium (BENCHMARKS.md).

Usage: scripts/html-open-time.py REPORT.html [--no-lazy] [--runs N]

Adds a probe script to a copy of the page (the report itself has none), loads it
with `chromium --headless --dump-dom` and prints DOMContentLoaded, load and first
paint in milliseconds as the page's own Performance API measured them.
`--no-lazy` strips the report's `content-visibility` rule, to measure what lazy
layout saves.
"""
import re, subprocess, sys, tempfile, os

args = sys.argv[1:]
if not args:
    sys.exit(__doc__)
path, lazy, runs = args[0], "--no-lazy" not in args, 1
if "--runs" in args:
    runs = int(args[args.index("--runs") + 1])
page = open(path, encoding="utf-8").read()
if not lazy:
    page = re.sub(r"\.filing\{content-visibility:[^}]*\}", "", page)
probe = ('<script>window.addEventListener("load",()=>setTimeout(()=>{const n=performance.getEntriesByType("navigation")[0];'
         'const p=performance.getEntriesByType("paint").find(e=>e.name==="first-contentful-paint");'
         'document.body.setAttribute("data-timing",Math.round(n.domContentLoadedEventEnd)+" "+Math.round(n.loadEventEnd)+" "+(p?Math.round(p.startTime):-1))},0))</script>')
page = page.replace("</body>", probe + "</body>")
with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
    f.write(page)
try:
    for _ in range(runs):
        dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,900",
                              "--dump-dom", "file://" + f.name], capture_output=True, text=True, timeout=600).stdout
        m = re.search(r'data-timing="(\d+) (\d+) (-?\d+)"', dom)
        if not m:
            sys.exit("no timing in the page (did chromium load it?)")
        dcl, load, fcp = m.groups()
        print(f"{'lazy' if lazy else 'eager'}: DOMContentLoaded {dcl} ms, load {load} ms, first contentful paint {fcp} ms")
finally:
    os.unlink(f.name)
