"""PDFs rendered in a helper process while the build reads the release, when a core is spare.

    helper = PdfHelper.start(options)        # forks; the child imports WeasyPrint and its fonts
    ...read the release, check each briefing...
    helper.submit(key, html)                 # the child renders it as soon as it comes
    ...the Word documents, meanwhile...
    pdfs = helper.finish()                   # {key: Rendered} of those the child made

One release built alone leaves a core idle: the reading, the fidelity checks and the Word documents
run on one core while WeasyPrint is imported and lays out the PDFs on the other. The child is only
a helper: it writes no output file, and any key it did not render (an error of WeasyPrint, a bug,
a child that could not start) is absent from `finish()`, so the caller renders that PDF itself and
errors, tracebacks and --debug are exactly those of a serial build. A child's results travel in
files of a private temporary folder, so neither side ever waits on a full pipe.
"""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import struct
import sys
import tempfile
import threading
from typing import Any, Optional

_HEADER = struct.Struct("!I")


def cores() -> int:
    """The cores this process may run on (the default of `--jobs`)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def spare_core() -> bool:
    """Whether a second core is there to use (and os.fork, and no other thread to fork under)."""
    return hasattr(os, "fork") and threading.active_count() == 1 and cores() > 1


class PdfHelper:
    def __init__(self, pid: Optional[int] = None, pipe=None, folder: Optional[str] = None):
        self.pid, self.pipe, self.folder = pid, pipe, folder
        self.started_pid = pid  # (pid is None once the child is reaped)
        self.keys: list[Any] = []

    @classmethod
    def start(cls, options) -> PdfHelper:
        """A helper rendering with `options`, or an idle one (every `submit` ignored) when no core
        is spare or it cannot start."""
        if not spare_core():
            return cls()
        folder = tempfile.mkdtemp(prefix="reportgen-pdf-")
        sys.stdout.flush()
        sys.stderr.flush()
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            shutil.rmtree(folder, ignore_errors=True)
            return cls()
        if pid == 0:
            os.close(write_fd)
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: the parent cleans up
                _serve(os.fdopen(read_fd, "rb"), folder, options)
                code = 0
            except BaseException:
                pass
            finally:
                os._exit(code)  # never the parent's exit handlers
        os.close(read_fd)
        return cls(pid, os.fdopen(write_fd, "wb"), folder)

    def submit(self, key: Any, html: str) -> None:
        if self.pid is None:
            return
        data = pickle.dumps((len(self.keys), html), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.pipe.write(_HEADER.pack(len(data)) + data)
            self.pipe.flush()
        except OSError:  # the child is gone: the caller renders the rest
            return
        self.keys.append(key)

    def finish(self) -> dict:
        """{key: Rendered} of every submitted HTML the child rendered; the child is done after it."""
        if self.pid is None:
            return {}
        try:
            self.pipe.close()
        except OSError:
            pass
        os.waitpid(self.pid, 0)
        self.pid = None
        done = {}
        for number, key in enumerate(self.keys):
            try:
                with open(os.path.join(self.folder, f"{number}.pdf.pickle"), "rb") as handle:
                    done[key] = pickle.load(handle)
            except Exception:  # not rendered there: the caller renders it
                continue
        self.cancel()
        return done

    def cancel(self) -> None:
        """Stop the child (if still running) and remove its folder."""
        if self.pid is not None:
            try:
                self.pipe.close()
            except OSError:
                pass
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _serve(pipe, folder: str, options) -> None:
    """The child: import WeasyPrint and compile the fonts, then render each HTML as it comes."""
    from .render.pdf import font_stylesheet, html_to_pdf

    font_css = options.templates.font_css()
    if font_css:
        try:
            font_stylesheet(font_css, tuple(options.templates.dirs))
        except Exception:  # each render says what is wrong
            pass
    while header := pipe.read(_HEADER.size):
        (size,) = _HEADER.unpack(header)
        number, html = pickle.loads(pipe.read(size))
        try:
            rendered = html_to_pdf(html, options)
        except Exception:
            continue  # the parent renders it, and reports the error as a serial build does
        target = os.path.join(folder, f"{number}.pdf.pickle")
        with open(target + ".tmp", "wb") as handle:
            pickle.dump(rendered, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(target + ".tmp", target)
