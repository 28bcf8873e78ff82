#!/usr/bin/env python3
"""A static file server for the built site that sends the precompressed copies.

`make serve`, the end-to-end tests and `make bench` use it. For `/x.wasm` it sends `x.wasm.br`
when the browser accepts Brotli, else `x.wasm.gz` when it accepts gzip (both written by
tools/compress.mjs at build time), else the file itself; with the original file's type and
`Vary: Accept-Encoding`. Python's own http.server never compresses, which made the 1.8 MB
WebAssembly take ~10 s on a slow mobile network. Real hosts: see README "Putting it online".

Usage: python3 tools/serve.py [--port 8080] [--bind 127.0.0.1] [--directory dist]
"""
import argparse
import functools
import http.server
import os

ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
        ".js": "text/javascript",
    }

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            index = os.path.join(path, "index.html")
            if not self.path.split("?", 1)[0].endswith("/") or not os.path.isfile(index):
                return super().send_head()
            path = index
        accepted = {
            part.split(";", 1)[0].strip().lower()
            for part in self.headers.get("Accept-Encoding", "").split(",")
        }
        for name, suffix in ENCODINGS:
            if name in accepted and os.path.isfile(path + suffix) and os.path.isfile(path):
                return self._send_encoded(path, path + suffix, name)
        return super().send_head()

    def _send_encoded(self, original, encoded, encoding):
        try:
            f = open(encoded, "rb")
        except OSError:
            return super().send_head()
        try:
            size = os.fstat(f.fileno()).st_size
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(original))
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(size))
            self.send_header("Vary", "Accept-Encoding")
            self.send_header("Last-Modified", self.date_time_string(int(os.stat(original).st_mtime)))
            self.end_headers()
            return f
        except Exception:
            f.close()
            raise

    def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
        if os.environ.get("SERVE_LOG"):
            super().log_message(format, *args)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--directory", default="dist")
    args = ap.parse_args()
    handler = functools.partial(Handler, directory=args.directory)
    with http.server.ThreadingHTTPServer((args.bind, args.port), handler) as httpd:
        httpd.serve_forever()


if __name__ == "__main__":
    main()
