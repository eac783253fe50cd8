"""The room view's web server, inside the app's own event loop (aiohttp).

It is a server on a teacher's laptop in a school network, so it gives away as little as
it can:

- it listens on 127.0.0.1 only;
- every path starts with a random secret (192 bits); any other path gets 404;
- the Host header must name 127.0.0.1 or localhost with this port (DNS rebinding), and
  the push connection, when it says where it comes from, must come from the page itself;
- only GET and HEAD exist: the page can change nothing in the app;
- three files and one stream are served, with ``Content-Security-Policy: default-src
  'self'``, nothing from elsewhere (no fonts, no scripts from the internet);
- :meth:`RoomServer.stop` ends every stream and frees the port.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import Awaitable, Callable
from importlib import resources

from aiohttp import web

STATIC = {
    "": ("index.html", "text/html"),
    "room.css": ("room.css", "text/css"),
    "room.js": ("room.js", "text/javascript"),
}
"""Path after the secret → (file in ``static/``, content type). Nothing else is served."""
HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
KEEP_ALIVE = 15.0
"""Seconds between comments on a quiet stream, so a dead connection is noticed."""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class RoomServer:
    """Serves the room page and pushes each new state to every open page."""

    def __init__(self, secret: str | None = None, port: int = 0) -> None:
        self.secret = secret or secrets.token_urlsafe(24)
        self.port = port
        self._state = "{}"
        self._streams: set[asyncio.Queue[str | None]] = set()
        self._files = {
            name: (resources.files("kaarten.room").joinpath("static", file).read_bytes(), kind)
            for name, (file, kind) in STATIC.items()
        }
        self._runner: web.AppRunner | None = None

    @property
    def address(self) -> str:
        """The page's address, secret included."""
        return f"http://127.0.0.1:{self.port}/{self.secret}/"

    @property
    def running(self) -> bool:
        return self._runner is not None

    async def start(self) -> str:
        """Listen on 127.0.0.1 (the port given, else one the system picks); returns the
        address. Raises OSError when the port cannot be had."""
        app = web.Application(middlewares=[self._guard])
        app.router.add_route("*", "/{tail:.*}", self._route)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await runner.setup()
        # The default reuse_address lets a new start take the port back while the last
        # connections to it linger (TIME_WAIT); two listeners on one port stay impossible.
        site = web.TCPSite(runner, "127.0.0.1", self.port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = int(runner.addresses[0][1])
        return self.address

    async def stop(self) -> None:
        """End every stream, stop listening and free the port."""
        for queue in list(self._streams):
            queue.put_nowait(None)
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    def publish(self, state: str) -> None:
        """A new state (JSON) for every open page, and for pages that open later."""
        if state == self._state:
            return
        self._state = state
        for queue in self._streams:
            queue.put_nowait(state)

    # -- requests -------------------------------------------------------------------------

    def _hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuse anything but a GET of our own paths, by our own name, from our page."""
        if request.host not in self._hosts():
            raise web.HTTPNotFound()
        prefix = f"/{self.secret}/"
        if not request.path.startswith(prefix) and request.path != prefix.rstrip("/"):
            raise web.HTTPNotFound()
        if request.method not in ("GET", "HEAD"):
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "HEAD"])
        response = await handler(request)
        response.headers.update(HEADERS)
        return response

    async def _route(self, request: web.Request) -> web.StreamResponse:
        tail = request.path.removeprefix(f"/{self.secret}").removeprefix("/")
        if tail == "events":
            return await self._events(request)
        if request.path == f"/{self.secret}":  # the address without its last slash
            raise web.HTTPFound(f"/{self.secret}/")
        found = self._files.get(tail)
        if found is None:
            raise web.HTTPNotFound()
        body, kind = found
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _events(self, request: web.Request) -> web.StreamResponse:
        """The push channel (server-sent events): the state now, then every change."""
        origin = request.headers.get("Origin")
        if origin is not None and origin not in {f"http://{h}" for h in self._hosts()}:
            raise web.HTTPForbidden()
        if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            raise web.HTTPForbidden()
        response = web.StreamResponse(headers={**HEADERS, "Content-Type": "text/event-stream"})
        await response.prepare(request)
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._streams.add(queue)
        try:
            await response.write(_event(self._state))
            while True:
                try:
                    state = await asyncio.wait_for(queue.get(), KEEP_ALIVE)
                except TimeoutError:
                    await response.write(b": nog hier\n\n")
                    continue
                if state is None:  # the server stops
                    break
                await response.write(_event(state))
        except ConnectionResetError:
            pass  # the page went away
        finally:
            self._streams.discard(queue)
            with contextlib.suppress(Exception):
                await response.write_eof()
        return response


def _event(state: str) -> bytes:
    return f"data: {state}\n\n".encode()
