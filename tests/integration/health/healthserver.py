#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small real HTTP server for the health integration tests (standard library only).

    healthserver.py DIR     listens on 127.0.0.1 on a free port, prints "PORT <n>" and serves:

  GET  /health          200 {"status":"healthy","database":"connected",...}; once /fail was
                        requested (or DIR/fail exists): 500 {"status":"unhealthy","database":"disconnected"}
  GET  /fail, /recover  switch /health to failing / healthy (204)
  GET  /degraded        200 {"status":"ok","database":"disconnected","queue":{"status":"down"}}
  GET  /slow            answers after 3 s
  GET  /big             200 with 1 MiB of JSON-looking text
  GET  /auth            200 with "Authorization: Bearer s3cret", else 401
  GET  /close           closes the connection without an answer
  GET  /files/NAME      DIR/NAME as text/plain (exporter /metrics fixtures)
  POST /api/v1/query, /api/v1/query_range
                        a recorded Prometheus API answer: the first entry of DIR/answers.json
                        whose "match" is a substring of the form's query and whose "path", if
                        it has one, is the request's (its "status" and "body"), else an empty vector/matrix. Every request's path and form go
                        to DIR/requests.jsonl, one JSON object a line.
"""
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse

DIR = sys.argv[1]
STATE = {"failing": False}
LOCK = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("healthserver: " + (fmt % args) + "\n")

    def send(self, code, body, content_type="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if path == "/health":
            failing = STATE["failing"] or os.path.exists(os.path.join(DIR, "fail"))
            if failing:
                self.send(500, {"status": "unhealthy", "database": "disconnected", "version": "1.4.2"})
            else:
                self.send(200, {"status": "healthy", "database": "connected", "version": "1.4.2",
                                "uptime": 1234, "workers": {"busy": 1, "idle": 3}})
        elif path in ("/fail", "/recover"):
            STATE["failing"] = path == "/fail"
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/degraded":
            self.send(200, {"status": "ok", "database": "disconnected", "queue": {"status": "down"}})
        elif path == "/slow":
            time.sleep(3)
            self.send(200, {"status": "ok"})
        elif path == "/big":
            self.send(200, b'{"status":"ok","padding":"' + b"x" * (1024 * 1024) + b'"}')
        elif path == "/auth":
            if self.headers.get("Authorization") == "Bearer s3cret":
                self.send(200, {"status": "ok"})
            else:
                self.send(401, {"error": "unauthorized"})
        elif path == "/close":
            self.close_connection = True
            self.connection.shutdown(2)
        elif path.startswith("/files/"):
            name = os.path.basename(path)
            try:
                with open(os.path.join(DIR, name), "rb") as f:
                    self.send(200, f.read(), "text/plain; version=0.0.4; charset=utf-8")
            except OSError:
                self.send(404, b"not found\n", "text/plain")
        else:
            self.send(404, {"error": "no such path"})

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
        form = {k: v[0] for k, v in form.items()}
        with LOCK:
            with open(os.path.join(DIR, "requests.jsonl"), "a") as log:
                log.write(json.dumps({"path": path, "form": form,
                                      "content_type": self.headers.get("Content-Type")}) + "\n")
        if path not in ("/api/v1/query", "/api/v1/query_range"):
            self.send(404, {"status": "error", "errorType": "not_found", "error": "no such path"})
            return
        answers = []
        try:
            with open(os.path.join(DIR, "answers.json")) as f:
                answers = json.load(f)
        except OSError:
            pass
        query = form.get("query", "")
        for answer in answers:
            if answer["match"] in query and answer.get("path", path) == path:
                self.send(answer.get("status", 200), answer["body"])
                return
        kind = "matrix" if path.endswith("query_range") else "vector"
        self.send(200, {"status": "success", "data": {"resultType": kind, "result": []}})


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
