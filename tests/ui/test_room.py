"""The room view: what the projector shows arrives after the coach's key, nothing private
ever leaves the app, and the server refuses everything but its own page."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import aiohttp
import pytest
from textual.widgets import Markdown
from yarl import URL

from kaarten.room.server import RoomServer, stream_token
from kaarten.text import md
from kaarten.ui.app import KaartenApp
from kaarten.ui.room_view import RoomAddress
from kaarten.ui.screens.energizer import EnergizerScreen
from kaarten.ui.screens.session import SessionScreen
from tests.ui.conftest import SMALL, WAIT, AppFactory, AppPilot, screen_text, wait_until
from tests.ui.test_session_screens import SIZE, FakeClock, fake_clock, records, start_session

DECK = "ouderbetrokkenheid"


async def room_on(pilot: AppPilot, app: KaartenApp) -> str:
    """Turn the room view on with its key (no browser in a test); returns the address."""
    app.room.open_browser = False
    await pilot.press("f7")
    await wait_until(pilot, lambda: app.room.on, "the room view to be on")
    return app.room.address


class Stream:
    """The page's push channel, read as the page reads it (each state's signature checked
    with the secret of ``address``); keeps every message seen."""

    def __init__(self, response: aiohttp.ClientResponse, address: str) -> None:
        self.response = response
        self.secret = URL(address).path.strip("/").encode()
        self.seen: list[str] = []

    async def next(self, timeout: float = WAIT) -> dict[str, Any]:
        async def read() -> dict[str, Any]:
            data = ""
            while True:
                line = (await self.response.content.readline()).decode()
                if line.startswith("data: "):
                    data = line[6:].rstrip("\n")
                elif line in ("\n", "") and data:
                    self.seen.append(data)
                    signed = json.loads(data)
                    state = signed["state"].encode()
                    mac = hmac.new(self.secret, state, hashlib.sha256).hexdigest()
                    assert hmac.compare_digest(signed["mac"], mac), "not signed with the secret"
                    return dict(json.loads(state))

        return await asyncio.wait_for(read(), timeout)

    async def until(self, wanted: str, value: object, timeout: float = WAIT) -> dict[str, Any]:
        """The first state whose ``wanted`` field is ``value``."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while True:
            state = await self.next(max(0.1, end - loop.time()))
            if state.get(wanted) == value:
                return state


@pytest.fixture
async def client() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def stream_address(address: str) -> str:
    """Where the page at ``address`` listens: its origin, and a digest of the secret."""
    page = URL(address)
    return str(page.with_path(f"/ev/{stream_token(page.path.strip('/'))}"))


async def open_stream(client: aiohttp.ClientSession, address: str) -> Stream:
    response = await client.get(stream_address(address))
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/event-stream")
    return Stream(response, address)


async def test_the_page_shows_each_card_as_it_is_drawn(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        address = await room_on(pilot, app)
        assert address.startswith("http://127.0.0.1:")
        page = await client.get(address)
        assert page.status == 200 and "room.js" in await page.text()
        assert page.headers["Content-Security-Policy"] == "default-src 'self'"
        stream = await open_stream(client, address)
        assert (await stream.next())["view"] == "welkom"
        deck = app.result.library.decks[DECK]
        app.go.card_sets(deck, ["1.1"])
        first = await stream.until("view", "kaart")
        cards = deck.card_sets["1.1"].cards
        assert first["text"] == cards[0].text and first["kind"] == "Gesprekskaart"
        assert first["title"] == "1.1 Behoefte van ouders"
        await pilot.press("space")
        second = await stream.until("text", cards[1].text)
        assert second["view"] == "kaart"
        # The address stays on the coach's screen, in full, while the room view is on.
        assert app.screen.query(RoomAddress) and address in screen_text(app).replace("\n", "")
        await pilot.press("f2")  # in the other language too
        english = f"Room: {address}"
        await wait_until(pilot, lambda: english in screen_text(app), "the address in English")


async def test_nothing_private_reaches_the_room(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna\nBram\nJosé")
        address = await room_on(pilot, app)
        stream = await open_stream(client, address)
        await stream.next()
        await pilot.press("v", "enter")  # the kaartenset: its card table
        await stream.until("view", "kaart")
        await pilot.press("r")  # a round: the card is Anna's
        await stream.until("turn", "voor Anna")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Vader is ziek", "enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter", *"Ouders bellen", "enter")  # for Anna, whose card it is
        await pilot.pause()
        await pilot.press("space")
        await stream.until("turn", "voor Bram")
        await pilot.press("h", "h")  # the handleiding goes and comes: the room never had it
        await pilot.press("full_stop")  # the room goes black after it, so it has seen the h
        await stream.until("view", "zwart")
        page = await (await client.get(address)).text()
    traffic = "\n".join([page, *stream.seen])
    for private in ("Vader is ziek", "Ouders bellen", "José", "Doel", "Werkwijze"):
        assert private not in traffic


async def test_qr_code_black_screen_and_back(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        address = await room_on(pilot, app)
        stream = await open_stream(client, address)
        app.go.card_sets(app.result.library.decks[DECK], ["3.2"])
        await stream.until("view", "kaart")
        await pilot.press("q")
        shown = await stream.until("view", "qr")
        assert shown["address"].startswith("https://") and shown["title"]
        assert len(shown["qr"]) >= 21 and set("".join(shown["qr"])) == {"0", "1"}
        await pilot.press("full_stop")
        black = await stream.until("view", "zwart")
        assert black["text"] == "" and black["qr"] == []
        await pilot.press("full_stop")
        await stream.until("view", "qr")


async def test_the_timer_and_time_up_reach_the_room(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        stream, state, clock = await _session_in_the_room(pilot, app, client)
        assert state["view"] == "welkom"
        clock.now += 10 * 60 + 5
        over = await stream.until("timer", {**state["timer"], **_over("+00:05")})
        assert over["timer"]["label"] == "Tijd is om"


async def _session_in_the_room(
    pilot: AppPilot, app: KaartenApp, client: aiohttp.ClientSession
) -> tuple[Stream, dict[str, Any], FakeClock]:
    """A session started, the room view on and its stream read to the first state (the
    energizer's 10:00), then the energizer's timer started on a clock the test moves."""
    await start_session(pilot)
    stream = await open_stream(client, await room_on(pilot, app))
    state = await stream.next()
    assert state["timer"]["display"] == "10:00"
    clock = fake_clock(app)
    await pilot.press("space")  # the energizer's timer starts
    return stream, state, clock


def _over(display: str) -> dict[str, object]:
    return {"display": display, "label": "Tijd is om", "over": True, "running": True}


async def test_the_room_view_turns_off_and_frees_its_port(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        address = await room_on(pilot, app)
        port = URL(address).port
        stream = await open_stream(client, address)
        await stream.next()
        await pilot.press("f7")
        await wait_until(
            pilot,
            lambda: not app.room.on and not app.screen.query(RoomAddress),
            "the room view to be off",
        )
        assert await stream.response.content.read() == b""  # the stream ended
        assert port is not None and _closed(port)
        address = await room_on(pilot, app)  # on again: a new secret
    # The app is gone: so is its server.
    port = URL(address).port
    assert port is not None and _closed(port)


def _closed(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


async def test_the_server_refuses_everything_but_its_own_page(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        address = await room_on(pilot, app)
        url = URL(address)
        port = url.port
        assert port is not None
        base = f"http://127.0.0.1:{port}"
        secret = url.path.strip("/")
        assert len(secret) >= 32  # 24 random bytes, base64: ≥ 128 bits
        checks = [
            ("GET", f"{base}/", {}, 404),  # no secret
            ("GET", f"{base}/events", {}, 404),
            ("GET", f"{base}/{secret[:-1]}x/", {}, 404),  # a wrong one
            ("GET", address, {"Host": "evil.example:80"}, 404),  # DNS rebinding
            ("GET", address, {"Host": f"127.0.0.1:{port + 1}"}, 404),
            ("GET", address + "events", {}, 404),  # the stream is not under the secret
            ("GET", f"{base}/ev/{secret}", {}, 404),  # nor at the secret itself
            ("GET", stream_address(address), {"Origin": "http://evil.example"}, 403),
            ("GET", stream_address(address), {"Sec-Fetch-Site": "cross-site"}, 403),
            ("POST", address, {}, 405),
            ("PUT", stream_address(address), {}, 405),
            ("DELETE", address, {}, 405),
            ("GET", address + "server.py", {}, 404),  # no other file
            ("GET", address + "static/room.js", {}, 404),
        ]
        for method, target, headers, status in checks:
            async with client.request(method, target, headers=headers) as response:
                assert response.status == status, (method, target, headers)
                # A refusal is a page of ours too: it may run nothing from elsewhere.
                assert response.headers["Content-Security-Policy"] == "default-src 'self'"
        # HEAD on the stream: its headers, no stream.
        async with client.head(stream_address(address)) as response:
            assert response.status == 200 and await response.read() == b""
            assert response.headers["Content-Type"].startswith("text/event-stream")
        # Paths that climb out are not followed (sent as typed, not normalised).
        for climb in ("../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "..%2fpyproject.toml"):
            climbing = URL(f"{base}/{secret}/{climb}", encoded=True)
            async with client.get(climbing) as response:
                assert response.status == 404, climb
        # localhost by name is the page's own too.
        async with client.get(f"http://localhost:{port}/{secret}/") as response:
            assert response.status == 200


async def test_kaarten_zaal_starts_with_the_room_view_on(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    app.projector.room_at_start = True
    app.room.open_browser = False
    async with app.run_test(size=SMALL) as pilot:
        await wait_until(pilot, lambda: app.room.on, "the room view to be on")
        async with client.get(app.room.address) as response:
            assert response.status == 200
        await pilot.press("f1")
        await pilot.pause()
        help_text = app.screen.query_one(Markdown).source
        assert "Zaalweergave aan" in help_text and md(app.room.address) in help_text


async def test_energizer_definition_custom_question_and_contrast(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        address = await room_on(pilot, app)
        stream = await open_stream(client, address)
        energizers = app.result.library.decks["energizers"]
        app.go.energizer(energizers, "5")
        shown = await stream.until("view", "energizer")
        screen = app.screen
        assert isinstance(screen, EnergizerScreen)  # its own cards and those it uses
        assert shown["cards"] == [card.text for _owner, card in screen.cards()] != []
        assert shown["text"] and shown["title"].startswith("Energizer 5")
        await pilot.press("escape")
        deck = app.result.library.decks[DECK]
        app.go.card_sets(deck, ["2.3"])
        await stream.until("view", "kaart")
        await pilot.press("d")  # the definitiekaart the card refers to
        definition = await stream.until("view", "definitie")
        assert definition["title"] and definition["text"]
        assert "**" not in definition["text"]  # plain text, not Markdown
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("e")  # the coach types a question: the room sees it as the card
        await pilot.pause()
        await pilot.press(*"Wat vraag jij ouders?", "enter")
        typed = await stream.until("text", "Wat vraag jij ouders?")
        assert typed["kind"] == "Eigen vraag"
        await pilot.press("f6")  # high contrast for the projector: the page too
        assert (await stream.until("contrast", True))["view"] == "kaart"


async def test_after_a_new_start_the_page_finds_kaarten_at_the_same_address(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    first = app_factory()
    async with first.run_test(size=SMALL) as pilot:
        address = await room_on(pilot, first)
        first.go.card_sets(first.result.library.decks[DECK], ["1.1"])
        await pilot.pause()
    # kaarten ended (quit, or a crash); the page on the projector keeps its address.
    assert first.data_folder is not None
    kept = (first.data_folder / "zaal.json").stat()
    assert kept.st_mode & 0o777 == 0o600
    again = app_factory()
    async with again.run_test(size=SMALL) as pilot:
        assert await room_on(pilot, again) == address
        again.go.card_sets(again.result.library.decks[DECK], ["1.1"])
        stream = await open_stream(client, address)
        assert (await stream.until("view", "kaart"))["title"] == "1.1 Behoefte van ouders"


@pytest.mark.parametrize(
    "content",
    [
        b"{",
        b"[]",
        b'{"geheim": "kort", "poort": 8080}',
        b'{"geheim": "' + b"a" * 40 + b'", "poort": 80}',
    ],
    ids=["broken", "a list", "short secret", "privileged port"],
)
async def test_a_bad_kept_address_gets_a_fresh_one(app_factory: AppFactory, content: bytes) -> None:
    app = app_factory()
    assert app.data_folder is not None
    app.data_folder.mkdir(parents=True, exist_ok=True)
    (app.data_folder / "zaal.json").write_bytes(content)
    (app.data_folder / "zaal.json").chmod(0o600)
    async with app.run_test(size=SMALL) as pilot:
        address = await room_on(pilot, app)
        assert "kort" not in address and ":80/" not in address


async def test_a_last_look_while_the_app_is_taken_down_does_nothing(
    app_factory: AppFactory,
) -> None:
    # The room view's timer can fire once more after the screens are gone (seen in CI:
    # it crashed the app on exit).
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await room_on(pilot, app)
    sent: list[str] = []
    server = cast(RoomServer, SimpleNamespace(publish=sent.append, address="x"))
    app.room.server = server
    assert not app.screen_stack
    app.room.look()
    assert sent == []


FLOOD = """
import socket, sys
port, count = int(sys.argv[1]), int(sys.argv[2])
held = []
for _ in range(count):
    try:
        held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
    except OSError:
        pass
print(len(held), flush=True)
sys.stdin.read()  # hold them until the test is done
"""


async def test_a_flood_of_idle_connections_cannot_take_the_apps_files(
    app_factory: AppFactory, client: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1,100 idle sockets from another process (no secret needed) took every file
    descriptor of the app: the next key in a session crashed it, and its crash report
    could not be written."""
    import os
    import subprocess
    import sys

    from kaarten.room import server as room_server

    monkeypatch.setattr(room_server, "FIRST_REQUEST", 1.0)  # 10 s in use
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna")
        address = await room_on(pilot, app)
        before = len(os.listdir("/proc/self/fd"))
        flood = subprocess.Popen(
            [sys.executable, "-c", FLOOD, str(URL(address).port), "1100"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert flood.stdout is not None
            line = await asyncio.get_running_loop().run_in_executor(None, flood.stdout.readline)
            assert int(line) > 900  # connected (most are closed by the app at once)
            limit = before + room_server.MAX_CONNECTIONS + 4  # the flood's over that: closed
            await wait_until(
                pilot, lambda: len(os.listdir("/proc/self/fd")) <= limit, "the flood refused"
            )
            await pilot.press("a")  # the app goes on: an action point, saved
            await pilot.pause()
            await pilot.press(*"Ouders bellen", "enter")
            await wait_until(pilot, lambda: records("actiepunt") != [], "the action point saved")
            # Idle connections are closed after a while; then the page loads again.
            await wait_until(
                pilot,
                lambda: len(os.listdir("/proc/self/fd")) <= before + 2,
                "the idle connections to be closed",
            )
            async with client.get(address) as response:
                assert response.status == 200
        finally:
            flood.kill()
            flood.wait()


async def test_a_page_that_stops_reading_gets_only_the_newest_state(
    client: aiohttp.ClientSession,
) -> None:
    """A stalled page (a laptop asleep) made the server keep every state for it: +26 MB
    in 60 s with 100 of them. The server alone, without the app's own looks."""
    server = RoomServer()
    address = await server.start()
    try:
        stream = await open_stream(client, address)
        await stream.next()
        for number in range(1000):  # while the page does not read
            server.publish(json.dumps({"view": "kaart", "text": f"kaart {number}"}))
        assert (await stream.next())["text"] == "kaart 999"
    finally:
        await server.stop()


async def test_a_new_address_leaves_the_old_one_leading_nowhere(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        old = await room_on(pilot, app)
        await pilot.press("ctrl+g")
        await wait_until(pilot, lambda: app.room.on and app.room.address != old, "a new address")
        new = app.room.address
        assert URL(new).port == URL(old).port  # the same port, a new secret
        async with client.get(old) as response:
            assert response.status == 404
        async with client.get(new) as response:
            assert response.status == 200
        assert app.data_folder is not None
        kept = app.data_folder / "zaal.json"
        assert URL(new).path.strip("/") in kept.read_text()
        await pilot.press("f7")  # off; a new address asked for now comes with the next start
        await wait_until(pilot, lambda: not app.room.on, "the room view off")
        await pilot.press("f8")
        await wait_until(pilot, lambda: not kept.exists(), "the old address forgotten")
        assert "nieuw adres als je hem aanzet" in " ".join(n.message for n in app._notifications)
        assert await room_on(pilot, app) not in (old, new)


async def test_the_browser_is_opened_without_the_secret_on_a_command_line(
    app_factory: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every user of the computer can read a command line (ps): the opener gets a private
    file that sends the browser on, and it is waited for (no zombie)."""
    import os
    import stat

    said = tmp_path / "opener-argv.txt"
    opener = tmp_path / "bin" / "xdg-open"
    opener.parent.mkdir()
    opener.write_text(f'#!/bin/sh\nsleep 0.2\necho "$@" > {said}\n')  # slower than kaarten
    opener.chmod(0o755)
    monkeypatch.setenv("PATH", f"{opener.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DISPLAY", ":0")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f7")
        await wait_until(pilot, lambda: said.exists() and said.read_text() != "", "the opener")
        secret = URL(app.room.address).path.strip("/")
        assert secret not in said.read_text()
        assert app.data_folder is not None
        page = app.data_folder / "zaal.html"
        assert said.read_text().strip() == str(page)
        assert app.room.address in page.read_text()
        assert stat.S_IMODE(page.stat().st_mode) == 0o600

        def zombies() -> list[str]:
            found = []
            for entry in os.listdir("/proc"):
                if entry.isdigit():
                    with contextlib.suppress(OSError):
                        fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                        if fields[0] == "Z" and int(fields[1]) == os.getpid():
                            found.append(entry)
            return found

        await wait_until(pilot, lambda: zombies() == [], "the opener to be waited for")


async def test_a_second_kaarten_leaves_the_room_address_where_it_is(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    """A second `kaarten --zaal` rewrote zaal.json with a new port: after the next restart
    the projector said "Verbinding met kaarten weg" for good."""
    first = app_factory()
    async with first.run_test(size=SMALL) as pilot:
        address = await room_on(pilot, first)
    assert first.data_folder is not None
    kept = first.data_folder / "zaal.json"
    before = kept.read_bytes()
    # The first kaarten is back on its port (another window); a second one is started.
    holder = socket.socket()
    holder.bind(("127.0.0.1", cast(int, URL(address).port)))
    holder.listen()
    try:
        second = app_factory()
        async with second.run_test(size=SMALL) as pilot:
            second.room.open_browser = False
            await pilot.press("f7")

            def said() -> str:
                return " ".join(n.message for n in second._notifications)

            await wait_until(pilot, lambda: "bezet" in said(), "a message")
            assert not second.room.on
            assert f"poort {URL(address).port}" in said()
    finally:
        holder.close()
    assert kept.read_bytes() == before  # the address was left alone
    again = app_factory()
    async with again.run_test(size=SMALL) as pilot:
        assert await room_on(pilot, again) == address
        stream = await open_stream(client, address)
        assert (await stream.next())["view"] == "welkom"


async def test_a_black_room_shows_on_the_laptop_and_presenting_hides_the_address(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        address = await room_on(pilot, app)
        app.go.card_sets(app.result.library.decks[DECK], ["1.1"])
        await wait_until(pilot, lambda: address in "".join(screen_text(app).split()), "address")
        await pilot.press("full_stop")  # a stray "." blacks out the beamer
        await wait_until(pilot, lambda: "Zaal op zwart" in screen_text(app), "the black sign")
        await pilot.press("f5")  # presenting: the terminal may be on the beamer
        await pilot.pause()
        assert app.presenting
        assert "Zaal op zwart" in screen_text(app)  # still said, while it is black
        await pilot.press("full_stop")
        await wait_until(pilot, lambda: "Zaal op zwart" not in screen_text(app), "the room back")
        flat_screen = "".join(screen_text(app).split())
        assert address not in flat_screen and "127.0.0.1" not in flat_screen
        await pilot.press("f1")  # the address stays in the help
        await pilot.pause()
        assert md(address) in app.screen.query_one(Markdown).source


async def test_after_a_crash_and_resume_the_room_shows_what_it_showed(
    app_factory: AppFactory, client: aiohttp.ClientSession
) -> None:
    """After a crash and resume the room showed the activity's title until the coach
    pressed Enter: it shows the card that was on the table."""
    from tests.ui.test_session_screens import answer_resume_offer

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        address = await room_on(pilot, app)
        await pilot.press("v", "enter", "space")  # 1.1's cards, the second one drawn
        stream = await open_stream(client, address)
        before = await stream.until("view", "kaart")
        assert before["text"]
    # Nothing closed the table (the app was killed); a new start resumes the session.
    again = app_factory()
    async with again.run_test(size=SIZE) as pilot:
        await answer_resume_offer(pilot, "enter")
        address = await room_on(pilot, again)
        stream = await open_stream(client, address)
        shown = await stream.until("view", "kaart")
        assert (shown["text"], shown["title"]) == (before["text"], before["title"])
        await pilot.press("escape")  # the coach leaves the table on purpose
        await stream.until("view", "welkom")
    third = app_factory()
    async with third.run_test(size=SIZE) as pilot:
        await answer_resume_offer(pilot, "enter")
        assert isinstance(third.screen, SessionScreen)  # left on purpose: not reopened


async def test_the_room_is_told_of_each_change_without_looking_ten_times_a_second(
    app_factory: AppFactory, client: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The room view asked the top screen what to show ten times a second. It is told
    instead: a draw, a screen that opens, a second of the timer, a black room, another
    language all reach the page with the slow look switched off."""
    monkeypatch.setattr("kaarten.ui.room_view.LOOK", 3600.0)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        stream, state, clock = await _session_in_the_room(pilot, app, client)
        clock.now += 3
        await stream.until("timer", {**state["timer"], "display": "09:57", "running": True})
        deck = app.result.library.decks[DECK]
        app.go.card_sets(deck, ["1.1"])  # a screen opens: no key, no click
        cards = deck.card_sets["1.1"].cards
        await stream.until("text", cards[0].text)
        await pilot.press("space")
        await stream.until("text", cards[1].text)
        await pilot.press("full_stop")
        await stream.until("view", "zwart")
        await pilot.press("full_stop", "f2")
        back = await stream.until("view", "kaart")
        if back["language"] != "en":
            await stream.until("language", "en")
