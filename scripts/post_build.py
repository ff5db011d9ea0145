#!/usr/bin/env python3
"""Trunk post_build hook: CSP-safe start-up, content-hashed assets, the JS API package.

1. trunk writes the wasm start-up code as an inline <script type="module"> into
   index.html; the page's Content-Security-Policy forbids inline scripts, so the code
   goes to boot-<hash>.js and the tag points at it (trunk issue #288). The hook fails
   loudly if the page still has an inline script afterwards.
2. trunk does not hash the worker (worker.js + worker_bg.wasm) nor copied files, so
   the hook renames them (and the dictionary and NER model) to <name>-<hash>.<ext> and
   lists the names in <meta name="newslens-assets">, which the page reads: every heavy
   file then has an immutable name a browser may cache for good.
3. The JS API package (scripts/build_lib.sh) is built and copied to lib/.
"""
import hashlib, os, pathlib, re, shutil, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

def digest(*datas):
    h = hashlib.sha256()
    for d in datas:
        h.update(d)
    return h.hexdigest()[:16]

# 1. The inline start-up script.
pattern = re.compile(r'<script type="module"([^>]*)>(.*?)</script>', re.S)

def move(m):
    attrs, body = m.group(1), m.group(2)
    if "src=" in attrs:
        return m.group(0)
    name = f"boot-{digest(body.encode())}.js"
    (staging / name).write_text(body, encoding="utf-8")
    attrs = re.sub(r'\s*nonce="[^"]*"', "", attrs)
    return f'<script type="module"{attrs} src="/{name}"></script>'

html = pattern.sub(move, html)
if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    sys.exit("post_build: index.html still has an inline script")

# 2. Hashed names for the worker, the dictionary and the model.
assets = {}
worker_js, worker_wasm = staging / "worker.js", staging / "worker_bg.wasm"
if worker_js.exists() and worker_wasm.exists():
    h = digest(worker_js.read_bytes(), worker_wasm.read_bytes())
    # gloo-worker loads <script>_bg.wasm next to <script>.js, so the pair keeps that shape.
    worker_js.rename(staging / f"worker-{h}.js")
    worker_wasm.rename(staging / f"worker-{h}_bg.wasm")
    assets["worker"] = f"/worker-{h}.js"
for key, name in (("dictionary", "dict-packed.txt"), ("model", "ner.bin")):
    f = staging / name
    if f.exists():
        stem, ext = name.rsplit(".", 1)
        hashed = f"{stem}-{digest(f.read_bytes())}.{ext}"
        f.rename(staging / hashed)
        assets[key] = f"/{hashed}"
meta = '<meta name="newslens-assets" content="%s">' % ";".join(f"{k}={v}" for k, v in sorted(assets.items()))
# Start the heavy downloads with the page instead of after the worker has started and
# asked for them: the worker's own requests then come from the HTTP cache (the names
# are immutable), or wait for the download already under way.
preloads = []
if "worker" in assets:
    preloads.append(f'<link rel="preload" href="{assets["worker"][:-3]}_bg.wasm" as="fetch" type="application/wasm" crossorigin>')
for key in ("dictionary", "model"):
    if key in assets:
        preloads.append(f'<link rel="preload" href="{assets[key]}" as="fetch" crossorigin>')
html = html.replace("<head>", "<head>\n  " + meta, 1)
# After the app's own files, so the page paints first.
html = html.replace("</head>", "  " + "\n  ".join(preloads) + "\n</head>", 1)
index.write_text(html, encoding="utf-8")

# 3. The JS API package.
if os.environ.get("NEWSLENS_SKIP_LIB") != "1":
    subprocess.run([str(root / "scripts" / "build_lib.sh")], check=True)
    lib = staging / "lib"
    shutil.rmtree(lib, ignore_errors=True)
    shutil.copytree(root / "target" / "newslens-lib", lib)
