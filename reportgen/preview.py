"""`reportgen preview`: a live preview for template authors (edit, look, edit again).

    reportgen preview RELEASE [--templates DIR] [--audience investor,press] [--port 8000]

A small HTTP server on 127.0.0.1 (never another interface; requests naming another host are
refused, against DNS rebinding). It opens nothing by itself: it prints its address. The page at
`/` shows a briefing in a frame, as on screen or as it will print (the PDF the build would write,
in the browser's PDF viewer), a switch between the audiences, and a side panel with the template
variables and, for a figure you click, the sentence of the release it came from.

watchfiles watches the templates folder (and the built-in templates) and the release; on a change
every briefing is built again (release read, briefing built, fidelity check, HTML rendered) and
each open page reloads itself through server-sent events (`/events`, a few lines of script in the
page, no build step). A template error, or a figure the release lacks, is shown in the page with
its message (the template's file and line) instead of stopping the server; the page comes back
when the template is fixed.

The server serves the pages it makes and, under `/files/<root>/<path>`, files of the template
folders and the release's folder only: a path that leaves its folder (`..`, an absolute path, a
symbolic link out) is refused.
"""

from __future__ import annotations

import dataclasses
import html
import json
import threading
import time
import urllib.parse
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional

from .errors import ReportgenError

HOST = "127.0.0.1"
EVENT_HEARTBEAT_S = 15


@dataclasses.dataclass
class Page:
    """One audience's briefing as last built: its HTML, or the error that stopped it."""

    html: Optional[str] = None
    error: Optional[str] = None
    notes: dict = dataclasses.field(default_factory=dict)
    briefing: object = None
    pdf: Optional[bytes] = None


class Preview:
    """The state of a preview: what is built, its version, and the folders it may serve."""

    def __init__(self, release: Path, templates: Optional[Path], audiences: list[str]):
        from .render.templating import builtin_dir

        self.release = Path(release).resolve()
        self.templates = Path(templates).resolve() if templates else None
        self.audiences = audiences
        self.roots = {"release": self.release.parent, "builtin": builtin_dir().resolve()}
        if self.templates:
            self.roots["templates"] = self.templates
        self.pages: dict[str, Page] = {}
        self.version = 0
        self.changed = threading.Condition()
        self._build_lock = threading.Lock()

    # --- building -----------------------------------------------------------------------------

    def options(self):
        from .render.options import RenderOptions
        from .render.templating import Templates

        # A new Templates each time: what was edited is read again.
        return RenderOptions(templates=Templates(self.templates))

    def build(self) -> None:
        """Build every audience again; an error becomes that page's content, never an exception."""
        from . import briefings
        from .fidelity import verify
        from .pipeline import load_release
        from .render import render_bytes

        with self._build_lock:
            pages: dict[str, Page] = {}
            try:
                release = load_release(self.release)
            except ReportgenError as e:
                pages = {a: Page(error=f"{self.release.name}: {e}") for a in self.audiences}
            else:
                options = self.options()
                for audience in self.audiences:
                    try:
                        briefing = briefings.build(release, audience)
                        verify(briefing, release, ["html"], options)
                        document = render_bytes(briefing, "html", options).data.decode("utf-8")
                        notes = {n.number: {"text": n.text, "where": n.where} for n in briefing.notes}
                        pages[audience] = Page(html=document, notes=notes, briefing=briefing)
                    except ReportgenError as e:
                        pages[audience] = Page(error=str(e))
                    except Exception as e:  # a bug, shown like an error: the server carries on
                        pages[audience] = Page(error=f"internal error: {type(e).__name__}: {e}")
            with self.changed:
                self.pages = pages
                self.version += 1
                self.changed.notify_all()

    def pdf(self, audience: str) -> Optional[bytes]:
        """The PDF of an audience's briefing as built now (made on first request, then kept)."""
        from .render import render_bytes

        page = self.pages.get(audience)
        if page is None or page.briefing is None:
            return None
        if page.pdf is None:
            page.pdf = render_bytes(page.briefing, "pdf", self.options()).data
        return page.pdf

    def watch_paths(self) -> list[Path]:
        paths = [self.release, self.roots["builtin"]]
        if self.templates:
            paths.insert(0, self.templates)
        return paths

    def watch(self, stop: threading.Event, on_change: Optional[Callable[[], None]] = None) -> None:
        """Rebuild whenever a watched file changes, until `stop` is set (runs in a thread)."""
        from watchfiles import watch

        for _changes in watch(*self.watch_paths(), stop_event=stop, debounce=150, step=50,
                              raise_interrupt=False):
            self.build()
            if on_change:
                on_change()

    # --- serving files ------------------------------------------------------------------------

    def file(self, root: str, relative: str) -> Optional[Path]:
        """A file under one of the served folders, or None when the path leaves it or is no file."""
        base = self.roots.get(root)
        if base is None or not relative or "\x00" in relative:
            return None
        candidate = Path(relative)
        if candidate.is_absolute() or ".." in candidate.parts:
            return None
        try:
            resolved = (base / candidate).resolve()
        except (OSError, RuntimeError):
            return None
        if not resolved.is_relative_to(base) or not resolved.is_file():
            return None
        return resolved


# --- pages ------------------------------------------------------------------------------------

RELOAD_SCRIPT = r"""<script>
(function () {
  var version = %(version)d;
  var source = new EventSource("/events");
  source.onmessage = function (event) { if (Number(event.data) !== version) location.reload(); };
  var notes = %(notes)s;
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    var ref = target.closest(".note-ref");
    var holder = (ref || target).closest("li, p, tr, blockquote");
    if (!ref && holder) ref = holder.querySelector(".note-ref");
    if (!ref) return;
    var number = (ref.textContent || "").trim();
    if (!notes[number]) return;
    event.preventDefault();
    if (window.parent !== window) window.parent.postMessage({note: number, text: notes[number].text,
      where: notes[number].where,
      figure: (holder || ref.parentElement).textContent.replace(/\s+/g, " ").trim()}, "*");
  });
})();
</script>"""

ERROR_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Error: %(audience)s briefing</title>
<style>body{font:16px/1.5 sans-serif;margin:2rem;color:#1a1a1a}
.error{border-left:4px solid #b00020;background:#fdecee;padding:1rem 1.2rem;white-space:pre-wrap;
font:15px/1.5 ui-monospace,monospace}</style></head>
<body><h1>The %(audience)s briefing could not be built</h1>
<p>Fix the file named below and save it: this page reloads by itself.</p>
<pre class="error" id="error">%(message)s</pre>
%(script)s
</body></html>"""

SHELL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>reportgen preview: %(release)s</title>
<style>
*{box-sizing:border-box} body{margin:0;font:14px/1.45 sans-serif;color:#1a1a1a;display:flex;flex-direction:column;height:100vh}
header{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;padding:.5rem 1rem;background:#10304f;color:#fff}
header a{color:#fff;text-decoration:none;padding:.15rem .55rem;border-radius:3px}
header a.current{background:#fff;color:#10304f;font-weight:bold}
header .release{font-weight:bold;margin-right:auto}
.body{display:flex;flex:1;min-height:0}
iframe{flex:1;border:0;min-width:0;background:#f3f5f8}
aside{width:20rem;overflow:auto;border-left:1px solid #dde3ea;padding:.8rem 1rem;background:#fafbfc}
aside h2{font-size:.95rem;margin:.8rem 0 .3rem;color:#10304f}
aside dt{font-family:ui-monospace,monospace;font-size:.8rem;margin-top:.4rem}
aside dd{margin:0 0 0 .6rem;color:#444;font-size:.8rem}
#source{background:#fff;border:1px solid #dde3ea;padding:.6rem;font-size:.85rem}
@media (max-width:50rem){aside{display:none}}
</style></head>
<body>
<header><span class="release">%(release)s</span>
<nav class="audiences">%(audiences)s</nav>
<nav class="modes">%(modes)s</nav></header>
<div class="body">
<iframe id="briefing" title="%(audience)s briefing" src="%(frame)s"></iframe>
<aside>
<h2>Source of a figure</h2>
<div id="source">Click a figure (or its note number) in the briefing to see the sentence of the release it came from.</div>
<h2>Template variables</h2>
<dl>%(variables)s</dl>
<p>Details: templates/README.md (<code>reportgen templates export DIR</code> writes it beside the templates).</p>
</aside></div>
<script>
window.addEventListener("message", function (event) {
  var d = event.data || {}; if (!d.note) return;
  var box = document.getElementById("source"); box.textContent = "";
  var fig = document.createElement("p"); fig.textContent = d.figure; fig.style.fontWeight = "bold";
  var quote = document.createElement("blockquote"); quote.textContent = "\u201c" + d.text + "\u201d"; quote.style.margin = ".4rem 0";
  var where = document.createElement("p"); where.textContent = "Note " + d.note + (d.where ? ": " + d.where : "");
  box.append(fig, quote, where);
});
var version = %(version)d;
new EventSource("/events").onmessage = function (e) { if (Number(e.data) !== version && %(is_pdf)s) location.reload(); };
</script>
</body></html>"""


def variables_html() -> str:
    from .render.reference import FILTERS, TOP_LEVEL

    rows = [f"<dt>{html.escape(name)}</dt><dd>{html.escape(kind)}: {html.escape(text)}</dd>"
            for name, kind, text in TOP_LEVEL]
    rows += [f"<dt>| {html.escape(name)}</dt><dd>filter: {html.escape(text)}</dd>" for name, text in FILTERS]
    return "".join(rows)


class Handler(BaseHTTPRequestHandler):
    preview: Preview  # set on the subclass made by make_server
    server_version = "reportgen-preview"

    def log_message(self, format, *args):  # quiet: the terminal shows what the preview prints
        pass

    # responses
    def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def refuse(self, status: int = HTTPStatus.NOT_FOUND, why: str = "not found") -> None:
        self.send(status, f"{int(status)} {why}\n".encode(), "text/plain; charset=utf-8")

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]")
        if host not in ("127.0.0.1", "localhost"):
            return self.refuse(HTTPStatus.FORBIDDEN, "the preview answers only to 127.0.0.1 and localhost")
        url = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(url.path)
        query = urllib.parse.parse_qs(url.query)
        preview = self.preview
        if path == "/":
            return self.redirect(f"/{preview.audiences[0]}")
        if path == "/events":
            return self.events()
        if path.startswith("/files/"):
            root, _, relative = path[len("/files/"):].partition("/")
            found = preview.file(root, relative)
            if found is None:
                return self.refuse()
            import mimetypes

            return self.send(HTTPStatus.OK, found.read_bytes(),
                             mimetypes.guess_type(found.name)[0] or "application/octet-stream")
        if path.startswith("/doc/"):
            name = path[len("/doc/"):]
            audience, _, ext = name.rpartition(".")
            if audience not in preview.audiences or ext not in ("html", "pdf"):
                return self.refuse()
            return self.document(audience, ext)
        audience = path.strip("/")
        if audience in preview.audiences:
            return self.shell(audience, "pdf" if query.get("view") == ["pdf"] else "html")
        return self.refuse()

    def redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def shell(self, audience: str, view: str) -> None:
        preview = self.preview
        audiences = " ".join(
            f'<a href="/{a}?view={view}"{" class=current" if a == audience else ""}>{html.escape(a)}</a>'
            for a in preview.audiences)
        modes = " ".join(
            f'<a href="/{audience}?view={v}"{" class=current" if v == view else ""}>{label}</a>'
            for v, label in (("html", "Screen"), ("pdf", "As printed (PDF)")))
        body = SHELL % {
            "release": html.escape(preview.release.name), "audience": html.escape(audience),
            "audiences": audiences, "modes": modes, "frame": f"/doc/{audience}.{view}",
            "variables": variables_html(), "version": preview.version,
            "is_pdf": "true" if view == "pdf" else "false",
        }
        self.send(HTTPStatus.OK, body.encode("utf-8"))

    def document(self, audience: str, ext: str) -> None:
        preview = self.preview
        with preview.changed:
            version, page = preview.version, preview.pages.get(audience, Page(error="not built yet"))
        script = RELOAD_SCRIPT % {"version": version,
                                  "notes": json.dumps({str(k): v for k, v in page.notes.items()}).replace("</", "<\\/")}
        if page.error is not None:
            body = ERROR_PAGE % {"audience": html.escape(audience), "message": html.escape(page.error),
                                 "script": script}
            return self.send(HTTPStatus.OK, body.encode("utf-8"))
        if ext == "pdf":
            try:
                data = preview.pdf(audience)
            except ReportgenError as e:
                body = ERROR_PAGE % {"audience": html.escape(audience), "message": html.escape(str(e)),
                                     "script": script}
                return self.send(HTTPStatus.OK, body.encode("utf-8"))
            return self.send(HTTPStatus.OK, data or b"", "application/pdf")
        document = page.html
        at = document.rfind("</body>")
        document = document[:at] + script + document[at:] if at >= 0 else document + script
        self.send(HTTPStatus.OK, document.encode("utf-8"))

    def events(self) -> None:
        """Server-sent events: the build version now, then each new one as it is built."""
        preview = self.preview
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        try:
            version = preview.version
            self.wfile.write(f"data: {version}\n\n".encode())
            self.wfile.flush()
            while not getattr(self.server, "stopping", False):
                seen = version
                with preview.changed:
                    preview.changed.wait_for(
                        lambda seen=seen: preview.version != seen or getattr(self.server, "stopping", False),
                        timeout=EVENT_HEARTBEAT_S)
                    now = preview.version
                if now != version:
                    version = now
                    self.wfile.write(f"data: {version}\n\n".encode())
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


def make_server(preview: Preview, port: int = 8000) -> ThreadingHTTPServer:
    """The HTTP server of a preview, bound to 127.0.0.1 only (port 0: any free port)."""
    handler = type("PreviewHandler", (Handler,), {"preview": preview})
    server = ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    return server


def serve(release: Path, templates: Optional[Path], audiences: list[str], port: int = 8000,
          echo: Callable[[str], None] = print) -> None:
    """Build, serve and watch until interrupted (Ctrl+C)."""
    if not Path(release).is_file():
        raise ReportgenError(f"{release}: no such file")
    if templates is not None and not Path(templates).is_dir():
        raise ReportgenError(f"{templates}: templates folder not found")
    preview = Preview(Path(release), templates, audiences)
    preview.build()
    try:
        server = make_server(preview, port)
    except OSError as e:
        raise ReportgenError(f"cannot listen on {HOST}:{port} ({e.strerror})") from None
    stop = threading.Event()

    def rebuilt() -> None:
        errors = [f"{a}: {p.error}" for a, p in preview.pages.items() if p.error]
        echo(time.strftime("%H:%M:%S ") + ("rebuilt" if not errors else "rebuilt with errors: " + "; ".join(errors)))

    watcher = threading.Thread(target=preview.watch, args=(stop, rebuilt), daemon=True)
    watcher.start()
    echo(f"Serving the preview of {Path(release).name} on http://{HOST}:{server.server_address[1]}/ "
         f"(audiences: {', '.join(audiences)}); press Ctrl+C to stop")
    for audience, page in preview.pages.items():
        if page.error:
            echo(f"error: {audience}: {page.error}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.stopping = True
        with preview.changed:
            preview.changed.notify_all()
        server.server_close()
