#!/usr/bin/env python3
"""Prints which folders of a target use which, and exits 1 when they form a cycle.

A folder uses another when one of its files names a type, type alias or
top-level function declared only in that other folder, or uses (`.name`) a
member that the other folder adds to a type in an extension, when no other
declaration in the target has that name. Comments and string literals are
ignored; names declared in several folders are skipped: this is a check of
layering, not a compiler.

    python3 scripts/folder-graph.py                # every target under Sources/
    python3 scripts/folder-graph.py --dot           # Graphviz
"""
import os, re, sys, collections

DECL = re.compile(r'^(?:@\w+(?:\([^)]*\))?[ \t]+)*(?:(?:public|package|internal|fileprivate|private|final|indirect)[ \t]+)*'
                  r'(?:struct|enum|class|protocol|typealias|actor|func)\s+([A-Za-z_]\w*)', re.M)

NESTED = re.compile(r'^[ \t]*(?:(?:public|package|internal|fileprivate|private|final|indirect)[ \t]+)*'
                    r'(?:struct|enum|class|protocol|typealias|actor)\s+([A-Za-z_]\w*)', re.M)

MEMBER = re.compile(r'^[ \t]+(?:@\w+(?:\([^)]*\))?[ \t]+)*(?:(?:public|package|internal|fileprivate|private|final|static|mutating|nonmutating|override)[ \t]+)*'
                    r'(?:func|var|let)[ \t]+([a-z_]\w*)', re.M)
EXTENSION = re.compile(r'^extension ([A-Z]\w*)[^{\n]*\{\n(.*?)^\}', re.M | re.S)

def code_only(src):
    """The source without comments and string literals."""
    src = re.sub(r'"""[\s\S]*?"""', '""', src)
    src = re.sub(r'/\*[\s\S]*?\*/', '', src)
    src = re.sub(r'//[^\n]*', '', src)
    return re.sub(r'"(?:\\.|[^"\\\n])*"', '""', src)

def folder_graph(target_dir):
    files = {}
    for root, _, names in os.walk(target_dir):
        for name in names:
            if name.endswith('.swift'):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, target_dir)
                folder = rel.split(os.sep)[0] if os.sep in rel else '.'
                files[path] = (folder, code_only(open(path, encoding='utf-8').read()))
    owners = collections.defaultdict(set)
    local = collections.defaultdict(set)  # names a folder declares itself, at any depth
    for folder, src in files.values():
        for m in NESTED.finditer(src):
            local[folder].add(m.group(1))
    for folder, src in files.values():
        for m in DECL.finditer(src):
            owners[m.group(1)].add(folder)
    owner = {n: next(iter(f)) for n, f in owners.items() if len(f) == 1}
    # Members added by extensions (`extension ObjectRef { var pointer … }`), by
    # folder, and every member name declared anywhere, to keep only unique ones.
    added, declared = collections.defaultdict(set), collections.Counter()
    for folder, src in files.values():
        for m in MEMBER.finditer(src):
            declared[m.group(1)] += 1
        for block in EXTENSION.finditer(src):
            if owner.get(block.group(1), folder) == folder:
                continue  # extends a type of its own folder (or of another target)
            for m in MEMBER.finditer(block.group(2)):
                added[m.group(1)].add(folder)
    member_owner = {n: next(iter(f)) for n, f in added.items() if len(f) == 1 and declared[n] == 1}
    edges = collections.defaultdict(lambda: collections.defaultdict(set))
    folders = sorted({f for f, _ in files.values()})
    for folder, src in files.values():
        for word in set(re.findall(r'\b[A-Za-z_]\w*\b', src)):
            o = owner.get(word)
            if o and o != folder and word not in local[folder]:
                edges[folder][o].add(word)
        for word in set(re.findall(r'\.([a-z_]\w*)\b', src)):
            o = member_owner.get(word)
            if o and o != folder:
                edges[folder][o].add('.' + word)
    return folders, edges

def cycles(folders, edges):
    """Strongly connected components with more than one folder (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1
        stack.append(v); on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1: out.append(sorted(comp))
    for v in folders:
        if v not in index: visit(v)
    return out

def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources')
    dot = '--dot' in sys.argv
    failed = False
    for target in sorted(os.listdir(root)):
        target_dir = os.path.join(root, target)
        if not os.path.isdir(target_dir): continue
        folders, edges = folder_graph(target_dir)
        if len(folders) < 2: continue
        if dot:
            print(f'digraph "{target}" {{')
            for f in folders:
                for g in sorted(edges[f]): print(f'  "{f}" -> "{g}";')
            print('}')
        else:
            print(f'{target}:')
            for f in folders:
                print(f'  {f} -> {", ".join(sorted(edges[f])) or "(nothing)"}')
        for comp in cycles(folders, edges):
            failed = True
            print(f'cycle in {target}: {" ↔ ".join(comp)}', file=sys.stderr)
            for a in comp:
                for b in comp:
                    if b in edges[a]:
                        print(f'  {a} -> {b}: {", ".join(sorted(edges[a][b])[:8])}', file=sys.stderr)
    sys.exit(1 if failed else 0)

main()
