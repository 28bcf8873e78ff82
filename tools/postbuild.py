#!/usr/bin/env python3
"""Trunk post-build hook (see Trunk.toml).

1. Pins every inline <script> of the built index.html (Trunk's bootstrap) in the
   Content-Security-Policy by its SHA-256 hash, so no 'unsafe-inline' is needed.
2. Writes sw.js: the service worker with the exact list of built files (hashed names
   included) and a version derived from their contents, so a new build replaces the old
   one as a whole (no stale mix of old JS and new WASM).
3. Writes precompressed .gz and .br copies for the server (tools/compress.mjs).
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging or not os.path.isdir(staging):
    sys.exit("postbuild: TRUNK_STAGING_DIR is not set; run through `trunk build`")

index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as f:
    html = f.read()

inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
    for s in inline
)
if "__TRUNK_SCRIPT_HASHES__" not in html:
    sys.exit("postbuild: CSP placeholder __TRUNK_SCRIPT_HASHES__ missing from index.html")
html = html.replace("__TRUNK_SCRIPT_HASHES__", hashes)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

files = []
for root, _dirs, names in os.walk(staging):
    for name in names:
        rel = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
        if rel != "sw.js":
            files.append(rel)
files.sort()
digest = hashlib.sha256()
for rel in files:
    digest.update(rel.encode())
    with open(os.path.join(staging, rel), "rb") as f:
        digest.update(f.read())
version = digest.hexdigest()[:16]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "sw.template.js"), encoding="utf-8") as f:
    template = f.read()
sw = template.replace("__VERSION__", json.dumps(version)).replace(
    "__FILES__", json.dumps(["./"] + files, indent=2)
)
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(sw)

# 3. Precompressed copies (.gz, .br) of every text and WebAssembly file, for servers that send
#    them as they are (tools/serve.py; nginx gzip_static). Not in the service worker's list:
#    the browser asks for the plain names and the server picks the encoding.
subprocess.run(["node", os.path.join(here, "compress.mjs"), staging], check=True)
