"""No English of argparse in the Dutch command line; English with --taal en."""

from __future__ import annotations

import pytest

from kaarten.cli.main import main

# argparse's and Textual's own words, each of which reached the Dutch UI once.
ENGLISH = (
    "usage:",
    "positional arguments",
    "options:",
    "show this help message",
    "error:",
    "unrecognized arguments",
    "invalid choice",
    "the following arguments are required",
    "expected one argument",
)

CALLS = [
    ["--help"],
    ["nakijken", "--help"],
    ["sessies", "--help"],
    ["exporteren", "--help"],
    ["nakijken", "--foo"],
    ["--foo"],
    ["exporteren"],
    ["exporteren", "2026", "--formaat", "docx"],
    ["exporteren", "2026", "--deelnemer"],
    ["--taal", "fr"],
]


@pytest.mark.parametrize("args", CALLS, ids=" ".join)
def test_the_command_line_speaks_dutch(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code = main(args)
    out, err = capsys.readouterr()
    said = out + err
    assert said.strip()
    for word in ENGLISH:
        assert word not in said, f"{word!r} in: {said}"
    if code == 2:  # wrong usage: the usage of the command it was given to, in Dutch
        assert err.startswith("gebruik: kaarten") and ": fout: " in err
        if args[0] in ("nakijken", "exporteren"):
            assert err.startswith(f"gebruik: kaarten {args[0]}")


def test_english_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--taal", "en", "nakijken", "--foo"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: kaarten nakijken") and "unrecognized arguments: --foo" in err
