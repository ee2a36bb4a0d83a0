#!/usr/bin/python3
"""Convert notebooks to and from a plain-text form for editing.

Usage:
  nbtext.py split NOTEBOOK.ipynb [TEXT]   write the notebook as text (default: NOTEBOOK.nb.txt)
  nbtext.py join TEXT [NOTEBOOK.ipynb]    write the notebook from text (default: the .ipynb beside it)

The text form is jupytext's "percent" layout: every cell starts with a line
`# %% id=<cell id>` (code) or `# %% [markdown] id=<cell id>`, with
` tags=a,b` after the id when the cell has tags (metadata.tags, e.g. the
exercises' "stub"); the cell's source follows verbatim. `join` keeps the
notebook metadata of an existing .ipynb (kernelspec, budget), numbers new cells without an id as
<prefix>-<n> after the highest existing id, and writes the notebook without
outputs in the repository's layout (one JSON string per cell source,
indent 1), so that `git diff` shows only what changed. The text files are
scratch: the .ipynb is what is committed.
"""
import json
import os
import re
import sys

HEADER = re.compile(r"^# %%(?: \[(markdown)\])?(?: id=(\S+))?(?: tags=(\S+))?\s*$")


def split(nb_path, txt_path):
    nb = json.load(open(nb_path))
    out = []
    for c in nb["cells"]:
        src = c["source"] if isinstance(c["source"], str) else "".join(c["source"])
        kind = " [markdown]" if c["cell_type"] == "markdown" else ""
        tags = c.get("metadata", {}).get("tags")
        tags = " tags=" + ",".join(tags) if tags else ""
        out.append("# %%%%%s id=%s%s\n%s\n" % (kind, c.get("id", ""), tags, src))
    open(txt_path, "w").write("\n".join(out))


def parse(txt):
    cells, cur = [], None
    for line in txt.split("\n"):
        m = HEADER.match(line)
        if m:
            cur = {"type": "markdown" if m.group(1) else "code", "id": m.group(2), "lines": [],
                   "tags": m.group(3).split(",") if m.group(3) else []}
            cells.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    for c in cells:
        while c["lines"] and c["lines"][-1].strip() == "":
            c["lines"].pop()
        while c["lines"] and c["lines"][0].strip() == "" and c["type"] == "markdown":
            c["lines"].pop(0)
    return cells


def join(txt_path, nb_path):
    cells = parse(open(txt_path).read())
    meta = {"kernelspec": {"display_name": "Go (gonb)", "language": "go", "name": "gonb"},
            "language_info": {"name": "go"}}
    if os.path.exists(nb_path):
        meta = json.load(open(nb_path))["metadata"]
    prefix = os.path.basename(nb_path)[:2]
    used = {c["id"] for c in cells if c["id"]}
    n = max([int(i.rsplit("-", 1)[1]) for i in used if re.match(r"^%s-\d+$" % prefix, i)] + [-1])
    out = []
    for c in cells:
        if not c["id"]:
            n += 1
            c["id"] = "%s-%02d" % (prefix, n)
        cmeta = {"tags": c["tags"]} if c["tags"] else {}
        cell = {"cell_type": c["type"], "id": c["id"], "metadata": cmeta, "source": "\n".join(c["lines"])}
        if c["type"] == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        out.append(cell)
    nb = {"cells": out, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}
    open(nb_path, "w").write(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("split", "join"):
        sys.exit(__doc__)
    src = sys.argv[2]
    if sys.argv[1] == "split":
        split(src, sys.argv[3] if len(sys.argv) > 3 else src[:-len(".ipynb")] + ".nb.txt")
    else:
        join(src, sys.argv[3] if len(sys.argv) > 3 else re.sub(r"\.nb\.txt$", "", src) + ".ipynb")


if __name__ == "__main__":
    main()
