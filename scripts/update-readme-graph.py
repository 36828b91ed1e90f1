#!/usr/bin/env python3
"""Rewrites README.md's copy of the folder graph from scripts/folder-graph.py (LayoutTests checks it)."""
import pathlib, subprocess, sys
root = pathlib.Path(__file__).resolve().parent.parent
out = subprocess.run([sys.executable, str(root / "scripts/folder-graph.py")], capture_output=True, text=True, cwd=root).stdout
readme = root / "README.md"
text = readme.read_text(encoding="utf-8")
start = text.index("```\nExampleKit:")
end = text.index("```", start + 4)
readme.write_text(text[:start] + "```\n" + out + text[end:], encoding="utf-8")
