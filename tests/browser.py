"""Headless Chromium for the tests: Debian's /usr/bin/chromium driven by Playwright (no browser
download; `make test` installs chromium through scripts/system-deps.sh)."""

from __future__ import annotations

import shutil
from contextlib import contextmanager

import pytest

# As the machine's own probe starts it: no sandbox (tests may run as root), no GPU, and none of
# Chromium's background connections, which a closed network refuses many at a time.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("Chromium is needed: make test installs it (apt-get install chromium)")
    return path


@contextmanager
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=FLAGS)
        try:
            yield instance
        finally:
            instance.close()
