"""The room view's web server, inside the app's own event loop (aiohttp).

It is a server on a teacher's laptop in a school network, so it gives away as little as
it can:

- it listens on 127.0.0.1 only;
- every path starts with a random secret (192 bits); any other path gets 404;
- the push stream is at ``/ev/<token>``, the token a digest of the secret, and every state
  on it is signed with the secret (HMAC-SHA-256): a process that takes the port after
  kaarten quits sees only the token, and the page that stayed open on the projector shows
  nothing of what it sends (no phishing QR code);
- the Host header must name 127.0.0.1 or localhost with this port (DNS rebinding), and
  the push connection, when it says where it comes from, must come from the page itself;
- only GET and HEAD exist: the page can change nothing in the app;
- three files and one stream are served, with ``Content-Security-Policy: default-src
  'self'`` (on refusals too), nothing from elsewhere (no fonts, no scripts from the
  internet);
- it lives in the app's own process, so a flood must not take the app's file descriptors:
  at most :data:`MAX_CONNECTIONS` connections (more are closed at once), and one that has
  not become the page's push stream after :data:`FIRST_REQUEST` seconds is closed;
- a page that reads slowly (a laptop gone to sleep) gets only the newest state, nothing
  piles up;
- :meth:`RoomServer.stop` ends every stream and frees the port.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
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
MAX_CONNECTIONS = 32
"""Open connections at most: a few projector pages and their files. Each costs a file
descriptor of the app (macOS Terminal allows 256 in all)."""
BACKLOG = 16
"""Connections waiting to be accepted. asyncio accepts this many at a time and closes the
ones over the limit a moment later: with its default of 100 a flood briefly held 180
descriptors."""
FIRST_REQUEST = 10.0
"""Seconds a connection may stay open without being a push stream: long enough to ask for
a file (or several, kept alive), too short for a flood of idle sockets to pile up."""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class _Newest:
    """What one page is still to get: only the newest state. None once the server stops.

    A new state wakes the page's stream in one step of the event loop (a future, not
    ``asyncio.wait_for`` around an event, which takes three): the app shares the loop, and
    each step waits for whatever the app draws meanwhile."""

    def __init__(self, state: str) -> None:
        self.state: str | None = state
        self._pending = True  # the state now, first
        self._waiter: asyncio.Future[None] | None = None

    def put(self, state: str | None) -> None:
        self.state = state
        self._pending = True
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def next(self, timeout: float) -> str | None:
        """The newest state once there is one (TimeoutError after ``timeout`` seconds)."""
        if not self._pending:
            loop = asyncio.get_running_loop()
            waiter = self._waiter = loop.create_future()
            late = loop.call_later(timeout, _time_out, waiter)
            try:
                await waiter
            finally:
                late.cancel()
                self._waiter = None
        self._pending = False
        return self.state


def _time_out(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class _Closed(asyncio.Protocol):
    """A connection over :data:`MAX_CONNECTIONS`: closed as soon as it is made."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


class RoomServer:
    """Serves the room page and pushes each new state to every open page."""

    def __init__(self, secret: str | None = None, port: int = 0) -> None:
        self.secret = secret or secrets.token_urlsafe(24)
        self.port = port
        self._state = "{}"
        self._streams: dict[object, _Newest] = {}
        """The open push streams: their connection → what it is still to get."""
        self._files = {
            name: (resources.files("kaarten.room").joinpath("static", file).read_bytes(), kind)
            for name, (file, kind) in STATIC.items()
        }
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.Server | None = None

    @property
    def address(self) -> str:
        """The page's address, secret included."""
        return f"http://127.0.0.1:{self.port}/{self.secret}/"

    @property
    def stream_path(self) -> str:
        """Where the page listens for states: without the secret (see the module)."""
        return f"/ev/{stream_token(self.secret)}"

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
        # Listening ourselves rather than with a TCPSite, to count the connections. The
        # default reuse_address lets a new start take the port back while the last
        # connections to it linger (TIME_WAIT); two listeners on one port stay impossible.
        loop = asyncio.get_running_loop()
        try:
            listener = await loop.create_server(
                self._connection, "127.0.0.1", self.port, backlog=BACKLOG
            )
        except OSError:
            await runner.cleanup()
            raise
        self._runner, self._listener = runner, listener
        self.port = int(listener.sockets[0].getsockname()[1])
        return self.address

    def _connection(self) -> asyncio.BaseProtocol:
        """A new connection: aiohttp's handler, unless there are too many already; closed
        after :data:`FIRST_REQUEST` seconds unless it has become a push stream."""
        server = self._runner.server if self._runner is not None else None
        if server is None or len(server.connections) >= MAX_CONNECTIONS:
            return _Closed()
        handler = server()
        asyncio.get_running_loop().call_later(FIRST_REQUEST, self._unless_streaming, handler)
        return handler

    def _unless_streaming(self, handler: asyncio.BaseProtocol) -> None:
        transport = getattr(handler, "transport", None)
        if handler not in self._streams and transport is not None:
            transport.close()

    async def stop(self) -> None:
        """End every stream, stop listening and free the port."""
        for newest in self._streams.values():
            newest.put(None)
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        if listener is not None:
            await listener.wait_closed()

    def publish(self, state: str) -> None:
        """A new state (JSON) for every open page, and for pages that open later."""
        if state == self._state:
            return
        self._state = state
        for newest in self._streams.values():
            newest.put(state)

    # -- requests -------------------------------------------------------------------------

    def _hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuse anything but a GET of our own paths, by our own name, from our page;
        every answer, a refusal too, with :data:`HEADERS`."""
        try:
            if request.host not in self._hosts():
                raise web.HTTPNotFound()
            prefix = f"/{self.secret}/"
            ours = request.path.startswith(prefix) or request.path in (
                prefix.rstrip("/"),
                self.stream_path,
            )
            if not ours:
                raise web.HTTPNotFound()
            if request.method not in ("GET", "HEAD"):
                raise web.HTTPMethodNotAllowed(request.method, ["GET", "HEAD"])
            response = await handler(request)
        except web.HTTPException as refused:
            refused.headers.update(HEADERS)
            raise
        response.headers.update(HEADERS)
        return response

    async def _route(self, request: web.Request) -> web.StreamResponse:
        if request.path == self.stream_path:
            return await self._events(request)
        tail = request.path.removeprefix(f"/{self.secret}").removeprefix("/")
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
        headers = {**HEADERS, "Content-Type": "text/event-stream"}
        if request.method == "HEAD":  # the headers a GET would have, and no stream
            return web.Response(headers=headers)
        response = web.StreamResponse(headers=headers)
        await response.prepare(request)
        newest = self._streams[request.protocol] = _Newest(self._state)
        try:
            while True:
                try:
                    state = await newest.next(KEEP_ALIVE)
                except TimeoutError:
                    await response.write(b": nog hier\n\n")
                    continue
                if state is None:  # the server stops
                    break
                await response.write(self._event(state))
        except ConnectionResetError:
            pass  # the page went away
        finally:
            self._streams.pop(request.protocol, None)
            with contextlib.suppress(Exception):
                await response.write_eof()
        return response

    def _event(self, state: str) -> bytes:
        """One state as a server-sent event, signed with the secret."""
        mac = hmac.new(self.secret.encode(), state.encode(), hashlib.sha256).hexdigest()
        return f"data: {json.dumps({'state': state, 'mac': mac})}\n\n".encode()


def stream_token(secret: str) -> str:
    """The push stream's path part: a digest of the secret, which does not give it away.
    The page works it out the same way (room.js)."""
    digest = hashlib.sha256(secret.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:32]
