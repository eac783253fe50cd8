"""Who is next in a round, and who is here: move someone up, let a turn pass, mark someone
absent for today (or back). The room never sees this list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kaarten.deck.table import CardTable
from kaarten.session.run import SessionRun
from kaarten.ui.screens.base import KaartenModal, command


class TurnsModal(KaartenModal[None]):
    """The participants in the order of the round (absent ones last); the keys act on the
    highlighted one and the list shows the result at once."""

    HELP = "turns"
    BINDINGS = [
        command("enter", "move_up", "key.turn_first", "cmd.turn_first", priority=True),
        command("o", "pass_turn", "key.turn_pass", "cmd.turn_pass"),
        command("a", "absent", "key.turn_absent", "cmd.turn_absent"),
        command("escape", "close", "key.close"),
    ]

    def __init__(self, run: SessionRun, table: CardTable) -> None:
        super().__init__()
        self.run = run
        self.table = table

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="turns-dialog"):
            yield Static(classes="dialog-title", id="turns-title")
            yield Static(id="turns-intro")
            yield OptionList(id="turns-list", markup=False)

    def on_mount(self) -> None:
        self._fill()

    def language_changed(self) -> None:
        self._fill()

    def _order(self) -> list[tuple[str, str]]:
        """(participant id, what the list says of them), in the round's order."""
        session = self.run.session
        names = {p.id: p.name for p in session.participants}
        turns = self.table.turns()
        rows: list[tuple[str, str]] = []
        if self.table.round:
            # The next deal goes to the first of the round; everyone had a card: a new turn
            # round begins, in the round's order.
            first = self.table.round[0]
            rest = turns.waiting + turns.had if turns.waiting else self.table.round
            order = [first, *(p for p in rest if p != first)]
            for index, person in enumerate(order):
                if index == 0:
                    state = "turns.next"
                elif person == turns.holder:
                    state = "turns.holder"
                else:
                    state = "turns.had" if person in turns.had else "turns.waiting"
                rows.append((person, self.t(state, name=names.get(person, ""))))
        else:
            rows += [(p, self.t("turns.present", name=names[p])) for p in self.run.present()]
        rows += [(p, self.t("turns.absent", name=names.get(p, ""))) for p in session.absent]
        return rows

    def _fill(self, keep: str | None = None) -> None:
        self.query_one("#turns-title", Static).update(Content(self.t("turns.title")))
        intro = "turns.intro" if self.table.round else "turns.no_round"
        self.query_one("#turns-intro", Static).update(Content(self.t(intro)))
        listing = self.query_one("#turns-list", OptionList)
        rows = self._order()
        listing.clear_options()
        listing.add_options([Option(Content(text), id=person) for person, text in rows])
        ids = [person for person, _ in rows]
        listing.highlighted = ids.index(keep) if keep in ids else 0
        listing.focus()

    def _highlighted(self) -> str | None:
        listing = self.query_one("#turns-list", OptionList)
        if listing.highlighted is None:
            return None
        return listing.get_option_at_index(listing.highlighted).id

    def _needs_round(self) -> bool:
        if not self.table.round:
            self.notify(self.t("turns.no_round"), markup=False)
            return False
        return True

    def action_move_up(self) -> None:
        """The highlighted participant is next."""
        person = self._highlighted()
        if person is None or not self._needs_round():
            return
        if person in self.run.session.absent:
            self.notify(self.t("turns.is_absent"), markup=False)
            return
        self.table.move_up(person)
        self._fill(person)

    def action_pass_turn(self) -> None:
        """The highlighted participant lets the turn pass: the others come first."""
        person = self._highlighted()
        if person is None or not self._needs_round() or person in self.run.session.absent:
            return
        if person not in self.table.turns().waiting:
            name = self.run.session.participant(person)
            self.notify(self.t("turns.had_already", name=name.name if name else ""), markup=False)
            return
        self.table.pass_turn(person)
        self._fill(person)

    def action_absent(self) -> None:
        """Absent today (skipped in every round), or there after all."""
        person = self._highlighted()
        if person is not None:
            self.run.set_absent(person, person not in self.run.session.absent)
            self._fill(person)

    def action_close(self) -> None:
        """Back to the card."""
        self.dismiss(None)
