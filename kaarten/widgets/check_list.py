"""A list of items to tick, whose long texts wrap: Textual's SelectionList draws one line
per item and cuts the rest off, and a checklist step or a gespreksvaardigheid with its
examples does not fit on one line of a small terminal."""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kaarten.screens.base import command

ON = "☑ "
OFF = "☐ "


class CheckList(OptionList):
    """Items (value, text) with a box each; Space, Enter or a click ticks or unticks."""

    BINDINGS = [command("space", "tick", "tick")]

    class Changed(Message):
        """An item was ticked or unticked; ``selected`` is every ticked value."""

        def __init__(self, check_list: CheckList, selected: list[str]) -> None:
            super().__init__()
            self.check_list = check_list
            self.selected = selected

        @property
        def control(self) -> CheckList:
            return self.check_list

    def __init__(
        self,
        items: Iterable[tuple[str, Content]],
        selected: Iterable[str] = (),
        *,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        self.items = list(items)
        self._ticked = set(selected)
        super().__init__(
            *[Option(self._prompt(v, t), id=v) for v, t in self.items],
            id=id,
            classes=classes,
            disabled=disabled,
            markup=False,
        )

    def _prompt(self, value: str, text: Content) -> Content:
        return Content(ON if value in self._ticked else OFF) + text

    @property
    def selected(self) -> list[str]:
        """The ticked values, in list order."""
        return [v for v, _ in self.items if v in self._ticked]

    def action_tick(self) -> None:
        """Tick the highlighted item, or untick it."""
        index = self.highlighted
        if index is None or self.disabled:
            return
        value, text = self.items[index]
        self._ticked ^= {value}
        self.replace_option_prompt_at_index(index, self._prompt(value, text))
        self.post_message(self.Changed(self, self.selected))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_tick()
