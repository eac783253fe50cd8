"""Durability on every platform, tested on Linux with the platform functions substituted:
F_FULLFSYNC where macOS has it, and a replace that Windows blocks for a moment."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from kaarten.files import durable
from kaarten.files.durable import replace_atomically


class FakeFcntl:
    """macOS's fcntl as far as kaarten uses it."""

    F_FULLFSYNC = 51

    def __init__(self, refuse: bool = False) -> None:
        self.calls: list[tuple[int, int]] = []
        self.refuse = refuse

    def fcntl(self, descriptor: int, flag: int) -> int:
        self.calls.append((descriptor, flag))
        if self.refuse:
            raise OSError("not supported on this file system")
        return 0


@pytest.fixture
def fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(os, "fsync", calls.append)
    return calls


def test_macos_flushes_the_drive_cache_with_f_fullfsync(
    monkeypatch: pytest.MonkeyPatch, fsyncs: list[int]
) -> None:
    fake = FakeFcntl()
    monkeypatch.setattr(durable, "fcntl", fake)
    durable.sync_file(7)
    assert fake.calls == [(7, 51)] and fsyncs == []


def test_a_file_system_without_f_fullfsync_still_gets_fsync(
    monkeypatch: pytest.MonkeyPatch, fsyncs: list[int]
) -> None:
    monkeypatch.setattr(durable, "fcntl", FakeFcntl(refuse=True))
    durable.sync_file(7)
    assert fsyncs == [7]


def test_linux_and_windows_use_fsync(monkeypatch: pytest.MonkeyPatch, fsyncs: list[int]) -> None:
    monkeypatch.setattr(durable, "fcntl", SimpleNamespace())  # no F_FULLFSYNC
    durable.sync_file(7)
    monkeypatch.setattr(durable, "fcntl", None)  # no fcntl at all (Windows)
    durable.sync_file(8)
    assert fsyncs == [7, 8]


def _blocked_replace(monkeypatch: pytest.MonkeyPatch, refusals: int) -> list[tuple[str, str]]:
    """os.replace as Windows does it while another process has the target open."""
    real = os.replace
    calls: list[tuple[str, str]] = []

    def blocked(source: str | Path, target: str | Path) -> None:
        calls.append((str(source), str(target)))
        if len(calls) <= refusals:
            raise PermissionError(13, "The process cannot access the file")
        real(source, target)

    monkeypatch.setattr(os, "replace", blocked)
    monkeypatch.setattr(durable, "REPLACE_PAUSE", 0.001)
    return calls


def test_windows_tries_a_blocked_replace_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(durable, "ON_WINDOWS", True)
    calls = _blocked_replace(monkeypatch, refusals=3)
    target = tmp_path / "logboek.jsonl"
    target.write_bytes(b"oud")
    replace_atomically(target, b"nieuw")
    assert target.read_bytes() == b"nieuw" and len(calls) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logboek.jsonl"]  # no temporary


def test_a_replace_blocked_for_good_says_so_and_leaves_the_old_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(durable, "ON_WINDOWS", True)
    calls = _blocked_replace(monkeypatch, refusals=1000)
    target = tmp_path / "logboek.jsonl"
    target.write_bytes(b"oud")
    with pytest.raises(PermissionError):
        replace_atomically(target, b"nieuw")
    assert len(calls) == durable.REPLACE_TRIES
    assert target.read_bytes() == b"oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logboek.jsonl"]


def test_elsewhere_a_refused_replace_is_not_tried_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(durable, "ON_WINDOWS", False)
    calls = _blocked_replace(monkeypatch, refusals=1)
    with pytest.raises(PermissionError):
        durable.replace(tmp_path / "a", tmp_path / "b")
    assert len(calls) == 1
