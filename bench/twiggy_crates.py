#!/usr/bin/env python3
"""Bytes of the app's wasm by crate, from `twiggy top -n 1000000 -f csv <wasm>` on the
pre-wasm-opt build (target/wasm32-unknown-unknown/release/practica.wasm keeps function names).
Each function is charged to the first crate its symbol names, preferring the innermost generic
argument that is ours (e.g. `<F as tachys::…>::invoke` generated for a practica closure stays
tachys: monomorphised framework code). Usage: twiggy_crates.py top.csv
(The site's build is in target/site/wasm32-unknown-unknown/release/practica.wasm: tools/site-build.sh.)"""
import csv
import re
import sys
from collections import Counter

SECTIONS = ("custom section", "\"function names\"", "data segment", "elem[", "type[", "import ", "export ", "table[", "memory[", "global[", "code section", "wasm magic", "header")
GROUPS = [
    ("practica (ui)", r"^practica::"), ("practica_core", r"^practica_core::"),
    ("leptos_i18n (texts)", r"^leptos_i18n"), ("tachys", r"^tachys::"), ("reactive_graph", r"^reactive_graph::"),
    ("leptos (other)", r"^(leptos|leptos_macro|leptos_dom|any_spawner|throw_error|or_poisoned|send_wrapper|oco_ref|hydration_context|server_fn|slotmap|futures)"),
    ("serde_json", r"^serde_json::"), ("serde_path_to_error", r"^serde_path_to_error::"), ("serde", r"^serde(_core)?::"),
    ("wasm-bindgen / js-sys / web-sys", r"^(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures|gloo_\w+)"),
    ("std / core / alloc", r"^(core|alloc|std|dlmalloc|compiler_builtins|hashbrown)::"),
]


def crate_of(name):
    # Strip leading `<` and `&` so `<practica::X as Y>` is charged to practica, and read
    # `<F as tachys::…>` (a generic F) as tachys.
    m = re.match(r"^<\s*&?(?:mut )?([A-Za-z_][\w]*(?:::[\w]+)*)(?:<[^>]*>)?\s+as\s+([\w:]+)", name)
    candidates = []
    if m:
        first, trait = m.group(1), m.group(2)
        candidates = [first, trait] if "::" in first else [trait]
    candidates.append(name.lstrip("<&"))
    for cand in candidates:
        for group, pat in GROUPS:
            if re.match(pat, cand):
                return group
    return None


rows = list(csv.DictReader(open(sys.argv[1])))
by = Counter()
total_code = 0
for r in rows:
    # Symbols of a std rebuilt with -Zbuild-std carry crate disambiguators: `core[c5930c85]::fmt`.
    name, size = re.sub(r"\[[0-9a-f]{6,}\]", "", r["Name"]), int(r["ShallowSize"])
    if name.startswith(SECTIONS) or name.startswith("..."):
        key = "section: " + re.sub(r"\[\d+\]$", "", name)[:60]
        if "debug" in name or "names" in name or "__wasm_bindgen_unstable" in name or "producers" in name or "target_features" in name:
            key = "(stripped in dist: names, debug, wasm-bindgen metadata)"
        if name.startswith(("export ", "import ", "type[", "global", "table", "memory", "wasm magic", "code section", "export section", "import section")):
            key = "exports/imports/types (describe exports: removed by wasm-bindgen)"
        by[key] += size
        continue
    total_code += size
    by[crate_of(name) or "other (closures/shims without a crate path)"] += size
grand = sum(by.values())
for k, v in by.most_common():
    print(f"{v:>10,}  {100 * v / grand:5.1f}%  {k}")
print(f"{grand:>10,}  total; functions {total_code:,}")
