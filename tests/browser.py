"""A real Chromium for tests of pages users open, kept off the network.

Debian's chromium is used rather than Playwright's download, so tests need no network to set up;
they skip when it is not installed. Every request that is not local is recorded and aborted, so a
page that tries to reach out fails its test without anything leaving the machine.
"""
from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@dataclass
class PageLog:
    """What a page did besides drawing: console errors, uncaught exceptions and requests."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def foreign_requests(self, own_url: str) -> list[str]:
        local = LOCAL_SCHEMES[1:]  # any other file is foreign too
        return [url for url in self.requests if url != own_url and not url.startswith(local)]


@contextlib.contextmanager
def chromium() -> Iterator:
    """A headless browser; skips the test when Debian's chromium is missing."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is not installed; .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium) - no real browser")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def open_page(browser, url: str, width: int = 1280, height: int = 800) -> Iterator[tuple]:
    """The page at ``url`` with a log of what it did; non-local requests never leave."""
    context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
    log = PageLog()
    def keep_local(route):
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", keep_local)
    page = context.new_page()
    page.on("console", lambda msg: msg.type == "error" and log.console_errors.append(msg.text))
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    page.on("request", lambda request: log.requests.append(request.url))
    try:
        page.goto(url)
        yield page, log
    finally:
        context.close()


def wait_for(page, expression: str, timeout: float = 30.0) -> None:
    """Poll ``expression`` from outside the page: ``page.wait_for_function`` evaluates its
    predicate with ``eval`` inside the page, which a strict Content-Security-Policy forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"page never made {expression!r} true in {timeout} s")
        page.wait_for_timeout(50)
