#!/usr/bin/env bash
# Regenerates the generated regions of Rules/README.md: the language reference
# and the catalogs of the bundled packs. The tests fail when they are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product permitcheck >/dev/null
bin=.build/debug/permitcheck
python3 - "$bin" <<'PY'
import re, subprocess, sys
bin = sys.argv[1]
path = "Rules/README.md"
text = open(path, encoding="utf-8").read()
def splice(text, marker, command):
    begin = f"<!-- generated: {marker} -->\n"
    end = "<!-- end generated -->"
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    i = text.index(begin) + len(begin)
    j = text.index(end, i)
    return text[:i] + out + text[j:]
text = splice(text, "permitcheck dump --reference", [bin, "dump", "--reference"])
for pack in ["cn-national", "wuhan"]:
    text = splice(text, f"permitcheck rules doc --rules Rules/{pack}", [bin, "rules", "doc", "--rules", f"Rules/{pack}"])
open(path, "w", encoding="utf-8").write(text)
PY
python3 scripts/update-readme-graph.py
