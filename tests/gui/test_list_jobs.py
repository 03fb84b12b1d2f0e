"""The article list shows the newest request only: jobs finishing out of order never replace a newer list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRunnable

from gazette_reader.gui.main_window import MainWindow
from gazette_reader.gui.tree_model import ROLE_FILTERS
from gazette_reader.gui.workers import Workers
from gazette_reader.library import Library


class HeldPool:
    """A pool that runs jobs only when told, in any order (a busy pool finishing out of order)."""

    def __init__(self) -> None:
        self.jobs: list[QRunnable] = []
        self.hold = False

    def start(self, job: QRunnable) -> None:
        if self.hold:
            self.jobs.append(job)
        else:
            job.run()

    def run(self, index: int) -> None:
        self.jobs.pop(index).run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True


def _window(qtbot, pool: HeldPool, path: Path) -> MainWindow:
    window = MainWindow(workers=Workers(pool=pool))
    qtbot.addWidget(window)
    window.show()
    assert window.open_library(path)
    return window


def test_a_late_node_listing_does_not_replace_the_tag_narrowing(qtbot, seeded_path: Path, seeded: Library) -> None:
    pool = HeldPool()
    window = _window(qtbot, pool, seeded_path)
    tree = window.tree_model
    publication = tree.index(0, 0)
    tree.fetchMore(publication)
    year = tree.index(0, 0, publication)
    node = {row["id"] for row in seeded.headers(**year.data(ROLE_FILTERS), limit=1000)}
    tagged = set(seeded.search_ids("人物:宋洁"))
    pool.hold = True
    window.tree.setCurrentIndex(year)  # the node's listing is queued
    window.filter_by_tag("leader", "宋洁")  # then its narrowing by a tag
    assert len(pool.jobs) == 2
    pool.run(1)  # the narrowing finishes first
    qtbot.wait(10)
    assert set(window.articles.ids()) == node & tagged and node & tagged != node
    pool.run(0)  # the slower listing of the whole node arrives late
    qtbot.wait(10)
    assert set(window.articles.ids()) == node & tagged


def test_a_newer_click_cancels_the_running_narrowing(qtbot, seeded_path: Path, monkeypatch) -> None:
    given = []
    real = Library.search
    monkeypatch.setattr(Library, "search", lambda self, query, **kw: (given.append(kw.get("cancel"))
                                                                      if kw.get("within") else None)
                        or real(self, query, **kw))
    pool = HeldPool()
    window = _window(qtbot, pool, seeded_path)
    tree = window.tree_model
    publication = tree.index(0, 0)
    tree.fetchMore(publication)
    window.tree.setCurrentIndex(tree.index(0, 0, publication))
    pool.hold = True
    window.filter_by_tag("leader", "宋洁")
    first = window.search_token
    window.filter_by_tag("leader", "耿勇军")
    assert first.cancelled and not window.search_token.cancelled
    pool.run(0)  # the superseded job still starts, but its search is told to stop
    assert given == [first]
