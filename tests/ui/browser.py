"""A real browser for the room view's tests: headless Chromium driven over the DevTools
protocol (a websocket, spoken with aiohttp, which the room view needs anyway)."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import aiohttp

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One page in a headless Chromium; ``async with Browser(width, height) as page``."""

    def __init__(self, width: int = 1920, height: int = 1080) -> None:
        self.width, self.height = width, height
        self._ids = itertools.count(1)
        self._folder = tempfile.TemporaryDirectory()
        self._process: asyncio.subprocess.Process | None = None
        self._session: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None

    async def __aenter__(self) -> Self:
        program = chromium()
        assert program is not None, "chromium is not installed (.ci/run installs it)"
        self._process = await asyncio.create_subprocess_exec(
            program,
            *FLAGS,
            f"--user-data-dir={self._folder.name}",
            f"--window-size={self.width},{self.height}",
            "about:blank",
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        assert self._process.stderr is not None
        endpoint = None
        while endpoint is None:
            line = await asyncio.wait_for(self._process.stderr.readline(), 30)
            assert line, "chromium ended before it listened"
            found = re.search(rb"DevTools listening on (ws://\S+)", line)
            endpoint = found.group(1).decode() if found else None
        port = endpoint.split(":")[2].split("/")[0]
        self._session = aiohttp.ClientSession()
        async with self._session.get(f"http://127.0.0.1:{port}/json/list") as response:
            pages = [t for t in await response.json() if t["type"] == "page"]
        self._socket = await self._session.ws_connect(
            pages[0]["webSocketDebuggerUrl"], max_msg_size=0
        )
        await self.size(self.width, self.height)
        return self

    async def size(self, width: int, height: int) -> None:
        """Show the page at ``width`` × ``height`` (as a projector of that resolution), and
        wait until it has laid itself out again."""
        await self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        self.width, self.height = width, height
        await self.wait_for(f"window.innerWidth === {width} && window.innerHeight === {height}")
        # The page refits on its resize event; a frame later the new layout is there.
        await self.evaluate("new Promise((done) => requestAnimationFrame(() => done(true)))")

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._session is not None:
            await self._session.close()
        if self._process is not None and self._process.returncode is None:
            self._process.kill()
            await self._process.wait()
        self._folder.cleanup()

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        """One DevTools command; its result."""
        assert self._socket is not None
        ident = next(self._ids)
        await self._socket.send_str(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = await asyncio.wait_for(self._socket.receive_json(), 30)
            if message.get("id") == ident:
                assert "error" not in message, message
                return dict(message.get("result", {}))

    async def open(self, address: str) -> None:
        await self.send("Page.navigate", url=address)

    async def evaluate(self, expression: str) -> Any:
        result = await self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        return result.get("result", {}).get("value")

    async def wait_for(self, expression: str, timeout: float = 10.0) -> float:
        """Seconds until ``expression`` is true on the page (AssertionError after
        ``timeout``)."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        while loop.time() - start < timeout:
            if await self.evaluate(expression):
                return loop.time() - start
            await asyncio.sleep(0.02)
        raise AssertionError(f"not true within {timeout} s: {expression}")

    async def screenshot(self, path: Path) -> Path:
        result = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(result["data"]))
        return path
