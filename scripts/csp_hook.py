#!/usr/bin/env python3
"""Trunk post_build hook: move trunk's inline module script into a file.

trunk writes the wasm start-up code as an inline <script type="module"> into
index.html; the page's Content-Security-Policy forbids inline scripts, so this hook
writes that code to boot-<hash>.js in the staging folder and points the tag at it.
It fails loudly if the page still has an inline script afterwards.
"""
import hashlib, os, pathlib, re, sys

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

pattern = re.compile(r'<script type="module"([^>]*)>(.*?)</script>', re.S)

def move(m):
    attrs, body = m.group(1), m.group(2)
    if "src=" in attrs:
        return m.group(0)
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    name = f"boot-{digest}.js"
    (staging / name).write_text(body, encoding="utf-8")
    attrs = re.sub(r'\s*nonce="[^"]*"', "", attrs)
    return f'<script type="module"{attrs} src="/{name}"></script>'

html = pattern.sub(move, html)
if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    sys.exit("csp_hook: index.html still has an inline script")
index.write_text(html, encoding="utf-8")
