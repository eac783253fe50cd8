"""This session's action points: change, tick off or remove them. A removal is a record
of its own: the log keeps what was removed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kaarten.journal.actions import ActionBook
from kaarten.ui.screens.base import FORMS_CSS, KaartenModal, command


class ActionPointsModal(KaartenModal[None]):
    """Every action point of the session (removed ones left out), per participant."""

    CSS_PATH = FORMS_CSS

    HELP = "action_points"
    TITLE = "points.title"
    BINDINGS = [
        command("n", "new", "key.new_action", "cmd.new_action"),
        command("enter", "edit", "key.edit_action", "cmd.edit_action"),
        command("k", "done", "key.toggle_done", "cmd.toggle_done"),
        command("w,delete", "remove", "key.remove_action", "cmd.remove_action"),
        command("escape", "close", "key.back", "cmd.back"),
    ]

    def __init__(self, book: ActionBook) -> None:
        super().__init__()
        self.book = book
        self.ids: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="points-dialog"):
            yield Static(classes="dialog-title", id="points-title")
            yield OptionList(id="points-list", markup=False)

    def on_mount(self) -> None:
        self.language_changed()
        self.query_one("#points-list", OptionList).focus()

    def language_changed(self) -> None:
        self.query_one("#points-title", Static).update(Content(self.t(self.TITLE)))
        self._fill()

    def _fill(self, highlight: int = 0) -> None:
        book = self.book
        options = self.query_one("#points-list", OptionList)
        options.clear_options()
        self.ids = []
        named = len(book.participants) > 1  # one participant: the logboek's owner
        for person in book.participants:
            for point in book.actions.values():
                if point.participant != person.id or point.deleted:
                    continue
                self.ids.append(point.id)
                extra = ", ".join(x for x in (point.due, point.set_id) if x)
                text = self.t(
                    "points.item" if named else "points.own_item",
                    mark="x" if point.done else " ",
                    name=person.name,
                    text=point.text,
                    extra=f" ({extra})" if extra else "",
                )
                options.add_option(Option(Content(text), id=point.id))
        if not self.ids:
            options.add_option(Option(Content(self.t("points.none")), disabled=True))
        else:
            options.highlighted = min(highlight, len(self.ids) - 1)

    def _selected(self) -> tuple[int, str] | None:
        index = self.query_one("#points-list", OptionList).highlighted
        if index is None or index >= len(self.ids):
            return None
        return index, self.ids[index]

    def on_option_list_option_selected(self) -> None:
        self.action_edit()

    def action_edit(self) -> None:
        """Change the highlighted action point."""
        from kaarten.ui.dialogs.action_point import ActionPointInput, ActionPointModal

        selected = self._selected()
        if selected is None:
            return
        index, point_id = selected
        point = self.book.actions[point_id]

        def typed(changed: ActionPointInput | None) -> None:
            if changed is not None:
                self.book.edit_action(
                    point_id, changed.participant, changed.text, changed.due, changed.set_id
                )
                self._fill(index)

        self.app.push_screen(ActionPointModal(self.book.participants, point.set_id, point), typed)

    def action_new(self) -> None:
        """Write down a new action point."""
        from kaarten.ui.dialogs.action_point import ActionPointInput, ActionPointModal

        def typed(point: ActionPointInput | None) -> None:
            if point is not None:
                self.book.add_action(point.participant, point.text, point.due, point.set_id)
                self._fill(len(self.ids))

        self.app.push_screen(ActionPointModal(self.book.participants, None), typed)

    def action_done(self) -> None:
        """Tick the highlighted action point off, or open it again."""
        selected = self._selected()
        if selected is not None:
            index, point_id = selected
            self.book.mark_done(point_id, not self.book.actions[point_id].done)
            self._fill(index)

    def action_remove(self) -> None:
        """Remove the highlighted action point (after a question)."""
        from kaarten.ui.dialogs.confirm import ConfirmModal

        selected = self._selected()
        if selected is None:
            return
        index, point_id = selected

        def picked(remove: bool | None) -> None:
            if remove:
                self.book.delete_action(point_id)
                self._fill(index)

        text = self.book.actions[point_id].text
        question = self.t("points.remove_question", text=text)
        yes, no = self.t("points.remove_yes"), self.t("points.remove_no")
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=True), picked)

    def action_close(self) -> None:
        """Back to the session."""
        self.dismiss(None)


class OwnActionPointsModal(ActionPointsModal):
    """The action points in the personal logboek."""

    HELP = "own_action_points"
    TITLE = "solo.points_title"
