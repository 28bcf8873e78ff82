#!/usr/bin/env python3
"""Bytes of a built site: every file raw, gzip -9 and brotli (-q 11), and what a first visit
transfers (index.html and every local file it references: JS, WASM, CSS, manifest, boot.js, the
icon it links). Usage: sizes.py <practica dist> <baseline dist>  → JSON on stdout."""
import gzip
import json
import os
import re
import subprocess
import sys


def brotli_size(data):
    try:
        import brotli  # type: ignore
        return len(brotli.compress(data, quality=11))
    except ImportError:
        return len(subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True).stdout)


def site(root):
    files = {}
    for dirpath, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith((".gz", ".br")):
                continue  # the precompressed copies of the files measured here
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            data = open(path, "rb").read()
            files[rel] = {"raw": len(data), "gzip": len(gzip.compress(data, 9, mtime=0)), "brotli": brotli_size(data)}
    html = open(os.path.join(root, "index.html"), encoding="utf-8").read()
    refs = set(re.findall(r'(?:href|src)="(?:\./)?([^"#?:]+)"', html))
    # Trunk's inline bootstrap imports the JS, which fetches the WASM (the "_bg.wasm" sibling).
    refs |= {f for f in files if f.endswith(".js") and f in html}
    refs |= {f.replace(".js", "_bg.wasm") for f in list(refs) if f.endswith(".js")}
    first = ["index.html"] + sorted(f for f in refs if f in files and f != "index.html")
    total = {k: sum(files[f][k] for f in first) for k in ("raw", "gzip", "brotli")}
    rest = sorted(set(files) - set(first))
    return {"files": files, "first_visit_files": first, "first_visit": total,
            "precache_extra_files": rest,
            "precache_extra": {k: sum(files[f][k] for f in rest) for k in ("raw", "gzip", "brotli")}}


print(json.dumps({"practica": site(sys.argv[1]), "baseline": site(sys.argv[2])}, indent=2))
