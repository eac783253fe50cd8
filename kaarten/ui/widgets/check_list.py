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

from kaarten.ui.screens.base import command

ON = "☑ "
OFF = "☐ "


class CheckList(OptionList):
    """Items (value, text) with a box each; Space, Enter or a click ticks or unticks."""

    BINDINGS = [command("space", "tick", "key.tick", "cmd.tick")]

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

    def action_cursor_down(self) -> None:
        """Down; from the last item on into the next list of the same kind (the next
        checklist group), so the groups read as one list, as on paper."""
        if self.highlighted is not None and self.highlighted >= self.option_count - 1:
            self._move_to(self._neighbour(1), first=True)
            return
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        """Up; from the first item back into the list before."""
        if self.highlighted is not None and self.highlighted <= 0:
            self._move_to(self._neighbour(-1), first=False)
            return
        super().action_cursor_up()

    def _neighbour(self, step: int) -> CheckList | None:
        chain = self.screen.focus_chain
        index = chain.index(self) + step if self in chain else -1
        found = chain[index] if 0 <= index < len(chain) else None
        if isinstance(found, CheckList) and found.classes == self.classes:
            return found
        return None

    @staticmethod
    def _move_to(target: CheckList | None, first: bool) -> None:
        if target is None or not target.option_count:
            return  # the end of the last list: stay, as any list does
        target.focus()
        target.highlighted = 0 if first else target.option_count - 1

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
