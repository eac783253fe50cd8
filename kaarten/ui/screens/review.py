"""At the start of a session: the participants' open action points from earlier
sessions, each marked done, carried over or dropped."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from kaarten import clock
from kaarten.session.export import DECISION_KEYS
from kaarten.session.model import ActionPoint, Decision, Session
from kaarten.session.run import SessionRun
from kaarten.ui.screens.base import SESSION_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter


class ReviewScreen(KaartenScreen):
    """One line per open action point; a key records the decision in this session."""

    CSS_PATH = SESSION_CSS

    HELP = "review"
    BINDINGS = [
        command("k", "decide('klaar')", "key.review_done", "cmd.review_done"),
        command("d", "decide('doorgeschoven')", "key.review_carried", "cmd.review_carried"),
        command("v", "decide('vervallen')", "key.review_dropped", "cmd.review_dropped"),
        command("escape,f10", "done", "key.review_finish", "cmd.review_finish"),
    ]

    def __init__(self, run: SessionRun, points: list[tuple[Session, ActionPoint, str]]) -> None:
        super().__init__()
        self.run = run
        self.points = points

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="review-intro")
        yield OptionList(id="review-list", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.language_changed()
        self.query_one("#review-list", OptionList).focus()

    def language_changed(self) -> None:
        self.title = self.t("review.title")
        self.query_one("#review-intro", Static).update(Content(self.t("review.intro")))
        self._show(self.query_one("#review-list", OptionList).highlighted or 0)

    def _show(self, highlight: int) -> None:
        options = self.query_one("#review-list", OptionList)
        options.clear_options()
        decisions = self.run.session.decisions
        for session, point, name in self.points:
            decision = decisions.get((session.id, point.id))
            mark = self.t(DECISION_KEYS[decision]) if decision else self.t("review.open")
            line = self.t(
                "review.item",
                name=name,
                text=point.text,
                title=session.title,
                date=session.date,
                mark=mark,
            )
            if point.due:
                line += self.t("review.due", date=point.due)
                if point.overdue(clock.today().isoformat()) and decision is None:
                    line += self.t("review.overdue")  # past its date and still open
            options.add_option(Option(Content(line)))
        if self.points:
            options.highlighted = min(highlight, len(self.points) - 1)

    def action_decide(self, word: str) -> None:
        """Record the decision on the highlighted action point. The cursor stays on it (its
        mark shows what was set): only the coach moves it, so ↓ lands where expected."""
        index = self.query_one("#review-list", OptionList).highlighted
        if index is None or index >= len(self.points):
            return
        session, point, name = self.points[index]
        self.run.review(session, point, name, Decision(word))
        self._show(index)

    def action_done(self) -> None:
        """On to the session; undecided points come back next time."""
        self.dismiss()
