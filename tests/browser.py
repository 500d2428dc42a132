"""A real browser for the tests of kg viz (and bench/viz_page.py): Debian's headless Chromium.

``chromium()`` finds it (installing it first where the suite may: root, apt-get; else the test is
skipped saying what to install). ``rendered_dom`` prints a page's DOM after its scripts ran.
``Browser`` drives a page through the DevTools protocol over a pipe (``--remote-debugging-pipe``:
no port, no websocket, only the standard library): evaluate script in it, read the console,
take screenshots.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

CHROMIUM_INSTALL = "apt-get install -y chromium"
_APT_TIMEOUT = 1200  # seconds for apt-get update and install together


def chromium() -> str:
    """Debian's chromium, installed first where the suite may (root, apt-get); else a skip."""
    found, reason = find_chromium()
    if found is None:
        pytest.skip(
            f"Debian's chromium is not installed ({reason}), so the browser tests of kg viz did "
            f"not run: install it with `{CHROMIUM_INSTALL}` (as root) and run them again"
        )
    return found


@functools.cache
def find_chromium() -> tuple[str | None, str]:
    """The chromium command, or None and why it could not be had. Installs it once if it may."""
    found = _chromium_on_path()
    if found is not None:
        return found, ""
    if os.environ.get("KG_INSTALL_CHROMIUM", "1") == "0":
        return None, "KG_INSTALL_CHROMIUM=0: not installing it"
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return None, "installing it needs root and apt-get"
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                env=environment,
                timeout=_APT_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None, f"{' '.join(command)} took over {_APT_TIMEOUT} s"
        if done.returncode != 0:
            last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or ["failed"]
            return None, f"{' '.join(command)} failed: {last[0]}"
    found = _chromium_on_path()
    return (found, "") if found else (None, "apt-get installed no chromium command")


def _chromium_on_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def rendered_dom(page: Path, profile: Path) -> str:
    """The page's DOM after its scripts ran, in headless Chromium with networking off.

    The browser's console must stay quiet: no script error, and nothing the Content-Security-Policy
    had to refuse (an injected script or handler would be refused, and logged).
    """
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={profile}",
        "--window-size=1400,900",
        "--virtual-time-budget=5000",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    complaints = ("Uncaught", "Content Security Policy", "Refused to")
    assert not [line for line in console if any(c in line for c in complaints)], console
    return done.stdout


# Switches for a quiet, offline, throwaway headless browser.
QUIET_SWITCHES = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
# What a page's console may never say: a script error, or something the CSP refused.
COMPLAINTS = ("Uncaught", "Content Security Policy", "Refused to")


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium with one page, driven over the DevTools protocol.

    Use it as a context manager: the browser is closed (and its process waited for) on exit.
    ``console`` collects what the page logged and every exception it threw.
    """

    def __init__(self, command: str, *, width: int = 1400, height: int = 900) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="kg-chromium-"))
        to_browser, self._commands = os.pipe()  # we write commands; Chromium reads its fd 3
        self._replies, from_browser = os.pipe()  # Chromium writes to its fd 4; we read

        def wire() -> None:  # in the child: the pipes on the fds Chromium reads and writes
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        self.process = subprocess.Popen(
            [
                command,
                *QUIET_SWITCHES,
                "--remote-debugging-pipe",
                f"--user-data-dir={self.profile}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=wire,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self.console: list[str] = []
        self.session = ""
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.session = ""
            self._send("Browser.close", {})
        except OSError:
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)
        for fd in (self._commands, self._replies):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)

    # -- the protocol -------------------------------------------------------------------------

    def _send(self, method: str, params: dict[str, Any]) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode("utf-8") + b"\0")
        return self._next_id

    def _receive(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise BrowserError("Chromium did not answer in time")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        received: dict[str, Any] = json.loads(message)
        return received

    def call(self, method: str, timeout: float = 60.0, **params: Any) -> dict[str, Any]:
        """Send one command and return its result (events met meanwhile are recorded)."""
        wanted = self._send(method, params)
        while True:
            message = self._receive(timeout)
            if message.get("id") == wanted:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self._record(message)

    def _record(self, message: dict[str, Any]) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.consoleAPICalled":
            texts = [str(a.get("value", a.get("description", ""))) for a in params["args"]]
            self.console.append(f"console.{params['type']}: {' '.join(texts)}")
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            description = details.get("exception", {}).get("description", details.get("text"))
            self.console.append(f"Uncaught {description}")
        elif method == "Log.entryAdded":
            self.console.append(f"{params['entry']['level']}: {params['entry']['text']}")

    # -- pages --------------------------------------------------------------------------------

    def open(self, page: Path, ready: str = "document.readyState === 'complete'") -> None:
        """Load ``page`` and wait until the script expression ``ready`` is true."""
        self.call("Page.navigate", url=page.as_uri())
        self.wait_for(ready)

    def wait_for(self, condition: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        check = f"(() => {{ try {{ return Boolean({condition}); }} catch {{ return false; }} }})()"
        while not self.evaluate(check):
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {condition}; console: {self.console}")
            time.sleep(0.05)

    def evaluate(self, expression: str) -> Any:
        """The value of a script expression in the page (a promise is awaited)."""
        result = self.call(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def type_text(self, text: str) -> None:
        """Type ``text`` into the focused element, as a user would."""
        self.call("Input.insertText", text=text)

    def press(self, key: str) -> None:
        """Press and release a key (``Enter``, ``Escape``) on the focused element."""
        codes = {"Enter": 13, "Escape": 27, "ArrowDown": 40}
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=key,
                windowsVirtualKeyCode=codes.get(key, 0),
            )

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def complaints(self) -> list[str]:
        """What the console said that it never should (script errors, CSP refusals)."""
        return [line for line in self.console if any(c in line for c in COMPLAINTS)]
