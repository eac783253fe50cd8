"""One writer per log, any number of readers, on every platform.

The lock is on a separate file beside the log (``<log>.lock``), never on the log itself:
Windows' byte-range locks are mandatory and would block the readers (``kaarten sessies``,
the room view, a second kaarten showing the session read-only). filelock (chosen over
portalocker: one small, widely used package with the same guarantee on Linux, macOS and
Windows, and nothing to configure) takes ``flock`` on Unix and ``msvcrt.locking`` on
Windows. Both are released by the system when a process dies, so a crash never leaves a
stale lock; the lock file itself stays and means nothing while no one holds it.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from kaarten.files.safe import FILE_MODE


class Locked(Exception):
    """Another kaarten writes to this log."""


def lock_path(log: Path) -> Path:
    return log.with_name(log.name + ".lock")


class WriterLock:
    """The right to append to one log, held until :meth:`release`."""

    def __init__(self, log: Path) -> None:
        # thread_local=False: the app may save from another thread than the one that opened.
        self._lock = FileLock(lock_path(log), timeout=0, mode=FILE_MODE, thread_local=False)

    def acquire(self) -> None:
        """Raises:
        Locked: another kaarten (or another open of this log here) holds it.
        OSError: the lock file cannot be made (a read-only folder)."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout as error:
            raise Locked from error

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)


def held_elsewhere(log: Path) -> bool:
    """Tell whether some kaarten is writing ``log`` now (its lock is taken)."""
    if not lock_path(log).exists():
        return False
    probe = WriterLock(log)
    try:
        probe.acquire()
    except Locked:
        return True
    except OSError:
        return False
    probe.release()
    return False
