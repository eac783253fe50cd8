"""docs/architecture.md names every module where it lives, as test_messages.py guards the
message catalogue: it had left out nine, so a newcomer could not find them from the page."""

from __future__ import annotations

import re
from pathlib import Path

import kaarten

PACKAGE = Path(kaarten.__file__).parent
PAGE = PACKAGE.parent / "docs" / "architecture.md"


def _floor_plan() -> dict[str, str]:
    """The tree at the top of the page: per folder ("ui/screens/", "" for the top), the
    words its entry says."""
    text = PAGE.read_text(encoding="utf-8")
    tree = text.split("```\nkaarten/\n", 1)[1].split("```", 1)[0]
    entries: dict[str, str] = {}
    folder = ""
    for line in tree.splitlines():
        found = re.match(r"  (\S+/)\s", line)
        if found:
            folder = found.group(1)
        elif re.match(r"  \S", line):  # a line of top-level modules
            folder = ""
        entries[folder] = entries.get(folder, "") + " " + line
    return entries


def test_every_module_is_named_in_its_folder_on_the_architecture_page() -> None:
    plan = _floor_plan()
    missing = []
    for module in sorted(PACKAGE.rglob("*.py")):
        relative = module.relative_to(PACKAGE)
        folder = "/".join(relative.parts[:-1]) + "/" if len(relative.parts) > 1 else ""
        name = relative.stem if relative.stem != "__init__" else ""
        said = plan.get(folder)
        if said is None:
            missing.append(f"{folder} (the folder)")
        elif name and not re.search(rf"(?<![\w.]){re.escape(name)}\b", said):
            missing.append(str(relative))
    assert missing == []


def test_the_page_names_no_module_that_is_gone() -> None:
    plan = _floor_plan()
    for folder in plan:
        if folder:
            assert (PACKAGE / folder).is_dir(), folder
