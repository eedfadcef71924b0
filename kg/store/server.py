"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint at ``/sparql`` and the graph page at ``/``.

Queries are evaluated by Oxigraph's own server (the ``oxigraph`` package's
``serve-read-only`` command) on the build's store, started as a child process
on a private loopback port; it evaluates and streams results, and its
``--timeout-s`` cancels a query that runs too long, whatever its shape. In
front of it, a small standard-library HTTP server (this module) owns the public
address and adds what Oxigraph's server does not do:

* the endpoint is ``/sparql`` (GET ``?query=``, POST form or
  ``application/sparql-query``), the graph page is ``/`` (``graph.html``);
* the common prefixes (``kgo:``, ``kgr:``, ``rdfs:``, ...) are predeclared,
  as in ``kg query``, and the default graph is the union of all graphs;
* updates are refused with 403 (``update=``, ``application/sparql-update``,
  ``/update``, or an update sent as a query), other methods with 405;
* at most ``limit`` results (rows, or triples for CONSTRUCT/DESCRIBE) are
  returned; a cut result carries ``X-KG-Truncated: true``;
* a query that hits the timeout gets 503 (Oxigraph itself would already have
  sent 200 and could only append an error to the body);
* results are content-negotiated: SPARQL JSON, XML, CSV or TSV for SELECT and
  ASK; Turtle, N-Triples, RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE. The
  front asks Oxigraph for TSV / N-Triples (line-based, so it can stop reading
  at the limit) and converts with pyoxigraph's parsers and serialisers.

It binds to 127.0.0.1 by default. A rebuilt store (``kg build`` swaps the
folder) is noticed on the next request and Oxigraph is restarted on it.
"""
from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from kg.graph.rdf import PREFIXES
from kg.store import STORE_DIRNAME, recover
from kg.store.errors import StoreErrors, store_error
from kg.store.query import is_update

__all__ = ["SparqlServer", "find_oxigraph", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "DEFAULT_LIMIT"]

DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMIT = 10_000
MAX_QUERY_BYTES = 1_000_000
#: Seconds past the timeout after which the front gives up on the engine and restarts it
#: (Oxigraph cancels most, not all, long queries by itself).
GRACE = 2.0

RESULT_TYPES = {  # SELECT / ASK
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {  # CONSTRUCT / DESCRIBE
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
_CANONICAL = {ox.QueryResultsFormat.JSON: "application/sparql-results+json",
              ox.QueryResultsFormat.XML: "application/sparql-results+xml",
              ox.QueryResultsFormat.CSV: "text/csv", ox.QueryResultsFormat.TSV: "text/tab-separated-values",
              ox.RdfFormat.TURTLE: "text/turtle", ox.RdfFormat.N_TRIPLES: "application/n-triples",
              ox.RdfFormat.RDF_XML: "application/rdf+xml", ox.RdfFormat.JSON_LD: "application/ld+json"}
_ERROR_AT = re.compile(r"error at (\d+):(\d+)")
_CANCELLED = b"operation has been cancelled"


def find_oxigraph() -> str | None:
    """The ``oxigraph`` executable: next to this Python's scripts, or on PATH."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.is_file():
        return str(here)
    return shutil.which("oxigraph")


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def negotiate(accept: str | None, table: dict, default) -> object | None:
    """The format for an Accept header (q-values honoured); ``default`` for none or */*."""
    if not accept or not accept.strip():
        return default
    choices: list[tuple[float, int, object]] = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        if media in table:
            choices.append((q, -index, table[media]))
        elif media in ("*/*", "application/*", "text/*"):
            choices.append((q - 0.001, -index, default))
    if not choices:
        return None
    return max(choices, key=lambda c: (c[0], c[1]))[2]


def with_prefixes(query: str) -> tuple[str, int]:
    """Prepend the common prefixes the query does not declare itself, on its first line.

    Returns the new text and how many characters were added to line 1 (to
    correct the column of a syntax error there).
    """
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+([A-Za-z][\w.-]*|):", query, re.IGNORECASE)}
    head = "".join(f"PREFIX {p}: <{ns}> " for p, ns in PREFIXES.items() if p not in declared)
    return head + query, len(head)


# --------------------------------------------------------------------------- #
# The Oxigraph child process
# --------------------------------------------------------------------------- #

class Engine:
    """``oxigraph serve-read-only`` on the store, on a private loopback port."""

    def __init__(self, store: Path, timeout: float, executable: str) -> None:
        self.store = store
        self.timeout = timeout
        self.executable = executable
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.identity: tuple[int, int] | None = None
        self.lock = threading.Lock()

    def _identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.store)
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def start(self) -> None:
        recover(self.store.parent)
        if not self.store.is_dir():
            raise store_error(StoreErrors.E601, path=self.store.parent)
        self.port = _free_port()
        self.identity = self._identity()
        self.process = subprocess.Popen(
            [self.executable, "serve-read-only", "--location", str(self.store),
             "--bind", f"127.0.0.1:{self.port}", "--union-default-graph",
             "--timeout-s", str(max(1, int(round(self.timeout))))],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                detail = (self.process.stderr.read() or b"").decode("utf-8", "replace").strip()
                raise store_error(StoreErrors.E602, path=self.store,
                                  detail=f"oxigraph exited: {detail.splitlines()[-1] if detail else 'no message'}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise store_error(StoreErrors.E602, path=self.store, detail="oxigraph did not start within 15 s")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if process.stderr is not None:
            process.stderr.close()

    def restart(self) -> None:
        """Kill the engine (and whatever query it is stuck on) and start a fresh one."""
        with self.lock:
            self.stop()
            self.start()

    def ensure_current(self) -> None:
        """Restart on the new store if ``kg build`` swapped it in, or if the child died."""
        with self.lock:
            alive = self.process is not None and self.process.poll() is None
            if alive and self._identity() == self.identity:
                return
            self.stop()
            self.start()

    def request(self, query: str, extra: list[tuple[str, str]], accept: str) -> http.client.HTTPResponse:
        body = urllib.parse.urlencode([("query", query)] + extra).encode("utf-8")
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout + GRACE)
        connection.request("POST", "/query", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        response = connection.getresponse()
        response._kg_connection = connection  # closed with the response
        return response


# --------------------------------------------------------------------------- #
# The front server
# --------------------------------------------------------------------------- #

@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def _text(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


class SparqlServer:
    """The endpoint and the page; :meth:`start` serves in a background thread, :meth:`serve_forever` in this one."""

    def __init__(self, graph_dir: str | os.PathLike[str], host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                 timeout: float = DEFAULT_TIMEOUT, limit: int = DEFAULT_LIMIT,
                 executable: str | None = None) -> None:
        self.graph_dir = Path(graph_dir)
        self.timeout = timeout
        self.limit = limit
        executable = executable or find_oxigraph()
        if executable is None:
            raise store_error(StoreErrors.E602, path=self.graph_dir / STORE_DIRNAME, detail=(
                "the `oxigraph` command is not installed; install it with `pip install 'oxigraph>=0.5,<0.6'`"))
        self.engine = Engine(self.graph_dir / STORE_DIRNAME, timeout, executable)
        self.engine.start()
        handler = type("Handler", (_Handler,), {"app": self})
        try:
            self.httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            self.engine.stop()
            raise store_error(StoreErrors.E606, problem=f"Cannot listen on {host}:{port}: {exc.strerror or exc}. "
                                                        f"Choose another --port.") from None
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.httpd.server_address[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.address
        return f"http://{host}:{port}"

    def serve_forever(self) -> None:
        try:
            self.httpd.serve_forever(poll_interval=0.2)
        finally:
            self.close()

    def start(self) -> SparqlServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self.httpd.server_close()
        self.engine.stop()

    def __enter__(self) -> SparqlServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- request handling --------------------------------------------------- #

    def page(self) -> Reply:
        page = self.graph_dir / "graph.html"
        try:
            return Reply(200, "text/html; charset=utf-8", page.read_bytes())
        except OSError:
            return _text(404, f"No graph page: {page} is missing. Run `kg build` to write it.")

    def query(self, text: str, extra: list[tuple[str, str]], accept: str | None) -> Reply:
        if is_update(text):
            return _text(403, "Updates are not allowed: this endpoint is read-only.")
        select_format = negotiate(accept, RESULT_TYPES, ox.QueryResultsFormat.JSON)
        graph_format = negotiate(accept, GRAPH_TYPES, ox.RdfFormat.TURTLE)
        full, shift = with_prefixes(text)
        self.engine.ensure_current()
        started = time.monotonic()
        try:
            response = self.engine.request(
                full, extra, "text/tab-separated-values, application/n-triples;q=0.9")
        except TimeoutError:
            self.engine.restart()
            return self._timed_out()
        except OSError as exc:
            return _text(502, f"The query engine did not answer: {exc}")
        try:
            if response.status != 200:
                message = response.read().decode("utf-8", "replace")
                match = _ERROR_AT.search(message)
                if match and match.group(1) == "1":  # columns on line 1 include the added prefixes
                    column = max(1, int(match.group(2)) - shift)
                    message = message[:match.start()] + f"error at 1:{column}" + message[match.end():]
                status = response.status if response.status in (400, 403, 404, 406, 415) else 500
                return _text(status, message)
            kind = (response.getheader("Content-Type") or "").split(";")[0].strip()
            body, truncated = self._read_limited(response, started + self.timeout + GRACE)
        except TimeoutError:
            self.engine.restart()
            return self._timed_out()
        finally:
            response.close()
            response._kg_connection.close()
        if _CANCELLED in body[-200:]:
            return self._timed_out()
        headers: tuple[tuple[str, str], ...] = ()
        if truncated:
            headers = (("X-KG-Truncated", "true"), ("X-KG-Result-Limit", str(self.limit)))
        try:
            if kind == "text/tab-separated-values":
                if select_format is None:
                    return _text(406, "Not acceptable: SELECT and ASK results are available as "
                                      + ", ".join(sorted(set(_CANONICAL[f] for f in RESULT_TYPES.values()))))
                results = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
                out = results.serialize(format=select_format)
                return Reply(200, _CANONICAL[select_format] + "; charset=utf-8", out, headers)
            if graph_format is None:
                return _text(406, "Not acceptable: CONSTRUCT and DESCRIBE results are available as "
                                  + ", ".join(sorted(set(_CANONICAL[f] for f in GRAPH_TYPES.values()))))
            triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
            out = ox.serialize(triples, format=graph_format, prefixes=PREFIXES
                               if graph_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None)
            return Reply(200, _CANONICAL[graph_format] + "; charset=utf-8", out or b"", headers)
        except (SyntaxError, ValueError) as exc:
            if _CANCELLED in body:
                return self._timed_out()
            return _text(500, f"Could not convert the engine's results: {exc}")

    def _timed_out(self) -> Reply:
        return _text(503, f"The query took longer than the {self.timeout:g} s limit and was cancelled. "
                          f"Make it more selective or add a LIMIT.")

    def _read_limited(self, response: http.client.HTTPResponse, deadline: float) -> tuple[bytes, bool]:
        """Read at most ``limit`` results (lines after the TSV header; N-Triples lines) before
        ``deadline`` (TimeoutError after it)."""
        kind = (response.getheader("Content-Type") or "").split(";")[0].strip()
        allowed = self.limit + (1 if kind == "text/tab-separated-values" else 0)
        lines: list[bytes] = []
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError
            line = response.readline()
            if not line:
                return b"".join(lines), False
            if kind != "text/tab-separated-values" and not line.strip():
                continue
            if len(lines) >= allowed:
                return b"".join(lines), True
            lines.append(line)


class _Handler(BaseHTTPRequestHandler):
    app: SparqlServer
    server_version = "geopol-kg"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        if os.environ.get("KG_SERVE_LOG"):
            super().log_message(format, *args)

    def _send(self, reply: Reply, head_only: bool = False) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if reply.status in (200, 503):
            self.send_header("Cache-Control", "no-store")
        for name, value in reply.headers:
            self.send_header(name, value)
        if reply.status == 405:
            self.send_header("Allow", "GET, POST, HEAD" if self._path() == "/sparql" else "GET, HEAD")
        self.end_headers()
        if not head_only:
            self.wfile.write(reply.body)

    def _path(self) -> str:
        return urllib.parse.urlsplit(self.path).path.rstrip("/") or "/"

    def _read_body(self) -> bytes | None:
        """The request body (always consumed, so the connection stays usable); None if too large."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if length > MAX_QUERY_BYTES:
            self.close_connection = True
            return None
        return self.rfile.read(length) if length > 0 else b""

    def _route(self, method: str, body: bytes | None) -> Reply:
        if body is None:
            return _text(413, f"Request too large (more than {MAX_QUERY_BYTES} bytes).")
        path = self._path()
        if path in ("/", "/graph.html"):
            return self.app.page() if method in ("GET", "HEAD") else _text(405, "Method not allowed.")
        if path == "/update":
            return _text(403, "Updates are not allowed: this endpoint is read-only.")
        if path != "/sparql":
            return _text(404, "Not found. The SPARQL endpoint is /sparql and the graph page is /.")
        params = urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)
        if method == "POST":
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return _text(403, "Updates are not allowed: this endpoint is read-only.")
            if ctype == "application/sparql-query":
                params.append(("query", body.decode("utf-8", "replace")))
            elif ctype in ("application/x-www-form-urlencoded", ""):
                params += urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            else:
                return _text(415, "Unsupported Content-Type: use application/sparql-query or "
                                  "application/x-www-form-urlencoded.")
        elif method not in ("GET", "HEAD"):
            return _text(405, "Method not allowed: use GET or POST.")
        if any(name in ("update", "using-graph-uri", "using-named-graph-uri") for name, _ in params):
            return _text(403, "Updates are not allowed: this endpoint is read-only.")
        queries = [value for name, value in params if name == "query"]
        if len(queries) != 1:
            return _text(400, "Give exactly one 'query' parameter (GET ?query=... or POST).")
        extra = [(name, value) for name, value in params if name in ("default-graph-uri", "named-graph-uri")]
        return self.app.query(queries[0], extra, self.headers.get("Accept"))

    def _handle(self, method: str) -> None:
        try:
            reply = self._route(method, self._read_body())
        except Exception as exc:  # never leave the client without an answer
            reply = _text(500, f"Internal error: {type(exc).__name__}: {exc}")
        self._send(reply, head_only=method == "HEAD")

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._handle("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._handle("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle("DELETE")

    def do_PATCH(self) -> None:  # noqa: N802
        self._handle("PATCH")


def run(graph_dir: str | os.PathLike[str], host: str, port: int, timeout: float, limit: int,
        announce=print) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM)."""
    server = SparqlServer(graph_dir, host, port, timeout, limit)

    def stop(*_: object) -> None:
        threading.Thread(target=server.httpd.shutdown, daemon=True).start()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        if host not in ("127.0.0.1", "localhost", "::1"):
            announce(f"warning: listening on {host}: the graph is reachable from other machines")
        announce(f"SPARQL endpoint: {server.url}/sparql   graph page: {server.url}/   "
                 f"(read-only; timeout {timeout:g} s, at most {limit} results; Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()
